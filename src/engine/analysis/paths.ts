// Walks every path of a compiled scenario with @xstate/graph and works out, over the resulting graph of
// states, how many paths there are, the best and worst score a trainee can reach, which rules are ever
// judged, and where breaking a rule still scores high (a sign the verdicts are off).
//
// States are merged by what can still change the outcome: the beat, the clock, flags, choices and notes
// that conditions test, and for participants only whether each threshold a condition tests holds. Exact
// openness values are left out on purpose: they differ on almost every path, and keeping them makes the
// graph as large as the number of paths. Where a scenario branches on openness, counts and scores follow
// one representative per band; everything else is exact.

import { getAdjacencyMap } from "@xstate/graph";
import { getNextSnapshot } from "xstate";
import type { CompiledScenario } from "../compile/compile.ts";
import type { Beat, Condition } from "../format/schema.ts";
import type { PathPart } from "../load/problems.ts";
import { scoreOf } from "../report/score.ts";
import { type Role, rulesOfRole } from "../rules/catalog.ts";
import { inRange, roomAverage } from "../runtime/conditions.ts";
import {
  type ChooseEvent,
  type Context,
  chooseEvent,
  type MachineEvent,
  type VerdictEntry,
} from "../runtime/context.ts";
import { exits, nextTargets, traineeMove } from "../runtime/flow.ts";
import { listenerJudgeKey } from "../runtime/listener-verdicts.ts";
import { since } from "../runtime/plist.ts";
import { own } from "../util/own.ts";
import { type BreachPlace, locateBreach, MAX_WEIGHT } from "./breach-fix.ts";

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

type Snapshot = { value: unknown; context: Context; status: string };
type Adjacency = Record<
  string,
  { state: unknown; transitions: Record<string, { event: unknown; state: unknown }> }
>;
type Pair = readonly [good: number, bad: number];

const LISTENER_LABELS = ["clarifying", "acknowledging", "leading", "defending", "explaining", "solving"];
const FACILITATOR_LABELS = ["open", "closed", "leading", "summary", "opinion", "process"];
export const DEFAULT_STATE_LIMIT = 400_000;
export const HIGH_SCORE = 85;
export const SERIOUS_WEIGHT = 3;

export class PathLimitError extends Error {}

type Threshold = { who: string; key: "openness" | "trust"; range: { atLeast?: number; below?: number } };

/** What the conditions at or after a beat can still ask about: the only parts of a state that matter there. */
interface Live {
  thresholds: Threshold[];
  flags: string[];
  chosenBeats: string[];
  notedLines: string[];
}

function atomsOf(beat: Beat, thresholds: Map<string, Threshold>): Set<string> {
  const atoms = new Set<string>();
  const visit = (c: Condition) => {
    if ("all" in c) c.all.forEach(visit);
    else if ("any" in c) c.any.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("openness" in c || "trust" in c) {
      const key = "openness" in c ? "openness" : "trust";
      const r = "openness" in c ? c.openness : (c as { trust: Threshold["range"] & { who: string } }).trust;
      const id = `t:${key}:${r.who}:${r.atLeast}:${r.below}`;
      thresholds.set(id, { who: r.who, key, range: r });
      atoms.add(id);
    } else if ("flag" in c) atoms.add(`f:${c.flag}`);
    else if ("chose" in c) atoms.add(`c:${c.chose.beat}`);
    else if ("noted" in c) atoms.add(`n:${c.noted}`);
  };
  const scan = (node: unknown, key?: string) => {
    if (Array.isArray(node)) {
      for (const item of node) scan(item, key);
      return;
    }
    if (node === null || typeof node !== "object") return;
    if (key === "when") {
      visit(node as Condition);
      return;
    }
    for (const [k, v] of Object.entries(node)) scan(v, k);
  };
  scan(beat);
  return atoms;
}

/**
 * For every beat, the conditions that can still be tested from there on. Leaving everything else out of
 * a state's key is exact (nothing ahead can tell those states apart) and keeps the walk small: a flag or
 * an openness threshold that was tested early no longer splits every later state in two.
 */
