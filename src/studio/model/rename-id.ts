// Renaming an id and every reference to it, so an author can give a beat, a line, a person, a phase,
// a flag, a choice or a prepared question a better name without breaking the scenario. Pure: it returns
// a new document and leaves the old one as it was (undo keeps the old one).
import { ID_PATTERN } from "./ids.ts";

export type IdKind = "beat" | "line" | "person" | "phase" | "flag" | "choice" | "question";

export type RenameResult =
  | { ok: true; doc: unknown }
  | { ok: false; reason: "invalid" | "taken" | "missing" };

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Renames `from` to `to`. A choice id is only unique within its move, so `beat` says whose choices
 * (kind "choice" only). Refused when `to` is not an id, is already used by that kind, or `from` is not there.
 */
export function renameId(doc: Json, kind: IdKind, from: string, to: string, beat?: string): RenameResult {
  if (!ID_PATTERN.test(to)) return { ok: false, reason: "invalid" };
  const used = idsOf(doc, kind, beat);
  if (!used.has(from)) return { ok: false, reason: "missing" };
  if (from === to) return { ok: true, doc };
  if (used.has(to)) return { ok: false, reason: "taken" };
  const next = JSON.parse(JSON.stringify(doc)) as Json;
  const swap = (v: Json) => (v === from ? to : v);
  walk(next, [], (node, path) => {
    const key = path.at(-1);
    const parentKey = path.at(-2);
    switch (kind) {
      case "beat":
        if (path.length === 2 && path[0] === "beats" && node.id === from) node.id = to;
        if (typeof node.start === "string" && (path.length === 0 || path[0] === "roles"))
          node.start = swap(node.start);
        if (typeof node.next === "string") node.next = swap(node.next);
        if (parentKey === "next" && typeof node.to === "string") node.to = swap(node.to);
        if (key === "chose" && typeof node.beat === "string") node.beat = swap(node.beat);
        break;
      case "line":
        if (isLineObject(path) && node.id === from) node.id = to;
        if (key === "note" && node.line === from) node.line = to;
        if (node.noted === from) node.noted = to;
        if (Array.isArray(node.groundedIn)) node.groundedIn = node.groundedIn.map(swap);
        break;
      case "person":
        if (path[0] === "cast" && node.id === from) node.id = to;
        if (isLineObject(path) && node.speaker === from) node.speaker = to;
        if ((key === "openness" || key === "trust") && node.who === from) node.who = to;
        if (path.length === 2 && path[0] === "roles" && node.seat === from) node.seat = to;
        if (isObj(node.answers) && from in node.answers) node.answers = renameKey(node.answers, from, to);
        break;
      case "phase":
        if (path.length === 2 && path[0] === "phases" && node.id === from) node.id = to;
        if (path.length === 2 && path[0] === "beats" && node.phase === from) node.phase = to;
        break;
      case "flag":
        if (node.setFlag === from) node.setFlag = to;
        if (node.clearFlag === from) node.clearFlag = to;
        if (node.flag === from) node.flag = to;
        break;
      case "question":
        if (path.length === 2 && path[0] === "preparedQuestions" && node.id === from) node.id = to;
        if (node.preparedQuestion === from) node.preparedQuestion = to;
        break;
      case "choice": {
        if (key === "chose" && node.beat === beat && node.choice === from) node.choice = to;
        const inBeat = path[0] === "beats" && isObj(next) && beatIdAt(next, path[1]) === beat;
        if (!inBeat || parentKey !== "moves") break;
        // node is a move of that beat: its choices, npc and onTimeout.
        for (const c of Array.isArray(node.choices) ? node.choices : [])
          if (isObj(c) && c.id === from) c.id = to;
        if (Array.isArray(node.npc)) node.npc = node.npc.map(swap);
        else node.npc = swap(node.npc);
        if (node.npc === undefined) delete node.npc;
        if (node.onTimeout !== undefined) node.onTimeout = swap(node.onTimeout);
        break;
      }
    }
  });
  return { ok: true, doc: next };
}

/** Every id of that kind in the document (for a choice: in the moves of `beat`). */
export function idsOf(doc: Json, kind: IdKind, beat?: string): Set<string> {
  const ids = new Set<string>();
  const add = (v: Json) => {
    if (typeof v === "string") ids.add(v);
  };
  walk(doc, [], (node, path) => {
    if (kind === "beat" && path.length === 2 && path[0] === "beats") add(node.id);
    if (kind === "line" && isLineObject(path)) add(node.id);
    if (kind === "person" && path[0] === "cast") add(node.id);
    if (kind === "phase" && path.length === 2 && path[0] === "phases") add(node.id);
    if (kind === "question" && path.length === 2 && path[0] === "preparedQuestions") add(node.id);
    if (kind === "flag") {
      add(node.setFlag);
      add(node.clearFlag);
      add(node.flag);
    }
    if (kind === "choice" && path.at(-2) === "moves" && path[0] === "beats" && isObj(doc))
      if (beatIdAt(doc, path[1]) === beat)
        for (const c of Array.isArray(node.choices) ? node.choices : []) if (isObj(c)) add(c.id);
  });
  return ids;
}

// A line is an element of a `lines` list, or of a list under `answers` (per participant).
function isLineObject(path: readonly (string | number)[]): boolean {
  return typeof path.at(-1) === "number" && (path.at(-2) === "lines" || path.at(-3) === "answers");
}

function beatIdAt(doc: Obj, index: string | number | undefined): unknown {
  const beats = doc.beats;
  if (!Array.isArray(beats) || typeof index !== "number") return undefined;
  const b = beats[index];
  return isObj(b) ? b.id : undefined;
}

function renameKey(record: Obj, from: string, to: string): Obj {
  // Keeps the order of the keys, so the exported file changes only where the name did.
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}

function walk(
  node: Json,
  path: (string | number)[],
  fn: (node: Obj, path: (string | number)[]) => void,
): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, [...path, i], fn));
    return;
  }
  if (!isObj(node)) return;
  fn(node, path);
  for (const [k, v] of Object.entries(node))
    if (v !== null && typeof v === "object") walk(v, [...path, k], fn);
}
