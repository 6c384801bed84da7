// Loading a scenario file for a command: problems go to stderr in the same words as `validate`.
import type { Scenario } from "../engine/format/schema.ts";
import { loadScenario } from "../engine/load/load.ts";
import { formatProblem } from "../engine/load/problems.ts";
import type { CliIo } from "./io.ts";

export async function loadForCommand(file: string, io: CliIo): Promise<Scenario | undefined> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
  const result = loadScenario(text, file);
  for (const p of result.problems) if (p.severity === "error" || !result.ok) io.err(`${formatProblem(p)}\n`);
  if (!result.ok) io.err(`${file}: not playable; run validate for details\n`);
  return result.scenario;
}
