// The path overlay's figures, from the engine: the way the method's best and worst player would go
// (strategy.ts) with the score each gets, and the range of scores over every path (paths.ts). Pure and
// synchronous; the panel calls it through a worker (path-overlay-client.ts), and the studio's checks
// worker can take it over as it is.
import { analysePaths } from "../../engine/analysis/paths.ts";
import { playByStrategy } from "../../engine/analysis/strategy.ts";
import { compileScenario } from "../../engine/compile/compile.ts";
import type { Scenario } from "../../engine/format/schema.ts";
import { loadScenarioValue } from "../../engine/load/load.ts";
import { buildReport } from "../../engine/report/report.ts";
import type { Role } from "../../engine/rules/catalog.ts";

export interface StrategyPath {
  /** The beats the run passes, in order (beats where something is said or done). */
  beats: string[];
  score: number | null;
}

export type StrategyPaths =
  | { ok: true; best: StrategyPath; worst: StrategyPath }
  | { ok: false; reason: "invalid" | "role" };

export type PathRange =
  | { ok: true; minScore: number | null; maxScore: number | null; paths: string }
  | { ok: false; reason: "invalid" | "role" | "too-many" };

function loaded(doc: unknown, role: Role): Scenario | "invalid" | "role" {
  const result = loadScenarioValue(doc);
  if (!result.ok || !result.scenario) return "invalid";
  return result.scenario.roles[role] ? result.scenario : "role";
}

function run(scenario: Scenario, role: Role, strategy: "best" | "worst"): StrategyPath {
  const { session } = playByStrategy(compileScenario(scenario, role), strategy);
  const beats: string[] = [];
  for (const e of session.log())
    if ("beat" in e && typeof e.beat === "string" && beats[beats.length - 1] !== e.beat) beats.push(e.beat);
  const score = buildReport(scenario, role, session.context, "en", 0).score.total;
  return { beats, score: score ?? null };
}

/** The best and worst player's ways through the meeting in this role: quick (one run each). */
export function strategyPaths(doc: unknown, role: Role): StrategyPaths {
  const s = loaded(doc, role);
  if (typeof s === "string") return { ok: false, reason: s };
  return { ok: true, best: run(s, role, "best"), worst: run(s, role, "worst") };
}

/** The lowest and highest score over every path (paths.ts): can take seconds on a large scenario. */
export function pathRange(doc: unknown, role: Role): PathRange {
  const s = loaded(doc, role);
  if (typeof s === "string") return { ok: false, reason: s };
  try {
    const r = analysePaths(compileScenario(s, role));
    return { ok: true, minScore: r.minScore, maxScore: r.maxScore, paths: r.pathsExact };
  } catch {
    return { ok: false, reason: "too-many" };
  }
}
