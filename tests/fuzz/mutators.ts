// Structural mutations of a parsed scenario: each takes the value and a seeded generator and changes the
// value in place. They aim at what hostile or careless files do: keys and ids named like built-in object
// properties, ids renamed consistently (so the file still validates and gets played), huge strings,
// deep nesting, wrong types, control and bidi characters, and absurd numbers of flags, effects and lines.
import type { Random } from "../../src/engine/runtime/rng.ts";

// biome-ignore lint/suspicious/noExplicitAny: mutators reach into arbitrary JSON on purpose.
type Json = any;
type Container = { node: Json; path: (string | number)[] };

export const PROTO_NAMES = [
  "toString",
  "constructor",
  "__proto__",
  "isPrototypeOf",
  "hasOwnProperty",
  "valueOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
];
// What an id may be (letters first): the prototype names an author could really write as ids.
const PROTO_IDS = PROTO_NAMES.filter((n) => /^[A-Za-z]/.test(n));

export const NASTY_CHARS = [
  "\u001b[2J\u001b[H",
  "\u001b[32mscenario OK\u001b[0m",
  "\u202e",
  "\u2066",
  "\u200b",
  "\u0000",
  "\u0007",
  "\r",
  "\u2028",
  "\ufeff",
  "\u00ad",
  "\ud800",
  "\u009b31m",
];

/** Every object and array in the value, with its path (the root first). */
export function containers(root: Json): Container[] {
  const out: Container[] = [];
  const stack: Container[] = [{ node: root, path: [] }];
  while (stack.length > 0 && out.length < 50_000) {
    const c = stack.pop() as Container;
    out.push(c);
    const entries: [string | number, Json][] = Array.isArray(c.node)
      ? c.node.map((v: Json, i: number) => [i, v])
      : Object.entries(c.node);
    for (const [k, v] of entries)
      if (v !== null && typeof v === "object") stack.push({ node: v, path: [...c.path, k] });
  }
  return out;
}

function objects(root: Json): Container[] {
  return containers(root).filter((c) => !Array.isArray(c.node));
}

function arrays(root: Json): Container[] {
  return containers(root).filter((c) => Array.isArray(c.node) && c.node.length > 0);
}

/** Every string leaf: the container holding it and its key. */
function strings(root: Json): { node: Json; key: string | number }[] {
  const out: { node: Json; key: string | number }[] = [];
  for (const c of containers(root)) {
    const keys: (string | number)[] = Array.isArray(c.node)
      ? c.node.map((_: Json, i: number) => i)
      : Object.keys(c.node);
    for (const k of keys) if (typeof c.node[k] === "string") out.push({ node: c.node, key: k });
  }
  return out;
}

const ID_KEYS = new Set([
  "id",
  "next",
  "to",
  "beat",
  "choice",
  "flag",
  "setFlag",
  "clearFlag",
  "npc",
  "onTimeout",
  "line",
  "noted",
  "phase",
  "start",
  "speaker",
  "seat",
  "preparedQuestion",
]);

/** The values used as ids anywhere (by the keys that hold ids). */
function idValues(root: Json): string[] {
  const out = new Set<string>();
  for (const c of containers(root)) {
    if (Array.isArray(c.node)) continue;
    for (const [k, v] of Object.entries(c.node)) if (ID_KEYS.has(k) && typeof v === "string") out.add(v);
  }
  return [...out];
}

/** Renames an id everywhere it is used (as a whole string value), so references still agree. */
function renameEverywhere(root: Json, from: string, to: string): void {
  for (const c of containers(root)) {
    const keys: (string | number)[] = Array.isArray(c.node)
      ? c.node.map((_: Json, i: number) => i)
      : Object.keys(c.node);
    for (const k of keys) if (c.node[k] === from) c.node[k] = to;
  }
}

