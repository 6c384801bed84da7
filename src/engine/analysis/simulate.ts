// Random playthroughs from a seed: how scores spread when moves are picked at random. The same seed gives
// the same runs, so a trainer can compare two versions of a scenario.
import type { CompiledScenario } from "../compile/compile.ts";
import { scoreOf } from "../report/score.ts";
import type { VerdictEntry } from "../runtime/context.ts";
import { toArray } from "../runtime/plist.ts";
import { Random } from "../runtime/rng.ts";
import { Session } from "../session/session.ts";

export interface SimulationResult {
  scenario: string;
  role: string;
  runs: number;
  seed: number;
  finished: number;
  score: {
    min: number | null;
    p10: number | null;
    median: number | null;
    mean: number | null;
    p90: number | null;
    max: number | null;
  };
  histogram: { from: number; to: number; runs: number }[];
  breachesPerRule: Record<string, number>;
  untoldStoriesPerRun: number;
}

const MAX_STEPS = 10_000;

export function simulate(compiled: CompiledScenario, runs: number, seed: number): SimulationResult {
  const random = new Random(seed);
  const scores: number[] = [];
  const breaches: Record<string, number> = {};
  let finished = 0;
  let untold = 0;
  for (let r = 0; r < runs; r++) {
    const session = new Session(compiled, { seed: random.int(2 ** 31) });
    for (let step = 0; step < MAX_STEPS; step++) {
      const p = session.pending();
      if (!p) break;
      // Drawn from the written order, not the shown one: the shown order follows each run's seed, and
      // the statistics should not change when only that order does.
      const written = compiled.world.beats.get(p.beat)?.moves?.[compiled.role]?.choices ?? p.choices;
      if (p.kind === "pick") {
        const size = p.min + random.int(p.max - p.min + 1);
        const ids = written.map((c) => c.id);
        for (let i = ids.length - 1; i > 0; i--) {
          const j = random.int(i + 1);
          [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
        }
        session.pick(ids.slice(0, size));
      } else if (p.kind === "urge" && random.next() < 0.5) session.expire();
      else session.choose(random.pick(written).id);
    }
    if (session.done) finished++;
    let good = 0;
    let bad = 0;
    for (const e of toArray(session.context.log)) {
      if (e.t === "untold") untold++;
      if (e.t !== "verdict") continue;
      const v = e as VerdictEntry;
      if (v.kind === "good") good += v.weight;
      else {
        bad += v.weight;
        if (v.kind === "breach") breaches[v.rule] = (breaches[v.rule] ?? 0) + 1;
      }
    }
    const s = scoreOf(good, bad);
    if (s !== null) scores.push(s);
    session.stop();
  }
  scores.sort((a, b) => a - b);
  const q = (f: number) =>
    scores.length ? (scores[Math.min(scores.length - 1, Math.floor(f * scores.length))] ?? null) : null;
  const histogram = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    runs: scores.filter((s) => (i === 9 ? s >= 90 : s >= i * 10 && s < i * 10 + 10)).length,
  }));
  return {
    scenario: compiled.scenario.id,
    role: compiled.role,
    runs,
    seed,
    finished,
    score: {
      min: scores[0] ?? null,
      p10: q(0.1),
      median: q(0.5),
      mean: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
      p90: q(0.9),
      max: scores[scores.length - 1] ?? null,
    },
    histogram,
    breachesPerRule: Object.fromEntries(Object.entries(breaches).sort(([a], [b]) => a.localeCompare(b))),
    untoldStoriesPerRun: runs ? Math.round((untold / runs) * 100) / 100 : 0,
  };
}
