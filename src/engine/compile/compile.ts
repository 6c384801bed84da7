// Compiles a checked scenario into an XState machine for one role. The machine is plain data: one state
// per beat, one routing state per way out of a move, and actions and guards referred to by name and
// registered in setup(), as in XState's own examples. Conditions of the scenario become guards; the
// meeting's rules live in runtime/steps.ts, which the named actions call.
import { and, assign, not, or, setup } from "xstate";
import type { Condition, Next, Scenario } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { conditionKinds } from "../runtime/conditions.ts";
import type { Context, MachineEvent } from "../runtime/context.ts";
import { defaultNext, playsIn, traineeMove } from "../runtime/flow.ts";
import {
  addNote,
  applyChoice,
  applyPick,
  applySay,
  canNote,
  enterBeat,
  finish,
  freeTextOutcome,
  initialContext,
  makeWorld,
  type World,
} from "../runtime/steps.ts";

export class CompileError extends Error {}

export const END_STATE = "end";

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

function makeMachine(world: World) {
  const guardImpl =
    <P>(check: (ctx: Context, params: P) => boolean) =>
    ({ context }: { context: Context }, params: P) =>
      check(context, params);
  // assign() cannot infer the machine's types outside setup(); naming them once here keeps the table typed.
  const act = <P>(fn: (args: { context: Context; event: MachineEvent }, params: P) => Context) =>
    assign<Context, MachineEvent, P, MachineEvent, never>(fn as never);
  const actions = {
    enterBeat: act(({ context }, params: { beat: string }) => enterBeat(context, params.beat, world)),
    applyChoice: act(({ context }, params: { beat: string; choice: string; timedOut?: boolean }) =>
      applyChoice(context, params.beat, params.choice, world, params.timedOut === true),
    ),
    applyPick: act(({ context, event }, params: { beat: string }) =>
      event.type === "pick" ? applyPick(context, params.beat, event.choices, world) : context,
    ),
    applySay: act(({ context, event }, params: { beat: string }) =>
      event.type === "say" ? applySay(context, params.beat, event.text, event.judgement, world) : context,
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
    choiceIs: ({ event }: { event: MachineEvent }, params: { choice: string }) =>
      event.type === "choose" && event.choice === params.choice,
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
}

/** Compiles for one role. The scenario must have passed loadScenario: this trusts its references. */
export function compileScenario(scenario: Scenario, role: Role): CompiledScenario {
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
  const route = (next: Next | undefined, ends: boolean): TransitionConfig[] => {
    if (ends || next === undefined) return [{ target: END_STATE }];
    if (typeof next === "string") return [{ target: target(next) }];
    return next.map((b) =>
      b.when ? { target: target(b.to), guard: compileCondition(b.when) } : { target: target(b.to) },
    );
  };

  const states: Record<string, unknown> = {};
  scenario.beats.forEach((beat, i) => {
    const key = stateKey(i);
    const ends = beat.end === true;
    if (!playsIn(beat, role)) {
      states[key] = { always: route(beat.next, ends) };
      return;
    }
    const entry = [{ type: "enterBeat", params: { beat: beat.id } }];
    const move = traineeMove(beat, role);
    const fallback = defaultNext(beat, role);
    if (!move) {
      states[key] = { entry, always: route(fallback, ends) };
      return;
    }
    const on: Record<string, TransitionConfig[]> = {};
    if (move.kind === "pick") {
      const after = `${key}_picked`;
      states[after] = { always: route(fallback, ends) };
      on.pick = [
        {
          target: after,
          guard: {
            type: "validPick",
            params: {
              ids: move.choices.map((c) => c.id),
              min: move.min ?? 1,
              max: move.max ?? move.choices.length,
            },
          },
          actions: [{ type: "applyPick", params: { beat: beat.id } }],
        },
      ];
    } else {
      on.choose = move.choices.map((c, ci) => {
        const after = `${key}_c${ci}`;
        states[after] = { always: route(c.next ?? fallback, ends) };
        return {
          target: after,
          guard: { type: "choiceIs", params: { choice: c.id } },
          actions: [{ type: "applyChoice", params: { beat: beat.id, choice: c.id } }],
        };
      });
      if (move.kind === "urge" && move.onTimeout !== undefined) {
        const ci = move.choices.findIndex((c) => c.id === move.onTimeout);
        on.expire = [
          {
            target: `${key}_c${ci}`,
            actions: [
              { type: "applyChoice", params: { beat: beat.id, choice: move.onTimeout, timedOut: true } },
            ],
          },
        ];
      }
    }
    if (move.freeText) {
      const labels = Object.keys(move.freeText.outcomes);
      on.say = [
        ...labels.map((label) => {
          const after = `${key}_say_${label}`;
          states[after] = { always: route(freeTextOutcome(move, label)?.next ?? fallback, ends) };
          return {
            target: after,
            guard: { type: "saidLabel", params: { label } },
            actions: [{ type: "applySay", params: { beat: beat.id } }],
          };
        }),
        (() => {
          const after = `${key}_say`;
          states[after] = { always: route(move.freeText.otherwise.next ?? fallback, ends) };
          return { target: after, actions: [{ type: "applySay", params: { beat: beat.id } }] };
        })(),
      ];
    }
    states[key] = { entry, on };
  });
  states[END_STATE] = { type: "final", entry: [{ type: "finish" }] };

  const config = {
    id: `scenario:${scenario.id}:${role}`,
    context: () => initialContext(world),
    initial: target(scenario.roles[role]?.start ?? scenario.start),
    on: { note: { guard: { type: "validNote" }, actions: [{ type: "addNote" }] } },
    states,
  };
  assertNames(config, names);
  const machine = machineSetup.createMachine(config as never);
  return { scenario, role, world, machine, stateOfBeat, beatOfState };
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
