// Translations out and back: XLIFF 1.2 and CSV exports of every text, imports that take a translator's
// English only where it can be placed, and a message per row (in the studio's language) for what cannot.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  exportCsv,
  guardFormula,
  importCsv,
  parseCsv,
  unguardFormula,
} from "../../src/studio/translations/csv.ts";
import { collectTexts, countTexts, setEnglish } from "../../src/studio/translations/texts.ts";
import { importMessage } from "../../src/studio/translations/words.ts";
import { exportXliff, importXliff } from "../../src/studio/translations/xliff.ts";
import { miniValue, readText, root } from "../helpers.ts";

const bundled = readdirSync(`${root}scenarios`).filter(
  (f) => f.endsWith(".json") && f !== "scenario.schema.json",
);

/** Text that breaks naive exporters: markup, quotes, separators, line ends, formulas, emoji. */
const TRICKY = "A <b>\"quoted\"</b> & 'odd', text;\r\nnext line\n=SUM(1) 👋 ]]> &amp;";

function trickyDoc() {
  const doc = miniValue() as { title: { nl: string; en?: string }; summary: { nl: string; en?: string } };
  doc.title = { nl: TRICKY, en: `@${TRICKY}` };
  doc.summary = { nl: "-5 minuten" };
  return doc;
}

describe("translatable texts", () => {
  it("finds every Text by its shape, with a JSON Pointer id, and counts missing English", () => {
    const doc = trickyDoc();
    const texts = collectTexts(doc);
    expect(texts[0]).toMatchObject({ id: "/title", path: ["title"], nl: TRICKY });
    const summary = texts.find((t) => t.id === "/summary");
    expect(summary?.en).toBeUndefined();
    expect(texts.some((t) => t.id.startsWith("/beats/1/lines/0/text"))).toBe(true);
    expect(countTexts(texts).missing).toBe(1);
    // A line's voice-over files have the same shape but are not words to translate.
    const withAudio = miniValue() as { beats: { lines: { audio?: unknown }[] }[] };
    (withAudio.beats[1] as { lines: { audio?: unknown }[] }).lines[0] = {
      ...(withAudio.beats[1]?.lines[0] as object),
      audio: { nl: "a.mp3" },
    };
    expect(collectTexts(withAudio).some((t) => t.id.includes("audio"))).toBe(false);
  });

  it("sets and removes English without touching the document it was given", () => {
    const doc = trickyDoc();
    const before = JSON.stringify(doc);
    const next = setEnglish(doc, ["summary"], "-5 minutes") as typeof doc;
    expect(next.summary).toEqual({ nl: "-5 minuten", en: "-5 minutes" });
    expect(JSON.stringify(doc)).toBe(before);
    expect((setEnglish(next, ["summary"], "") as typeof doc).summary).toEqual({ nl: "-5 minuten" });
    expect(() => setEnglish(doc, ["beats", 99, "text"], "x")).toThrow();
  });
});

describe("export and import round-trip exactly", () => {
  for (const file of [...bundled.map((f) => `scenarios/${f}`), "tests/fixtures/mini.json"])
    it(`${file}: XLIFF and CSV give back the same document, changing nothing`, () => {
      const doc = JSON.parse(readText(file));
      for (const r of [importXliff(doc, exportXliff(doc, file)), importCsv(doc, exportCsv(doc))]) {
        expect(r.problems).toEqual([]);
        expect(r.changed).toBe(0);
        expect(r.doc).toBe(doc);
      }
    });

  it("tricky text survives both formats, and a translator's English is taken", () => {
    const doc = trickyDoc();
    const xliff = exportXliff(doc, "mini.json");
    expect(xliff).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    expect(xliff).toContain('<trans-unit id="/summary" xml:space="preserve">');
    expect(xliff).toContain('<target state="needs-translation"></target>');
    // The translator fills in the missing English, in the file as a CAT tool would write it back.
    const done = xliff.replace(
      '<target state="needs-translation"></target>',
      '<target state="translated">-5 <mrk mtype="seg">minutes</mrk> &amp; more</target>',
    );
    const back = importXliff(doc, done);
    expect(back.problems).toEqual([]);
    expect(back.changed).toBe(1);
    expect((back.doc as typeof doc).summary).toEqual({ nl: "-5 minuten", en: "-5 minutes & more" });
    expect((back.doc as typeof doc).title).toEqual(doc.title);

    const csv = exportCsv(doc);
    expect(csv.startsWith('\uFEFF"id","where","nl","en"\r\n')).toBe(true);
    // A text a spreadsheet would run as a formula is kept from being one.
    expect(csv).toContain(`"'@`);
    expect(csv).toContain(`"'-5 minuten"`);
    const filled = csv.replace(`"'-5 minuten",""`, `"'-5 minuten","'-5 minutes"`);
    const fromCsv = importCsv(doc, filled);
    expect(fromCsv.problems).toEqual([]);
    expect((fromCsv.doc as typeof doc).summary).toEqual({ nl: "-5 minuten", en: "-5 minutes" });
  });

  it("formula guard and its undoing are exact inverses", () => {
    for (const s of ["=1", "'=1", "''=1", "'", "plain", "-", "@x", "\tx", "a=1", ""])
      expect(unguardFormula(guardFormula(s))).toBe(s);
  });
});

