// Walks every path of a compiled scenario (walk.ts) and works out, over the resulting graph of states,
// how many paths there are, the best and worst score a trainee can reach, which rules are ever judged,
// and where breaking a rule still scores high (a sign the verdicts are off). States are merged by what
// can still change the outcome (state-key.ts), so the graph is far smaller than the number of paths,
// and every figure is worked out over it backward and forward, never path by path.
import type { CompiledScenario } from "../compile/compile.ts";
import type { PathPart } from "../load/problems.ts";
import { scoreOf } from "../report/score.ts";
import { type Role, rulesOfRole } from "../rules/catalog.ts";
import type { ChooseEvent, MachineEvent, VerdictEntry } from "../runtime/context.ts";
import { type BreachPlace, locateBreach, MAX_WEIGHT } from "./breach-fix.ts";
import { EMPTY_FRONT, type Front, FrontBuilder, ZERO_FRONT } from "./fronts.ts";
import { stateKey } from "./state-key.ts";
import { type Walk, WalkLimitError, type WalkMove, type Weighed, walkStates } from "./walk.ts";

interface Breach {
  rule: string;
  weight: number;
}

export interface BreachWarning {
  beat: string;
  move: string;
  rule: string;
  weight: number;
  bestScore: number;
  /** The field to change and what to change there (see breach-fix.ts). */
  where: string;
  fix: string;
  path: PathPart[];
  action: BreachPlace["action"];
}

export interface PathsResult {
  scenario: string;
  role: Role;
  /** How many paths; above 2^53 not exact (see pathsExact) and possibly Infinity. */
  paths: number;
  /** The exact number of paths, in decimal: counts grow as the product of the choices on a path. */
  pathsExact: string;
  states: number;
  minScore: number | null;
  maxScore: number | null;
  pathsWithoutScore: boolean;
  rulesExercised: string[];
  rulesNeverExercised: string[];
  /** Serious breaches a path can still pass with a high score, whose weight can still be raised. */
  highScoringBreaches: BreachWarning[];
  /** The same at full weight: only a consequence can make them cost more, so these are notes. */
  fullWeightBreaches: BreachWarning[];
}

export const DEFAULT_STATE_LIMIT = 400_000;
export const HIGH_SCORE = 85;
export const SERIOUS_WEIGHT = 3;

export class PathLimitError extends Error {}

