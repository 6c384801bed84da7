// Issue 14 point 3: the path overlay's figures, from the engine's own strategy runs and path analysis.
import { describe, expect, it } from "vitest";
import { analysePaths } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { pathRange, strategyPaths } from "../../src/studio/graph/path-overlay.ts";
import { loadMini, miniValue } from "../helpers.ts";

describe("path overlay", () => {
  it("gives the best and worst player's ways with their scores, the best scoring higher", () => {
    const r = strategyPaths(miniValue(), "facilitator");
    if (!r.ok) throw new Error(r.reason);
    expect(r.best.beats[0]).toBe("welkom");
    expect(r.best.beats.at(-1)).toBe("einde");
    expect(r.worst.beats[0]).toBe("welkom");
    expect(r.best.score ?? 0).toBeGreaterThan(r.worst.score ?? 100);
  });

  it("gives the range over every path as paths does", () => {
    const expected = analysePaths(compileScenario(loadMini(), "listener"));
    expect(pathRange(miniValue(), "listener")).toEqual({
      ok: true,
      minScore: expected.minScore,
      maxScore: expected.maxScore,
      paths: expected.pathsExact,
    });
  });

  it("says why when it cannot: a scenario with errors, or a role it does not have", () => {
    const broken = { ...miniValue(), start: "nergens" };
    expect(strategyPaths(broken, "facilitator")).toEqual({ ok: false, reason: "invalid" });
    expect(pathRange(broken, "facilitator")).toEqual({ ok: false, reason: "invalid" });
    expect(strategyPaths(miniValue(), "organiser")).toEqual({ ok: false, reason: "role" });
  });
});
