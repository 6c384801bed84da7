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

export interface WalkEdge<S> {
  /** The event, as JSON: what tells two edges of a state apart. */
  label: string;
  event: MachineEvent;
  /** The index of the state it leads to. */
  to: number;
  /** What the caller keeps of the verdicts given on the way (the verdicts themselves are not kept). */
  summary: S;
  /** How many of the move's events this edge stands for (the combinations of a pick that end alike). */
  n: number;
}

export interface WalkNode<S> {
  /** The machine state (beat) it rests in, and whether the meeting is over. */
  value: string;
  status: Step["status"];
  edges: WalkEdge<S>[];
}

export interface Walk<S> {
  /** Every state, in the order first reached: the start is the first. */
  nodes: WalkNode<S>[];
  start: Step;
}

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

interface Move {
  event: MachineEvent;
  label: string;
}

/**
 * Walks breadth first. The first state reached with a key stands for all states with that key. `limit`
 * bounds the edges walked: the number of transitions @xstate/graph's walk would dequeue.
 */
export function walkStates<S>(
  compiled: CompiledScenario,
  keyOf: (step: Step) => string,
  summarise: (verdicts: VerdictEntry[]) => S,
  limit: number,
): Walk<S> {
  const stepper = machineStepper(compiled);
  const start = stepper.initial();
  const nodes: WalkNode<S>[] = [];
  const index = new Map<string, number>();
  // Only states still to expand keep their context: a walked state needs just its beat, which keeps the
  // memory (and the garbage collector's work) to what the walk's frontier holds.
  const pending: Step[] = [];
  const add = (step: Step, key: string): number => {
    const i = nodes.length;
    index.set(key, i);
    nodes.push({ value: step.value, status: step.status, edges: [] });
    pending.push(step);
    return i;
  };
  add(start, keyOf(start));
  // The moves depend only on the beat: worked out once per beat, with their labels.
  const movesAt = new Map<string, Move[]>();
  const movesOf = (step: Step): Move[] => {
    const cacheKey = `${step.status}:${step.value}`;
    let moves = movesAt.get(cacheKey);
    if (!moves) {
      moves = eventsFor(compiled, step).map((event) => ({ event, label: JSON.stringify(event) }));
      movesAt.set(cacheKey, moves);
    }
    return moves;
  };
  let edgeCount = 0;
  for (let i = 0; i < nodes.length; i++) {
    const from = pending[i] as Step;
    pending[i] = undefined as unknown as Step;
    const node = nodes[i] as WalkNode<S>;
    // A pick move offers every allowed combination (127 for an opening of seven parts), and most lead to
    // the same state with the same verdicts: one edge stands for each such group, with its count, which
    // keeps the number of paths exact and the walk small. Only a pick's combinations are merged: two
    // different choices stay two edges, so a warning about one never hides the same breach made by
    // another (or by typed words).
    const picks = new Map<string, WalkEdge<S>>();
    for (const { event, label } of movesOf(from)) {
      const to = stepper.next(from, event);
      const toKey = keyOf(to);
      const verdicts = verdictsOf(to, from);
      if (event.type === "pick") {
        const group = `${toKey}#${verdicts
          .map((v) => `${v.rule}:${v.kind}:${v.weight}`)
          .sort()
          .join(",")}`;
        const had = picks.get(group);
        if (had) {
          had.n++;
          continue;
        }
        const edge = {
          label,
          event,
          to: index.get(toKey) ?? add(to, toKey),
          summary: summarise(verdicts),
          n: 1,
        };
        picks.set(group, edge);
        node.edges.push(edge);
      } else {
        const summary = summarise(verdicts);
        node.edges.push({ label, event, to: index.get(toKey) ?? add(to, toKey), summary, n: 1 });
      }
    }
    edgeCount += node.edges.length;
    if (edgeCount > limit) throw new WalkLimitError(`more than ${limit} transitions to walk`);
  }
  return { nodes, start };
}
