// Loading a scenario file for a command: problems go to stderr in the same words as `validate`.
import type { Scenario } from "../engine/format/schema.ts";
import { formatProblems } from "../engine/load/group-problems.ts";
import { loadScenario } from "../engine/load/load.ts";
import type { Role } from "../engine/rules/catalog.ts";
import type { CliIo } from "./io.ts";
import { roleMissing } from "./role-option.ts";

export async function loadForCommand(file: string, io: CliIo): Promise<Scenario | undefined> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  const result = loadScenario(text, file);
  const shown = result.problems.filter((p) => p.severity === "error" || !result.ok);
  for (const line of formatProblems(shown)) io.err(`${line}\n`);
  if (!result.ok) io.err(`${file}: not playable; run validate for details\n`);
  return result.scenario;
}

/** Loads a scenario for playing in one role; says plainly when it cannot be played in that role. */
export async function loadForRole(file: string, role: Role, io: CliIo): Promise<Scenario | undefined> {
  const scenario = await loadForCommand(file, io);
  if (!scenario) return undefined;
  const missing = roleMissing(scenario, role);
  if (missing) {
    io.err(`${missing}\n`);
    return undefined;
  }
  return scenario;
}
