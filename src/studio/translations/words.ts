// The translations panel's words and its import messages, in the studio's language.
import type { StudioLang } from "../panel-host.ts";

export type ImportProblem =
  | { kind: "broken"; format: "xliff" | "csv"; line: number; detail: { en: string; nl: string } }
  | { kind: "no-column"; column: string }
  | { kind: "no-units" }
  | ({ row: number; format: "xliff" | "csv" } & (
      | { kind: "no-id" }
      | { kind: "unknown-id"; id: string }
      | { kind: "duplicate-id"; id: string }
      | { kind: "no-source"; id: string }
      | { kind: "source-changed"; id: string; file: string; now: string }
    ));

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

export function importMessage(p: ImportProblem, lang: StudioLang): string {
  const nl = lang === "nl";
  // A spreadsheet's row for CSV; for XLIFF the line the unit starts on.
  const at =
    "row" in p ? `${p.format === "csv" ? (nl ? "Rij" : "Row") : nl ? "Regel" : "Line"} ${p.row}` : "";
  switch (p.kind) {
    case "broken":
      return nl
        ? `Het ${p.format === "xliff" ? "XLIFF" : "CSV"}-bestand is onleesbaar bij regel ${p.line}: ${p.detail.nl}. Er is niets veranderd.`
        : `The ${p.format === "xliff" ? "XLIFF" : "CSV"} file cannot be read at line ${p.line}: ${p.detail.en}. Nothing was changed.`;
    case "no-column":
      return nl
        ? `De kolom '${p.column}' ontbreekt in de eerste regel. Er is niets veranderd.`
        : `The column '${p.column}' is missing from the first line. Nothing was changed.`;
    case "no-units":
      return nl ? "Het bestand bevat geen teksten." : "The file holds no texts.";
    case "no-id":
      return nl ? `${at}: geen id; overgeslagen.` : `${at}: no id; skipped.`;
    case "unknown-id":
      return nl
        ? `${at}: '${clip(p.id)}' is geen tekst van dit scenario (meer); overgeslagen.`
        : `${at}: '${clip(p.id)}' is not a text of this scenario (any more); skipped.`;
    case "duplicate-id":
      return nl
        ? `${at}: '${clip(p.id)}' stond al eerder in het bestand; overgeslagen.`
        : `${at}: '${clip(p.id)}' came earlier in the file already; skipped.`;
    case "no-source":
      return nl
        ? `${at}: '${clip(p.id)}' heeft geen Nederlandse brontekst; overgeslagen.`
        : `${at}: '${clip(p.id)}' has no Dutch source text; skipped.`;
    case "source-changed":
      return nl
        ? `${at}: de Nederlandse tekst van '${clip(p.id)}' is veranderd sinds de export ("${clip(p.file)}" is nu "${clip(p.now)}"); de vertaling is niet overgenomen.`
        : `${at}: the Dutch text of '${clip(p.id)}' changed since the export ("${clip(p.file)}" is now "${clip(p.now)}"); the translation was not taken.`;
  }
}

const WORDS = {
  nl: {
    title: "Vertalingen",
    id: "Plaats",
    nl: "Nederlands",
    en: "Engels",
    missing: "ontbreekt",
    counts: (missing: number, total: number) =>
      missing === 0
        ? `Alle ${total} teksten hebben Engels.`
        : `${missing} van de ${total} teksten hebben nog geen Engels.`,
    onlyMissing: "Alleen teksten zonder Engels",
    exportXliff: "Exporteer XLIFF",
    exportCsv: "Exporteer CSV",
    import: "Importeer vertaling (XLIFF of CSV)",
    imported: (n: number) => (n === 1 ? "1 vertaling overgenomen." : `${n} vertalingen overgenomen.`),
    editLabel: (where: string) => `Engels bij ${where}`,
    importLabel: (n: number) => `Vertaling geïmporteerd (${n})`,
  },
  en: {
    title: "Translations",
    id: "Place",
    nl: "Dutch",
    en: "English",
    missing: "missing",
    counts: (missing: number, total: number) =>
      missing === 0
        ? `All ${total} texts have English.`
        : `${missing} of ${total} texts have no English yet.`,
    onlyMissing: "Only texts without English",
    exportXliff: "Export XLIFF",
    exportCsv: "Export CSV",
    import: "Import translation (XLIFF or CSV)",
    imported: (n: number) => (n === 1 ? "1 translation taken." : `${n} translations taken.`),
    editLabel: (where: string) => `English at ${where}`,
    importLabel: (n: number) => `Translation imported (${n})`,
  },
} as const;

export const translationWords = (lang: StudioLang) => WORDS[lang];
