// A session that starts at a chosen beat in a chosen state (the studio's "try it"). The start state is
// checked first, so one that does not fit the scenario is refused with a message in Dutch and English
// instead of a machine that would run from nonsense. A replay of such a run is the scenario, role, seed,
// start state and moves (TryReplay).
import { compileScenario } from "../compile/compile.ts";
import type { Scenario } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { checkStartState, type StartProblem, type StartState } from "../runtime/start-state.ts";
import { type Judge, type MoveRecord, type MoveResult, Session } from "./session.ts";

export type { StartProblem, StartState } from "../runtime/start-state.ts";

export class StartStateError extends Error {
  constructor(readonly problems: StartProblem[]) {
    super(problems.map((p) => p.message.en).join(" "));
  }
}

/** Starts at `start` (or at the beginning when it is absent); throws StartStateError when it does not fit. */
export function startSessionAt(
  scenario: Scenario,
  role: Role,
  start: StartState | undefined,
  options: { seed?: number; judge?: Judge } = {},
): Session {
  if (start) {
    const problems = checkStartState(scenario, role, start);
    if (problems.length > 0) throw new StartStateError(problems);
  }
  return new Session(compileScenario(scenario, role, start ? { start } : {}), options);
}

/** Everything that replays a run byte for byte, with the scenario. */
export interface TryReplay {
  role: Role;
  seed: number;
  /** Absent: the run started at the beginning of the meeting. */
  start?: StartState;
  moves: MoveRecord[];
}

export function replayOf(session: Session): TryReplay {
  const replay: TryReplay = { role: session.role, seed: session.seed, moves: [...session.moves] };
  if (session.compiled.start) replay.start = session.compiled.start;
  return replay;
}

/** Plays a replay again; `result` says which move no longer fits, if one does not. */
export function replayRun(
  scenario: Scenario,
  replay: TryReplay,
  judge?: Judge,
): { session: Session; result: MoveResult } {
  const session = startSessionAt(
    scenario,
    replay.role,
    replay.start,
    judge ? { seed: replay.seed, judge } : { seed: replay.seed },
  );
  return { session, result: session.replay(replay.moves) };
}
