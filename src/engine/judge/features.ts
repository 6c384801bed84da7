// Turns an utterance into named features: words, word pairs, letter groups, the sentence's "skeleton" of
// small words, its first and last words, and the explicit cues. Names rather than hashes, so the debrief
// can say which words weighed most.
import { CUES } from "./cues.ts";
import { FUNCTION_WORDS } from "./function-words.ts";

/** Longer input is cut for the features (a pasted essay must not cost seconds); the text is kept whole. */
export const MAX_CHARS = 600;

// People type "didnt" and "dont"; the apostrophe-less forms mean the same and should share weights.
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  cant: "can't",
  im: "i'm",
  ive: "i've",
  youre: "you're",
  thats: "that's",
  whats: "what's",
  weve: "we've",
  theyre: "they're",
};

export function normalise(text: string): string {
  return text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/<[^>]*>/g, " ")
    .replace(/[a-z']+/g, (w) => CONTRACTIONS[w] ?? w)
    .replace(/\s+/g, " ")
    .trim();
}

export function words(norm: string): string[] {
  return norm.match(/[a-z0-9]+(?:'[a-z]+)?|[?!]/g) ?? [];
}

// Thanks and polite openers ("Dank u.", "Mag ik vragen:") do not change what follows (UTTERANCES.md):
// they become one feature each and the rest is judged on its own.
const OPENER =
  /^(dank (u|je|jullie)( wel)?( voor (uw|je|jullie) (verhaal|openheid|eerlijkheid|komst))?|bedankt( voor (uw|je|het) (verhaal|delen))?|thank you( (so|very) much)?( for (sharing|that|your story))?|thanks( for sharing)?|mag ik (even |u )?(iets )?vragen|ik ben (wel )?benieuwd|even een vraag|ik heb een vraag|may i ask|i'm curious|quick question|i have a question|sorry|met alle respect|with (all due )?respect)\s*[:,.!-]\s*/;

export function stripOpeners(norm: string): { core: string; openers: string[] } {
  const openers: string[] = [];
  let core = norm;
  for (let i = 0; i < 3; i++) {
    const m = OPENER.exec(core);
    // "Sorry. Echt." or "Dank u, echt." is the thanks or the apology itself, not an opener to what follows.
    if (!m || (core.slice(m[0].length).match(/[a-z0-9]+/g) ?? []).length < 3) break;
    const opener = m[1] ?? "";
    // An apology opens differently from "mag ik vragen": it is often the whole of what is said.
    openers.push(
      /^(dank|bedankt|thank)/.test(opener)
        ? "thanks"
        : /respect/.test(opener)
          ? "respect"
          : opener === "sorry"
            ? "sorry"
            : "polite",
    );
    core = core.slice(m[0].length);
  }
  return { core, openers };
}

/** The sentence with content words blanked: "u had toch ook om een tolk kunnen vragen" → "u had toch ook om een _ kunnen _". */
export function skeleton(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of ws) {
    const s = FUNCTION_WORDS.has(w) || w === "?" || w === "!" ? w : "_";
    if (s === "_" && out[out.length - 1] === "_") continue;
    out.push(s);
  }
  return out;
}

/** Feature names with counts. Cue features start with "cue:". */
export function features(text: string): Map<string, number> {
  const { core: norm, openers } = stripOpeners(normalise(text));
  const out = new Map<string, number>();
  const add = (f: string, n = 1) => out.set(f, (out.get(f) ?? 0) + n);
  add("bias");
  for (const o of openers) add(`pre:${o}`);
  const ws = words(norm);
  const plain = ws.filter((w) => w !== "?" && w !== "!");
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    add(`w:${w}`);
    if (i + 1 < ws.length) add(`b:${w}_${ws[i + 1]}`);
    if (w.length >= 4) {
      const padded = `<${w}>`;
      for (let j = 0; j + 4 <= padded.length; j++) add(`c:${padded.slice(j, j + 4)}`);
    }
  }
  if (plain.length > 0) {
    add(`first:${plain[0]}`);
    if (plain.length > 1) add(`first2:${plain[0]}_${plain[1]}`);
    add(`last:${plain[plain.length - 1]}`);
    if (plain.length > 1) add(`last2:${plain[plain.length - 2]}_${plain[plain.length - 1]}`);
  }
  const sk = skeleton(ws);
  for (let i = 0; i < sk.length; i++) {
    if (i + 2 < sk.length) add(`k3:${sk[i]}_${sk[i + 1]}_${sk[i + 2]}`);
    if (i + 1 < sk.length) add(`k2:${sk[i]}_${sk[i + 1]}`);
  }
  add(`kp:${sk.slice(0, 3).join("_")}`);
  add(`len:${plain.length <= 3 ? "short" : plain.length <= 12 ? "mid" : "long"}`);
  if (/\?\s*$/.test(norm)) add("ends:?");
  else if (norm.includes("?")) add("has:?");
  if (/!\s*$/.test(norm)) add("ends:!");
  if ((norm.match(/[.!?;]\s+\S/g) ?? []).length > 0) add("sentences:many");
  for (const cue of CUES) if (cue.pattern.test(norm)) add(`cue:${cue.id}`);
  return out;
}
