// Every translatable text of a scenario: each Text ({ nl, en? }: titles, lines, choices, whys,
// betters, personas…) wherever it sits, found by its shape rather than by a list of fields, so a field
// added to the format later is listed too. Its id is its place as a JSON Pointer (RFC 6901), which a
// translator's file carries and an import finds it back by.
import type { DocPath } from "../panel-host.ts";

export interface TextEntry {
  /** JSON Pointer of the Text object, e.g. /beats/3/lines/0/text */
  id: string;
  path: DocPath;
  nl: string;
  /** Missing (undefined) when the text has no English yet; "" counts as missing too. */
  en?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** A Text: a Dutch string, perhaps an English one, nothing else. */
function isText(v: unknown): v is { nl: string; en?: unknown } {
  if (!isRecord(v) || typeof v.nl !== "string") return false;
  for (const k of Object.keys(v)) if (k !== "nl" && k !== "en") return false;
  return v.en === undefined || typeof v.en === "string";
}

// A line's voice-over ({ nl?, en? } file names under assets/) has the same shape but is not words.
const NOT_WORDS = new Set(["audio"]);

export function collectTexts(doc: unknown): TextEntry[] {
  const out: TextEntry[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (!isRecord(node)) return;
    if (isText(node)) {
      const entry: TextEntry = { id: toPointer(path), path, nl: node.nl };
      if (typeof node.en === "string" && node.en !== "") entry.en = node.en;
      out.push(entry);
      return;
    }
    for (const [k, v] of Object.entries(node)) if (!NOT_WORDS.has(k)) visit(v, [...path, k]);
  };
  visit(doc, []);
  return out;
}

export function toPointer(path: DocPath): string {
  return path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** A copy of the document with the English of the Text at `path` set ("" removes it). */
export function setEnglish(doc: unknown, path: DocPath, en: string): unknown {
  const at = (node: unknown, i: number): unknown => {
    if (i === path.length) {
      if (!isText(node)) throw new Error(`no text at ${toPointer(path)}`);
      const { en: _old, ...rest } = node;
      return en === "" ? rest : { ...rest, en };
    }
    const key = path[i] as string | number;
    if (Array.isArray(node) && typeof key === "number") {
      const copy = [...node];
      copy[key] = at(node[key], i + 1);
      return copy;
    }
    if (isRecord(node) && typeof key === "string" && Object.hasOwn(node, key))
      return { ...node, [key]: at(node[key], i + 1) };
    throw new Error(`no text at ${toPointer(path)}`);
  };
  return at(doc, 0);
}

export interface TextCounts {
  total: number;
  missing: number;
}

export function countTexts(entries: readonly TextEntry[]): TextCounts {
  return { total: entries.length, missing: entries.filter((e) => e.en === undefined).length };
}