export function analysePaths(compiled: CompiledScenario, options: { limit?: number } = {}): PathsResult {
  const limit = options.limit ?? DEFAULT_STATE_LIMIT;
  const exercised = new Set<string>();
  // Of the verdicts on each edge, what the passes below need: the weights, and the serious breaches.
  const weigh = (verdicts: VerdictEntry[]): Weighed<Breach[]> => {
    let good = 0;
    let bad = 0;
    let breaches: Breach[] | undefined;
    for (const v of verdicts) {
      exercised.add(v.rule);
      if (v.kind === "good") good += v.weight;
      else bad += v.weight;
      // Minor breaches barely move the score of a long meeting; a serious one (weight 3 or more) should.
      if (v.kind === "breach" && v.weight >= SERIOUS_WEIGHT) {
        breaches ??= [];
        breaches.push({ rule: v.rule, weight: v.weight });
      }
    }
    return breaches ? { good, bad, extra: breaches } : { good, bad };
  };
  let walk: Walk<Breach[]>;
  try {
    walk = walkStates(compiled, stateKey(compiled), weigh, limit);
  } catch (error) {
    if (error instanceof WalkLimitError) {
      throw new PathLimitError(
        `more than ${limit} states to walk; the scenario branches too much on flags, time or choices`,
      );
    }
    throw error;
  }
  const { first, to, good, bad, times, size } = walk;
  // The initial snapshot already holds verdicts of the first beats (entered before any event).
  let initGood = 0;
  let initBad = 0;
  for (let node = walk.start.context.log; node !== null; node = node.tail) {
    const e = node.head;
    if (e.t !== "verdict") continue;
    exercised.add(e.rule);
    if (e.kind === "good") initGood += e.weight;
    else initBad += e.weight;
  }

  const order = topologicalOrder(walk);
  // Backward: per state, paths to an end and the fronts of what is still to come. A state not yet
  // worked out (only on a cycle, which the loader rules out) counts as no paths and no scores.
  // BigInt: a long scenario has more paths than a double counts exactly (or at all, past 1e308).
  const count: bigint[] = new Array(size).fill(0n);
  const bestAfter: Front[] = new Array(size).fill(EMPTY_FRONT);
  const worstAfter: Front[] = new Array(size).fill(EMPTY_FRONT);
  const best = new FrontBuilder(true);
  const worst = new FrontBuilder(false);
  for (let i = order.length - 1; i >= 0; i--) {
    const key = order[i] as number;
    if (first[key] === first[key + 1]) {
      // A state with no way on that is not an end would be a stuck path; the loader rules these out.
      const final = walk.done[key] === 1;
      count[key] = final ? 1n : 0n;
      bestAfter[key] = final ? ZERO_FRONT : EMPTY_FRONT;
      worstAfter[key] = final ? ZERO_FRONT : EMPTY_FRONT;
      continue;
    }
    let n = 0n;
    for (let at = first[key] as number; at < (first[key + 1] as number); at++) {
      const next = to[at] as number;
      const k = times[at] as number;
      n += k === 1 ? (count[next] as bigint) : BigInt(k) * (count[next] as bigint);
      best.addShifted(bestAfter[next] as Front, good[at] as number, bad[at] as number);
      worst.addShifted(worstAfter[next] as Front, good[at] as number, bad[at] as number);
    }
    count[key] = n;
    bestAfter[key] = best.take();
    worstAfter[key] = worst.take();
  }
  // Forward: the best way to reach each state, to judge how high a path through a breach can score.
  const bestBefore: Front[] = new Array(size).fill(EMPTY_FRONT);
  bestBefore[0] = [initGood, initBad];
  for (const key of order) {
    const here = bestBefore[key] as Front;
    for (let at = first[key] as number; at < (first[key + 1] as number); at++) {
      const next = to[at] as number;
      const g = good[at] as number;
      const b = bad[at] as number;
      // Most ways into a state are no better than one already found: then its front stays as it is.
      if (dominates(bestBefore[next] as Front, here, g, b)) continue;
      best.addShifted(bestBefore[next] as Front, 0, 0);
      best.addShifted(here, g, b);
      bestBefore[next] = best.take();
    }
  }

  const scores = (front: Front, g: number, b: number) => {
    const out: (number | null)[] = [];
    for (let i = 0; i < front.length; i += 2)
      out.push(scoreOf((front[i] as number) + g, (front[i + 1] as number) + b));
    return out;
  };
  const totalsBest = scores(bestAfter[0] as Front, initGood, initBad);
  const totalsWorst = scores(worstAfter[0] as Front, initGood, initBad);
  const defined = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

  const warnings: BreachWarning[] = [];
  for (const key of order) {
    for (let at = first[key] as number; at < (first[key + 1] as number); at++) {
      const breaches = walk.extra.get(at);
      if (breaches === undefined) continue;
      const g = good[at] as number;
      const b = bad[at] as number;
      const before = bestBefore[key] as Front;
      const after = bestAfter[to[at] as number] as Front;
      let top = -1;
      for (let p = 0; p < before.length; p += 2) {
        for (let s = 0; s < after.length; s += 2) {
          const score = scoreOf(
            (before[p] as number) + g + (after[s] as number),
            (before[p + 1] as number) + b + (after[s + 1] as number),
          );
          top = Math.max(top, score ?? -1);
        }
      }
      if (top < HIGH_SCORE) continue;
      const moveBeat = compiled.beatOfState.get(walk.value[key] as string) ?? "";
      const { scenario, role } = compiled;
      const { event } = walk.move[at] as WalkMove;
      for (const v of breaches) {
        const place = locateBreach(scenario, role, moveBeat, event, v.rule, v.weight, HIGH_SCORE);
        warnings.push({
          beat: moveBeat,
          move: describeEvent(event),
          rule: v.rule,
          weight: v.weight,
          bestScore: top,
          ...place,
        });
      }
    }
  }
  // One warning per verdict to change (a pick move can break a rule in hundreds of combinations): the highest.
  const byPlace = new Map<string, BreachWarning>();
  for (const w of warnings) {
    const k = `${w.rule}|${w.where}`;
    const had = byPlace.get(k);
    if (!had || w.bestScore > had.bestScore) byPlace.set(k, w);
  }
  const uniqueWarnings = [...byPlace.values()].sort(
    (a, b) => b.bestScore - a.bestScore || a.beat.localeCompare(b.beat),
  );
  const roleRules = rulesOfRole(compiled.role).map((r) => r.id);
  return {
    scenario: compiled.scenario.id,
    role: compiled.role,
    paths: Number(count[0] ?? 0n),
    pathsExact: String(count[0] ?? 0n),
    states: order.length,
    minScore: defined(totalsWorst).length ? Math.min(...defined(totalsWorst)) : null,
    maxScore: defined(totalsBest).length ? Math.max(...defined(totalsBest)) : null,
    pathsWithoutScore: totalsWorst.includes(null) || totalsBest.includes(null),
    rulesExercised: roleRules
      .filter((r) => exercised.has(r))
      .concat([...exercised].filter((r) => !roleRules.includes(r)).sort()),
    rulesNeverExercised: roleRules.filter((r) => !exercised.has(r)),
    highScoringBreaches: uniqueWarnings.filter((w) => w.weight < MAX_WEIGHT),
    fullWeightBreaches: uniqueWarnings.filter((w) => w.weight >= MAX_WEIGHT),
  };
}

function describeEvent(e: MachineEvent): string {
  if (e.type.startsWith("choose.")) return (e as ChooseEvent).choice;
  if (e.type === "pick") return `pick ${e.choices.join("+")}`;
  if (e.type === "say") return `typed words (${e.judgement.label})`;
  return e.type;
}

/** Does every pair of `front`, moved by (g, b), have one in `by` with as much good and as little bad? */
function dominates(by: Front, front: Front, g: number, b: number): boolean {
  for (let i = 0; i < front.length; i += 2) {
    const pg = (front[i] as number) + g;
    const pb = (front[i + 1] as number) + b;
    let covered = false;
    for (let j = 0; j < by.length && !covered; j += 2)
      covered = (by[j] as number) >= pg && (by[j + 1] as number) <= pb;
    if (!covered) return false;
  }
  return true;
}

/** The states reached from the start (index 0), each before every state it leads to. */
function topologicalOrder(walk: Walk<unknown>): number[] {
  const { first, to } = walk;
  const order: number[] = [];
  const seen = new Uint8Array(walk.size);
  seen[0] = 1;
  const stack: { key: number; at: number }[] = [{ key: 0, at: first[0] as number }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { key: number; at: number };
    if (top.at < (first[top.key + 1] as number)) {
      const next = to[top.at++] as number;
      if (!seen[next]) {
        seen[next] = 1;
        stack.push({ key: next, at: first[next] as number });
      }
    } else {
      order.push(top.key);
      stack.pop();
    }
  }
  return order.reverse();
}
