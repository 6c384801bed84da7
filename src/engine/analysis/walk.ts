// The graph of states path analysis works on: every state the trainee's moves can reach, merged by a key
// that keeps what can still change the outcome (paths.ts), with one edge per distinct move. Built breadth
// first from the start, as @xstate/graph's getAdjacencyMap did before (same order, same first state kept
// for each key, same limit), but with the machine stepped directly (machine-step.ts), each state's key
// worked out once, and a transition taken once rather than once to merge moves and again to walk them.
import type { CompiledScenario } from "../compile/compile.ts";
import { chooseEvent, type MachineEvent, type VerdictEntry } from "../runtime/context.ts";
import { traineeMove } from "../runtime/flow.ts";
import { machineStepper, type Step } from "./machine-step.ts";

const LISTENER_LABELS = ["clarifying", "acknowledging", "leading", "defending", "explaining", "solving"];
const FACILITATOR_LABELS = ["open", "closed", "leading", "summary", "opinion", "process"];

/** A move of the trainee, with its event as JSON: what tells two edges of a state apart. */
export interface WalkMove {
  event: MachineEvent;
  label: string;
}

/** What the caller keeps of an edge's verdicts: the weights, and anything else it needs of a few. */
export interface Weighed<X> {
  good: number;
  bad: number;
  extra?: X;
}

/**
 * The graph, as arrays side by side rather than an object per edge: the walk makes hundreds of
 * thousands of edges, and numbers in typed arrays cost the garbage collector nothing to keep.
 */
export interface Walk<X> {
  /** How many states; they are numbered in the order first reached, the start first. */
  size: number;
  /** Per state: the machine state (beat) it rests in, and whether the meeting is over there. */
  value: string[];
  done: Uint8Array;
  /** The edges of state i are first[i] up to first[i + 1]. */
  first: Int32Array;
  /** Per edge: the state it leads to, how many of the move's events it stands for (the combinations
   * of a pick that end alike), the weights of its verdicts, its move, and the caller's extra. */
  to: Int32Array;
  times: Float64Array;
  good: Float64Array;
  bad: Float64Array;
  move: WalkMove[];
  extra: Map<number, X>;
  start: Step;
}

/** A growing typed array. */
class Grow<A extends Float64Array | Int32Array> {
  length = 0;
  constructor(
    public array: A,
    private readonly make: (n: number) => A,
  ) {}
  push(x: number): void {
    if (this.length === this.array.length) {
      const bigger = this.make(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = x;
  }
  done(): A {
    return this.array.subarray(0, this.length) as A;
  }
}
const f64 = () => new Grow(new Float64Array(1024), (n) => new Float64Array(n));
const i32 = () => new Grow(new Int32Array(1024), (n) => new Int32Array(n));

export class WalkLimitError extends Error {}

/** Every move the trainee can make in this state, typed words as one event per label the judge gives. */
export function eventsFor(compiled: CompiledScenario, step: Step): MachineEvent[] {
  if (step.status !== "active") return [];
  const beatId = compiled.beatOfState.get(step.value);
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

/** The verdicts a transition gave, oldest first. */
function verdictsOf(to: Step, from: Step): VerdictEntry[] {
  const out: VerdictEntry[] = [];
  const stop = from.context.log;
  for (let node = to.context.log; node !== null && node !== stop; node = node.tail)
    if (node.head.t === "verdict") out.push(node.head);
  return out.reverse();
}

/**
 * Walks breadth first. The first state reached with a key stands for all states with that key. `limit`
 * bounds the edges walked: the number of transitions @xstate/graph's walk would dequeue.
 */
export function walkStates<X>(
  compiled: CompiledScenario,
  keyOf: (step: Step) => string,
  weigh: (verdicts: VerdictEntry[]) => Weighed<X>,
  limit: number,
): Walk<X> {
  const stepper = machineStepper(compiled);
  const start = stepper.initial();
  const value: string[] = [];
  const done = new Grow(new Int32Array(1024), (n) => new Int32Array(n));
  const index = new Map<string, number>();
  // Only states still to expand keep their context: a walked state needs just its beat, which keeps the
  // memory (and the garbage collector's work) to what the walk's frontier holds.
  const pending: (Step | undefined)[] = [];
  const add = (step: Step, key: string): number => {
    const i = value.length;
    index.set(key, i);
    value.push(step.value);
    done.push(step.status === "done" ? 1 : 0);
    pending.push(step);
    return i;
  };
  add(start, keyOf(start));
  // The moves depend only on the beat: worked out once per beat, with their labels.
  const movesAt = new Map<string, WalkMove[]>();
  const movesOf = (step: Step): WalkMove[] => {
    const cacheKey = `${step.status}:${step.value}`;
    let moves = movesAt.get(cacheKey);
    if (!moves) {
      moves = eventsFor(compiled, step).map((event) => ({ event, label: JSON.stringify(event) }));
      movesAt.set(cacheKey, moves);
    }
    return moves;
  };
  const first = i32();
  const to = i32();
  const times = f64();
  const good = f64();
  const bad = f64();
  const move: WalkMove[] = [];
  const extra = new Map<number, X>();
  const edge = (m: WalkMove, next: Step, nextKey: string, verdicts: VerdictEntry[]): number => {
    const at = to.length;
    to.push(index.get(nextKey) ?? add(next, nextKey));
    times.push(1);
    const w = weigh(verdicts);
    good.push(w.good);
    bad.push(w.bad);
    move.push(m);
    if (w.extra !== undefined) extra.set(at, w.extra);
    return at;
  };
  for (let i = 0; i < value.length; i++) {
    const from = pending[i] as Step;
    pending[i] = undefined;
    first.push(to.length);
    // A pick move offers every allowed combination (127 for an opening of seven parts), and most lead to
    // the same state with the same verdicts: one edge stands for each such group, with its count, which
    // keeps the number of paths exact and the walk small. Only a pick's combinations are merged: two
    // different choices stay two edges, so a warning about one never hides the same breach made by
    // another (or by typed words).
    const picks = new Map<string, number>();
    for (const m of movesOf(from)) {
      const next = stepper.next(from, m.event);
      const nextKey = keyOf(next);
      const verdicts = verdictsOf(next, from);
      if (m.event.type === "pick") {
        const group = `${nextKey}#${verdicts
          .map((v) => `${v.rule}:${v.kind}:${v.weight}`)
          .sort()
          .join(",")}`;
        const had = picks.get(group);
        if (had === undefined) picks.set(group, edge(m, next, nextKey, verdicts));
        else times.array[had] = (times.array[had] as number) + 1;
      } else {
        edge(m, next, nextKey, verdicts);
      }
    }
    if (to.length > limit) throw new WalkLimitError(`more than ${limit} transitions to walk`);
  }
  first.push(to.length);
  return {
    size: value.length,
    value,
    done: Uint8Array.from(done.done()),
    first: first.done(),
    to: to.done(),
    times: times.done(),
    good: good.done(),
    bad: bad.done(),
    move,
    extra,
    start,
  };
}
