// Every way play can go from a role's first beat, walked once: the loader's checks (dead ends, loops,
// phases going back) and the studio's graph (the same, drawn) both ride on this one walk and differ only
// in what they do at each finding.
import type { Beat } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { exits, nextTargets } from "./flow.ts";

export interface BeatWalkVisitor {
  /** A way out of a beat that is not an end leads nowhere (`via`: the choice or condition, if any). */
  deadEnd?(id: string, via: string | undefined): void;
  /** Play can go from one existing beat to another. */
  edge?(from: string, to: string): void;
  /** A way back to a beat still on the path: the beats of the loop, the first repeated at its end. */
  loop?(beats: string[]): void;
}

/**
 * Iterative depth-first search with colours (grey on the stack, black done; a grey target is a loop).
 * Returns the ids of the beats reached.
 */
export function walkBeats(
  start: string,
  role: Role,
  beatOf: (id: string) => Beat | undefined,
  visit: BeatWalkVisitor = {},
): Set<string> {
  const colour = new Map<string, "grey" | "black">();
  const stack: { id: string; targets: string[]; at: number }[] = [];
  const path: string[] = [];
  const push = (id: string) => {
    const beat = beatOf(id);
    if (!beat) return;
    colour.set(id, "grey");
    path.push(id);
    const targets: string[] = [];
    for (const exit of exits(beat, role)) {
      if (exit.next === undefined) {
        if (!beat.end) visit.deadEnd?.(id, exit.via);
        continue;
      }
      for (const to of nextTargets(exit.next)) if (!targets.includes(to)) targets.push(to);
    }
    stack.push({ id, targets: beat.end ? [] : targets, at: 0 });
  };
  push(start);
  for (let top = stack.at(-1); top; top = stack.at(-1)) {
    if (top.at >= top.targets.length) {
      colour.set(top.id, "black");
      stack.pop();
      path.pop();
      continue;
    }
    const to = top.targets[top.at++] as string;
    if (!beatOf(to)) continue;
    visit.edge?.(top.id, to);
    const c = colour.get(to);
    if (c === "grey") visit.loop?.([...path.slice(path.indexOf(to)), to]);
    else if (c === undefined) push(to);
  }
  return new Set(colour.keys());
}
