// XLIFF 1.2, what translators' tools (CAT tools: Trados, memoQ, OmegaT, Poedit…) read: one trans-unit
// per text, its id the text's JSON Pointer, the Dutch as source, the English (if any) as target, and
// where in the scenario it sits as a note for the translator. Whitespace is kept as written.
import { describePath } from "../../engine/load/problems.ts";
import { applyUnits, type ImportResult, type ImportUnit } from "./apply.ts";
import { collectTexts } from "./texts.ts";
import { childrenNamed, escapeXml, findAll, parseXml, textOf, XmlError } from "./xml.ts";

export function exportXliff(doc: unknown, original: string): string {
  const units = collectTexts(doc).map((t) => {
    const target =
      t.en === undefined
        ? `<target state="needs-translation"></target>`
        : `<target state="translated">${escapeXml(t.en)}</target>`;
    return [
      `      <trans-unit id="${escapeXml(t.id)}" xml:space="preserve">`,
      `        <source>${escapeXml(t.nl)}</source>`,
      `        ${target}`,
      `        <note>${escapeXml(describePath([...t.path], doc))}</note>`,
      "      </trans-unit>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXml(original)}" source-language="nl" target-language="en" datatype="plaintext">`,
    "    <body>",
    ...units,
    "    </body>",
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}

export function importXliff(doc: unknown, text: string): ImportResult {
  let units: ImportUnit[];
  try {
    const root = parseXml(text);
    if (root.name !== "xliff")
      throw new XmlError(root.line, {
        en: `the document is <${root.name}>, not <xliff>`,
        nl: `het document is <${root.name}>, geen <xliff>`,
      });
    units = findAll(root, "trans-unit").map((u) => {
      const source = childrenNamed(u, "source")[0];
      const target = childrenNamed(u, "target")[0];
      return {
        row: u.line,
        id: (u.attrs.id ?? "").trim(),
        source: source ? textOf(source) : undefined,
        target: target ? textOf(target) : undefined,
      };
    });
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return {
      doc,
      changed: 0,
      problems: [{ kind: "broken", format: "xliff", line: error.line, detail: error.detail }],
    };
  }
  return applyUnits(doc, units, "xliff");
}
