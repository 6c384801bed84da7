// Takes the compiled machine's transitions without XState's interpreter, for path analysis. Walking a
// scenario takes hundreds of thousands of transitions, and XState spends most of its time on what this
// machine never uses (nested and parallel states, spawning, an actor per getNextSnapshot call). This reads
// the machine's own config (states, `on`, `always`, `entry`, guards, targets) and runs the machine's own
// registered action and guard implementations on it, so it cannot drift from what compile.ts builds; a
// test (tests/engine/machine-step.test.ts) replays random playthroughs of every bundled scenario through
// both and requires the same contexts.
import type { CompiledScenario } from "../compile/compile.ts";
import type { Context, MachineEvent } from "../runtime/context.ts";

export interface Step {
  /** The state the machine rests in: a beat waiting for a move ("b12"), or the final "end". */
  value: string;
  context: Context;
  status: "active" | "done";
}

type ActionRef = string | { type: string; params?: unknown };
type GuardRef = unknown;
interface TransitionConfig {
  target?: string | string[];
  guard?: GuardRef;
  actions?: ActionRef | ActionRef[];
}
interface StateConfig {
  type?: string;
  entry?: ActionRef | ActionRef[];
  always?: TransitionConfig | TransitionConfig[];
  on?: Record<string, TransitionConfig | TransitionConfig[]>;
  states?: unknown;
  initial?: unknown;
}
interface MachineLike {
  config: StateConfig & {
    initial: string;
    states: Record<string, StateConfig>;
    context: Context | ((args: { input: unknown }) => Context);
  };
  implementations: {
    actions: Record<string, { assignment?: unknown } | undefined>;
    guards: Record<string, unknown>;
  };
}
type Assigner = (args: { context: Context; event: MachineEvent }, params: unknown) => Partial<Context>;
type GuardFn = ((args: { context: Context; event: MachineEvent }, params: unknown) => boolean) & {
  check?: (snapshot: unknown, args: { context: Context; event: MachineEvent }, guard: unknown) => boolean;
};

export class UnsupportedMachineError extends Error {}

// Every field a context has (runtime/context.ts); an action's result with all of them is a whole context.
const CONTEXT_FIELDS = Object.keys({
  role: 0,
  clock: 0,
  phase: 0,
  beat: 0,
  people: 0,
  flags: 0,
  chosen: 0,
  noted: 0,
  prepared: 0,
  speaker: 0,
  lastQuote: 0,
  meetingEnd: 0,
  judged: 0,
  log: 0,
  done: 0,
} satisfies Record<keyof Context, 0>);
const isWhole = (out: Partial<Context>): out is Context => {
  for (const f of CONTEXT_FIELDS) if (!(f in out)) return false;
  return true;
};

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

// XState enters the first state with this event; no guard or action of this machine reads it.
const INIT_EVENT = { type: "xstate.init" } as unknown as MachineEvent;
// Eventless transitions run as long as one is enabled; a scenario cannot loop without a move (the
// loader refuses such cycles), so this only stops a machine this file does not understand.
const MAX_EVENTLESS = 100_000;

export interface MachineStepper {
  initial(): Step;
  /** The step after an event; the same object when no transition takes it (as XState does). */
  next(from: Step, event: MachineEvent): Step;
}

