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

  const guardHolds = (guard: GuardRef, context: Context, event: MachineEvent): boolean => {
    if (guard === undefined) return true;
    const args = { context, event };
    if (typeof guard === "function") {
      const fn = guard as GuardFn;
      // and(), or() and not() carry their own check, which evaluates their parts against the machine.
      return fn.check ? fn.check(fakeSnapshot, args, fn) : fn(args, undefined);
    }
    const ref = typeof guard === "string" ? { type: guard } : (guard as { type: string; params?: unknown });
    const impl = implementations.guards[ref.type] as GuardFn | undefined;
    if (typeof impl !== "function")
      throw new UnsupportedMachineError(`guard '${ref.type}' is not implemented`);
    return impl.check ? impl.check(fakeSnapshot, args, impl) : impl(args, ref.params);
  };

  const runActions = (refs: ActionRef | ActionRef[] | undefined, context: Context, event: MachineEvent) => {
    let ctx = context;
    for (const action of list(refs)) {
      const ref = typeof action === "string" ? { type: action } : action;
      const assignment = implementations.actions[ref.type]?.assignment;
      if (typeof assignment !== "function")
        throw new UnsupportedMachineError(`action '${ref.type}' is not an assign(fn) action`);
      // As XState's assign: the returned fields over a shallow copy of the context.
      ctx = Object.assign({}, ctx, (assignment as Assigner)({ context: ctx, event }, ref.params));
    }
    return ctx;
  };

  const stateOf = (key: string): StateConfig => {
    const state = config.states[key];
    if (!state) throw new UnsupportedMachineError(`no state '${key}'`);
    return state;
  };

  const enabled = (
    transitions: TransitionConfig | TransitionConfig[] | undefined,
    ctx: Context,
    event: MachineEvent,
  ) => list(transitions).find((t) => guardHolds(t.guard, ctx, event));

  /** Takes a transition, enters its target, and follows eventless transitions until the machine rests. */
  const take = (from: string, t: TransitionConfig, context: Context, event: MachineEvent): Step => {
    let value = from;
    let ctx = context;
    let transition: TransitionConfig | undefined = t;
    for (let hops = 0; transition !== undefined; hops++) {
      if (hops > MAX_EVENTLESS) throw new UnsupportedMachineError(`eventless transitions loop at '${value}'`);
      const targets = list(transition.target);
      if (targets.length > 1)
        throw new UnsupportedMachineError(`a transition from '${value}' has several targets`);
      ctx = runActions(transition.actions, ctx, event);
      if (targets[0] === undefined) break;
      value = targets[0];
      const state = stateOf(value);
      ctx = runActions(state.entry, ctx, event);
      if (state.type === "final") return { value, context: ctx, status: "done" };
      transition = enabled(state.always, ctx, event);
    }
    return { value, context: ctx, status: "active" };
  };

  return {
    initial() {
      const context =
        typeof config.context === "function" ? config.context({ input: undefined }) : config.context;
      return take("", { target: config.initial }, context, INIT_EVENT);
    },
    next(from, event) {
      if (from.status !== "active") return from;
      const own = stateOf(from.value).on?.[event.type];
      const t = enabled(own, from.context, event) ?? enabled(config.on?.[event.type], from.context, event);
      return t ? take(from.value, t, from.context, event) : from;
    },
  };
}
