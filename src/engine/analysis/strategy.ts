// Plays a scenario by a simple rule, move by move: the choice the method judges best (or worst) at each
// moment, and as a listener noting what was said. It gives trainers a reference run and the tests a
// well-played and a badly-played meeting to check the debrief against.

import type { CompiledScenario } from "../compile/compile.ts";
import type { Choice, Verdict } from "../format/schema.ts";
import type { LogEntry } from "../runtime/context.ts";
import { type MoveRecord, Session } from "../session/session.ts";
import { own } from "../util/own.ts";

export type Strategy = "best" | "worst";

const net = (verdicts: Verdict[] | undefined) =>
  (verdicts ?? []).reduce((sum, v) => sum + (v.kind === "good" ? 1 : -1) * (v.weight ?? 1), 0);

const MAX_STEPS = 10_000;

export function playByStrategy(
  compiled: CompiledScenario,
  strategy: Strategy,
): { moves: MoveRecord[]; session: Session } {
  const session = new Session(compiled);
  const sign = strategy === "best" ? 1 : -1;
  let seen = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (strategy === "best" && compiled.role === "listener") seen = noteNewLines(session, seen);
    const p = session.pending();
    if (!p) break;
    const beat = compiled.world.beats.get(p.beat);
    const move = beat?.moves?.[compiled.role];
    if (!move) break;
    if (move.kind === "pick") {
      // Value of picking an option over leaving it out.
      const gain = (c: Choice) => sign * (net(c.verdicts) - net(c.ifNotPicked?.verdicts));
      const ranked = [...move.choices].sort((a, b) => gain(b) - gain(a) || a.id.localeCompare(b.id));
      const wanted = ranked.filter((c) => gain(c) > 0).length;
      const count = Math.min(p.max, Math.max(p.min, wanted));
      session.pick(ranked.slice(0, count).map((c) => c.id));
    } else {
      // Bringing in a prepared question is judged by the engine itself (F-AGENDA): count it the same way.
      const kind = compiled.world.phaseKind.get(session.context.phase ?? "");
      const agenda = (c: Choice) =>
        c.preparedQuestion === undefined || compiled.role !== "facilitator"
          ? 0
          : kind === "opening" || kind === "free-round"
            ? -3
            : 2;
      const value = (c: Choice) => net(c.verdicts) + agenda(c);
      const ranked = [...move.choices].sort(
        (a, b) => sign * (value(b) - value(a)) || a.id.localeCompare(b.id),
      );
      const choice = ranked[0] as Choice;
      if (move.kind === "urge" && choice.id === move.onTimeout) session.expire();
      else session.choose(choice.id);
    }
  }
  return { moves: [...session.moves], session };
}

/** Notes every participant line with a tone that was spoken since the last call. */
function noteNewLines(session: Session, seen: number): number {
  const log: LogEntry[] = session.log();
  for (const e of log.slice(seen)) {
    if (e.t !== "line" || !e.line?.id || !e.line.tone || e.line.tone === "neutral") continue;
    if (own(session.context.noted, e.line.id)) continue;
    session.note(
      e.line.id,
      e.line.tone === "positive" ? "positive" : e.line.tone === "negative" ? "negative" : "idea",
    );
  }
  return session.log().length;
}
