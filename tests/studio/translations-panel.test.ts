// @vitest-environment jsdom
// The translations panel: Dutch and English side by side, missing English marked and counted, English
// edited in place as one labelled edit, and an import that reports per row in the studio's language.
import { describe, expect, it } from "vitest";
import type { StudioLang, StudioPanelHost } from "../../src/studio/panel-host.ts";
import { exportCsv } from "../../src/studio/translations/csv.ts";
import { mountTranslations } from "../../src/studio/translations/panel.ts";
import { miniValue } from "../helpers.ts";

function host(doc: unknown, lang: StudioLang) {
  let value = doc;
  const subs = new Set<() => void>();
  const edits: string[] = [];
  const h: StudioPanelHost = {
    lang,
    doc: {
      get: () => value,
      set: (next, label) => {
        value = next;
        edits.push(label);
        for (const fn of subs) fn();
      },
      subscribe: (fn) => {
        subs.add(fn);
        return () => subs.delete(fn);
      },
    },
    select: () => {},
    selection: () => null,
    onSelect: () => () => {},
  };
  return { h, edits, doc: () => value as ReturnType<typeof withMissing> };
}

function withMissing() {
  const doc = miniValue() as { summary: { nl: string; en?: string }; title: { nl: string; en?: string } };
  doc.summary = { nl: "Een <b>korte</b> bijeenkomst" };
  return doc;
}

describe("translations panel", () => {
  it("lists every text side by side, marks and counts the missing English", () => {
    const { h } = host(withMissing(), "nl");
    const box = document.createElement("div");
    document.body.append(box);
    mountTranslations(box, h);
    const section = box.querySelector(".studio-translations") as HTMLElement;
    expect(section.dataset.missing).toBe("1");
    expect(Number(section.dataset.total)).toBeGreaterThan(20);
    expect(box.querySelector(".translations-counts")?.textContent).toBe(
      `1 van de ${section.dataset.total} teksten hebben nog geen Engels.`,
    );
    const missing = box.querySelectorAll("tr.missing");
    expect(missing).toHaveLength(1);
    const row = missing[0] as HTMLElement;
    expect(row.dataset.id).toBe("/summary");
    // Scenario text is text: the <b> shows as characters.
    expect(row.querySelector(".translation-nl")?.textContent).toBe("Een <b>korte</b> bijeenkomst");
    expect(row.querySelector("b")).toBeNull();
    expect(row.querySelector(".translation-missing")?.textContent).toBe("ontbreekt");
    expect(row.querySelector("textarea")?.getAttribute("aria-label")).toBe("Engels: summary");
    const only = box.querySelector("#translations-only-missing") as HTMLInputElement;
    only.click();
    expect(box.querySelectorAll("tbody tr")).toHaveLength(1);
  });

  it("an English text edited in place is one edit with a label, and the count follows", () => {
    const { h, edits, doc } = host(withMissing(), "en");
    const box = document.createElement("div");
    document.body.append(box);
    mountTranslations(box, h);
    const area = box.querySelector('textarea[data-id="/summary"]') as HTMLTextAreaElement;
    area.value = "A short meeting";
    area.dispatchEvent(new Event("change", { bubbles: true }));
    expect(edits).toEqual(["English at summary"]);
    expect(doc().summary).toEqual({ nl: "Een <b>korte</b> bijeenkomst", en: "A short meeting" });
    expect(box.querySelectorAll("tr.missing")).toHaveLength(0);
    expect(box.querySelector(".translations-counts")?.textContent).toMatch(/^All \d+ texts have English\.$/);
  });

  it("imports a translator's CSV, telling in Dutch what it could not place", () => {
    const { h, edits, doc } = host(withMissing(), "nl");
    const box = document.createElement("div");
    const panel = mountTranslations(box, h);
    const csv = exportCsv(doc())
      .replace('"Een <b>korte</b> bijeenkomst",""', '"Een <b>korte</b> bijeenkomst","A <b>short</b> meeting"')
      .concat('"/beats/99/text","","x","y"\r\n');
    panel.importText("vertaling.csv", csv);
    expect(doc().summary.en).toBe("A <b>short</b> meeting");
    expect(edits).toEqual(["Vertaling geïmporteerd (1)"]);
    expect(box.querySelector(".translations-imported")?.textContent).toBe("1 vertaling overgenomen.");
    expect([...box.querySelectorAll(".translations-problems li")].map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        /^Rij \d+: '\/beats\/99\/text' is geen tekst van dit scenario \(meer\); overgeslagen\.$/,
      ),
    ]);
    // A broken file changes nothing.
    panel.importText("kapot.xlf", "<xliff><file>");
    expect(edits).toHaveLength(1);
    expect(box.querySelector(".translations-problems li")?.textContent).toMatch(
      /^Het XLIFF-bestand is onleesbaar/,
    );
  });
});
