// The steps of a meeting as functions from context to a new context. Each exported step copies the
// context once and the helpers below fill in that copy (nested records are replaced, never changed), so
// snapshots the machine already handed out stay as they were. The compiled XState machine calls them
// from its named actions; keeping them here keeps the rules of the method out of the machine's
// plumbing and lets tests drive them directly.
import type { Beat, Choice, Effect, Line, Move, Outcome, Scenario, Text, Verdict } from "../format/schema.ts";
import { type Role, ruleInfo } from "../rules/catalog.ts";
import { own } from "../util/own.ts";
import { addressee, answerLines, isCastListener, lastSaidBy } from "./answers.ts";
import { holds } from "./conditions.ts";
import type { Context, FreeJudgement, LogEntry, NoteTag, VerdictEntry } from "./context.ts";
import { npcMoves } from "./flow.ts";
import { freeTextVerdict } from "./free-text-verdicts.ts";
import { notesVerdicts, unaskedVerdict } from "./listener-verdicts.ts";
import { push } from "./plist.ts";

export const DEFAULT_BEAT_MINUTES = 2;
export const DEFAULT_TOLERANCE = 5;

/** A scenario prepared for running in one role: lookups the steps need on every move. */
export interface World {
  scenario: Scenario;
  role: Role;
  beats: Map<string, Beat>;
  beatIndex: Map<string, number>;
  phaseIndex: Map<string, number>;
  plannedStart: Map<string, number>;
  phaseKind: Map<string, string>;
  participants: Set<string>;
  lines: Map<string, { line: Line; beat: string }>;
  tolerance: number;
  /** Beats whose choices a `chose` condition tests: only these are remembered (see recordChoice). */
  watchedBeats: Set<string>;
  /** The computer's moves per beat, worked out once: they are the same on every visit. */
  npc: Map<string, ReturnType<typeof npcMoves>>;
}

/** Collects the beats that `chose` conditions refer to, anywhere in the scenario. */
function beatsTestedByChose(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) beatsTestedByChose(item, into);
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    const chose = record.chose as { beat?: unknown } | undefined;
    if (chose && typeof chose === "object" && typeof chose.beat === "string") into.add(chose.beat);
    for (const value of Object.values(record)) beatsTestedByChose(value, into);
  }
  return into;
}

// Copying a record that grows with every beat would make a long meeting quadratic, so only choices that
// some condition can ask about are kept.
function recordChoice(ctx: Context, world: World, beat: string, ids: string[], replace = false): Context {
  if (!world.watchedBeats.has(beat)) return ctx;
  const before = replace ? [] : (own(ctx.chosen, beat) ?? []);
  ctx.chosen = { ...ctx.chosen, [beat]: [...before, ...ids] };
  return ctx;
}

export function makeWorld(scenario: Scenario, role: Role): World {
  const beats = new Map<string, Beat>();
  const beatIndex = new Map<string, number>();
  const lines = new Map<string, { line: Line; beat: string }>();
  const addLines = (list: Line[] | undefined, beat: string) => {
    for (const line of list ?? []) if (line.id !== undefined) lines.set(line.id, { line, beat });
  };
  scenario.beats.forEach((b, i) => {
    beats.set(b.id, b);
    beatIndex.set(b.id, i);
    addLines(b.lines, b.id);
    for (const move of Object.values(b.moves ?? {})) {
      for (const c of (move as Move).choices) addLines(c.lines, b.id);
      const ft = (move as Move).freeText;
      if (ft) {
        for (const o of Object.values(ft.outcomes)) addLines((o as Outcome | undefined)?.lines, b.id);
        addLines(ft.otherwise.lines, b.id);
      }
    }
  });
  const plannedStart = new Map<string, number>();
  let t = 0;
  for (const p of scenario.phases) {
    plannedStart.set(p.id, t);
    if (p.kind !== "follow-up") t += p.plannedMinutes;
  }
  return {
    scenario,
    role,
    beats,
    beatIndex,
    phaseIndex: new Map(scenario.phases.map((p, i) => [p.id, i])),
    plannedStart,
    phaseKind: new Map(scenario.phases.map((p) => [p.id, p.kind])),
    participants: new Set(scenario.cast.participants.map((p) => p.id)),
    lines,
    tolerance: scenario.timing?.toleranceMinutes ?? DEFAULT_TOLERANCE,
    watchedBeats: beatsTestedByChose(scenario.beats, new Set()),
    npc: new Map(scenario.beats.map((b) => [b.id, npcMoves(b, role)])),
  };
}

