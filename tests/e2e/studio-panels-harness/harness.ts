// A page for the studio panels alone, until the studio shell mounts them: a bundled scenario in an
// in-memory host, the graph in the main place and the JSON editor beside it, both loaded through the
// panel list as the studio will. Built only by the browser test (tests/e2e/studio-panels.ts), never by
// the game's build; `npx vite` serves it at /tests/e2e/studio-harness/ to try by hand.
// ?lang=en for English; window.studioHarness lets the test read and change the document and selection.
import wijkteam from "../../../scenarios/wijkteam-zuiderveld.json?url";
import type { DocPath, StudioLang, StudioPanelHost } from "../../../src/studio/panel-host.ts";
import { PANELS } from "../../../src/studio/panel-list.ts";
import "../../../src/ui/style.css";
import "./harness.css";

declare global {
  interface Window {
    studioHarness?: {
      get(): unknown;
      set(next: unknown, label: string): void;
      select(path: DocPath): void;
      selection(): DocPath | null;
      edits: string[];
    };
  }
}

const params = new URLSearchParams(location.search);
const lang: StudioLang = params.get("lang") === "en" ? "en" : "nl";
document.documentElement.lang = lang;

let value: unknown = await (await fetch(wijkteam)).json();
let selected: DocPath | null = null;
const docSubs = new Set<() => void>();
const selSubs = new Set<(p: DocPath) => void>();
const edits: string[] = [];
const host: StudioPanelHost = {
  lang,
  doc: {
    get: () => value,
    set(next, label) {
      value = next;
      edits.push(label);
      for (const fn of docSubs) fn();
    },
    subscribe(fn) {
      docSubs.add(fn);
      return () => docSubs.delete(fn);
    },
  },
  select(path) {
    selected = path;
    for (const fn of selSubs) fn(path);
  },
  selection: () => selected,
  onSelect(fn) {
    selSubs.add(fn);
    return () => selSubs.delete(fn);
  },
};
window.studioHarness = {
  get: () => value,
  set: (next, label) => host.doc.set(next, label),
  select: (p) => host.select(p),
  selection: () => selected,
  edits,
};

for (const entry of PANELS) {
  const slot = document.getElementById(entry.place === "main" ? "main-panel" : "side-panel");
  if (!slot) continue;
  const box = document.createElement("section");
  box.className = `harness-panel panel-${entry.id}`;
  const title = document.createElement("h2");
  title.textContent = entry.title[lang];
  box.append(title);
  slot.append(box);
  const { mount } = await entry.load();
  mount(box, host);
}
document.body.dataset.ready = "true";
