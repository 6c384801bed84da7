// Loading a scenario: parse, migrate, check the shape, then names and paths. Every problem is collected
// so an author sees all of them at once; later steps only run when the earlier ones found no errors,
// because their messages would only repeat the same mistake in other words.
import { checkShape } from "../format/check-shape.ts";
import { type Scenario, ScenarioSchema } from "../format/schema.ts";
import { checkActs } from "./check-acts.ts";
import { checkCards } from "./check-cards.ts";
import { checkGraph } from "./check-graph.ts";
import { checkReferences } from "./check-refs.ts";
import { migrateScenario } from "./migrate.ts";
import { parseScenarioText } from "./parse.ts";
import { type Problem, ProblemList } from "./problems.ts";

export type LoadResult =
  | { ok: true; scenario: Scenario; problems: Problem[] }
  | { ok: false; scenario?: undefined; problems: Problem[] };

/** Loads the text of a scenario file. Never throws for anything an author can write. */
export function loadScenario(text: string, file = "scenario.json"): LoadResult {
  const probe = new ProblemList(file);
  const value = parseScenarioText(text, probe);
  if (probe.errors.length > 0) return { ok: false, problems: probe.items };
  return checkValue(value, file);
}

/** Loads an already parsed value (a scenario built in code, or one kept in storage). */
export function loadScenarioValue(value: unknown, file = "scenario.json"): LoadResult {
  // Checked and compiled scenarios must not change under a running game: work on a copy.
  return checkValue(structuredCloneJson(value), file);
}

function checkValue(copy: unknown, file: string): LoadResult {
  const problems = new ProblemList(file, copy);
  if (copy === null || typeof copy !== "object" || Array.isArray(copy)) {
    problems.error("not-an-object", []);
    return { ok: false, problems: problems.items };
  }
  const migrated = migrateScenario(copy, problems);
  if (problems.errors.length > 0) return { ok: false, problems: problems.items };
  checkShape(migrated, ScenarioSchema, problems);
  if (problems.errors.length > 0) return { ok: false, problems: problems.items };
  const scenario = migrated as Scenario;
  checkReferences(scenario, problems);
  checkCards(scenario, problems);
  if (problems.errors.length === 0) checkActs(scenario, problems);
  if (problems.errors.length === 0) checkGraph(scenario, problems);
  if (problems.errors.length > 0) return { ok: false, problems: problems.items };
  return { ok: true, scenario, problems: problems.items };
}

function structuredCloneJson(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value));
  } catch {
    return undefined;
  }
}
