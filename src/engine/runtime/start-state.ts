// A meeting started part-way: at a chosen beat, with chosen flags and openness, in the phase that beat
// belongs to and at a clock that phase implies. The studio's "try it" plays one beat this way; the
// machine then runs from there exactly as it would have after reaching the beat by play, so a start
// state with the moves after it replays byte for byte (with the scenario, role and seed).
import type { Scenario, Text } from "../format/schema.ts";
import { didYouMean } from "../load/problems.ts";
import type { Role } from "../rules/catalog.ts";
import { showInput } from "../util/show-input.ts";
import type { Context } from "./context.ts";
import { initialContext, type World } from "./steps.ts";

export interface StartState {
  /** The beat the meeting starts at (its id). */
  beat: string;
  /** Flags that are on; every other flag is off. */
  flags?: string[];
  /** Openness (0–100) per participant id; a participant not named keeps the cast's value. */
  openness?: Record<string, number>;
  /** Trust (0–100) per participant id, likewise. */
  trust?: Record<string, number>;
  /** Choices made earlier, per beat, as `chose` conditions test them (by the trainee or the computer). */
  chosen?: Record<string, string[]>;
  /** Minutes on the meeting's clock; by default the planned start of the beat's phase. */
  clock?: number;
}

export interface StartProblem {
  /** Where in the start state, e.g. ["openness", "anja"]. */
  path: (string | number)[];
  message: Text;
}

/** Every flag the scenario sets, clears or tests, in the order they first appear. */
export function flagsOf(scenario: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      for (const key of ["setFlag", "clearFlag", "flag"]) {
        const value = record[key];
        if (typeof value === "string") found.add(value);
      }
      for (const value of Object.values(record)) visit(value);
    }
  };
  visit((scenario as { beats?: unknown } | null)?.beats);
  return [...found];
}

const quoted = (s: string) => `'${showInput(s)}'`;
const guess = (name: string, known: Iterable<string>): Text => {
  const g = didYouMean(name, known);
  return g === undefined
    ? { nl: ".", en: "." }
    : { nl: ` — bedoel je ${quoted(g)}?`, en: ` — did you mean ${quoted(g)}?` };
};

/** Everything wrong with a start state for this scenario and role, in Dutch and English; empty when it fits. */
export function checkStartState(scenario: Scenario, role: Role, start: StartState): StartProblem[] {
  const problems: StartProblem[] = [];
  const add = (path: (string | number)[], nl: string, en: string) =>
    problems.push({ path, message: { nl, en } });
  if (!scenario.roles[role]) {
    add(
      ["role"],
      `Dit scenario kan niet gespeeld worden als ${quoted(role)}.`,
      `This scenario cannot be played as ${quoted(role)}.`,
    );
  }
  const beats = scenario.beats.map((b) => b.id);
  if (typeof start.beat !== "string" || !beats.includes(start.beat)) {
    const name = String(start.beat);
    const g = guess(name, beats);
    add(
      ["beat"],
      `Er is geen beat ${quoted(name)} in dit scenario${g.nl}`,
      `There is no beat ${quoted(name)} in this scenario${g.en}`,
    );
  }
  const flags = flagsOf(scenario);
  for (const [i, flag] of (start.flags ?? []).entries()) {
    if (flags.includes(flag)) continue;
    const g = guess(String(flag), flags);
    add(
      ["flags", i],
      `De vlag ${quoted(String(flag))} komt in dit scenario nergens voor${g.nl}`,
      `The flag ${quoted(String(flag))} is not used anywhere in this scenario${g.en}`,
    );
  }
  const people = scenario.cast.participants.map((p) => p.id);
  const measures = [
    ["openness", start.openness, "openheid", "openness"],
    ["trust", start.trust, "vertrouwen", "trust"],
  ] as const;
  for (const [key, values, nlName, enName] of measures) {
    for (const [who, value] of Object.entries(values ?? {})) {
      if (!people.includes(who)) {
        const g = guess(who, people);
        add(
          [key, who],
          `${quoted(who)} is geen deelnemer in dit scenario${g.nl}`,
          `${quoted(who)} is not a participant in this scenario${g.en}`,
        );
      } else if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 100) {
        const shown = showInput(String(value));
        add(
          [key, who],
          `De ${nlName} van ${quoted(who)} is ${shown}; dat moet een heel getal van 0 tot en met 100 zijn.`,
          `The ${enName} of ${quoted(who)} is ${shown}; it must be a whole number from 0 to 100.`,
        );
      }
    }
  }
  for (const [beatId, ids] of Object.entries(start.chosen ?? {})) {
    const beat = scenario.beats.find((b) => b.id === beatId);
    if (!beat) {
      const g = guess(beatId, beats);
      add(
        ["chosen", beatId],
        `Er is geen beat ${quoted(beatId)} in dit scenario${g.nl}`,
        `There is no beat ${quoted(beatId)} in this scenario${g.en}`,
      );
      continue;
    }
    const choices = Object.values(beat.moves ?? {}).flatMap((m) => (m ? m.choices.map((c) => c.id) : []));
    for (const [i, id] of (Array.isArray(ids) ? ids : []).entries()) {
      if (choices.includes(id)) continue;
      const g = guess(String(id), choices);
      add(
        ["chosen", beatId, i],
        `Beat ${quoted(beatId)} heeft geen keuze ${quoted(String(id))}${g.nl}`,
        `Beat ${quoted(beatId)} has no choice ${quoted(String(id))}${g.en}`,
      );
    }
  }
  if (
    start.clock !== undefined &&
    !(typeof start.clock === "number" && Number.isFinite(start.clock) && start.clock >= 0)
  ) {
    const shown = showInput(String(start.clock));
    add(
      ["clock"],
      `De klok staat op ${shown}; dat moet een aantal minuten van 0 of meer zijn.`,
      `The clock is at ${shown}; it must be a number of minutes, 0 or more.`,
    );
  }
  return problems;
}

/** The context the meeting is in just before the start beat is entered. The state must have passed checkStartState. */
export function startContext(world: World, start: StartState): Context {
  const ctx = initialContext(world);
  const phase = world.beats.get(start.beat)?.phase ?? null;
  const people = { ...ctx.people };
  for (const [who, openness] of Object.entries(start.openness ?? {})) {
    const person = people[who];
    if (person) people[who] = { ...person, openness };
  }
  for (const [who, trust] of Object.entries(start.trust ?? {})) {
    const person = people[who];
    if (person) people[who] = { ...person, trust };
  }
  // Only choices some condition asks about are kept, as in play (steps.ts recordChoice).
  const chosen: Context["chosen"] = {};
  for (const [beat, ids] of Object.entries(start.chosen ?? {}))
    if (world.watchedBeats.has(beat) && ids.length > 0) chosen[beat] = [...ids];
  const flags: Context["flags"] = {};
  for (const flag of start.flags ?? []) flags[flag] = true;
  // Already inside the beat's phase: starting there is not the moment the phase begins, so no phase
  // change (and no lateness verdict for it) is logged, as when the beat is reached from within its phase.
  const clock = start.clock ?? (phase === null ? 0 : (world.plannedStart.get(phase) ?? 0));
  const started: Context = { ...ctx, people, flags, chosen, phase, clock };
  // Inside the follow-up the meeting proper is over: its time and the listener's notes were judged when
  // the follow-up began, which is before this start; a try of a follow-up beat judges only that beat.
  if (phase !== null && world.phaseKind.get(phase) === "follow-up") {
    started.meetingEnd = clock;
    started.judged = { time: true, notes: true };
  }
  return started;
}