function liveAhead(compiled: CompiledScenario): Map<string, Live> {
  const { scenario, role } = compiled;
  const thresholds = new Map<string, Threshold>();
  const own = new Map(scenario.beats.map((b) => [b.id, atomsOf(b, thresholds)]));
  const live = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const liveOf = (id: string): Set<string> => {
    const done = live.get(id);
    if (done) return done;
    const beat = compiled.world.beats.get(id);
    const out = new Set(own.get(id) ?? []);
    if (beat && !beat.end && !visiting.has(id)) {
      visiting.add(id);
      for (const exit of exits(beat, role))
        for (const to of nextTargets(exit.next)) for (const a of liveOf(to)) out.add(a);
      visiting.delete(id);
    }
    live.set(id, out);
    return out;
  };
  const result = new Map<string, Live>();
  for (const b of scenario.beats) {
    const atoms = [...liveOf(b.id)].sort();
    result.set(b.id, {
      thresholds: atoms.filter((a) => a.startsWith("t:")).map((a) => thresholds.get(a) as Threshold),
      flags: atoms.filter((a) => a.startsWith("f:")).map((a) => a.slice(2)),
      chosenBeats: atoms.filter((a) => a.startsWith("c:")).map((a) => a.slice(2)),
      notedLines: atoms.filter((a) => a.startsWith("n:")).map((a) => a.slice(2)),
    });
  }
  return result;
}

const NOTHING_LIVE: Live = { thresholds: [], flags: [], chosenBeats: [], notedLines: [] };

function serializer(compiled: CompiledScenario) {
  const live = liveAhead(compiled);
  const beatIds = compiled.scenario.beats.map((b) => b.id);
  return (snap: Snapshot): string => {
    const ctx = snap.context;
    const value = String(snap.value);
    const index = /^b(\d+)/.exec(value);
    const w = (index ? live.get(beatIds[Number(index[1])] ?? "") : undefined) ?? NOTHING_LIVE;
    const bands = w.thresholds
      .map((t) => {
        const v = t.who === "room" ? roomAverage(ctx, t.key) : (own(ctx.people, t.who)?.[t.key] ?? 0);
        return inRange(v, t.range) ? "1" : "0";
      })
      .join("");
    const chosen = w.chosenBeats.map((b) => own(ctx.chosen, b)?.join("+") ?? "").join("|");
    const noted = w.notedLines.map((l) => (own(ctx.noted, l) ? "1" : "0")).join("");
    // What the listener's end-of-meeting verdicts (notes, an unasked question) will depend on.
    const tones = listenerJudgeKey(ctx, compiled.world);
    const flags = w.flags.map((f) => (own(ctx.flags, f) ? "1" : "0")).join("");
    return [
      value,
      ctx.clock,
      ctx.speaker ?? "",
      flags,
      bands,
      chosen,
      noted,
      tones,
      ctx.prepared.length > 0 ? 1 : 0,
      ctx.judged.time ? 1 : 0,
    ].join("~");
  };
}

function eventsFor(compiled: CompiledScenario, snap: Snapshot): MachineEvent[] {
  if (snap.status !== "active") return [];
  const beatId = compiled.beatOfState.get(String(snap.value));
  const beat = beatId === undefined ? undefined : compiled.world.beats.get(beatId);
  const move = beat ? traineeMove(beat, compiled.role) : undefined;
  if (!move) return [];
  const events: MachineEvent[] = [];
  if (move.kind === "pick") {
    const ids = move.choices.map((c) => c.id);
    const min = move.min ?? 1;
    const max = move.max ?? ids.length;
    for (let mask = 0; mask < 1 << ids.length; mask++) {
      const picked = ids.filter((_, i) => mask & (1 << i));
      if (picked.length >= min && picked.length <= max) events.push({ type: "pick", choices: picked });
    }
  } else {
    for (const c of move.choices) events.push(chooseEvent(c.id));
  }
  if (move.freeText) {
    const labels = compiled.role === "listener" ? LISTENER_LABELS : FACILITATOR_LABELS;
    for (const label of labels) {
      events.push({
        type: "say",
        text: `(${label})`,
        judgement: { label, allowed: true, confidence: 1, why: { nl: label, en: label }, cues: [] },
      });
    }
  }
  return events;
}

interface Edge {
  to: string;
  good: number;
  bad: number;
  verdicts: VerdictEntry[];
  label: string;
}

/** Keeps the pairs that could still give the best (or worst) score: a Pareto front. */
function front(pairs: Pair[], best: boolean): Pair[] {
  const sorted = [...pairs].sort((a, b) => (best ? b[0] - a[0] || a[1] - b[1] : a[0] - b[0] || b[1] - a[1]));
  const out: Pair[] = [];
  let bound = best ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    if (best ? p[1] < bound : p[1] > bound) {
      out.push(p);
      bound = p[1];
    }
  }
  return out;
}

