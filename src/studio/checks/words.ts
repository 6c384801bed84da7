// The checks panel's own words, in the studio's language (one language at a time).
import type { StudioLang } from "../panel-host.ts";

const WORDS = {
  nl: {
    title: "Controles",
    checking: "Bezig met controleren…",
    clean: "Geen problemen gevonden.",
    error: "fout",
    errors: "fouten",
    warning: "waarschuwing",
    warnings: "waarschuwingen",
    note: "opmerking",
    notes: "opmerkingen",
    fix: "Oplossing",
    times: "keer",
    places: "Plaatsen",
    failed: "De controle kon niet worden uitgevoerd",
    scores: "Scores per rol",
    paths: "paden",
    worst: "slechtste",
    best: "beste",
    none: "geen",
    validate: "scenario",
    pathsSource: "paden",
  },
  en: {
    title: "Checks",
    checking: "Checking…",
    clean: "No problems found.",
    error: "error",
    errors: "errors",
    warning: "warning",
    warnings: "warnings",
    note: "note",
    notes: "notes",
    fix: "Fix",
    times: "times",
    places: "Places",
    failed: "The check could not be run",
    scores: "Scores per role",
    paths: "paths",
    worst: "worst",
    best: "best",
    none: "none",
    validate: "scenario",
    pathsSource: "paths",
  },
} as const;

export type CheckWords = (typeof WORDS)["en"] | (typeof WORDS)["nl"];
export const checkWords = (lang: StudioLang): CheckWords => WORDS[lang];

/** "2 fouten, 1 waarschuwing": the summary the live region announces. */
export function summary(counts: { error: number; warning: number; note: number }, lang: StudioLang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (counts.error > 0) parts.push(`${counts.error} ${counts.error === 1 ? w.error : w.errors}`);
  if (counts.warning > 0) parts.push(`${counts.warning} ${counts.warning === 1 ? w.warning : w.warnings}`);
  if (counts.note > 0) parts.push(`${counts.note} ${counts.note === 1 ? w.note : w.notes}`);
  return parts.length === 0 ? w.clean : `${parts.join(", ")}.`;
}