export function initialContext(world: World): Context {
  const people: Context["people"] = {};
  for (const p of world.scenario.cast.participants) people[p.id] = { openness: p.openness, trust: p.trust };
  return {
    role: world.role,
    clock: 0,
    phase: null,
    beat: null,
    people,
    flags: {},
    chosen: {},
    noted: {},
    prepared: [],
    speaker: null,
    lastQuote: null,
    meetingEnd: null,
    judged: { time: false, notes: false },
    log: null,
    done: false,
  };
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const log = (ctx: Context, entry: LogEntry): Context => {
  ctx.log = push(ctx.log, entry);
  return ctx;
};

/** Applies effects to a context the caller has copied (a workshop seat's move applies them to the room too). */
export function applyEffects(
  ctx: Context,
  effects: Effect[] | undefined,
  world: World,
  beat: string,
): Context {
  if (!effects || effects.length === 0) return ctx;
  let out = ctx;
  // People and flags are copied once per call, not once per effect: a choice that sets thousands of
  // flags costs thousands of steps, not millions.
  let people: Context["people"] | undefined;
  let flags: Context["flags"] | undefined;
  for (const e of effects) {
    if ("openness" in e || "trust" in e) {
      const key = "openness" in e ? "openness" : "trust";
      const change = "openness" in e ? e.openness : (e as { trust: { who: string; by: number } }).trust;
      people ??= { ...out.people };
      const who =
        change.who === "all"
          ? Object.keys(people)
          : change.who === "speaker"
            ? out.speaker === null
              ? []
              : [out.speaker]
            : [change.who];
      for (const id of who) {
        const person = own(people, id);
        // Spelled out rather than { ...person, [key]: … }: path analysis makes this copy on most of the
        // hundreds of thousands of moves it walks, and the literal is several times cheaper.
        if (person)
          people[id] =
            key === "openness"
              ? { openness: clamp(person.openness + change.by), trust: person.trust }
              : { openness: person.openness, trust: clamp(person.trust + change.by) };
      }
    } else if ("setFlag" in e) {
      flags ??= { ...out.flags };
      flags[e.setFlag] = true;
    } else if ("clearFlag" in e) {
      flags ??= { ...out.flags };
      delete flags[e.clearFlag];
    } else if ("note" in e) out = noteInto(out, e.note.line, e.note.tag, world, beat);
  }
  if (people) out.people = people;
  if (flags) out.flags = flags;
  return out;
}

/** Notes a spoken line: a new context (the machine's addNote action). */
export function addNote(ctx: Context, line: string, tag: NoteTag, world: World, beat: string): Context {
  return noteInto({ ...ctx }, line, tag, world, beat);
}

function noteInto(ctx: Context, line: string, tag: NoteTag, world: World, beat: string): Context {
  const found = world.lines.get(line);
  if (!found || own(ctx.noted, line) === tag) return ctx;
  return log(Object.assign(ctx, { noted: { ...ctx.noted, [line]: tag } }), {
    t: "note",
    at: ctx.clock,
    beat,
    line,
    tag,
    speaker: found.line.speaker,
    text: found.line.text,
  });
}

/** Can this line be noted now? Only lines already spoken in this run. */
export function canNote(ctx: Context, line: string): boolean {
  for (let node = ctx.log; node !== null; node = node.tail) {
    const e = node.head;
    if (e.t === "line" && e.line?.id === line) return true;
  }
  return false;
}

function speak(ctx: Context, lines: Line[] | undefined, world: World, beat: string): Context {
  if (!lines || lines.length === 0) return ctx;
  // One new context for all the lines: a beat speaks several, and every copy is garbage on a long run.
  let log = ctx.log;
  let speaker = ctx.speaker;
  let lastQuote = ctx.lastQuote;
  const phase = ctx.phase ?? "";
  for (const line of lines) {
    // Conditions never read the log, speaker or quote, so the context as it came in answers them.
    if (line.when !== undefined && !holds(line.when, ctx)) {
      if (line.story) {
        const entry: LogEntry = {
          t: "untold",
          at: ctx.clock,
          beat,
          phase,
          speaker: line.speaker,
          title: line.story.title,
        };
        if (line.id !== undefined) entry.line = line.id;
        log = push(log, entry);
      }
      continue;
    }
    log = push(log, { t: "line", at: ctx.clock, beat, phase, speaker: line.speaker, text: line.text, line });
    // A stage direction is not said: it is neither quoted nor makes its subject the speaker.
    if (line.direction) continue;
    if (world.participants.has(line.speaker)) speaker = line.speaker;
    // A listener's words in the meeting (a whisper, a question in their round) are what a move can
    // answer too; in the follow-up the team talks among itself and a move answers no one line.
    const listenerSaid =
      isCastListener(world.scenario, line.speaker) && world.phaseKind.get(phase) !== "follow-up";
    if (world.participants.has(line.speaker) || listenerSaid) {
      const by = line.speaker;
      lastQuote =
        line.id !== undefined
          ? { speaker: by, text: line.text, line: line.id }
          : { speaker: by, text: line.text };
    }
  }
  return Object.assign(ctx, { log, speaker, lastQuote });
}

function verdict(ctx: Context, v: Verdict, beat: string, did: Text | undefined, auto = false): Context {
  const entry: VerdictEntry = {
    t: "verdict",
    at: ctx.clock,
    beat,
    phase: ctx.phase ?? "",
    rule: v.rule,
    kind: v.kind,
    weight: v.weight ?? 1,
    why: v.why,
  };
  if (v.better) entry.better = v.better;
  if (ctx.lastQuote) entry.quote = ctx.lastQuote;
  if (did) entry.did = did;
  if (auto) entry.auto = true;
  return log(ctx, entry);
}

function judgeVerdicts(
  ctx: Context,
  verdicts: Verdict[] | undefined,
  beat: string,
  did: Text | undefined,
): Context {
  let out = ctx;
  for (const v of verdicts ?? []) out = verdict(out, v, beat, did);
  return out;
}

const text = (nl: string, en: string): Text => ({ nl, en });
const fmt = (minutes: number) => `${Math.round(minutes)}`;

function enterPhase(ctx: Context, phaseId: string, world: World, beat: string): Context {
  const planned = world.plannedStart.get(phaseId) ?? 0;
  const kind = world.phaseKind.get(phaseId);
  let out = log(Object.assign(ctx, { phase: phaseId }), {
    t: "phase",
    at: ctx.clock,
    phase: phaseId,
    plannedStart: planned,
  });
  if (kind === "follow-up") {
    out = judgeMeetingTime(out, world, beat);
    out = judgeNotes(out, world, beat);
    return out;
  }
  const late = ctx.clock - planned;
  if (
    world.role === "facilitator" &&
    late > world.tolerance &&
    kind !== "preparation" &&
    kind !== "recruitment"
  ) {
    const title = world.scenario.phases.find((p) => p.id === phaseId)?.title ?? text(phaseId, phaseId);
    out = verdict(
      out,
      {
        rule: "F-TIME",
        kind: "breach",
        weight: 1,
        why: text(
          `'${title.nl}' begon ${fmt(late)} minuten later dan gepland; wat laat begint, gaat af van de tijd van de toehoorders en de afsluiting.`,
          `'${title.en ?? title.nl}' started ${fmt(late)} minutes later than planned; a late start eats into the listeners' round and the closing.`,
        ),
        better: text(
          "Houd de klok in het oog en rond een onderwerp af met een samenvatting wanneer de tijd erom vraagt.",
          "Keep an eye on the clock and round a topic off with a summary when time asks for it.",
        ),
      },
      beat,
      undefined,
      true,
    );
  }
  return out;
}

/** F-TIME over the whole meeting: judged once, when the follow-up starts or the run ends. */
function judgeMeetingTime(ctx: Context, world: World, beat: string): Context {
  if (ctx.judged.time) return ctx;
  const end = ctx.clock;
  let out: Context = Object.assign(ctx, { meetingEnd: end, judged: { ...ctx.judged, time: true } });
  if (world.role !== "facilitator") return out;
  const planned = world.scenario.durationMinutes;
  const over = end - planned;
  out = verdict(
    out,
    over > world.tolerance
      ? {
          rule: "F-TIME",
          kind: "breach",
          weight: 2,
          why: text(
            `De bijeenkomst duurde ${fmt(end)} minuten, ${fmt(over)} langer dan de afgesproken ${planned}; deelnemers hebben hun tijd gegeven op een afspraak.`,
            `The meeting took ${fmt(end)} minutes, ${fmt(over)} over the agreed ${planned}; participants gave their time on an agreement.`,
          ),
          better: text(
            "Bewaak de fasen: begin de voorbereide vragen en de ronde van de toehoorders op tijd.",
            "Guard the phases: start the prepared questions and the listeners' round on time.",
          ),
        }
      : {
          rule: "F-TIME",
          kind: "good",
          weight: 2,
          why: text(
            `De bijeenkomst bleef binnen de tijd (${fmt(end)} van ${planned} minuten): de afspraak met de deelnemers is gehouden.`,
            `The meeting kept to time (${fmt(end)} of ${planned} minutes): the agreement with the participants was kept.`,
          ),
        },
    beat,
    undefined,
    true,
  );
  return out;
}

/** L-NOTES and an unasked L-CLARIFY: judged once for a listener, when the follow-up starts (or at the end). */
function judgeNotes(ctx: Context, world: World, beat: string): Context {
  if (ctx.judged.notes) return ctx;
  let out: Context = Object.assign(ctx, { judged: { ...ctx.judged, notes: true } });
  if (world.role !== "listener") return out;
  const unasked = unaskedVerdict(out, world);
  for (const v of [...notesVerdicts(out, world), ...(unasked ? [unasked] : [])])
    out = verdict(out, v, beat, undefined, true);
  return out;
}

function applyNpcMoves(ctx: Context, beat: Beat, world: World): Context {
  let out = ctx;
  for (const npc of world.npc.get(beat.id) ?? []) {
    const ids = npc.choices.map((c) => c.id);
    out = log(out, {
      t: "move",
      at: out.clock,
      beat: beat.id,
      phase: out.phase ?? "",
      role: npc.role,
      kind: npc.move.kind,
      choices: ids,
      texts: npc.choices.map((c) => c.text),
      byComputer: true,
    });
    out = recordChoice(out, world, beat.id, ids);
    for (const c of npc.choices) {
      out = applyEffects(out, c.effects, world, beat.id);
      out = speak(out, c.lines, world, beat.id);
      out.clock += c.minutes ?? 0;
    }
    if (npc.move.kind === "pick") {
      for (const c of npc.move.choices) {
        if (!npc.choices.includes(c)) out = applyEffects(out, c.ifNotPicked?.effects, world, beat.id);
      }
    }
  }
  return out;
}

export function enterBeat(ctx: Context, beatId: string, world: World): Context {
  return enterInto({ ...ctx }, beatId, world);
}

/** Enters a beat in a context the caller has already copied (a move that leads straight on). */
export function enterInto(ctx: Context, beatId: string, world: World): Context {
  const beat = world.beats.get(beatId);
  if (!beat) return ctx;
  // A move answers what is said in its own beat: an earlier beat's line is never its quote.
  let out: Context = Object.assign(ctx, { beat: beatId, speaker: null, lastQuote: null });
  if (beat.phase !== out.phase) out = enterPhase(out, beat.phase, world, beatId);
  out = speak(out, beat.lines, world, beatId);
  out = applyNpcMoves(out, beat, world);
  // Lines and the move happen when the beat starts; the beat's minutes pass before the next one.
  out.clock += beat.minutes ?? DEFAULT_BEAT_MINUTES;
  return out;
}

function moveEntry(
  ctx: Context,
  beat: Beat,
  move: Move,
  choices: Choice[],
  extra: { timedOut?: boolean } = {},
): LogEntry {
  const entry: LogEntry = {
    t: "move",
    at: ctx.clock,
    beat: beat.id,
    phase: ctx.phase ?? "",
    role: ctx.role,
    kind: move.kind,
    choices: choices.map((c) => c.id),
    texts: choices.map((c) => c.text),
  };
  if (extra.timedOut) entry.timedOut = true;
  return entry;
}

function agendaVerdict(ctx: Context, choice: Choice, world: World, beat: string): Context {
  if (choice.preparedQuestion === undefined || world.role !== "facilitator") return ctx;
  const kind = world.phaseKind.get(ctx.phase ?? "");
  const out = Object.assign(ctx, { prepared: [...ctx.prepared, choice.preparedQuestion] });
  // An author who judges the timing of this question in the choice's own verdicts has the last word.
  if (choice.verdicts?.some((v) => v.rule === "F-AGENDA")) return out;
  const early = kind === "opening" || kind === "free-round";
  return verdict(
    out,
    early
      ? {
          rule: "F-AGENDA",
          kind: "breach",
          weight: 3,
          why: text(
            "Een voorbereide vraag van het team tijdens de vrije ronde neemt deelnemers de keuze van hun eigen onderwerpen af.",
            "Bringing in the team's prepared question during the free round takes the choice of topics away from participants.",
          ),
          better: text(
            "Laat deelnemers eerst hun eigen onderwerpen kiezen; breng de vragen van het team pas daarna in.",
            "Let participants choose their own topics first; bring in the team's questions only after that.",
          ),
        }
      : {
          rule: "F-AGENDA",
          kind: "good",
          weight: 2,
          why: text(
            "De vragen van het team komen pas na de eigen onderwerpen van de deelnemers: zo houden zij de agenda.",
            "The team's questions come only after the participants' own topics: they keep the agenda.",
          ),
        },
    beat,
    choice.text,
    true,
  );
}

/** The quote for a move: the last line of the participant its words name, else the beat's last line. */
function quoteFor(ctx: Context, words: Text | undefined, world: World): Context["lastQuote"] {
  const who = words ? addressee(world.scenario, words.nl) : undefined;
  if (who === undefined || world.phaseKind.get(ctx.phase ?? "") === "follow-up") return ctx.lastQuote;
  return lastSaidBy(ctx, who) ?? ctx.lastQuote;
}

function applyOneChoice(ctx: Context, beatId: string, choice: Choice, world: World): Context {
  const moment = ctx.lastQuote;
  ctx.lastQuote = quoteFor(ctx, choice.say, world);
  let out = judgeVerdicts(ctx, choice.verdicts, beatId, choice.text);
  out.lastQuote = moment;
  out = agendaVerdict(out, choice, world, beatId);
  out = applyEffects(out, choice.effects, world, beatId);
  out = speak(out, choice.lines, world, beatId);
  out.clock += choice.minutes ?? 0;
  return out;
}

export function applyChoice(
  ctx: Context,
  beatId: string,
  choiceId: string,
  world: World,
  timedOut = false,
): Context {
  const beat = world.beats.get(beatId);
  const move = beat?.moves?.[world.role];
  const choice = move?.choices.find((c) => c.id === choiceId);
  if (!beat || !move || !choice) return ctx;
  let out = log({ ...ctx }, moveEntry(ctx, beat, move, [choice], { timedOut }));
  out = recordChoice(out, world, beatId, [choiceId]);
  return applyOneChoice(out, beatId, choice, world);
}

export function applyPick(ctx: Context, beatId: string, choiceIds: string[], world: World): Context {
  const beat = world.beats.get(beatId);
  const move = beat?.moves?.[world.role];
  if (!beat || !move) return ctx;
  const picked = move.choices.filter((c) => choiceIds.includes(c.id));
  let out = log({ ...ctx }, moveEntry(ctx, beat, move, picked));
  out = recordChoice(
    out,
    world,
    beatId,
    picked.map((c) => c.id),
    true,
  );
  // Every option of a pick is judged against the same moment, not against the answer to the one before.
  const moment = out.lastQuote;
  for (const c of picked) out = applyOneChoice(Object.assign(out, { lastQuote: moment }), beatId, c, world);
  out.lastQuote = moment;
  for (const c of move.choices) {
    if (picked.includes(c) || !c.ifNotPicked) continue;
    out = judgeVerdicts(out, c.ifNotPicked.verdicts, beatId, undefined);
    out = applyEffects(out, c.ifNotPicked.effects, world, beatId);
  }
  return out;
}

/** The outcome a typed utterance leads to: the one for its label, else 'otherwise'. */
export function freeTextOutcome(move: Move, label: string): Outcome | undefined {
  if (!move.freeText) return undefined;
  const outcomes = move.freeText.outcomes as Record<string, Outcome | undefined>;
  return own(outcomes, label) ?? move.freeText.otherwise;
}

export function applySay(
  ctx: Context,
  beatId: string,
  said: string,
  judgement: FreeJudgement,
  world: World,
): Context {
  const beat = world.beats.get(beatId);
  const move = beat?.moves?.[world.role];
  const outcome = move ? freeTextOutcome(move, judgement.label) : undefined;
  if (!beat || !move || !outcome) return ctx;
  const did: Text = { nl: said, en: said };
  let out = log(
    { ...ctx },
    {
      t: "move",
      at: ctx.clock,
      beat: beatId,
      phase: ctx.phase ?? "",
      role: world.role,
      kind: "say",
      choices: [],
      texts: [did],
      free: {
        text: said,
        label: judgement.label,
        confidence: judgement.confidence,
        why: judgement.why,
        cues: judgement.cues,
      },
    },
  );
  // Typed words that name a participant are about what they said, and that participant answers.
  const who = addressee(world.scenario, said);
  out.lastQuote = quoteFor(out, did, world);
  const verdicts = outcome.verdicts ?? freeTextVerdict(world.role, judgement);
  out = judgeVerdicts(out, verdicts, beatId, did);
  out = applyEffects(out, outcome.effects, world, beatId);
  out = speak(out, answerLines(outcome, who, judgement.label, out, world.participants), world, beatId);
  out.clock += outcome.minutes ?? 0;
  return out;
}

export function finish(ctx: Context, world: World): Context {
  const beat = ctx.beat ?? "";
  let out = judgeMeetingTime({ ...ctx }, world, beat);
  out = judgeNotes(out, world, beat);
  if (
    world.role === "facilitator" &&
    (world.scenario.preparedQuestions?.length ?? 0) > 0 &&
    out.prepared.length === 0
  ) {
    out = verdict(
      out,
      {
        rule: "F-AGENDA",
        kind: "missed",
        weight: 2,
        why: text(
          "De voorbereide vragen van het team zijn niet aan bod gekomen; het team hoort niets over zijn eigen thema's.",
          "The team's prepared questions never came up; the team hears nothing about its own themes.",
        ),
        better: text(
          "Breng na de vrije ronde de voorbereide vragen in, op tijd voor de ronde van de toehoorders.",
          "After the free round, bring in the prepared questions, in time for the listeners' round.",
        ),
      },
      beat,
      undefined,
      true,
    );
  }
  out.done = true;
  return out;
}

export function ruleDimension(rule: string): string {
  return ruleInfo(rule)?.dimension ?? "process";
}
