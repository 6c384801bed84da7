// Compiles a checked scenario into an XState machine for one role. The machine is plain data: one state
// per beat, one routing state per way out of a move, and actions and guards referred to by name and
// registered in setup(), as in XState's own examples. Conditions of the scenario become guards; the
// meeting's rules live in runtime/steps.ts, which the named actions call.
import { and, assign, not, or, setup } from "xstate";
import type { Condition, Next, Scenario } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { conditionKinds } from "../runtime/conditions.ts";
import { type Context, chooseEvent, type MachineEvent } from "../runtime/context.ts";
import { defaultNext, playsIn, traineeMove } from "../runtime/flow.ts";
import { type StartState, startContext } from "../runtime/start-state.ts";
import {
  addNote,
  applyChoice,
  applyPick,
  applySay,
  canNote,
  enterBeat,
  enterInto,
  finish,
  freeTextOutcome,
  initialContext,
  makeWorld,
  type World,
} from "../runtime/steps.ts";

export class CompileError extends Error {}

export const END_STATE = "end";
const START_STATE = "start";

type GuardRef = { type: string; params?: unknown } | ReturnType<typeof and>;
type TransitionConfig = { target?: string; guard?: GuardRef; actions?: unknown };

const stateKey = (index: number) => `b${index}`;

function compileCondition(c: Condition): GuardRef {
  if ("all" in c) return and(c.all.map(compileCondition) as never);
  if ("any" in c) return or(c.any.map(compileCondition) as never);
  if ("not" in c) return not(compileCondition(c.not) as never);
  const key = Object.keys(c)[0] as keyof typeof conditionKinds;
  return { type: key, params: c };
}

/** The beat a move's transition also enters, when that does not depend on the move's effects. */
type Enter = { enter?: string };

function makeMachine(world: World) {
  // A move's step returns a fresh copy of the context, which the beat can be entered into; a step that
  // changed nothing hands back the snapshot's own context, which must not be written to.
  const enter = (before: Context, after: Context, params: Enter) =>
    params.enter === undefined
      ? after
      : after === before
        ? enterBeat(after, params.enter, world)
        : enterInto(after, params.enter, world);
  const guardImpl =
    <P>(check: (ctx: Context, params: P) => boolean) =>
    ({ context }: { context: Context }, params: P) =>
      check(context, params);
  // assign() cannot infer the machine's types outside setup(); naming them once here keeps the table typed.
  const act = <P>(fn: (args: { context: Context; event: MachineEvent }, params: P) => Context) =>
    assign<Context, MachineEvent, P, MachineEvent, never>(fn as never);
  const actions = {
    enterBeat: act(({ context }, params: { beat: string }) => enterBeat(context, params.beat, world)),
    // A move and the beat it leads to are one action where the way on does not depend on the move's
    // effects (`enter`): one context change and one transition per move instead of two.
    applyChoice: act(({ context }, params: { beat: string; choice: string; timedOut?: boolean } & Enter) =>
      enter(
        context,
        applyChoice(context, params.beat, params.choice, world, params.timedOut === true),
        params,
      ),
    ),
    applyPick: act(({ context, event }, params: { beat: string } & Enter) =>
      event.type === "pick"
        ? enter(context, applyPick(context, params.beat, event.choices, world), params)
        : context,
    ),
    applySay: act(({ context, event }, params: { beat: string } & Enter) =>
      event.type === "say"
        ? enter(context, applySay(context, params.beat, event.text, event.judgement, world), params)
        : context,
    ),
    addNote: act(({ context, event }) =>
      event.type === "note" ? addNote(context, event.line, event.tag, world, context.beat ?? "") : context,
    ),
    finish: act(({ context }) => finish(context, world)),
  };
  const guards = {
    ...Object.fromEntries(
      Object.entries(conditionKinds).map(([name, check]) => [
        name,
        guardImpl(check as (c: Context, p: unknown) => boolean),
      ]),
    ),
    saidLabel: ({ event }: { event: MachineEvent }, params: { label: string }) =>
      event.type === "say" && event.judgement.label === params.label,
    validPick: ({ event }: { event: MachineEvent }, params: { ids: string[]; min: number; max: number }) =>
      event.type === "pick" &&
      new Set(event.choices).size === event.choices.length &&
      event.choices.length >= params.min &&
      event.choices.length <= params.max &&
      event.choices.every((c) => params.ids.includes(c)),
    validNote: ({ context, event }: { context: Context; event: MachineEvent }) =>
      event.type === "note" && !context.done && canNote(context, event.line),
  };
  const machineSetup = setup({
    types: {} as { context: Context; events: MachineEvent; input: { seed?: number } | undefined },
    actions,
    guards,
  });
  return {
    machineSetup,
    names: { actions: new Set(Object.keys(actions)), guards: new Set(Object.keys(guards)) },
  };
}

