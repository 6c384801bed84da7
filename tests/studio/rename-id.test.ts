import { describe, expect, it } from "vitest";
import { loadScenarioValue } from "../../src/engine/load/load.ts";
import { idsOf, renameId } from "../../src/studio/model/rename-id.ts";
import skeleton from "../../src/studio/templates/skeleton.json" with { type: "json" };

const text = (s: string) => ({ nl: s, en: s });
// Every kind of reference once: start, a role's start, next (plain and branches), a choice's next,
// conditions (chose, noted, flag, openness), effects (note, setFlag, openness), speakers, seat, answers.
const doc = {
  start: "a",
  roles: { listener: { seat: "lars", start: "a" }, facilitator: {} },
  cast: {
    facilitator: { id: "fien" },
    participants: [{ id: "anja" }],
    listeners: [{ id: "lars" }],
  },
  preparedQuestions: [{ id: "q1", text: text("?") }],
  phases: [{ id: "open" }, { id: "vrij" }],
  beats: [
    {
      id: "a",
      phase: "open",
      lines: [
        { id: "anja-1", speaker: "anja", text: text("x") },
        { speaker: "fien", text: text("y"), when: { all: [{ flag: "boos" }, { noted: "anja-1" }] } },
      ],
      moves: {
        listener: {
          kind: "urge",
          npc: "stil",
          onTimeout: "stil",
          choices: [
            { id: "stil", effects: [{ note: { line: "anja-1", tag: "negative" } }, { setFlag: "boos" }] },
            {
              id: "zeg",
              effects: [{ openness: { who: "anja", by: -5 } }],
              next: "b",
              preparedQuestion: "q1",
            },
          ],
        },
        facilitator: {
          kind: "pick",
          npc: ["stil", "ander"],
          choices: [{ id: "stil", groundedIn: ["anja-1"] }, { id: "ander" }],
          freeText: { otherwise: { answers: { anja: [{ speaker: "anja", text: text("z") }] } } },
        },
      },
      next: [{ when: { chose: { beat: "a", choice: "stil" } }, to: "b" }, { to: "b" }],
    },
    {
      id: "b",
      phase: "vrij",
      next: "a",
      lines: [{ speaker: "lars", text: text("q"), when: { openness: { who: "anja", atLeast: 5 } } }],
    },
  ],
};

describe("renameId", () => {
  it("renames a beat and every way to it", () => {
    const r = renameId(doc, "beat", "a", "welkom");
    if (!r.ok) throw new Error(r.reason);
    const s = JSON.stringify(r.doc);
    expect(s).not.toMatch(/"a"/);
    expect(r.doc).toMatchObject({
      start: "welkom",
      roles: { listener: { start: "welkom" } },
      beats: [
        {
          id: "welkom",
          next: [{ when: { chose: { beat: "welkom", choice: "stil" } }, to: "b" }, { to: "b" }],
        },
        { next: "welkom" },
      ],
    });
  });

  it("renames a person in the cast, speakers, effects, conditions, the seat and answers", () => {
    const r = renameId(doc, "person", "anja", "anja-b");
    if (!r.ok) throw new Error(r.reason);
    expect(JSON.stringify(r.doc)).not.toContain('"anja"');
    const r2 = renameId(doc, "person", "lars", "lars-v");
    if (!r2.ok) throw new Error(r2.reason);
    expect(r2.doc).toMatchObject({
      roles: { listener: { seat: "lars-v" } },
      cast: { listeners: [{ id: "lars-v" }] },
    });
    expect(JSON.stringify(r2.doc)).not.toContain('"lars"');
  });

  it("renames a line, its notes, noted conditions and groundedIn", () => {
    const r = renameId(doc, "line", "anja-1", "wachten");
    if (!r.ok) throw new Error(r.reason);
    expect(JSON.stringify(r.doc)).not.toContain("anja-1");
  });

  it("renames a phase, a flag and a prepared question", () => {
    for (const [kind, from, to] of [
      ["phase", "open", "opening"],
      ["flag", "boos", "kwaad"],
      ["question", "q1", "bereik"],
    ] as const) {
      const r = renameId(doc, kind, from, to);
      if (!r.ok) throw new Error(r.reason);
      expect(JSON.stringify(r.doc)).not.toContain(`"${from}"`);
      expect(JSON.stringify(r.doc)).toContain(`"${to}"`);
    }
  });

  it("renames a choice only in its own beat, with npc, onTimeout and chose", () => {
    const r = renameId(doc, "choice", "stil", "zwijgen", "a");
    if (!r.ok) throw new Error(r.reason);
    expect(JSON.stringify(r.doc)).not.toContain('"stil"');
    const other = renameId(doc, "choice", "stil", "zwijgen", "b");
    expect(other).toEqual({ ok: false, reason: "missing" });
  });

  it("refuses a name that is taken, not an id, or not there, and leaves the document alone", () => {
    const before = JSON.stringify(doc);
    expect(renameId(doc, "beat", "a", "b")).toEqual({ ok: false, reason: "taken" });
    expect(renameId(doc, "beat", "a", "met spatie")).toEqual({ ok: false, reason: "invalid" });
    expect(renameId(doc, "beat", "zz", "c")).toEqual({ ok: false, reason: "missing" });
    renameId(doc, "beat", "a", "c");
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("keeps the template valid when each of its ids is renamed", () => {
    for (const kind of ["beat", "person", "phase", "line"] as const) {
      for (const id of idsOf(skeleton, kind)) {
        const r = renameId(skeleton, kind, id, `${id}-nieuw`);
        if (!r.ok) throw new Error(`${kind} ${id}: ${r.reason}`);
        const loaded = loadScenarioValue(r.doc);
        expect(loaded.problems, `${kind} ${id}`).toEqual([]);
      }
    }
  });
});