export function machineStepper(compiled: CompiledScenario): MachineStepper {
  const machine = compiled.machine as unknown as MachineLike;
  const { config, implementations } = machine;
  const fakeSnapshot = { machine };
  // The walk relies on the machine being flat, as compile.ts makes it; say so rather than walk it wrong.
  for (const [key, state] of Object.entries(config.states)) {
    if (state.states !== undefined || state.initial !== undefined)
      throw new UnsupportedMachineError(
        `state '${key}' has child states; path analysis expects a flat machine`,
      );
  }

  // The config read once into lookups: the walk takes hundreds of thousands of transitions.
  type Guard = (context: Context, event: MachineEvent) => boolean;
  type Action = { assign: Assigner; params: unknown };
  interface Transition {
    target: string | undefined;
    guard: Guard | undefined;
    actions: Action[];
  }
  interface State {
    final: boolean;
    entry: Action[];
    always: Transition[];
    on: Map<string, Transition[]>;
  }
  const guardOf = (guard: GuardRef): Guard | undefined => {
    if (guard === undefined) return undefined;
    if (typeof guard === "function") {
      const fn = guard as GuardFn;
      const check = fn.check;
      // and(), or() and not() carry their own check, which evaluates their parts against the machine.
      return check
        ? (context, event) => check(fakeSnapshot, { context, event }, fn)
        : (context, event) => fn({ context, event }, undefined);
    }
    const ref = typeof guard === "string" ? { type: guard } : (guard as { type: string; params?: unknown });
    const impl = implementations.guards[ref.type] as GuardFn | undefined;
    if (typeof impl !== "function")
      throw new UnsupportedMachineError(`guard '${ref.type}' is not implemented`);
    const check = impl.check;
    const params = ref.params;
    return check
      ? (context, event) => check(fakeSnapshot, { context, event }, impl)
      : (context, event) => impl({ context, event }, params);
  };
  const actionsOf = (refs: ActionRef | ActionRef[] | undefined): Action[] =>
    list(refs).map((action) => {
      const ref = typeof action === "string" ? { type: action } : action;
      const assignment = implementations.actions[ref.type]?.assignment;
      if (typeof assignment !== "function")
        throw new UnsupportedMachineError(`action '${ref.type}' is not an assign(fn) action`);
      return { assign: assignment as Assigner, params: ref.params };
    });
  const transitionsOf = (ts: TransitionConfig | TransitionConfig[] | undefined): Transition[] =>
    list(ts).map((t) => {
      const targets = list(t.target);
      if (targets.length > 1) throw new UnsupportedMachineError("a transition has several targets");
      return { target: targets[0], guard: guardOf(t.guard), actions: actionsOf(t.actions) };
    });
  const stateOf = (config: StateConfig): State => ({
    final: config.type === "final",
    entry: actionsOf(config.entry),
    always: transitionsOf(config.always),
    on: new Map(Object.entries(config.on ?? {}).map(([type, ts]) => [type, transitionsOf(ts)])),
  });
  const states = new Map(Object.entries(config.states).map(([key, state]) => [key, stateOf(state)]));
  const root = stateOf({ on: config.on });

  // XState's assign lays the returned fields over a shallow copy of the context. Every action compile.ts
  // registers returns a whole context (its act() types them so), made fresh by the step in steps.ts or
  // the very one it was given when nothing changed; that copy would only copy it again, once per action
  // of every transition the walk takes, so a whole context is taken as it is.
  const runActions = (actions: Action[], context: Context, event: MachineEvent) => {
    let ctx = context;
    for (const a of actions) {
      const out = a.assign({ context: ctx, event }, a.params);
      ctx = isWhole(out) ? out : Object.assign({}, ctx, out);
    }
    return ctx;
  };

  const enabled = (transitions: Transition[] | undefined, ctx: Context, event: MachineEvent) => {
    if (transitions === undefined) return undefined;
    for (const t of transitions) if (t.guard === undefined || t.guard(ctx, event)) return t;
    return undefined;
  };

  const stateAt = (key: string): State => {
    const state = states.get(key);
    if (!state) throw new UnsupportedMachineError(`no state '${key}'`);
    return state;
  };

  /** Takes a transition, enters its target, and follows eventless transitions until the machine rests. */
  const take = (from: string, t: Transition, context: Context, event: MachineEvent): Step => {
    let value = from;
    let ctx = context;
    let transition: Transition | undefined = t;
    for (let hops = 0; transition !== undefined; hops++) {
      if (hops > MAX_EVENTLESS) throw new UnsupportedMachineError(`eventless transitions loop at '${value}'`);
      ctx = runActions(transition.actions, ctx, event);
      if (transition.target === undefined) break;
      value = transition.target;
      const state = stateAt(value);
      ctx = runActions(state.entry, ctx, event);
      if (state.final) return { value, context: ctx, status: "done" };
      transition = enabled(state.always, ctx, event);
    }
    return { value, context: ctx, status: "active" };
  };

  return {
    initial() {
      const context =
        typeof config.context === "function" ? config.context({ input: undefined }) : config.context;
      return take("", { target: config.initial, guard: undefined, actions: [] }, context, INIT_EVENT);
    },
    next(from, event) {
      if (from.status !== "active") return from;
      const own = stateAt(from.value).on.get(event.type);
      const t = enabled(own, from.context, event) ?? enabled(root.on.get(event.type), from.context, event);
      return t ? take(from.value, t, from.context, event) : from;
    },
  };
}