export interface CompiledScenario {
  scenario: Scenario;
  role: Role;
  world: World;
  machine: ReturnType<ReturnType<typeof makeMachine>["machineSetup"]["createMachine"]>;
  /** State keys by beat id, and beat ids by state key, for the game and for path analysis. */
  stateOfBeat: Map<string, string>;
  beatOfState: Map<string, string>;
  /** Where and in what state the meeting starts, when not at the beginning (runtime/start-state.ts). */
  start?: StartState;
}

export interface CompileOptions {
  /** Start at this beat in this state instead of at the beginning; it must have passed checkStartState. */
  start?: StartState;
}

/** Compiles for one role. The scenario must have passed loadScenario: this trusts its references. */
export function compileScenario(
  scenario: Scenario,
  role: Role,
  options: CompileOptions = {},
): CompiledScenario {
  const { start } = options;
  if (!scenario.roles[role]) throw new CompileError(`this scenario cannot be played as ${role}`);
  const world = makeWorld(scenario, role);
  const { machineSetup, names } = makeMachine(world);
  const stateOfBeat = new Map<string, string>();
  const beatOfState = new Map<string, string>();
  scenario.beats.forEach((b, i) => {
    stateOfBeat.set(b.id, stateKey(i));
    beatOfState.set(stateKey(i), b.id);
  });
  const target = (beatId: string) => {
    const key = stateOfBeat.get(beatId);
    if (!key) throw new CompileError(`unknown beat '${beatId}'`);
    return key;
  };
  // Beats are entered by the transitions that lead into them (enterBeat as a transition action, not as
  // an entry action), so that a move whose way on is fixed can enter the next beat in the same action.
  // Beats the role does not play in are passed through without being entered.
  const arrive = (beatId: string): TransitionConfig & { enters?: string } => {
    const beat = world.beats.get(beatId);
    return beat && playsIn(beat, role)
      ? { target: target(beatId), actions: [{ type: "enterBeat", params: { beat: beatId } }], enters: beatId }
      : { target: target(beatId) };
  };
  const ways = (next: Next | undefined, ends: boolean): (TransitionConfig & { enters?: string })[] => {
    if (ends || next === undefined) return [{ target: END_STATE }];
    if (typeof next === "string") return [arrive(next)];
    return next.map((b) => (b.when ? { ...arrive(b.to), guard: compileCondition(b.when) } : arrive(b.to)));
  };
  const route = (next: Next | undefined, ends: boolean): TransitionConfig[] =>
    ways(next, ends).map(({ enters: _, ...t }) => t);
  /**
   * The transition of a move: straight into the next beat, entering it in the move's own action, when
   * the way on is one unconditional beat the role plays in; else into a routing state that decides once
   * the move's effects are in the context.
   */
  const afterMove = (
    routing: string,
    next: Next | undefined,
    ends: boolean,
    action: { type: string; params: Record<string, unknown> },
    guard?: GuardRef,
  ): TransitionConfig => {
    const out = ways(next, ends);
    const direct = out.length === 1 && out[0]?.guard === undefined ? out[0] : undefined;
    const withGuard = guard ? { guard } : {};
    if (direct) {
      const { enters } = direct;
      const step = enters === undefined ? action : { ...action, params: { ...action.params, enter: enters } };
      return { target: direct.target, ...withGuard, actions: [step] };
    }
    states[routing] = { always: route(next, ends) };
    return { target: routing, ...withGuard, actions: [action] };
  };

  const states: Record<string, unknown> = {};
  scenario.beats.forEach((beat, i) => {
    const key = stateKey(i);
    const ends = beat.end === true;
    if (!playsIn(beat, role)) {
      states[key] = { always: route(beat.next, ends) };
      return;
    }
    const move = traineeMove(beat, role);
    const fallback = defaultNext(beat, role);
    if (!move) {
      states[key] = { always: route(fallback, ends) };
      return;
    }
    const on: Record<string, TransitionConfig[]> = {};
    if (move.kind === "pick") {
      on.pick = [
        afterMove(
          `${key}_picked`,
          fallback,
          ends,
          { type: "applyPick", params: { beat: beat.id } },
          {
            type: "validPick",
            params: {
              ids: move.choices.map((c) => c.id),
              min: move.min ?? 1,
              max: move.max ?? move.choices.length,
            },
          },
        ),
      ];
    } else {
      move.choices.forEach((c, ci) => {
        on[chooseEvent(c.id).type] = [
          afterMove(`${key}_c${ci}`, c.next ?? fallback, ends, {
            type: "applyChoice",
            params: { beat: beat.id, choice: c.id },
          }),
        ];
      });
      if (move.kind === "urge" && move.onTimeout !== undefined) {
        const timeout = move.choices.find((c) => c.id === move.onTimeout);
        on.expire = [
          afterMove(`${key}_timeout`, timeout?.next ?? fallback, ends, {
            type: "applyChoice",
            params: { beat: beat.id, choice: move.onTimeout, timedOut: true },
          }),
        ];
      }
    }
    if (move.freeText) {
      const say = { type: "applySay", params: { beat: beat.id } };
      on.say = [
        ...Object.keys(move.freeText.outcomes).map((label) =>
          afterMove(`${key}_say_${label}`, freeTextOutcome(move, label)?.next ?? fallback, ends, say, {
            type: "saidLabel",
            params: { label },
          }),
        ),
        afterMove(`${key}_say`, move.freeText.otherwise.next ?? fallback, ends, say),
      ];
    }
    states[key] = { on };
  });
  // The first beat is entered like every other: by a transition into it (a chosen start beat too).
  states[START_STATE] = {
    always: route(start?.beat ?? scenario.roles[role]?.start ?? scenario.start, false),
  };
  states[END_STATE] = { type: "final", entry: [{ type: "finish" }] };

  const config = {
    id: `scenario:${scenario.id}:${role}`,
    context: () => (start ? startContext(world, start) : initialContext(world)),
    initial: START_STATE,
    on: { note: { guard: { type: "validNote" }, actions: [{ type: "addNote" }] } },
    states,
  };
  assertNames(config, names);
  const machine = machineSetup.createMachine(config as never);
  const compiled: CompiledScenario = { scenario, role, world, machine, stateOfBeat, beatOfState };
  if (start) compiled.start = start;
  return compiled;
}

/**
 * XState ignores an unknown action name and fails only at run time on an unknown guard, so every name
 * the compiled config uses is checked against the registered implementations before anything runs.
 */
export function assertNames(
  config: unknown,
  { actions, guards }: { actions: Set<string>; guards: Set<string> },
): void {
  const unknown: string[] = [];
  const visit = (node: unknown, key: string | undefined) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, key);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (
      (key === "entry" || key === "actions") &&
      typeof record.type === "string" &&
      !actions.has(record.type)
    ) {
      unknown.push(`action '${record.type}'`);
    }
    if (key === "guard" && typeof record.type === "string" && !guards.has(record.type)) {
      unknown.push(`guard '${record.type}'`);
    }
    for (const [k, v] of Object.entries(record)) visit(v, k === "params" ? undefined : k);
  };
  visit(config, undefined);
  if (unknown.length > 0)
    throw new CompileError(`the machine refers to unregistered names: ${unknown.join(", ")}`);
}
