// Staying silent is the listener's skill, but not all of it: a listener who only holds back (no notes,
// no question, the cheapest safe choice everywhere) must score clearly below one who also notes
// participants' own words and asks well in the listeners' round.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { playByStrategy, type Strategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { notesTarget, notesWeight } from "../../src/engine/runtime/listener-verdicts.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { loadMini, readText, root } from "../helpers.ts";

const files = readdirSync(`${root}scenarios`).filter(
  (f) => f.endsWith(".json") && f !== "scenario.schema.json",
);

describe("a listener who only holds back", () => {
  for (const file of files) {
    const result = loadScenario(readText(`scenarios/${file}`), file);
    if (!result.ok || !result.scenario.roles.listener) continue;
    const scenario = result.scenario;
    it(`${file}: scores clearly below the best listener`, () => {
      const compiled = compileScenario(scenario, "listener");
      const score = (strategy: Strategy) => {
        const { session } = playByStrategy(compiled, strategy);
        expect(session.done).toBe(true);
        return buildReport(scenario, "listener", session.context, "nl", 0).score.total ?? 0;
      };
      const best = score("best");
      const passive = score("passive");
      expect(best).toBeGreaterThanOrEqual(95);
      expect(passive).toBeLessThanOrEqual(70);
      expect(best - passive).toBeGreaterThanOrEqual(25);
    });
    it(`${file}: the passive run is told it noted nothing and asked nothing`, () => {
      const { session } = playByStrategy(compileScenario(scenario, "listener"), "passive");
      const report = buildReport(scenario, "listener", session.context, "en", 0);
      const notes = report.missedChances.filter((m) => m.rule === "L-NOTES");
      expect(notes).toHaveLength(1);
      expect(notes[0]?.weight).toBeGreaterThanOrEqual(8);
      expect(report.missedChances.filter((m) => m.rule === "L-CLARIFY" && m.auto)).toHaveLength(1);
    });
  }
});

describe("L-NOTES weighed by the chances", () => {
  it("grows with what there is to note and asks for a fifth of it", () => {
    expect(notesWeight(0)).toBe(2);
    expect(notesWeight(30)).toBe(10);
    expect(notesWeight(90)).toBe(10);
    expect(notesTarget(4)).toBe(3);
    expect(notesTarget(29)).toBe(6);
  });

  it("gives part of the weight for a few notes, and all of it for enough notes of both kinds", () => {
    const scenario = loadMini();
    const notesOf = (moves: Parameters<ReturnType<typeof startSession>["replay"]>[0]) => {
      const s = startSession(scenario, "listener", { seed: 1 });
      expect(s.replay(moves)).toEqual({ ok: true });
      return buildReport(scenario, "listener", s.context, "en", 1).moments.filter(
        (m) => m.rule === "L-NOTES",
      );
    };
    const none = notesOf([{ wait: true }, { pick: ["terugbellen"] }]);
    expect(none.map((m) => m.kind)).toEqual(["missed"]);
    const some = notesOf([{ choose: "noteer" }, { pick: ["terugbellen"] }]);
    expect(some.some((m) => m.kind === "good")).toBe(true);
  });
});

describe("an unasked question in the listeners' round", () => {
  it("is not judged where the round offered no clarifying question", () => {
    const scenario = loadMini();
    const s = startSession(scenario, "listener", { seed: 1 });
    s.replay([{ wait: true }, { pick: ["terugbellen"] }]);
    const report = buildReport(scenario, "listener", s.context, "en", 1);
    expect(report.moments.filter((m) => m.rule === "L-CLARIFY")).toEqual([]);
  });
});
