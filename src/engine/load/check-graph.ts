// Checks the shape of play for every role a scenario offers: it starts, the trainee gets to act, every
// path ends (no dead ends, no loops), and phases only move forward. Beats no role reaches are reported.
import type { Beat, Scenario } from "../format/schema.ts";
import { ROLES, type Role } from "../rules/catalog.ts";
import { walkBeats } from "../runtime/beat-walk.ts";
import { traineeMove } from "../runtime/flow.ts";
import type { PathPart, ProblemList } from "./problems.ts";

export function checkGraph(s: Scenario, problems: ProblemList): void {
  const beats = new Map<string, { beat: Beat; index: number }>();
  s.beats.forEach((beat, index) => {
    if (!beats.has(beat.id)) beats.set(beat.id, { beat, index });
  });
  const phaseIndex = new Map(s.phases.map((p, i) => [p.id, i]));
  const reachedAny = new Set<string>();
  const reported = new Set<string>();
  const once = (key: string, report: () => void) => {
    if (!reported.has(key)) {
      reported.add(key);
      report();
    }
  };

  for (const role of ROLES) {
    if (!s.roles[role]) continue;
    const start = s.roles[role]?.start ?? s.start;
    if (!beats.has(start)) continue; // reported as an unknown beat already
    const reached = walk(start, role, beats, phaseIndex, problems, once);
    for (const id of reached) reachedAny.add(id);
    const moves = [...reached].filter((id) => {
      const beat = beats.get(id)?.beat;
      return beat !== undefined && traineeMove(beat, role) !== undefined;
    });
    const ends = [...reached].filter((id) => beats.get(id)?.beat.end === true);
    if (moves.length === 0) {
      problems.error("role-unplayable", ["roles", role], { role, start });
    }
    if (ends.length === 0) {
      problems.error("role-never-ends", ["roles", role], { role, start });
    }
  }

  for (const [id, { index }] of beats) {
    if (!reachedAny.has(id)) {
      problems.warning("unreachable-beat", ["beats", index], { id });
    }
  }
}

function walk(
  start: string,
  role: Role,
  beats: Map<string, { beat: Beat; index: number }>,
  phaseIndex: Map<string, number>,
  problems: ProblemList,
  once: (key: string, report: () => void) => void,
): Set<string> {
  const at = (id: string) => beats.get(id) as { beat: Beat; index: number };
  return walkBeats(start, role, (id) => beats.get(id)?.beat, {
    deadEnd(id, via) {
      const { index } = at(id);
      once(`dead:${id}:${via ?? ""}`, () =>
        problems.error("dead-end", via ? ["beats", index, "moves", role] : ["beats", index], {
          id,
          role,
          ...(via ? { via } : {}),
        }),
      );
    },
    edge(fromId, to) {
      const from = at(fromId);
      const target = at(to);
      const pf = phaseIndex.get(from.beat.phase);
      const pt = phaseIndex.get(target.beat.phase);
      if (pf !== undefined && pt !== undefined && pt < pf) {
        once(`phase:${fromId}:${to}`, () =>
          problems.error("phase-order", ["beats", from.index, "next"] as PathPart[], {
            from: fromId,
            fromPhase: from.beat.phase,
            to,
            toPhase: target.beat.phase,
          }),
        );
      }
    },
    loop(loop) {
      const target = at(loop[0] as string);
      once(`loop:${[...loop].sort().join(",")}`, () =>
        problems.error("loop", ["beats", target.index], { loop: loopText(loop) }),
      );
    },
  });
}

/** The beats of a loop, with a long one shortened in the middle so the message stays readable. */
function loopText(loop: string[]): string[] {
  if (loop.length <= 8) return loop;
  return [...loop.slice(0, 4), "…", ...loop.slice(-3)];
}
