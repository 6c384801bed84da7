// The studio: a toolbar (new, copy, open, export, publish, undo, redo, language, back), and the panels
// of panel-list.ts laid out by place (main, side, bottom), each loaded when first shown. It owns the
// document (DocStore), the shared selection and the autosave; panels only go through StudioPanelHost.
import type { CatalogEntry } from "../ui/catalog.ts";
import { clear, el } from "../ui/dom.ts";
import { type KeyValue, readAutosave, writeAutosave } from "./model/autosave.ts";
import { DocStore } from "./model/doc-store.ts";
import type { DocPath, StudioLang, StudioPanel, StudioPanelHost } from "./panel-host.ts";
import { PANELS, type PanelEntry } from "./panel-list.ts";
import { openPublish } from "./publish.ts";
import { download, readScenarioFile } from "./scenario-file.ts";
import "./studio.css";
import skeleton from "./templates/skeleton.json" with { type: "json" };
import { w } from "./words.ts";

export interface StudioDeps {
  root: HTMLElement;
  lang: StudioLang;
  catalog: CatalogEntry[];
  toGame(): void;
  /** Where the autosave goes (localStorage in the browser). */
  storage?: KeyValue;
}

const AUTOSAVE_DELAY = 300;
type Place = PanelEntry["place"];

