// A studio host in memory for panel tests: the document with its edits recorded, and the shared selection.
import type { DocPath, StudioLang, StudioPanelHost } from "../../src/studio/panel-host.ts";

export interface FakeHost extends StudioPanelHost {
  edits: { value: unknown; label: string }[];
  selected: DocPath[];
  /** A change made elsewhere in the studio (another panel, undo). */
  setFromElsewhere(value: unknown): void;
  /** A selection made elsewhere in the studio. */
  selectFromElsewhere(path: DocPath): void;
}

export function fakeHost(initial: unknown, lang: StudioLang = "nl"): FakeHost {
  let value = initial;
  let sel: DocPath | null = null;
  const docSubs = new Set<() => void>();
  const selSubs = new Set<(p: DocPath) => void>();
  const host: FakeHost = {
    lang,
    edits: [],
    selected: [],
    doc: {
      get: () => value,
      set(next, label) {
        value = next;
        host.edits.push({ value: next, label });
        for (const fn of docSubs) fn();
      },
      subscribe(fn) {
        docSubs.add(fn);
        return () => docSubs.delete(fn);
      },
    },
    select(path) {
      sel = path;
      host.selected.push(path);
      for (const fn of selSubs) fn(path);
    },
    selection: () => sel,
    onSelect(fn) {
      selSubs.add(fn);
      return () => selSubs.delete(fn);
    },
    setFromElsewhere(next) {
      value = next;
      for (const fn of docSubs) fn();
    },
    selectFromElsewhere(path) {
      sel = path;
      for (const fn of selSubs) fn(path);
    },
  };
  return host;
}
