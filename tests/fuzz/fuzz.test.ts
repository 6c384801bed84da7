// A few hundred mutated scenarios (the same seeds every run) through load, validate and seeded play:
// none may crash, hang or be accepted and then fail. `npm run fuzz -- --count 10000` runs the long
// version, with path analysis and in worker threads.
import { describe, expect, it } from "vitest";
import { runCase } from "./run-case.ts";

const COUNT = 200;
const FIRST_SEED = 100_000;

describe("fuzzed scenarios", () => {
  it(`${COUNT} mutated files: no crash, no hang, nothing accepted that then fails`, async () => {
    const failures: string[] = [];
    const outcomes = { refused: 0, accepted: 0 };
    for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
      const r = await runCase(seed, { paths: false, cliShare: 0.1 });
      if (r.outcome === "refused" || r.outcome === "accepted") outcomes[r.outcome]++;
      else failures.push(`seed ${seed} ${r.outcome} (${r.mutations.join(", ")}): ${r.detail}`);
      if (r.ms > 5_000) failures.push(`seed ${seed} took ${r.ms} ms (${r.mutations.join(", ")})`);
    }
    expect(failures).toEqual([]);
    // The mutations must leave some files playable, or play would never be tried.
    expect(outcomes.accepted).toBeGreaterThan(COUNT / 10);
    expect(outcomes.refused).toBeGreaterThan(COUNT / 10);
  }, 120_000);
});
