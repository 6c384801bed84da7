// Mutations of a scenario's text rather than its value: what a broken editor, a truncated download or
// a hand-edit leaves behind (cut off, a stray character, an unescaped quote, a duplicated key).
import type { Random } from "../../src/engine/runtime/rng.ts";
import { NASTY_CHARS } from "./mutators.ts";

export type TextMutator = (text: string, r: Random) => string;

export const TEXT_MUTATORS: Record<string, TextMutator> = {
  truncate: (t, r) => t.slice(0, r.int(t.length)),
  strayChar(t, r) {
    const at = r.int(t.length);
    return `${t.slice(0, at)}${r.pick([",", "}", "]", '"', "\\", "{", ":", "\u0000", "'"])}${t.slice(at)}`;
  },
  unescapedQuote(t, r) {
    // A quote inside a text, the most common hand-edit mistake.
    const at = t.indexOf('"text"', r.int(t.length));
    if (at < 0) return t;
    const open = t.indexOf('"', t.indexOf(":", at) + 1);
    return `${t.slice(0, open + 3)}"${t.slice(open + 3)}`;
  },
  duplicateKey(t, r) {
    // JSON allows a key twice (the last wins); a prototype name as the repeated key is the nasty case.
    const at = t.indexOf("{", r.int(t.length));
    if (at < 0) return t;
    return `${t.slice(0, at + 1)}"${r.pick(["__proto__", "constructor", "id"])}": {"x": 1},${t.slice(at + 1)}`;
  },
  nastyRaw(t, r) {
    const at = t.indexOf('"', r.int(t.length));
    if (at < 0) return t;
    const c = r.pick(NASTY_CHARS);
    return `${t.slice(0, at + 1)}${JSON.stringify(c).slice(1, -1)}${t.slice(at + 1)}`;
  },
  deepBrackets(_t, r) {
    const n = r.pick([41, 1_000, 100_000]);
    return `${"[".repeat(n)}${"]".repeat(r.next() < 0.5 ? n : n - 1)}`;
  },
};

export const TEXT_MUTATOR_NAMES = Object.keys(TEXT_MUTATORS);
