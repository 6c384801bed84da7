import { describe, expect, it } from "vitest";
import { loadScenarioValue } from "../../src/engine/load/load.ts";
import { addBeatAfter, getAt, moveItem, removeBeat, setAt } from "../../src/studio/model/edit.ts";
import { freshId, slug } from "../../src/studio/model/ids.ts";
import skeleton from "../../src/studio/templates/skeleton.json" with { type: "json" };

describe("the forms' edits", () => {
  it("sets and removes a field without changing the original, dropping objects left empty", () => {
    const doc = { beats: [{ id: "a", moves: { listener: { kind: "urge" } } }] };
    const set = setAt(doc, ["beats", 0, "minutes"], 3);
    expect(getAt(set, ["beats", 0, "minutes"])).toBe(3);
    expect(doc.beats[0]).not.toHaveProperty("minutes");
    const gone = setAt(doc, ["beats", 0, "moves", "listener", "kind"], undefined);
    expect(gone).toEqual({ beats: [{ id: "a" }] });
    expect(setAt({}, ["a", "b", 0], "x")).toEqual({ a: { b: ["x"] } });
  });

  it("moves an item up and down, and not past either end", () => {
    const doc = { l: [1, 2, 3] };
    expect(moveItem(doc, ["l"], 0, 1)).toEqual({ l: [2, 1, 3] });
    expect(moveItem(doc, ["l"], 0, -1)).toEqual(doc);
  });

  it("adds beats after any beat and the template stays valid and in one line", () => {
    let doc: unknown = skeleton;
    for (let i = 0; i < 6; i++) doc = addBeatAfter(doc, i * 2, { line: { nl: "Nieuw.", en: "New." } }).doc;
    const loaded = loadScenarioValue(doc);
    expect(loaded.problems).toEqual([]);
    expect((getAt(doc, ["beats"]) as unknown[]).length).toBe(12);
    // The last beat ends the meeting: a beat added after it ends it instead.
    const end = addBeatAfter(skeleton, 5, { line: { nl: "Slot.", en: "End." } });
    expect(getAt(end.doc, ["beats", 6, "end"])).toBe(true);
    expect(getAt(end.doc, ["beats", 5, "end"])).toBeUndefined();
    expect(loadScenarioValue(end.doc).problems).toEqual([]);
  });

  it("removes a beat and leads play around it", () => {
    const added = addBeatAfter(skeleton, 0, { line: { nl: "x", en: "x" } }).doc;
    const removed = removeBeat(added, 1);
    expect(removed).toEqual(skeleton);
    const first = removeBeat(skeleton, 0);
    expect(getAt(first, ["start"])).toBe("verhaal");
  });

  it("makes fresh, valid ids", () => {
    expect(freshId("beat", new Set(["beat", "beat-2"]))).toBe("beat-3");
    expect(slug("Één vraag!")).toBe("een-vraag");
    expect(freshId("!!!", new Set())).toBe("id");
  });
});
