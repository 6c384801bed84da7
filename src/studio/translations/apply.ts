// Taking a translator's file back: every unit is matched to a text of the scenario by its id, and its
// English taken only when the Dutch it was translated from is still the Dutch of the scenario. What
// cannot be placed (an unknown id, a changed source, a second unit for one id) is told per row and
// changes nothing.
import { collectTexts, setEnglish, type TextEntry } from "./texts.ts";
import type { ImportProblem } from "./words.ts";

export interface ImportUnit {
  /** 1-based: the row of a CSV file as a spreadsheet numbers it, the trans-unit's line in an XLIFF file. */
  row: number;
  id: string;
  source: string | undefined;
  /** Undefined or "" when not translated: then the text is left as it is. */
  target: string | undefined;
}

export interface ImportResult {
  /** The document with every placeable translation; the same object when nothing changed. */
  doc: unknown;
  changed: number;
  problems: ImportProblem[];
}

export function applyUnits(
  doc: unknown,
  units: readonly ImportUnit[],
  format: "xliff" | "csv",
): ImportResult {
  const texts = new Map<string, TextEntry>(collectTexts(doc).map((t) => [t.id, t]));
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  let out = doc;
  let changed = 0;
  if (units.length === 0) problems.push({ kind: "no-units" });
  for (const u of units) {
    if (u.id === "") {
      problems.push({ kind: "no-id", row: u.row, format });
      continue;
    }
    const text = texts.get(u.id);
    if (!text) {
      problems.push({ kind: "unknown-id", row: u.row, format, id: u.id });
      continue;
    }
    if (u.source === undefined) {
      problems.push({ kind: "no-source", row: u.row, format, id: u.id });
      continue;
    }
    if (u.source !== text.nl) {
      problems.push({ kind: "source-changed", row: u.row, format, id: u.id, file: u.source, now: text.nl });
      continue;
    }
    // Only a unit that could be taken claims its id: a later one for the same text is a second answer.
    if (seen.has(u.id)) {
      problems.push({ kind: "duplicate-id", row: u.row, format, id: u.id });
      continue;
    }
    seen.add(u.id);
    if (u.target === undefined || u.target === "" || u.target === text.en) continue;
    out = setEnglish(out, text.path, u.target);
    changed++;
  }
  return { doc: out, changed, problems };
}
