// Keeps the JSON text and the studio's document in step. An edit in the text that parses becomes one
// doc.set after a pause in typing (one undo step per pause, not one per key); text that does not parse
// is never passed on. A change to the document from elsewhere replaces only the part of the text that
// differs, so the cursor and scroll stay where they were when the change is elsewhere. The cursor's beat
// or choice goes to the shared selection; a selection made elsewhere moves the cursor there.
import { Annotation, type EditorState, type Extension } from "@codemirror/state";
import { EditorView, type ViewUpdate } from "@codemirror/view";
import type { DocPath, StudioPanelHost } from "../panel-host.ts";
import { pathAt, rangeOf, selectionPath } from "./json-path.ts";
import { parseText } from "./schema-lint.ts";

/** Marks a transaction made to follow the studio (not typed): it is not sent back. */
const fromStudio = Annotation.define<boolean>();

export const DEBOUNCE_MS = 500;

/** The text the editor shows for a document. */
export function docText(value: unknown): string {
  return value === undefined ? "" : JSON.stringify(value, null, 2);
}

/** The one change that turns `a` into `b`: what differs between their common start and common end. */
export function smallestChange(a: string, b: string): { from: number; to: number; insert: string } | null {
  if (a === b) return null;
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return { from: start, to: a.length - end, insert: b.slice(start, b.length - end) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const samePath = (a: DocPath | null, b: DocPath | null) => JSON.stringify(a) === JSON.stringify(b);

export interface DocSync {
  extension: Extension;
  /** Start following the studio (call once the view exists). */
  attach(view: EditorView): void;
  /** Pass on a pending edit now (the panel is closing). */
  flush(): void;
  destroy(): void;
}

export function docSync(
  host: StudioPanelHost,
  label: string,
  onStatus: (s: "in-step" | "pending" | "invalid") => void,
): DocSync {
  let view: EditorView | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reported: DocPath | null = host.selection();
  const offs: (() => void)[] = [];

  const push = () => {
    timer = undefined;
    if (!view) return;
    const parsed = parseText(view.state.doc.toString());
    if (!parsed.ok) {
      onStatus("invalid");
      return;
    }
    onStatus("in-step");
    if (!same(parsed.value, host.doc.get())) host.doc.set(parsed.value, label);
  };

  const report = (state: EditorState) => {
    const path = selectionPath(pathAt(state, state.selection.main.head));
    if (path && !samePath(path, reported)) {
      reported = path;
      host.select(path);
    }
  };

  const extension = EditorView.updateListener.of((u: ViewUpdate) => {
    const followed = u.transactions.some((t) => t.annotation(fromStudio));
    if (u.docChanged && !followed) {
      if (timer !== undefined) clearTimeout(timer);
      // Checked now for the status line; passed on after the pause.
      onStatus(parseText(u.state.doc.toString()).ok ? "pending" : "invalid");
      timer = setTimeout(push, DEBOUNCE_MS);
    }
    if (u.selectionSet && !followed) report(u.state);
  });

  const follow = () => {
    if (!view) return;
    const value = host.doc.get();
    const text = view.state.doc.toString();
    const parsed = parseText(text);
    // The text already says this (in the author's own layout): leave it as it is.
    if (parsed.ok && same(parsed.value, value)) return;
    // The studio's change wins over an edit not yet passed on.
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const change = smallestChange(text, docText(value));
    if (change) view.dispatch({ changes: change, annotations: fromStudio.of(true) });
    onStatus("in-step");
  };

  const goTo = (path: DocPath) => {
    if (!view || samePath(path, reported)) return;
    reported = path;
    const r = rangeOf(view.state, path);
    view.dispatch({
      selection: { anchor: r.from },
      effects: EditorView.scrollIntoView(r.from, { y: "start", yMargin: 24 }),
      annotations: fromStudio.of(true),
    });
  };

  return {
    extension,
    attach(v) {
      view = v;
      offs.push(host.doc.subscribe(follow), host.onSelect(goTo));
      const now = host.selection();
      if (now) {
        reported = null;
        goTo(now);
      }
    },
    flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        push();
      }
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      for (const off of offs) off();
      view = null;
    },
  };
}
