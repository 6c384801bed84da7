// The Pareto fronts path analysis keeps per state (src/engine/analysis/fronts.ts) must hold exactly the
// pairs no other pair beats, in their fixed order, however many candidates a state has.
import { describe, expect, it } from "vitest";
import { FrontBuilder } from "../../src/engine/analysis/fronts.ts";
import { Random } from "../../src/engine/runtime/rng.ts";

/** By definition: the pairs no other pair matches or beats on both counts, without repeats, sorted. */
function bruteFront(pairs: [number, number][], best: boolean): number[] {
  const beats = (p: [number, number], q: [number, number]) =>
    best ? p[0] >= q[0] && p[1] <= q[1] : p[0] <= q[0] && p[1] >= q[1];
  const kept = pairs.filter(
    (q, i) => !pairs.some((p, j) => j !== i && beats(p, q) && (p[0] !== q[0] || p[1] !== q[1] || j < i)),
  );
  kept.sort((a, b) => (best ? b[0] - a[0] : a[0] - b[0]));
  return kept.flat();
}

describe("Pareto fronts of (good, bad) weights", () => {
  for (const best of [true, false]) {
    it(`${best ? "best" : "worst"}: the same as by definition, for few and for many candidates`, () => {
      const random = new Random(3);
      const builder = new FrontBuilder(best);
      for (let round = 0; round < 300; round++) {
        const k = 1 + random.int(round < 200 ? 12 : 150);
        const pairs: [number, number][] = [];
        for (let i = 0; i < k; i++) pairs.push([random.int(20), random.int(20)]);
        // Added in two parts, the second moved, as a state adds each edge's front.
        const cut = random.int(k + 1);
        builder.addShifted(pairs.slice(0, cut).flat(), 0, 0);
        builder.addShifted(
          pairs.slice(cut).flatMap(([g, b]) => [g - 2, b + 1]),
          2,
          -1,
        );
        expect(builder.take()).toEqual(bruteFront(pairs, best));
      }
      expect(builder.take()).toEqual([]);
    });
  }
});
