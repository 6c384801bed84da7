// Does the order of the choices give the answer away? Over seeded random playthroughs it counts the
// moves where the choice the method judges best is shown first, against what a uniform order would give
// (the mean of best/n). The same count over the written order tells how much an author's habit of
// writing the best option first would leak if the engine showed the choices as written.
import type { CompiledScenario } from "../compile/compile.ts";
import type { Choice } from "../format/schema.ts";
import { Random } from "../runtime/rng.ts";
import { Session } from "../session/session.ts";
import { choiceValue, pickGain } from "./strategy.ts";

export interface ShownFirst {
  /** Moves with a best choice (moves whose choices are all judged alike are left out). */
  moves: number;
  /** Of those, how many show a best choice first. */
  shownFirst: number;
  /** How many would have a best choice first in the written order. */
  writtenFirst: number;
  /** The expected number under a uniform order: the sum of (number of best choices)/n. */
  uniform: number;
}

const MAX_STEPS = 10_000;

export function countShownFirst(compiled: CompiledScenario, runs: number, seed: number): ShownFirst {
  const random = new Random(seed);
  const out: ShownFirst = { moves: 0, shownFirst: 0, writtenFirst: 0, uniform: 0 };
  for (let r = 0; r < runs; r++) {
    const session = new Session(compiled, { seed: random.int(2 ** 31) });
    for (let step = 0; step < MAX_STEPS; step++) {
      const p = session.pending();
      if (!p) break;
      const move = compiled.world.beats.get(p.beat)?.moves?.[compiled.role];
      if (!move) break;
      // Written-order choices, so the random play itself does not depend on the shown order.
      const written: Choice[] = move.choices;
      const value = (c: Choice) => (p.kind === "pick" ? pickGain(c) : choiceValue(compiled, session, c));
      const values = new Map(written.map((c) => [c.id, value(c)]));
      const top = Math.max(...values.values());
      const best = written.filter((c) => values.get(c.id) === top);
      if (best.length < written.length) {
        out.moves++;
        out.uniform += best.length / written.length;
        if (values.get(p.choices[0]?.id ?? "") === top) out.shownFirst++;
        if (values.get(written[0]?.id ?? "") === top) out.writtenFirst++;
      }
      if (p.kind === "pick") {
        const ids = written.map((c) => c.id).filter(() => random.next() < 0.5);
        const extra = written.map((c) => c.id).filter((id) => !ids.includes(id));
        while (ids.length < p.min) ids.push(extra.shift() as string);
        session.pick(ids.slice(0, p.max));
      } else if (p.kind === "urge" && random.next() < 0.5) session.expire();
      else session.choose(random.pick(written).id);
    }
    session.stop();
  }
  return out;
}
