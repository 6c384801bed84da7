// One call from scenario text to a running session, for the CLI, the game and tests.
import { compileScenario } from "../compile/compile.ts";
import type { Scenario } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { type Judge, Session } from "./session.ts";

export function startSession(
  scenario: Scenario,
  role: Role,
  options: { seed?: number; judge?: Judge } = {},
): Session {
  return new Session(compileScenario(scenario, role), options);
}
