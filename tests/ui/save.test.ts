import { describe, expect, it } from "vitest";
import { ALL_KEYS, stringsFor } from "../../src/ui/i18n.ts";
import { parseSave } from "../../src/ui/save.ts";

const good = {
  format: "spiegelspel-save",
  version: 2,
  scenarioId: "mini",
  role: "listener",
  lang: "en",
  seed: 4,
  moves: [{ choose: "stil" }, { note: "anja-hulp", tag: "positive" }],
  savedAt: "2026-11-24T08:00:00.000Z",
};

describe("saved runs", () => {
  it("reads a current save", () => {
    const r = parseSave(JSON.stringify(good));
    expect(r).toMatchObject({ ok: true, save: { scenarioId: "mini", moves: good.moves } });
  });

  it("migrates a version-1 save", () => {
    const { lang, ...rest } = good;
    const r = parseSave(JSON.stringify({ ...rest, version: 1, language: lang }));
    expect(r).toMatchObject({ ok: true, save: { lang: "en", version: 2 } });
  });

  it("refuses damaged or foreign saves with a reason, never throwing", () => {
    expect(parseSave("{broken")).toEqual({ ok: false, reason: "the save is damaged (not JSON)" });
    expect(parseSave("null")).toMatchObject({ ok: false });
    expect(parseSave(JSON.stringify({ ...good, version: 9 }))).toEqual({
      ok: false,
      reason: "save version 9 is not supported",
    });
    expect(parseSave(JSON.stringify({ ...good, moves: [{ jump: 1 }] }))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("moves[0]"),
    });
    expect(parseSave(JSON.stringify({ ...good, role: "judge" }))).toEqual({
      ok: false,
      reason: "unknown role",
    });
  });
});

describe("interface strings", () => {
  it("exist in Dutch and English, and differ where words differ", () => {
    for (const key of ALL_KEYS) {
      const s = stringsFor(key);
      expect(s.nl.length, key).toBeGreaterThan(0);
      expect(s.en.length, key).toBeGreaterThan(0);
    }
  });
});
