// The translations panel: every text of the scenario, Dutch and English side by side, the missing
// English marked and counted, each English editable in place (one undoable edit per text changed);
// export for a translator (XLIFF 1.2 or CSV) and import of their file, with a message per row that
// could not be placed.
import { describePath } from "../../engine/load/problems.ts";
import { clear, el } from "../../ui/dom.ts";
import type { MountPanel, StudioLang, StudioPanelHost } from "../panel-host.ts";
import type { ImportResult } from "./apply.ts";
import { exportCsv, importCsv } from "./csv.ts";
import { collectTexts, countTexts, setEnglish, type TextEntry } from "./texts.ts";
import { importMessage, translationWords } from "./words.ts";
import { exportXliff, importXliff } from "./xliff.ts";
import "./translations.css";

/** The file name a download gets: the scenario's id where it has a usable one. */
function baseName(doc: unknown): string {
  const id = (doc as { id?: unknown } | null)?.id;
  return typeof id === "string" && /^[\w-]{1,80}$/.test(id) ? id : "scenario";
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** An import by the file's name and content: XLIFF when it looks like XML, else CSV. */
export function importTranslation(doc: unknown, name: string, text: string): ImportResult {
  const xml =
    /\.(xlf|xliff|xml)$/i.test(name) ||
    text
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("<");
  return xml ? importXliff(doc, text) : importCsv(doc, text);
}

export function mountTranslations(root0: HTMLElement, host: StudioPanelHost) {
  const lang: StudioLang = host.lang;
  const w = translationWords(lang);
  const counts = el("p", { class: "translations-counts", role: "status", "aria-live": "polite" });
  const onlyMissing = el("input", { type: "checkbox", id: "translations-only-missing" });
  // The browser's own file button speaks the browser's language; ours speaks the studio's and opens it.
  const file = el("input", {
    type: "file",
    accept: ".xlf,.xliff,.xml,.csv,text/csv",
    id: "translations-import",
    hidden: true,
  });
  const importButton = el("button", { type: "button", class: "translations-import", text: w.import });
  importButton.addEventListener("click", () => file.click());
  const report = el("div", { class: "translations-report", "aria-live": "polite" });
  const exportXliffButton = el("button", {
    type: "button",
    class: "translations-export-xliff",
    text: w.exportXliff,
  });
  const exportCsvButton = el("button", {
    type: "button",
    class: "translations-export-csv",
    text: w.exportCsv,
  });
  const body = el("tbody");
  const table = el(
    "table",
    { class: "translations-table" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col", text: w.id }),
        el("th", { scope: "col", text: w.nl }),
        el("th", { scope: "col", text: w.en }),
      ),
    ),
    body,
  );
  const section = el(
    "section",
    { class: "studio-translations", "aria-labelledby": "translations-title" },
    el("h2", { id: "translations-title", text: w.title }),
    counts,
    el(
      "div",
      { class: "translations-tools" },
      el("label", {}, onlyMissing, ` ${w.onlyMissing}`),
      exportXliffButton,
      exportCsvButton,
      importButton,
      file,
    ),
    report,
    table,
  );
  root0.append(section);

  let entries: TextEntry[] = [];
  const render = () => {
    const doc = host.doc.get();
    entries = collectTexts(doc);
    const c = countTexts(entries);
    counts.textContent = w.counts(c.missing, c.total);
    section.dataset.missing = String(c.missing);
    section.dataset.total = String(c.total);
    // Redrawn on every change of the document; the field being typed in keeps its focus and caret.
    const focused = document.activeElement as HTMLTextAreaElement | null;
    const focusId = focused?.closest?.(".studio-translations") === section ? focused.dataset.id : undefined;
    const caret =
      focusId !== undefined ? [focused?.selectionStart ?? 0, focused?.selectionEnd ?? 0] : undefined;
    clear(body);
    for (const t of entries) {
      if (onlyMissing.checked && t.en !== undefined) continue;
      const where = describePath([...t.path], doc);
      const english = el("textarea", {
        "data-id": t.id,
        rows: 2,
        "aria-label": `${w.en}: ${where}`,
        "aria-invalid": t.en === undefined ? "true" : undefined,
      });
      english.value = t.en ?? "";
      const row = el(
        "tr",
        { class: t.en === undefined ? "translation missing" : "translation", "data-id": t.id },
        el("th", { scope: "row", class: "translation-where" }, where),
        el("td", { class: "translation-nl", lang: "nl" }, t.nl),
        el(
          "td",
          { class: "translation-en", lang: "en" },
          english,
          t.en === undefined ? el("span", { class: "translation-missing", text: w.missing }) : null,
        ),
      );
      body.append(row);
      if (t.id === focusId) {
        english.focus();
        english.setSelectionRange(caret?.[0] ?? 0, caret?.[1] ?? 0);
      }
    }
  };

  // An English text is committed when the field is left (change), as one edit with a label for undo.
  body.addEventListener("change", (e) => {
    const area = e.target as HTMLTextAreaElement;
    const id = area.dataset.id;
    const entry = entries.find((t) => t.id === id);
    if (!entry || area.value === (entry.en ?? "")) return;
    const doc = host.doc.get();
    host.doc.set(setEnglish(doc, entry.path, area.value), w.editLabel(describePath([...entry.path], doc)));
  });
  onlyMissing.addEventListener("change", render);
  exportXliffButton.addEventListener("click", () => {
    const doc = host.doc.get();
    download(
      exportXliff(doc, `${baseName(doc)}.json`),
      `${baseName(doc)}.nl-en.xlf`,
      "application/x-xliff+xml",
    );
  });
  exportCsvButton.addEventListener("click", () => {
    const doc = host.doc.get();
    download(exportCsv(doc), `${baseName(doc)}.nl-en.csv`, "text/csv;charset=utf-8");
  });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const text = await chosen.text();
    file.value = "";
    showImport(importTranslation(host.doc.get(), chosen.name, text));
  });
  const showImport = (result: ImportResult) => {
    clear(report);
    if (result.changed > 0) host.doc.set(result.doc, w.importLabel(result.changed));
    report.append(el("p", { class: "translations-imported", text: w.imported(result.changed) }));
    if (result.problems.length > 0) {
      const list = el("ul", { class: "translations-problems" });
      for (const p of result.problems) list.append(el("li", { text: importMessage(p, lang) }));
      report.append(list);
    }
  };

  render();
  const unsubscribe = host.doc.subscribe(render);
  return {
    /** For tests and the studio: the same as choosing a file. */
    importText: (name: string, text: string) => showImport(importTranslation(host.doc.get(), name, text)),
    destroy() {
      unsubscribe();
      section.remove();
    },
  };
}

export const mount: MountPanel = (el0, host) => mountTranslations(el0, host);
