// Pure edits on the document for the forms: read and write at a JSON path, and add, remove or move
// an item of a list. Each returns a new document; the old one is never changed (undo keeps it).
import type { DocPath } from "../panel-host.ts";
import { freshId } from "./ids.ts";
import { idsOf } from "./rename-id.ts";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function getAt(doc: unknown, path: DocPath): unknown {
  let node = doc;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === "number") node = node[part];
    else if (isObj(node) && typeof part === "string") node = node[part];
    else return undefined;
  }
  return node;
}

/**
 * Sets the value at `path`, making the objects on the way; `undefined` removes the field, and an
 * object left empty by that is removed too (an empty `say` or `moves` would only be noise in the file).
 */
export function setAt(doc: unknown, path: DocPath, value: unknown): unknown {
  const root = clone(doc) as unknown;
  if (path.length === 0) return clone(value);
  let node = root;
  const trail: unknown[] = [];
  for (const [i, part] of path.slice(0, -1).entries()) {
    trail.push(node);
    const container = node as Obj & unknown[];
    let child = (container as Obj)[part as string];
    if (child === undefined || child === null || typeof child !== "object") {
      if (value === undefined) return root;
      child = typeof path[i + 1] === "number" ? [] : {};
      (container as Obj)[part as string] = child;
    }
    node = child;
  }
  const last = path.at(-1) as string | number;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete (node as Obj)[last as string];
    // Drop objects the removal left empty, bottom up (never the document itself, never a list).
    for (let i = path.length - 2; i >= 1; i--) {
      const parent = trail[i] as Obj;
      const here = parent[path[i] as string];
      if (isObj(here) && Object.keys(here).length === 0 && !Array.isArray(parent))
        delete parent[path[i] as string];
      else break;
    }
  } else (node as Obj)[last as string] = clone(value);
  return root;
}

/** Inserts `item` into the list at `listPath` at `index` (the end when left out). */
export function insertAt(doc: unknown, listPath: DocPath, item: unknown, index?: number): unknown {
  const list = getAt(doc, listPath);
  const items = Array.isArray(list) ? [...list] : [];
  items.splice(index ?? items.length, 0, item);
  return setAt(doc, listPath, items);
}

/** Moves the item at `from` one place up (-1) or down (+1) in its list. */
export function moveItem(doc: unknown, listPath: DocPath, from: number, by: -1 | 1): unknown {
  const list = getAt(doc, listPath);
  if (!Array.isArray(list)) return doc;
  const to = from + by;
  if (to < 0 || to >= list.length) return doc;
  const items = [...list];
  [items[from], items[to]] = [items[to], items[from]];
  return setAt(doc, listPath, items);
}

/**
 * A new beat right after beat `index`, in the same phase, taking over its way on: the beat before now
 * leads to the new one, so the meeting stays one connected path and the checks stay clean.
 */
export function addBeatAfter(
  doc: unknown,
  index: number,
  words: { line: { nl: string; en: string } },
): {
  doc: unknown;
  index: number;
} {
  const beats = getAt(doc, ["beats"]);
  const before = Array.isArray(beats) ? beats[index] : undefined;
  const id = freshId("beat", idsOf(doc, "beat"));
  const speaker = firstParticipant(doc);
  const beat: Obj = { id, phase: isObj(before) ? before.phase : firstPhase(doc) };
  beat.lines = [{ speaker, text: { ...words.line } }];
  let next = doc;
  if (isObj(before)) {
    if (before.next !== undefined) beat.next = before.next;
    else if (before.end === true) beat.end = true;
    next = setAt(next, ["beats", index, "next"], id);
    next = setAt(next, ["beats", index, "end"], undefined);
  }
  next = insertAt(next, ["beats"], beat, index + 1);
  return { doc: next, index: index + 1 };
}

/**
 * Removes beat `index`. Where play went to it, it now goes where the removed beat went (when that was
 * one beat), so taking a beat out of a line of beats leaves the line whole.
 */
export function removeBeat(doc: unknown, index: number): unknown {
  const beat = getAt(doc, ["beats", index]);
  if (!isObj(beat)) return doc;
  const onward = typeof beat.next === "string" ? beat.next : undefined;
  let next = setAt(doc, ["beats", index], undefined);
  if (!onward) return next;
  const text = JSON.stringify(next);
  const id = String(beat.id);
  const root = JSON.parse(text) as Obj;
  if (root.start === id) root.start = onward;
  const fix = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(fix);
    else if (isObj(node)) {
      if (node.next === id) node.next = onward;
      if (Array.isArray(node.next)) for (const b of node.next) if (isObj(b) && b.to === id) b.to = onward;
      for (const v of Object.values(node)) if (v !== null && typeof v === "object") fix(v);
    }
  };
  fix(root.beats);
  for (const setup of Object.values(isObj(root.roles) ? root.roles : {}))
    if (isObj(setup) && setup.start === id) setup.start = onward;
  next = root;
  return next;
}

function firstParticipant(doc: unknown): string {
  const p = getAt(doc, ["cast", "participants", 0, "id"]);
  return typeof p === "string" ? p : "facilitator";
}

function firstPhase(doc: unknown): string {
  const p = getAt(doc, ["phases", 0, "id"]);
  return typeof p === "string" ? p : "";
}