const shift = (pairs: readonly Pair[], g: number, b: number): Pair[] =>
  pairs.map((p) => [p[0] + g, p[1] + b] as const);

export function analysePaths(compiled: CompiledScenario, options: { limit?: number } = {}): PathsResult {
  const serialize = serializer(compiled);
  // A pick move offers every allowed combination (127 for an opening of seven parts), and most lead to
  // the same state with the same verdicts. Walking one of each and remembering how many it stands for
  // keeps the count of paths exact and the walk small.
  const multiplicity = new Map<string, number>();
  const distinctEvents = (snap: Snapshot): MachineEvent[] => {
    const all = eventsFor(compiled, snap);
    if (all.length <= 1) return all;
    const from = serialize(snap);
    const kept = new Map<string, { event: MachineEvent; n: number }>();
    for (const event of all) {
      const next = getNextSnapshot(
        compiled.machine as never,
        snap as never,
        event as never,
      ) as unknown as Snapshot;
      const verdicts = since(next.context.log, snap.context.log)
        .filter((e): e is VerdictEntry => e.t === "verdict")
        .map((v) => `${v.rule}:${v.kind}:${v.weight}`)
        .sort()
        .join(",");
      // Only a pick's combinations are merged: two different choices stay two edges, so a warning
      // about one never hides the same breach made by another (or by typed words).
      const own = event.type === "pick" ? "" : JSON.stringify(event);
      const outcome = `${serialize(next)}#${verdicts}#${own}`;
      const had = kept.get(outcome);
      if (had) had.n++;
      else kept.set(outcome, { event, n: 1 });
    }
    for (const { event, n } of kept.values())
      if (n > 1) multiplicity.set(`${from}|${JSON.stringify(event)}`, n);
    return [...kept.values()].map((k) => k.event);
  };
  let adjacency: Adjacency;
  try {
    adjacency = getAdjacencyMap(
      compiled.machine as never,
      {
        serializeState: (state: unknown) => serialize(state as Snapshot),
        serializeEvent: (event: unknown) => JSON.stringify(event),
        events: (state: unknown) => distinctEvents(state as Snapshot) as never,
        limit: options.limit ?? DEFAULT_STATE_LIMIT,
      } as never,
    ) as unknown as Adjacency;
  } catch (error) {
    if (error instanceof Error && /limit/i.test(error.message)) {
      throw new PathLimitError(
        `more than ${options.limit ?? DEFAULT_STATE_LIMIT} states to walk; the scenario branches too much on flags, time or choices`,
      );
    }
    throw error;
  }

  const edges = new Map<string, Edge[]>();
  const finals = new Set<string>();
  const exercised = new Set<string>();
  for (const [key, node] of Object.entries(adjacency)) {
    const from = node.state as unknown as Snapshot;
    if (from.status === "done") finals.add(key);
    const list: Edge[] = [];
    for (const [label, t] of Object.entries(node.transitions)) {
      const to = t.state as unknown as Snapshot;
      const verdicts = since(to.context.log, from.context.log).filter(
        (e): e is VerdictEntry => e.t === "verdict",
      );
      let good = 0;
      let bad = 0;
      for (const v of verdicts) {
        exercised.add(v.rule);
        if (v.kind === "good") good += v.weight;
        else bad += v.weight;
      }
      list.push({ to: serialize(to), good, bad, verdicts, label });
    }
    edges.set(key, list);
  }
  const initial = Object.keys(adjacency)[0] as string;
  // The initial snapshot already holds verdicts of the first beats (entered before any event).
  const initialSnap = adjacency[initial]?.state as unknown as Snapshot;
  let initGood = 0;
  let initBad = 0;
  for (let node = initialSnap.context.log; node !== null; node = node.tail) {
    const e = node.head;
    if (e.t !== "verdict") continue;
    exercised.add(e.rule);
    if (e.kind === "good") initGood += e.weight;
    else initBad += e.weight;
  }

  const order = topologicalOrder(initial, edges);
  // Backward: per state, paths to an end and the fronts of what is still to come.
  // BigInt: a long scenario has more paths than a double counts exactly (or at all, past 1e308).
  const count = new Map<string, bigint>();
  const bestAfter = new Map<string, Pair[]>();
  const worstAfter = new Map<string, Pair[]>();
  for (let i = order.length - 1; i >= 0; i--) {
    const key = order[i] as string;
    const out = edges.get(key) ?? [];
    if (out.length === 0) {
      // A state with no way on that is not an end would be a stuck path; the loader rules these out.
      count.set(key, finals.has(key) ? 1n : 0n);
      bestAfter.set(key, finals.has(key) ? [[0, 0]] : []);
      worstAfter.set(key, finals.has(key) ? [[0, 0]] : []);
      continue;
    }
    let n = 0n;
    const best: Pair[] = [];
    const worst: Pair[] = [];
    for (const e of out) {
      n += BigInt(multiplicity.get(`${key}|${e.label}`) ?? 1) * (count.get(e.to) ?? 0n);
      best.push(...shift(bestAfter.get(e.to) ?? [], e.good, e.bad));
      worst.push(...shift(worstAfter.get(e.to) ?? [], e.good, e.bad));
    }
    count.set(key, n);
    bestAfter.set(key, front(best, true));
    worstAfter.set(key, front(worst, false));
  }
  // Forward: the best way to reach each state, to judge how high a path through a breach can score.
  const bestBefore = new Map<string, Pair[]>([[initial, [[initGood, initBad]]]]);
  for (const key of order) {
    const here = bestBefore.get(key) ?? [];
    for (const e of edges.get(key) ?? []) {
      const merged = [...(bestBefore.get(e.to) ?? []), ...shift(here, e.good, e.bad)];
      bestBefore.set(e.to, front(merged, true));
    }
  }

  const scores = (pairs: readonly Pair[]) => pairs.map((p) => scoreOf(p[0], p[1]));
  const totalsBest = scores(shift(bestAfter.get(initial) ?? [], initGood, initBad));
  const totalsWorst = scores(shift(worstAfter.get(initial) ?? [], initGood, initBad));
  const defined = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

  const warnings: BreachWarning[] = [];
  for (const key of order) {
    for (const e of edges.get(key) ?? []) {
      // Minor breaches barely move the score of a long meeting; a serious one (weight 3 or more) should.
      const breaches = e.verdicts.filter((v) => v.kind === "breach" && v.weight >= SERIOUS_WEIGHT);
      if (breaches.length === 0) continue;
      let best = -1;
      for (const p of bestBefore.get(key) ?? []) {
        for (const s of bestAfter.get(e.to) ?? []) {
          best = Math.max(best, scoreOf(p[0] + e.good + s[0], p[1] + e.bad + s[1]) ?? -1);
        }
      }
      if (best >= HIGH_SCORE) {
        const from = adjacency[key]?.state as unknown as Snapshot;
        const moveBeat = compiled.beatOfState.get(String(from.value)) ?? "";
        const event = JSON.parse(e.label) as MachineEvent;
        for (const v of breaches) {
          const { scenario, role } = compiled;
          const place = locateBreach(scenario, role, moveBeat, event, v.rule, v.weight, HIGH_SCORE);
          warnings.push({
            beat: moveBeat,
            move: describeEvent(e.label),
            rule: v.rule,
            weight: v.weight,
            bestScore: best,
            ...place,
          });
        }
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
    paths: Number(count.get(initial) ?? 0n),
    pathsExact: String(count.get(initial) ?? 0n),
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

function describeEvent(label: string): string {
  const e = JSON.parse(label) as MachineEvent;
  if (e.type.startsWith("choose.")) return (e as ChooseEvent).choice;
  if (e.type === "pick") return `pick ${e.choices.join("+")}`;
  if (e.type === "say") return `typed words (${e.judgement.label})`;
  return e.type;
}

function topologicalOrder(start: string, edges: Map<string, Edge[]>): string[] {
  const order: string[] = [];
  const seen = new Set<string>([start]);
  const stack: { key: string; i: number }[] = [{ key: start, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { key: string; i: number };
    const out = edges.get(top.key) ?? [];
    if (top.i < out.length) {
      const to = (out[top.i++] as Edge).to;
      if (!seen.has(to)) {
        seen.add(to);
        stack.push({ key: to, i: 0 });
      }
    } else {
      order.push(top.key);
      stack.pop();
    }
  }
  return order.reverse();
}
