// CSV for a translator (RFC 4180): columns id, where, nl, en; every field quoted, CRLF between records,
// UTF-8 with a byte order mark so Excel reads the accents right. A text a spreadsheet would run as a
// formula (=, +, -, @, a tab or CR first) gets a leading apostrophe, which the import takes off again,
// so export and import give back exactly the same text.
import { describePath } from "../../engine/load/problems.ts";
import { applyUnits, type ImportResult, type ImportUnit } from "./apply.ts";
import { collectTexts } from "./texts.ts";
import type { Said } from "./xml.ts";

const BOM = "\uFEFF";
const FORMULA = /^'*[=+\-@\t\r]/;

export const guardFormula = (s: string) => (FORMULA.test(s) ? `'${s}` : s);
export const unguardFormula = (s: string) => (/^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

const field = (s: string) => `"${s.replaceAll('"', '""')}"`;

export function exportCsv(doc: unknown): string {
  const rows = [["id", "where", "nl", "en"]];
  for (const t of collectTexts(doc))
    rows.push([t.id, describePath([...t.path], doc), guardFormula(t.nl), guardFormula(t.en ?? "")]);
  return `${BOM}${rows.map((r) => r.map(field).join(",")).join("\r\n")}\r\n`;
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly detail: Said,
  ) {
    super(detail.en);
  }
}

/** Records of an RFC 4180 text, each with the line it starts on. Also takes LF-only line ends. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let cur = "";
  let i = 0;
  let line = 1;
  let start = 1;
  let quoted = false;
  let afterQuote = false;
  const endField = () => {
    fields.push(cur);
    cur = "";
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
    fields = [];
  };
  while (i < s.length) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cur += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (c === "\n") line++;
      cur += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cur !== "" || afterQuote)
        throw new CsvError(line, {
          en: 'a quote (") inside a field that does not start with one',
          nl: 'een aanhalingsteken (") midden in een veld dat er niet mee begint',
        });
      quoted = true;
      i++;
      continue;
    }
    if (c === ",") {
      endField();
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && s[i + 1] === "\n" ? 2 : 1;
      line++;
      start = line;
      continue;
    }
    if (afterQuote)
      throw new CsvError(line, {
        en: "text after a closing quote",
        nl: "tekst na een sluitend aanhalingsteken",
      });
    cur += c;
    i++;
  }
  if (quoted)
    throw new CsvError(start, {
      en: "a quoted field is never closed",
      nl: "een veld tussen aanhalingstekens wordt nergens gesloten",
    });
  if (cur !== "" || fields.length > 0 || afterQuote) endRecord();
  return records;
}

export type CsvImport = ImportResult;

export function importCsv(doc: unknown, text: string): CsvImport {
  let records: { line: number; fields: string[] }[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      doc,
      changed: 0,
      problems: [{ kind: "broken", format: "csv", line: error.line, detail: error.detail }],
    };
  }
  const header = (records[0]?.fields ?? []).map((h) => h.trim().toLowerCase());
  for (const column of ["id", "nl", "en"])
    if (!header.includes(column)) return { doc, changed: 0, problems: [{ kind: "no-column", column }] };
  const col = (name: string) => header.indexOf(name);
  const units: ImportUnit[] = records.slice(1).map((r, i) => {
    const get = (name: string) => r.fields[col(name)];
    const source = get("nl");
    const target = get("en");
    return {
      row: i + 2,
      id: (get("id") ?? "").trim(),
      source: source === undefined ? undefined : unguardFormula(source),
      target: target === undefined ? undefined : unguardFormula(target),
    };
  });
  return applyUnits(doc, units, "csv");
}
