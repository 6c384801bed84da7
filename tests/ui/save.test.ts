import { describe, expect, it } from "vitest";
import { ALL_KEYS, stringsFor } from "../../src/ui/i18n.ts";
import { parseSave } from "../../src/ui/save.ts";
import { readText } from "../helpers.ts";

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
    expect(r).toMatchObject({ ok: true, migrated: false, save: { scenarioId: "mini", moves: good.moves } });
  });

  it("migrates a version-1 save and says so", () => {
    const { lang, ...rest } = good;
    const r = parseSave(JSON.stringify({ ...rest, version: 1, language: lang }));
    expect(r).toMatchObject({ ok: true, migrated: true, save: { lang: "en", version: 2 } });
  });

  it("refuses damaged or foreign saves with a reason, never throwing", () => {
    expect(parseSave("{broken")).toEqual({ ok: false, reason: { key: "save_damaged" } });
    expect(parseSave("null")).toEqual({ ok: false, reason: { key: "save_damaged" } });
    expect(parseSave("[1,2]")).toEqual({ ok: false, reason: { key: "save_damaged" } });
    expect(parseSave('{"format":"other"}')).toEqual({ ok: false, reason: { key: "save_foreign" } });
    expect(parseSave(JSON.stringify({ ...good, version: 9 }))).toEqual({
      ok: false,
      reason: { key: "save_version", detail: "9" },
    });
    expect(parseSave(JSON.stringify({ ...good, moves: [{ jump: 1 }] }))).toMatchObject({
      ok: false,
      reason: { key: "save_moves", detail: expect.stringContaining("moves[0]") },
    });
    expect(parseSave(JSON.stringify({ ...good, role: "judge" }))).toEqual({
      ok: false,
      reason: { key: "save_field", detail: "role" },
    });
    expect(parseSave(JSON.stringify({ ...good, seed: "x" }))).toMatchObject({ ok: false });
  });

  it("survives any byte soup", () => {
    const text = JSON.stringify(good);
    for (let i = 0; i < text.length; i += 3) {
      const broken = text.slice(0, i) + text.slice(i + 1);
      expect(() => parseSave(broken)).not.toThrow();
    }
  });
});

describe("interface strings", () => {
  it("exist in Dutch and English", () => {
    for (const key of ALL_KEYS) {
      const s = stringsFor(key);
      expect(s.nl.trim().length, key).toBeGreaterThan(0);
      expect(s.en.trim().length, key).toBeGreaterThan(0);
    }
  });

  it("use the same placeholders in both languages", () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of ALL_KEYS) {
      const s = stringsFor(key);
      expect(holes(s.nl), key).toEqual(holes(s.en));
    }
  });

  it("are all used by the overlay (no dead strings), and the overlay uses no unknown key", () => {
    const sources = [
      "app.ts",
      "menu.ts",
      "debrief.ts",
      "move-panel.ts",
      "room-state.ts",
      "save.ts",
      "runs-in-progress.ts",
      "storage/notices.ts",
    ]
      .map((f) => readText(`src/ui/${f}`))
      .join("\n");
    const dynamic = ["channel_", "save_", "sound_", "note", "facilitator", "listener", "organiser"];
    for (const key of ALL_KEYS) {
      const used = sources.includes(`"${key}"`) || dynamic.some((d) => key.startsWith(d));
      expect(used, `${key} is never used`).toBe(true);
    }
  });
});