export function openStudio(deps: StudioDeps): { close(): void } {
  const storage = deps.storage ?? localStorage;
  const restored = readAutosave(storage, () => new Date().toISOString());
  const saved = restored.kind === "ok" ? restored.saved : null;
  const store = new DocStore(saved?.doc ?? skeleton);
  let selection: DocPath | null = saved?.selection ?? null;
  let name = saved?.name ?? fileName(store.get());
  let lang = deps.lang;
  const selectListeners = new Set<(path: DocPath) => void>();
  const fromAddress = location.hash.match(/^#studio\/([\w-]+)/)?.[1];
  const active: Partial<Record<Place, string>> = {};
  const wanted = PANELS.find((p) => p.id === fromAddress) ?? PANELS.find((p) => p.id === saved?.panel);
  if (wanted) active[wanted.place] = wanted.id;
  const mounted = new Map<Place, StudioPanel>();
  const destroyAll = () => {
    for (const p of mounted.values()) p.destroy();
    mounted.clear();
  };
  let status: HTMLElement | null = null;
  let saveTimer: number | undefined;
  let asideNotice: { key: string; text: string } | null =
    restored.kind === "corrupt" ? { key: restored.asideKey, text: restored.text } : null;

  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const saveNow = () => {
    window.clearTimeout(saveTimer);
    saveTimer = undefined;
    const ok = writeAutosave(storage, { doc: store.get(), selection, panel: active.main ?? null, name });
    const note = document.getElementById("studio-saved");
    if (note) note.textContent = w(lang, ok ? "saved" : "notSaved");
  };
  const saveSoon = () => {
    const note = document.getElementById("studio-saved");
    if (note) note.textContent = w(lang, "saving");
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveNow, AUTOSAVE_DELAY);
  };
  const offDoc = store.subscribe(() => {
    saveSoon();
    refreshUndo();
  });
  const onHide = () => saveTimer !== undefined && saveNow();
  window.addEventListener("pagehide", onHide);

  const host = (): StudioPanelHost => ({
    doc: store,
    lang,
    select(path) {
      selection = [...path];
      saveSoon();
      for (const fn of [...selectListeners]) fn(selection);
    },
    selection: () => selection,
    onSelect(fn) {
      selectListeners.add(fn);
      return () => selectListeners.delete(fn);
    },
  });

  const undoButton = () => document.getElementById("studio-undo") as HTMLButtonElement | null;
  const redoButton = () => document.getElementById("studio-redo") as HTMLButtonElement | null;
  function refreshUndo(): void {
    const u = undoButton();
    const r = redoButton();
    const ul = store.undoLabel();
    const rl = store.redoLabel();
    if (u) {
      u.disabled = ul === null;
      u.setAttribute("aria-label", ul ? w(lang, "undoWhat", { what: ul }) : w(lang, "undo"));
      u.title = u.getAttribute("aria-label") ?? "";
    }
    if (r) {
      r.disabled = rl === null;
      r.setAttribute("aria-label", rl ? w(lang, "redoWhat", { what: rl }) : w(lang, "redo"));
      r.title = r.getAttribute("aria-label") ?? "";
    }
  }
  const undo = () => {
    const what = store.undo();
    say(what ? w(lang, "undone", { what }) : w(lang, "nothingToUndo"));
  };
  const redo = () => {
    const what = store.redo();
    say(what ? w(lang, "redone", { what }) : w(lang, "nothingToRedo"));
  };

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo the document. A text field with words not yet
  // committed (committed on leaving it) keeps the browser's own undo of those words.
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
    const key = e.key.toLowerCase();
    if (key !== "z" && key !== "y") return;
    const t = e.target as HTMLInputElement | null;
    if (t && "value" in t && t.dataset.committed !== undefined && t.value !== t.dataset.committed) return;
    if (t?.closest?.(".cm-editor")) return;
    e.preventDefault();
    if (key === "y" || e.shiftKey) redo();
    else undo();
  };
  document.addEventListener("keydown", onKey);

  const replace = (doc: unknown, label: string, newName: string) => {
    name = newName;
    selection = null;
    store.set(doc, label);
    for (const fn of [...selectListeners]) fn([]);
  };

  function render(): void {
    destroyAll();
    clear(deps.root);
    document.documentElement.lang = lang;
    const langSelect = el(
      "select",
      { id: "studio-lang" },
      el("option", { value: "nl", text: "Nederlands", selected: lang === "nl" }),
      el("option", { value: "en", text: "English", selected: lang === "en" }),
    );
    langSelect.addEventListener("change", () => {
      lang = langSelect.value === "en" ? "en" : "nl";
      render();
    });
    const button = (id: string, text: string, on: () => void, cls?: string) => {
      const b = el("button", { type: "button", id, text, class: cls });
      b.addEventListener("click", on);
      return b;
    };
    const copySelect = el("select", { id: "studio-copy-of" });
    for (const c of deps.catalog)
      copySelect.append(
        el("option", { value: c.id, text: c.title ? (c.title[lang] ?? c.title.nl) : c.file }),
      );
    const copy = () => {
      const entry = deps.catalog.find((c) => c.id === copySelect.value);
      if (!entry) return;
      say(w(lang, "loading"));
      void entry.load().then(
        (loaded) => {
          const doc = JSON.parse(loaded.text) as unknown;
          replace(doc, w(lang, "copyLabel", { name: entry.file }), entry.file);
          say(w(lang, "opened", { name: entry.file }));
        },
        (error: unknown) => say(`${w(lang, "openFailed", { name: entry.file })} ${String(error)}`),
      );
    };
    // The browser's own file button speaks the browser's language; this one speaks the studio's and opens it.
    const fileInput = el("input", {
      type: "file",
      id: "studio-open",
      accept: ".json,application/json",
      hidden: true,
      "aria-label": w(lang, "openFile"),
    });
    fileInput.addEventListener("change", () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      void readScenarioFile(file, lang).then((r) => {
        fileInput.value = "";
        if (r.ok) {
          replace(r.doc, w(lang, "openLabel", { name: file.name }), file.name);
          say(w(lang, "opened", { name: file.name }));
        } else say(`${w(lang, "openFailed", { name: file.name })} ${r.problems.join(" ")}`);
      });
    });
    const exportIt = () => {
      const doc = store.get();
      name = fileName(doc);
      download(name, `${JSON.stringify(doc, null, 2)}\n`);
      say(w(lang, "exported", { name }));
    };
    status = el("p", { id: "studio-status", class: "studio-status", role: "status" });
    const toolbar = el(
      "div",
      { class: "studio-toolbar", role: "toolbar", "aria-label": w(lang, "toolbar") },
      button("studio-new", w(lang, "newFromTemplate"), () => {
        replace(skeleton, w(lang, "templateLabel"), fileName(skeleton));
        say(w(lang, "templateLabel"));
      }),
      el(
        "span",
        { class: "studio-copy" },
        el("label", { for: "studio-copy-of", text: w(lang, "copyOf") }),
        copySelect,
        button("studio-copy", w(lang, "copy"), copy),
      ),
      el(
        "span",
        { class: "studio-file" },
        button("studio-open-button", `${w(lang, "openFile")}…`, () => fileInput.click()),
        fileInput,
      ),
      button("studio-export", w(lang, "export"), exportIt),
      button("studio-publish", w(lang, "publish"), () =>
        openPublish(document.getElementById("studio-publish-slot") as HTMLElement, store.get(), lang),
      ),
      button("studio-undo", w(lang, "undo"), undo),
      button("studio-redo", w(lang, "redo"), redo),
      el(
        "span",
        { class: "studio-lang" },
        el("label", { for: "studio-lang", text: w(lang, "language") }),
        langSelect,
      ),
      button("studio-back", w(lang, "back"), close),
    );
    const notice = asideNotice ? corruptNotice(asideNotice) : null;
    const areas = el("div", { class: "studio-areas" });
    for (const place of ["main", "side", "bottom"] as const) {
      const area = buildArea(place);
      if (area) areas.append(area);
    }
    deps.root.append(
      el(
        "main",
        { class: "studio", "aria-labelledby": "studio-title" },
        el(
          "header",
          { class: "studio-head" },
          el("h1", { id: "studio-title", text: w(lang, "title") }),
          toolbar,
          el("div", { id: "studio-publish-slot" }),
          notice,
          status,
          el("p", { id: "studio-saved", class: "studio-saved", "aria-live": "polite" }),
        ),
        areas,
      ),
    );
    refreshUndo();
    (document.getElementById("studio-title") as HTMLElement).setAttribute("tabindex", "-1");
  }

  function corruptNotice(aside: { key: string; text: string }): HTMLElement {
    const b = el("button", { type: "button", id: "studio-download-aside", text: w(lang, "downloadAside") });
    b.addEventListener("click", () => download("studio-autosave.txt", aside.text));
    return el(
      "div",
      { id: "studio-notice", class: "studio-notice", role: "alert" },
      el("p", { text: w(lang, "corrupt") }),
      b,
    );
  }

  function buildArea(place: Place): HTMLElement | null {
    const entries = PANELS.filter((p) => p.place === place);
    if (entries.length === 0) return null;
    const current = entries.find((p) => p.id === active[place]) ?? (entries[0] as PanelEntry);
    active[place] = current.id;
    const body = el("div", { class: "studio-panel", id: `studio-${place}-panel`, role: "tabpanel" });
    const tabs = el("div", { class: "studio-tabs", role: "tablist", "aria-label": w(lang, areaWord(place)) });
    for (const entry of entries) {
      const tab = el("button", {
        type: "button",
        role: "tab",
        id: `studio-tab-${entry.id}`,
        "aria-selected": entry === current ? "true" : "false",
        "aria-controls": body.id,
        text: entry.title[lang],
      });
      // Only this area is drawn again: the panels beside it (an editor with its own state) stay as they are.
      tab.addEventListener("click", () => {
        if (active[place] === entry.id) return;
        active[place] = entry.id;
        if (place === "main") history.replaceState(null, "", `#studio/${entry.id}`);
        saveSoon();
        mounted.get(place)?.destroy();
        mounted.delete(place);
        const again = buildArea(place);
        if (again) section.replaceWith(again);
        document.getElementById(`studio-tab-${entry.id}`)?.focus();
      });
      tabs.append(tab);
    }
    body.setAttribute("aria-labelledby", `studio-tab-${current.id}`);
    const section = el("section", { class: `studio-area studio-${place}`, "data-place": place }, tabs, body);
    void mountPanel(place, current, body);
    return section;
  }

  async function mountPanel(place: Place, entry: PanelEntry, body: HTMLElement): Promise<void> {
    body.append(el("p", { class: "studio-loading", text: w(lang, "loading") }));
    try {
      const { mount } = await entry.load();
      // The studio may have been drawn again (another language, another tab) while this loaded.
      if (!body.isConnected) return;
      clear(body);
      mounted.set(place, mount(body, host()));
    } catch (error) {
      clear(body);
      body.append(el("p", { class: "error", text: w(lang, "panelFailed", { why: String(error) }) }));
    }
  }

  function close(): void {
    if (saveTimer !== undefined) saveNow();
    destroyAll();
    offDoc();
    document.removeEventListener("keydown", onKey);
    window.removeEventListener("pagehide", onHide);
    asideNotice = null;
    deps.toGame();
  }

  render();
  (document.getElementById("studio-title") as HTMLElement).focus();
  return { close };
}

function areaWord(place: Place) {
  return place === "main" ? "areaMain" : place === "side" ? "areaSide" : "areaBottom";
}

/** The file an export gets: the scenario's id, or a plain name while the id is missing or not an id. */
function fileName(doc: unknown): string {
  const id = (doc as { id?: unknown } | null)?.id;
  return typeof id === "string" && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id) ? `${id}.json` : "scenario.json";
}