describe("imports that cannot be placed", () => {
  it("unknown ids, changed sources and repeated ids are told per row and change nothing", () => {
    const doc = trickyDoc();
    const rows = [
      '"id","nl","en"',
      '"/nowhere","x","y"',
      `"/summary","-5 minutes ago","-5 min"`,
      '"/title","",""',
      `"/summary","'-5 minuten","five"`,
      `"/summary","'-5 minuten","again"`,
    ].join("\r\n");
    const r = importCsv(doc, rows);
    expect(r.changed).toBe(1);
    expect((r.doc as typeof doc).summary.en).toBe("five");
    expect(r.problems.map((p) => p.kind)).toEqual([
      "unknown-id",
      "source-changed",
      "source-changed",
      "duplicate-id",
    ]);
    const nl = r.problems.map((p) => importMessage(p, "nl"));
    expect(nl[0]).toBe("Rij 2: '/nowhere' is geen tekst van dit scenario (meer); overgeslagen.");
    expect(nl[1]).toMatch(/^Rij 3: de Nederlandse tekst van '\/summary' is veranderd sinds de export/);
    expect(importMessage(r.problems[0] as never, "en")).toBe(
      "Row 2: '/nowhere' is not a text of this scenario (any more); skipped.",
    );
  });

  it("broken XML is one message with its line, in the studio's language, and no change", () => {
    const doc = trickyDoc();
    const xliff = exportXliff(doc, "mini.json").replace("</source>", "</sorce>");
    const r = importXliff(doc, xliff);
    expect(r.doc).toBe(doc);
    expect(r.changed).toBe(0);
    expect(r.problems).toHaveLength(1);
    expect(importMessage(r.problems[0] as never, "nl")).toMatch(
      /^Het XLIFF-bestand is onleesbaar bij regel 8: <\/sorce> sluit <source>\. Er is niets veranderd\.$/,
    );
    for (const bad of [
      "",
      "<xliff>",
      "<!DOCTYPE x><xliff/>",
      "<x/>",
      "<xliff>&bogus;</xliff>",
      "<xliff/>trailing",
    ]) {
      const out = importXliff(doc, bad);
      expect(out.doc).toBe(doc);
      expect(out.problems[0]?.kind).toMatch(/broken|no-units/);
    }
  });

  it("broken CSV or a missing column is one message and no change", () => {
    const doc = trickyDoc();
    const open = importCsv(doc, '"id","nl","en"\r\n"/title","never closed');
    expect(open.doc).toBe(doc);
    expect(importMessage(open.problems[0] as never, "en")).toBe(
      "The CSV file cannot be read at line 2: a quoted field is never closed. Nothing was changed.",
    );
    const noEn = importCsv(doc, '"id","nl"\r\n"/title","x"');
    expect(noEn.problems).toEqual([{ kind: "no-column", column: "en" }]);
    expect(parseCsv('a,"b ""c""",d\n1,2,3\r\n').map((r) => r.fields)).toEqual([
      ["a", 'b "c"', "d"],
      ["1", "2", "3"],
    ]);
  });
});
