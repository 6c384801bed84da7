// Plays a scenario by a simple rule, move by move: the choice the method judges best (or worst) at each
// moment, and as a listener noting what was said. It gives trainers a reference run and the tests a
// well-played and a badly-played meeting to check the debrief against. "passive" does as little as can
// pass: it lets every urge go by, notes nothing, and otherwise takes the least it can without breaking a
// rule (thanking instead of asking, the fewest points) — staying silent must not be all a listener needs.
import type { CompiledScenario } from "../compile/compile.ts";
import type { Choice, Move, Verdict } from "../format/schema.ts";
import type { LogEntry } from "../runtime/context.ts";
import { type MoveRecord, Session } from "../session/session.ts";
import { own } from "../util/own.ts";

export type Strategy = "best" | "worst" | "passive";
export const STRATEGIES: readonly Strategy[] = ["best", "worst", "passive"];

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
    if (strategy === "passive") {
      playPassive(compiled, session, move);
      continue;
    }
    if (move.kind === "pick") {
      // Value of picking an option over leaving it out.
      const gain = (c: Choice) => sign * pickGain(c);
      const ranked = [...move.choices].sort((a, b) => gain(b) - gain(a) || a.id.localeCompare(b.id));
      const wanted = ranked.filter((c) => gain(c) > 0).length;
      const count = Math.min(p.max, Math.max(p.min, wanted));
      session.pick(ranked.slice(0, count).map((c) => c.id));
    } else {
      const value = (c: Choice) => choiceValue(compiled, session, c);
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

function playPassive(compiled: CompiledScenario, session: Session, move: Move): void {
  if (move.kind === "urge") {
    session.expire();
    return;
  }
  if (move.kind === "pick") {
    const ranked = [...move.choices].sort((a, b) => pickGain(b) - pickGain(a) || a.id.localeCompare(b.id));
    session.pick(ranked.slice(0, Math.max(1, move.min ?? 1)).map((c) => c.id));
    return;
  }
  // The cheapest choice that breaks nothing; if every choice does, the least bad.
  const value = (c: Choice) => choiceValue(compiled, session, c);
  const safe = move.choices.filter((c) => value(c) >= 0);
  const pool = safe.length > 0 ? safe : move.choices;
  const ranked = [...pool].sort(
    (a, b) => (safe.length > 0 ? value(a) - value(b) : value(b) - value(a)) || a.id.localeCompare(b.id),
  );
  session.choose((ranked[0] as Choice).id);
}

/** How the method judges a choice now: its verdicts, and for a prepared question the engine's F-AGENDA. */
export function choiceValue(compiled: CompiledScenario, session: Session, c: Choice): number {
  if (c.preparedQuestion === undefined || compiled.role !== "facilitator") return net(c.verdicts);
  const kind = compiled.world.phaseKind.get(session.context.phase ?? "");
  return net(c.verdicts) + (kind === "opening" || kind === "free-round" ? -3 : 2);
}

/** What picking an option is worth over leaving it out. */
export function pickGain(c: Choice): number {
  return net(c.verdicts) - net(c.ifNotPicked?.verdicts);
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
