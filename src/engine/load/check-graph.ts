// Checks the shape of play for every role a scenario offers: it starts, the trainee gets to act, every
// path ends (no dead ends, no loops), and phases only move forward. Beats no role reaches are reported.
import type { Beat, Scenario } from "../format/schema.ts";
import { ROLES, type Role } from "../rules/catalog.ts";
import { exits, nextTargets, traineeMove } from "../runtime/flow.ts";
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
  // Iterative depth-first search with colours: grey on the stack, black done. A grey target is a loop.
  const colour = new Map<string, "grey" | "black">();
  const stack: { id: string; targets: string[]; at: number }[] = [];
  const path: string[] = [];
  const push = (id: string) => {
    const entry = beats.get(id);
    if (!entry) return;
    colour.set(id, "grey");
    path.push(id);
    const { beat, index } = entry;
    const targets: string[] = [];
    for (const exit of exits(beat, role)) {
      if (exit.next === undefined) {
        if (!beat.end) {
          once(`dead:${id}:${exit.via ?? ""}`, () =>
            problems.error("dead-end", exit.via ? ["beats", index, "moves", role] : ["beats", index], {
              id,
              role,
              ...(exit.via ? { via: exit.via } : {}),
            }),
          );
        }
        continue;
      }
      for (const to of nextTargets(exit.next)) {
        if (!targets.includes(to)) targets.push(to);
      }
    }
    if (beat.end) targets.length = 0;
    stack.push({ id, targets, at: 0 });
  };
  push(start);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (!top) break;
    if (top.at >= top.targets.length) {
      colour.set(top.id, "black");
      stack.pop();
      path.pop();
      continue;
    }
    const to = top.targets[top.at++] as string;
    const from = beats.get(top.id);
    const target = beats.get(to);
    if (!from || !target) continue;
    const pf = phaseIndex.get(from.beat.phase);
    const pt = phaseIndex.get(target.beat.phase);
    if (pf !== undefined && pt !== undefined && pt < pf) {
      once(`phase:${top.id}:${to}`, () =>
        problems.error("phase-order", ["beats", from.index, "next"] as PathPart[], {
          from: top.id,
          fromPhase: from.beat.phase,
          to,
          toPhase: target.beat.phase,
        }),
      );
    }
    const c = colour.get(to);
    if (c === "grey") {
      const loop = [...path.slice(path.indexOf(to)), to];
      once(`loop:${[...loop].sort().join(",")}`, () =>
        problems.error("loop", ["beats", target.index], { loop: loopText(loop) }),
      );
      continue;
    }
    if (c === "black") continue;
    push(to);
  }
  return new Set(colour.keys());
}

/** The beats of a loop, with a long one shortened in the middle so the message stays readable. */
function loopText(loop: string[]): string[] {
  if (loop.length <= 8) return loop;
  return [...loop.slice(0, 4), "…", ...loop.slice(-3)];
}
