// A page holding the studio's checks and translations panels against a minimal host, for the browser
// check (tests/e2e/studio-checks.ts) until the studio's own shell mounts them. The panels are loaded
// through the studio's panel list, as the shell will load them.
import type { DocPath, StudioLang, StudioPanelHost } from "../../../src/studio/panel-host.ts";
import { PANELS } from "../../../src/studio/panel-list.ts";

const lang: StudioLang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl";
let value: unknown = null;
const subs = new Set<() => void>();
const selected: DocPath[] = [];
const edits: string[] = [];
const host: StudioPanelHost = {
  lang,
  doc: {
    get: () => value,
    set(next, label) {
      value = next;
      edits.push(label);
      for (const fn of subs) fn();
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  },
  select: (path) => selected.push(path),
  selection: () => selected.at(-1) ?? null,
  onSelect: () => () => {},
};

async function open(doc: unknown): Promise<void> {
  value = doc;
  for (const [id, place] of [
    ["translations", "main"],
    ["checks", "bottom"],
  ] as const) {
    const entry = PANELS.find((p) => p.id === id);
    if (!entry) throw new Error(`no panel '${id}'`);
    (await entry.load()).mount(document.getElementById(place) as HTMLElement, host);
  }
}

Object.assign(window, {
  studioTest: {
    open,
    /** An edit as another panel (the forms, the JSON editor) would make it. */
    set: (doc: unknown, label = "edit") => host.doc.set(doc, label),
    get: () => value,
    selected,
    edits,
  },
});
