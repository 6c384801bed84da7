import { describe, expect, it } from "vitest";
import { analysePaths } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenarioValue } from "../../src/engine/load/load.ts";
import skeleton from "../../src/studio/templates/skeleton.json" with { type: "json" };

describe("the studio's skeleton template", () => {
  const loaded = loadScenarioValue(skeleton, "skeleton.json");

  it("is a format-v2 scenario that validate accepts without a problem", () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.ok).toBe(true);
    expect(skeleton.formatVersion).toBe(2);
  });

  it("has every phase of the meeting, both roles, an urge, the listeners' round and the follow-up", () => {
    const kinds = skeleton.phases.map((p) => p.kind);
    expect(kinds).toEqual([
      "opening",
      "free-round",
      "prepared-questions",
      "listeners-round",
      "closing",
      "follow-up",
    ]);
    expect(Object.keys(skeleton.roles).sort()).toEqual(["facilitator", "listener"]);
    const moves = skeleton.beats.flatMap((b) => Object.values(b.moves ?? {}) as { kind: string }[]);
    expect(moves.some((m) => m.kind === "urge")).toBe(true);
  });

  it("plays to an end with a score in both roles", () => {
    if (!loaded.ok) throw new Error("does not load");
    for (const role of ["facilitator", "listener"] as const) {
      const result = analysePaths(compileScenario(loaded.scenario, role));
      expect(result.paths).toBeGreaterThan(0);
      expect(result.pathsWithoutScore).toBe(false);
    }
  });
});
