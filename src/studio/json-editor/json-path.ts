// Between places in the JSON text and JSON paths, over CodeMirror's syntax tree of the text: which path
// the cursor is in (to tell the other panels), and where a path is in the text (to scroll there and to
// put a problem on its field). Works on a half-typed document too: the tree recovers from errors.
import { ensureSyntaxTree, syntaxTree } from "@codemirror/language";
import type { EditorState } from "@codemirror/state";
import type { SyntaxNode, Tree } from "@lezer/common";
import type { DocPath } from "../panel-host.ts";

const VALUES = new Set(["Object", "Array", "String", "Number", "True", "False", "Null"]);

/**
 * The tree up to `upTo` (by default the whole text) when it can be had within a moment; else what the
 * editor has parsed so far. The editor parses on in the background, so this waits only right after a
 * large document is opened (a 200 KB scenario takes a few hundred ms on a busy machine).
 */
export function fullTree(state: EditorState, upTo = state.doc.length): Tree {
  return ensureSyntaxTree(state, upTo, 400) ?? syntaxTree(state);
}

/** A property name's text as the key it stands for. */
export function keyText(state: EditorState, node: SyntaxNode): string {
  const raw = state.sliceDoc(node.from, node.to);
  try {
    const key = JSON.parse(raw);
    if (typeof key === "string") return key;
  } catch {
    // An unfinished name ("nam): what is there, without the quote.
  }
  return raw.replace(/^"|"$/g, "");
}

function valueChildren(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (VALUES.has(c.name)) out.push(c);
  return out;
}

function propertyValue(prop: SyntaxNode): SyntaxNode | null {
  for (let c = prop.firstChild; c; c = c.nextSibling) if (VALUES.has(c.name)) return c;
  return null;
}

/** The path of the value (or property name) around `node`, from the top of the document. */
export function pathOfNode(state: EditorState, start: SyntaxNode): (string | number)[] {
  const path: (string | number)[] = [];
  let node: SyntaxNode | null = start;
  while (node?.parent) {
    const parent: SyntaxNode = node.parent;
    if (parent.name === "Property") {
      const name = parent.getChild("PropertyName");
      if (name) path.unshift(keyText(state, name));
    } else if (parent.name === "Array" && VALUES.has(node.name)) {
      const index = valueChildren(parent).findIndex((c) => c.from === node?.from);
      if (index >= 0) path.unshift(index);
    }
    node = parent;
  }
  return path;
}

/** The path at a position: inside a value, the value's path; on a key, that property's path. */
export function pathAt(state: EditorState, pos: number): (string | number)[] {
  // Everything before a position decides its path: the tree need not reach further.
  return pathOfNode(state, fullTree(state, Math.min(state.doc.length, pos + 1)).resolveInner(pos, 1));
}

/** Where a path's value is in the text: the deepest part of the path that exists (never null for []). */
export function rangeOf(state: EditorState, path: DocPath): { from: number; to: number; exact: boolean } {
  const top = fullTree(state).topNode;
  let node: SyntaxNode | null = valueChildren(top)[0] ?? null;
  if (!node) return { from: 0, to: 0, exact: path.length === 0 };
  for (const part of path) {
    let next: SyntaxNode | null = null;
    if (typeof part === "number" && node.name === "Array") next = valueChildren(node)[part] ?? null;
    else if (typeof part === "string" && node.name === "Object") {
      for (const prop of node.getChildren("Property")) {
        const name = prop.getChild("PropertyName");
        if (name && keyText(state, name) === part) next = propertyValue(prop);
      }
    }
    if (!next) return { from: node.from, to: node.to, exact: false };
    node = next;
  }
  return { from: node.from, to: node.to, exact: true };
}

/** The beat or choice a path is in, as the other panels select it; null outside beats. */
export function selectionPath(path: readonly (string | number)[]): DocPath | null {
  if (path[0] !== "beats" || typeof path[1] !== "number") return null;
  if (
    path[2] === "moves" &&
    typeof path[3] === "string" &&
    path[4] === "choices" &&
    typeof path[5] === "number"
  )
    return path.slice(0, 6);
  return path.slice(0, 2);
}

/** The `id`s of the objects in a top-level list ("beats", "phases"), read from the tree: while an author
 * types, the text is seldom valid JSON, and the ids around are still wanted. */
export function idsIn(state: EditorState, list: string): string[] {
  const r = rangeOf(state, [list]);
  if (!r.exact) return [];
  const node = fullTree(state).resolveInner(r.from, 1);
  const array = node.name === "Array" ? node : node.parent?.name === "Array" ? node.parent : null;
  if (!array) return [];
  const ids: string[] = [];
  for (const item of array.getChildren("Object"))
    for (const prop of item.getChildren("Property")) {
      const name = prop.getChild("PropertyName");
      const value = prop.getChild("String");
      if (name && value && keyText(state, name) === "id") ids.push(keyText(state, value));
    }
  return ids;
}