function setOwn(node: Json, key: string, value: Json): void {
  // A plain assignment to "__proto__" would change the prototype instead of adding a key, as JSON.parse would.
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function wrongValue(r: Random): Json {
  return r.pick([null, true, 0, -1, 1e308, 2 ** 53 + 1, "", "x", [], {}, [[]], { a: 1 }, "12", "NaN"]);
}

/** Copies of a value stop at about 12 MB of JSON: past the loader's 10 MB cap, a bigger file only tests the fuzzer's memory. */
const COPY_BUDGET = 12_000_000;
function copies(item: Json, wanted: number): number {
  const size = JSON.stringify(item)?.length ?? 1;
  return Math.max(1, Math.min(wanted, Math.floor(COPY_BUDGET / size)));
}

export type Mutator = (root: Json, r: Random) => void;

export const MUTATORS: Record<string, Mutator> = {
  deleteKey(root, r) {
    const c = r.pick(objects(root));
    const keys = Object.keys(c.node);
    if (keys.length > 0) delete c.node[r.pick(keys)];
  },
  duplicateItem(root, r) {
    const c = r.pick(arrays(root));
    const i = r.int(c.node.length);
    c.node.splice(i, 0, structuredClone(c.node[i]));
  },
  swapItems(root, r) {
    const c = r.pick(arrays(root));
    const i = r.int(c.node.length);
    const j = r.int(c.node.length);
    [c.node[i], c.node[j]] = [c.node[j], c.node[i]];
  },
  swapValues(root, r) {
    const c = r.pick(objects(root));
    const keys = Object.keys(c.node);
    if (keys.length < 2) return;
    const a = r.pick(keys);
    const b = r.pick(keys);
    [c.node[a], c.node[b]] = [c.node[b], c.node[a]];
  },
  protoKey(root, r) {
    const c = r.pick(objects(root));
    const keys = Object.keys(c.node);
    const value = keys.length > 0 && r.next() < 0.5 ? structuredClone(c.node[r.pick(keys)]) : wrongValue(r);
    setOwn(c.node, r.pick(PROTO_NAMES), value);
  },
  protoId(root, r) {
    const ids = idValues(root);
    if (ids.length > 0) renameEverywhere(root, r.pick(ids), r.pick(PROTO_IDS));
  },
  protoFlag(root, r) {
    // A flag named like a prototype member, set by one choice and tested by a line.
    const choices = containers(root).filter((c) => c.path.at(-2) === "choices");
    const lines = containers(root).filter((c) => c.path.at(-2) === "lines");
    if (choices.length === 0 || lines.length === 0) return;
    const flag = r.pick(PROTO_IDS);
    const choice = r.pick(choices).node;
    choice.effects = [...(choice.effects ?? []), { setFlag: flag }];
    r.pick(lines).node.when = r.next() < 0.5 ? { flag } : { not: { flag } };
  },
  hugeString(root, r) {
    const all = strings(root);
    if (all.length === 0) return;
    const s = r.pick(all);
    const size = r.pick([5_000, 70_000, 300_000, 2_000_000]);
    const unit = r.pick(["x", "ab", "go\u2066od", "\u001b[2J", "é"]);
    s.node[s.key] = unit.repeat(Math.ceil(size / unit.length));
  },
  hugeKey(root, r) {
    const c = r.pick(objects(root));
    setOwn(c.node, "k".repeat(r.pick([100, 100_000, 1_000_000])), 1);
  },
  deepNesting(root, r) {
    const c = r.pick(containers(root));
    const keys: (string | number)[] = Array.isArray(c.node)
      ? c.node.map((_: Json, i: number) => i)
      : Object.keys(c.node);
    if (keys.length === 0) return;
    const k = r.pick(keys);
    const depth = r.pick([5, 20, 39, 45, 200]);
    let v = c.node[k];
    for (let i = 0; i < depth; i++) v = r.next() < 0.5 ? [v] : { not: v };
    c.node[k] = v;
  },
  wrongType(root, r) {
    const c = r.pick(containers(root));
    const keys: (string | number)[] = Array.isArray(c.node)
      ? c.node.map((_: Json, i: number) => i)
      : Object.keys(c.node);
    if (keys.length > 0) c.node[r.pick(keys)] = wrongValue(r);
  },
  nastyChars(root, r) {
    const all = strings(root);
    if (all.length === 0) return;
    const s = r.pick(all);
    const old = s.node[s.key] as string;
    const at = r.int(old.length + 1);
    const value = `${old.slice(0, at)}${r.pick(NASTY_CHARS)}${old.slice(at)}`;
    if (ID_KEYS.has(String(s.key))) renameEverywhere(root, old, value);
    else s.node[s.key] = value;
  },
  manyFlags(root, r) {
    const choices = containers(root).filter((c) => c.path.at(-2) === "choices");
    if (choices.length === 0) return;
    const n = r.pick([100, 2_000, 9_000, 20_000]);
    const choice = r.pick(choices).node;
    const effects = [];
    for (let i = 0; i < n; i++)
      effects.push(r.next() < 0.9 ? { setFlag: `f${i}` } : { clearFlag: `f${i - 1}` });
    choice.effects = [...(choice.effects ?? []), ...effects];
  },
  manyLines(root, r) {
    const beats = containers(root).filter((c) => c.path.at(-2) === "beats");
    if (beats.length === 0) return;
    const beat = r.pick(beats).node;
    const line = beat.lines?.[0];
    if (!line) return;
    const n = copies(line, r.pick([50, 1_000, 12_000]));
    beat.lines = Array.from({ length: n }, (_, i) => ({ ...structuredClone(line), id: `l${i}` }));
  },
  manyBeats(root, r) {
    if (!Array.isArray(root.beats) || root.beats.length === 0) return;
    const at = r.int(root.beats.length);
    const n = copies(root.beats[at], r.pick([10, 300, 6_000]));
    const added = Array.from({ length: n }, (_, i) => ({
      ...structuredClone(root.beats[at]),
      id: `copy-${i}`,
    }));
    root.beats.splice(at + 1, 0, ...added);
  },
  extremeNumber(root, r) {
    const c = r.pick(containers(root));
    const keys = (Array.isArray(c.node) ? [] : Object.keys(c.node)).filter(
      (k) => typeof c.node[k] === "number",
    );
    if (keys.length > 0) c.node[r.pick(keys)] = r.pick([-1e308, 1e308, -0, 0.5, 2 ** 31, -(2 ** 31), 1e-300]);
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);
