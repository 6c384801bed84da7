// A meeting with several human seats: one facilitator seat and listener seats, the computer playing
// every other role. The workshop server hosts one per room; single play is the case of one seat.
//
// API
//   new Meeting(scenario, seats, { seed, judge, compiled? })   throws MeetingError for bad seats
//   .humanSeats, .seed, .done, .scenario
//   .pending(seat): SeatPending | null     the move this seat may make now (`purpose` says what kind)
//   .apply(seat, move: MoveRecord): MoveResult   refuses a seat that may not move now, with a reason
//   .moves(): { seat, move }[]             the accepted moves in order; with scenario, seats and seed
//                                          they replay the meeting byte for byte (Meeting.replay)
//   .log(), .logLength()                   every entry (the trainer's view)
//   .entriesFor(seat, from?, to?)          { i, entry }[]: shared entries and this seat's own ones
//   .viewFor(seat, from?), .trainerView(from?)   shaped as src/server/meeting-host.ts's SeatView and
//                                          TrainerView: Meeting has every member of MeetingHost
//   .contextFor(seat)                      the context as this seat sees it, for buildReport
//   .summary()                             the group's view (group-summary.ts)
//   .subscribe(fn), .stop()
//
// Seats: "facilitator", "organiser", "listener-1" … "listener-20". With exactly one human seat the
// meeting is single play of that seat's role (a Session inside, so its golden runs stay as they are).
// Otherwise the room is played for the lead role (the facilitator, or the scenario's only role):
// - the lead's move in a beat is made by the human lead seat if taken, else the computer (its npc
//   choice, unjudged);
// - each human listener seat gets the beat's listener move privately and decides alone; its move and
//   verdicts are its own entries (`seat`). A seat that gives in (a breach at an urge or a choice in
//   the meeting) is heard by everyone: a shared line "Toehoorder 2 <do>" (and its `say`; the speaker
//   is the seat, for a client to label with the player's name), and the
//   choice's effects and lines apply to the room, once per seat (its lines once per beat). A human
//   facilitator then gets a 'handle it' move (F-PROTECT, protect.ts); a computer facilitator answers
//   where the scenario has it answer (its listeners' beats), as in single play. Holding back changes
//   nothing in the room.
// - the listeners' round: each listener seat raises a hand ("raise-hand") or passes ({ wait: true });
//   the facilitator seat gives the turn ("turn:listener-2"), or the computer gives it in hand-raise
//   order; the seat with the turn makes the beat's listener move for the room (choice or typed
//   words), the others wait. A round beat nobody raises a hand in goes on without a question.
// - a beat goes on once every human seat's move in it is made (urges: made or expired per seat) and
//   every breach is handled; the way on is the lead's (listener seats never route the room).
// - choices are shown in an order drawn from the seed, the seat and the beat (order.ts).
// - notes are per seat; L-NOTES and L-CLARIFY are judged per listener seat when the follow-up starts.
//   For the scenario's conditions the room has noted a line once anyone noted it (`noted`), and
//   remembers a listener seat's choice (`chose`) only when the room heard it.

import { type CompiledScenario, compileScenario } from "../compile/compile.ts";
import type { Beat, Move, Next, Scenario, Text } from "../format/schema.ts";
import { ROLES, type Role } from "../rules/catalog.ts";
import { holds } from "../runtime/conditions.ts";
import type { Context, FreeJudgement, LogEntry, NoteTag, VerdictEntry } from "../runtime/context.ts";
import { defaultNext, npcMoves, playsIn } from "../runtime/flow.ts";
import { notesVerdicts, unaskedClarify, unaskedVerdict } from "../runtime/listener-verdicts.ts";
import { type PList, push, since } from "../runtime/plist.ts";
import {
  applyChoice,
  applyEffects,
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
import { type GroupSummary, groupSummary, type OpennessPoint } from "./group-summary.ts";
import { gaveInDirection, protectChoices } from "./protect.ts";
import { type Refusal, refusal } from "./refusals.ts";
import {
  check,
  handlePending,
  handPending,
  movePending,
  RAISE_HAND,
  type SeatPending,
  TURN_PREFIX,
  turnPending,
} from "./seat-pending.ts";
import { listenerNumber, roleOfSeat, type Seat, seatPerson } from "./seats.ts";
import { type Judge, type MoveRecord, type MoveResult, Session } from "./session.ts";

export { RAISE_HAND, type SeatPending, type SeatPurpose, TURN_PREFIX } from "./seat-pending.ts";
export type { Seat } from "./seats.ts";

export interface SeatMove {
  seat: Seat;
  move: MoveRecord;
}

/** One log entry with its place in the whole log (the same for every seat). */
export interface IndexedEntry {
  i: number;
  entry: LogEntry;
}

export class MeetingError extends Error {}

export interface MeetingOptions {
  seed?: number;
  judge?: Judge;
  /**
   * The scenario compiled for the one seat's role, when a host keeps compiled scenarios: used for a
   * single seat if it is this scenario's, for that role (compiling again gives the same machine).
   */
  compiled?: CompiledScenario;
}

interface Round {
  hands: Seat[];
  passed: Set<Seat>;
  turn: Seat | null;
  closed: boolean;
}

/** What the current beat still waits for. */
interface BeatState {
  beat: Beat;
  leadOpen: boolean;
  way: Next | undefined;
  listenersOpen: Set<Seat>;
  round: Round | null;
  /** Breaches the human facilitator has still to handle, oldest first. */
  handles: { seat: Seat; speaker: string | null }[];
  /** Choices whose lines the room has heard in this beat (a second seat's same sigh gets no new answer). */
  spoken: Set<string>;
}

const SEAT_ORDER = (a: Seat, b: Seat) => {
  const rank = (s: Seat) => (s === "facilitator" ? 0 : s === "organiser" ? 1 : 1 + listenerNumber(s));
  return rank(a) - rank(b);
};

const notYours = (error: string): Refusal => ({ ok: false, code: "no-move", params: {}, error });

export class Meeting {
  readonly humanSeats: readonly Seat[];
  readonly seed: number;
  private readonly single: { session: Session; seat: Seat } | null = null;
  private readonly played: SeatMove[] = [];
  private readonly subscribers = new Set<() => void>();
  private readonly timeline: OpennessPoint[] = [];
  private readonly entries: LogEntry[] = [];
  private entriesOf: PList<LogEntry> | null = null;
  // The room, when there is more than one seat (or none).
  private readonly lead: Role;
  private readonly leadHuman: boolean;
  private readonly listeners: Seat[] = [];
  private readonly room: World;
  private readonly listenerWorld: World | null = null;
  private ctx: Context;
  private state: BeatState | null = null;
  private finished = false;
  private readonly seatNotes = new Map<Seat, Record<string, NoteTag>>();
  private readonly raised = new Set<Seat>();
  private roundOffered = false;
  private notesJudged = false;

  constructor(
    readonly scenario: Scenario,
    seats: readonly Seat[],
    private readonly options: MeetingOptions = {},
  ) {
    this.seed = options.seed ?? 0;
    const seen = new Set<Seat>();
    for (const seat of seats) {
      const role = roleOfSeat(seat);
      if (!role) throw new MeetingError(`'${seat}' is not a seat`);
      if (seen.has(seat)) throw new MeetingError(`seat '${seat}' is given twice`);
      if (!scenario.roles[role]) throw new MeetingError(`this scenario has no ${role} role (seat '${seat}')`);
      seen.add(seat);
    }
    this.humanSeats = [...seats].sort(SEAT_ORDER);
    this.lead = scenario.roles.facilitator
      ? "facilitator"
      : (ROLES.find((r) => scenario.roles[r]) ?? "facilitator");
    this.leadHuman = this.humanSeats.includes(this.lead);
    if (this.humanSeats.length === 1) {
      const seat = this.humanSeats[0] as Seat;
      const role = roleOfSeat(seat) as Role;
      const given = options.compiled;
      const compiled =
        given?.role === role && given.scenario === scenario ? given : compileScenario(scenario, role);
      const session = new Session(compiled, {
        seed: this.seed,
        ...(options.judge ? { judge: options.judge } : {}),
      });
      this.single = { session, seat };
      // The group view's openness over time, taken at every beat as in the room below.
      let beat: string | null = null;
      const sample = () => {
        const c = session.context;
        if (c.beat !== beat && c.beat !== null) this.timeline.push(point(c));
        beat = c.beat;
      };
      sample();
      session.subscribe(sample);
    }
    for (const seat of this.humanSeats) {
      const role = roleOfSeat(seat);
      if (this.single === null && role !== this.lead && role !== "listener") {
        throw new MeetingError(`the ${seat} seat can only be played alone in this scenario`);
      }
      if (role === "listener") this.listeners.push(seat);
    }
    // The room: the lead's world, without the computer's moves for roles people play.
    const base = makeWorld(scenario, this.lead);
    const human = new Set(this.humanSeats.map((s) => roleOfSeat(s)));
    this.room = {
      ...base,
      npc: new Map(
        scenario.beats.map((b) => [b.id, npcMoves(b, this.lead).filter((m) => !human.has(m.role))]),
      ),
    };
    if (scenario.roles.listener) this.listenerWorld = makeWorld(scenario, "listener");
    this.ctx = initialContext(this.room);
    if (this.single) return;
    this.travel(scenario.roles[this.lead]?.start ?? scenario.start, false);
    this.settle();
  }

  /** Builds a meeting and plays the moves; the first move that no longer fits is said, with its place. */
  static replay(
    scenario: Scenario,
    seats: readonly Seat[],
    moves: readonly SeatMove[],
    options: MeetingOptions = {},
  ): { meeting: Meeting; result: MoveResult } {
    const meeting = new Meeting(scenario, seats, options);
    for (const [i, m] of moves.entries()) {
      const result = meeting.apply(m.seat, m.move);
      if (!result.ok) {
        return {
          meeting,
          result: {
            ...result,
            error: `move ${i + 1} (${m.seat} ${JSON.stringify(m.move)}): ${result.error}`,
          },
        };
      }
    }
    return { meeting, result: { ok: true } };
  }

  get done(): boolean {
    return this.single ? this.single.session.done : this.finished;
  }

  /** The whole log, oldest first (the trainer's view). */
  log(): LogEntry[] {
    const now = this.single ? this.single.session.context.log : this.ctx.log;
    if (now !== this.entriesOf) {
      this.entries.push(...since(now, this.entriesOf));
      this.entriesOf = now;
    }
    return this.entries;
  }

  logLength(): number {
    return this.log().length;
  }

  /** Entries [from, to) this seat may see: the shared ones and its own (others' judged words hidden). */
  entriesFor(seat: Seat, from = 0, to?: number): IndexedEntry[] {
    const log = this.log();
    const end = Math.min(to ?? log.length, log.length);
    const out: IndexedEntry[] = [];
    for (let i = Math.max(0, from); i < end; i++) {
      const entry = this.visible(log[i] as LogEntry, seat);
      if (entry) out.push({ i, entry });
    }
    return out;
  }

  /** What one seat may see from `from` on, and its pending move (the workshop server's SeatView). */
  viewFor(
    seat: Seat,
    from = 0,
  ): { seat: Seat; entries: IndexedEntry[]; pending: SeatPending | null; done: boolean } {
    return { seat, entries: this.entriesFor(seat, from), pending: this.pending(seat), done: this.done };
  }

  /** Everything, and every human seat's pending move (the workshop server's TrainerView). */
  trainerView(from = 0): {
    entries: IndexedEntry[];
    pending: Record<Seat, SeatPending | null>;
    done: boolean;
  } {
    const log = this.log();
    const entries: IndexedEntry[] = [];
    for (let i = Math.max(0, from); i < log.length; i++) entries.push({ i, entry: log[i] as LogEntry });
    const pending: Record<Seat, SeatPending | null> = {};
    for (const seat of this.humanSeats) pending[seat] = this.pending(seat);
    return { entries, pending, done: this.done };
  }

  private visible(entry: LogEntry, seat: Seat): LogEntry | null {
    if (this.single) return entry;
    if (entry.seat !== undefined) return entry.seat === seat ? entry : null;
    // The lead's typed words are said to the room; the judge's reading of them is the lead's own.
    if (entry.t === "move" && entry.free && seat !== this.lead) {
      const { free, ...rest } = entry;
      return { ...rest, free: { text: free.text, label: "", confidence: 0, why: { nl: "" }, cues: [] } };
    }
    return entry;
  }

  /** The meeting as this seat sees it: its role, its notes, its entries; what buildReport takes. */
  contextFor(seat: Seat): Context {
    if (this.single) return this.single.session.context;
    let log: PList<LogEntry> | null = null;
    for (const { entry } of this.entriesFor(seat)) log = push(log, entry);
    return { ...this.ctx, role: roleOfSeat(seat) ?? this.lead, noted: this.seatNotes.get(seat) ?? {}, log };
  }

  /** Openness over time, and who broke which rule when. */
  summary(): GroupSummary {
    const seatOf = this.single ? this.single.seat : undefined;
    return groupSummary(this.humanSeats, this.log(), this.timeline, seatOf);
  }

  moves(): readonly SeatMove[] {
    return this.played;
  }

  subscribe(listener: () => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  stop(): void {
    this.single?.session.stop();
    this.subscribers.clear();
  }

  pending(seat: Seat): SeatPending | null {
    if (this.single) {
      if (seat !== this.single.seat) return null;
      const p = this.single.session.pending();
      return p ? { ...p, seat, purpose: "move" } : null;
    }
    const s = this.state;
    if (!s || !this.humanSeats.includes(seat)) return null;
    const role = roleOfSeat(seat);
    if (role === this.lead) {
      const handle = s.handles[0];
      if (handle) return handlePending(this.scenario, seat, s.beat, handle.seat, this.seed);
      if (s.leadOpen) return movePending(seat, s.beat, s.beat.moves?.[this.lead] as Move, this.seed);
      if (s.round && !s.round.closed && s.round.turn === null && this.allDecided(s.round)) {
        return turnPending(this.scenario, seat, s.beat, s.round.hands);
      }
      return null;
    }
    const move = s.beat.moves?.listener;
    if (!move) return null;
    if (s.listenersOpen.has(seat)) return movePending(seat, s.beat, move, this.seed);
    const round = s.round;
    if (!round || round.closed) return null;
    if (round.turn === seat) return movePending(seat, s.beat, move, this.seed);
    if (round.turn === null && !round.hands.includes(seat) && !round.passed.has(seat)) {
      return handPending(seat, s.beat);
    }
    return null;
  }

  apply(seat: Seat, move: MoveRecord): MoveResult {
    if (this.single) {
      if (seat !== this.single.seat) {
        return roleOfSeat(seat)
          ? notYours(`the ${seat} seat is played by the computer`)
          : notYours(`'${seat}' is not a seat`);
      }
      const result = this.single.session.apply(move);
      if (result.ok) this.accepted(seat, move);
      return result;
    }
    if (this.finished) return refusal("meeting-over");
    if (!roleOfSeat(seat)) return notYours(`'${seat}' is not a seat`);
    if (!this.humanSeats.includes(seat)) return notYours(`the ${seat} seat is played by the computer`);
    if ("note" in move) {
      const result = this.note(seat, move.note, move.tag);
      if (result.ok) this.accepted(seat, move);
      return result;
    }
    const p = this.pending(seat);
    if (!p) return notYours(`it is not ${seat}'s turn: there is no move for this seat now`);
    const result = this.dispatch(p, move);
    if (result.ok) {
      this.settle();
      this.accepted(seat, move);
    }
    return result;
  }

  private accepted(seat: Seat, move: MoveRecord): void {
    this.played.push({ seat, move });
    for (const fn of this.subscribers) fn();
  }

  private allDecided(round: Round): boolean {
    return round.hands.length + round.passed.size >= this.listeners.length;
  }

  // --- moves ---------------------------------------------------------------------------------------

  private dispatch(p: SeatPending, move: MoveRecord): MoveResult {
    const s = this.state as BeatState;
    if (p.purpose === "hand") {
      if ("wait" in move) s.round?.passed.add(p.seat);
      else if ("choose" in move && move.choose === RAISE_HAND) {
        s.round?.hands.push(p.seat);
        this.raised.add(p.seat);
      } else
        return refusal("not-a-choice", { choice: describe(move), choices: `${RAISE_HAND}, or wait to pass` });
      this.roundDecided(s);
      return { ok: true };
    }
    const wrong = check(p, move, this.options.judge !== undefined);
    if (wrong) return wrong;
    if (p.purpose === "turn") {
      if (s.round) s.round.turn = (move as { choose: string }).choose.slice(TURN_PREFIX.length);
      return { ok: true };
    }
    if (p.purpose === "handle") {
      this.handle(s, (move as { choose: string }).choose);
      return { ok: true };
    }
    if (roleOfSeat(p.seat) === this.lead) {
      this.leadMove(s, move);
      s.leadOpen = false;
      return { ok: true };
    }
    const full = s.round !== null && s.round.turn === p.seat;
    this.listenerMove(s, p.seat, move, full);
    if (full && s.round) s.round.closed = true;
    s.listenersOpen.delete(p.seat);
    return { ok: true };
  }

  private roundDecided(s: BeatState): void {
    const round = s.round;
    if (!round || !this.allDecided(round)) return;
    if (round.hands.length === 0) round.closed = true;
    else if (!(this.leadHuman && this.lead === "facilitator")) round.turn = round.hands[0] as Seat;
  }

  private judgement(words: string, role: "listener" | "facilitator"): FreeJudgement {
    const judge = this.options.judge as Judge;
    const nl = judge(words, role, "nl");
    const en = judge(words, role, "en");
    return {
      label: nl.label,
      allowed: nl.allowed,
      confidence: nl.confidence,
      why: { nl: nl.why, en: en.why },
      cues: nl.cues.map((c) => c.text),
    };
  }

  private leadMove(s: BeatState, move: MoveRecord): void {
    const beat = s.beat;
    const m = beat.moves?.[this.lead] as Move;
    const fallback = defaultNext(beat, this.lead);
    if ("choose" in move || "wait" in move) {
      const id = "choose" in move ? move.choose : m.onTimeout;
      const choice = m.choices.find((c) => c.id === id);
      if (!choice) return;
      this.ctx = this.roomStep((c) => applyChoice(c, beat.id, choice.id, this.room, "wait" in move));
      s.way = choice.next ?? fallback;
    } else if ("pick" in move) {
      this.ctx = this.roomStep((c) => applyPick(c, beat.id, move.pick, this.room));
      s.way = fallback;
    } else if ("say" in move) {
      const words = move.say.trim();
      const judgement = this.judgement(words, this.lead === "listener" ? "listener" : "facilitator");
      this.ctx = this.roomStep((c) => applySay(c, beat.id, words, judgement, this.room));
      s.way = freeTextOutcome(m, judgement.label)?.next ?? fallback;
    }
  }

  private computerLeadMove(s: BeatState, m: Move): void {
    // The loader asks for `npc` wherever the computer can make this move; without one it makes none.
    const ids = m.npc === undefined ? [] : Array.isArray(m.npc) ? m.npc : [m.npc];
    if (ids.length === 0) return;
    if (m.kind === "pick") {
      this.ctx = this.roomStep((c) => applyPick(c, s.beat.id, ids, this.room));
      return;
    }
    const choice = m.choices.find((c) => c.id === ids[0]);
    if (!choice) return;
    this.ctx = this.roomStep((c) => applyChoice(c, s.beat.id, choice.id, this.room));
    if (choice.next !== undefined) s.way = choice.next;
  }

  /**
   * A listener seat's move. Played against the room's context as the listener's role, then sorted: its
   * move, verdicts and notes become the seat's own entries; the room keeps the rest (effects, the
   * choice's lines, time) only when the move is heard: the round's question (`full`) or giving in.
   */
  private listenerMove(s: BeatState, seat: Seat, move: MoveRecord, full: boolean): void {
    const world = this.listenerWorld as World;
    const beat = s.beat;
    const m = beat.moves?.listener as Move;
    const before = this.ctx;
    // Played with the seat's own notes, so a choice that notes a line does so for this seat.
    const as: Context = { ...before, role: "listener", noted: this.seatNotes.get(seat) ?? {} };
    let after: Context = as;
    let said: Text | undefined;
    let act: Text | undefined;
    if ("choose" in move || "wait" in move) {
      const id = "choose" in move ? move.choose : m.onTimeout;
      const choice = m.choices.find((c) => c.id === id);
      if (!choice) return; // an urge with no onTimeout: the window passed and nothing happened
      after = applyChoice(as, beat.id, choice.id, world, "wait" in move);
      said = choice.say;
      act = choice.do;
    } else if ("pick" in move) after = applyPick(as, beat.id, move.pick, world);
    else if ("say" in move) {
      const words = move.say.trim();
      after = applySay(as, beat.id, words, this.judgement(words, "listener"), world);
      said = { nl: words, en: words };
    }
    const added = since(after.log, before.log);
    const phaseKind = this.room.phaseKind.get(beat.phase);
    const breach = added.some((e) => e.t === "verdict" && e.kind === "breach");
    const gaveIn = !full && breach && m.kind !== "pick" && phaseKind !== "follow-up";
    const heard = full || gaveIn;
    const moveEntry = added.find((e) => e.t === "move");
    const key = moveEntry?.t === "move" ? `${moveEntry.choices.join(",")}` : "";
    const echo = heard && (full || !s.spoken.has(key));
    if (heard) s.spoken.add(key);
    let log = before.log;
    const person = seatPerson(this.scenario, seat);
    for (const e of added) {
      if (e.t === "move") {
        log = push(log, { ...e, seat });
        if (heard) for (const shared of this.heardEntries(person, said, act, gaveIn)) log = push(log, shared);
      } else if (e.t === "verdict") log = push(log, { ...e, seat });
      else if (e.t === "note") {
        this.seatNotes.set(seat, { ...(this.seatNotes.get(seat) ?? {}), [e.line]: e.tag });
        log = push(log, { ...e, seat });
      } else if (echo) log = push(log, e);
    }
    this.ctx = heard ? { ...after, role: before.role, noted: before.noted, log } : { ...before, log };
    for (const e of added) if (e.t === "note") this.ctx.noted = roomNoted(this.ctx.noted, e.line, e.tag);
    // A computer facilitator answers only where the scenario says so (its listeners' beats, as in
    // single play); a person in the facilitator seat must handle it.
    if (gaveIn && this.lead === "facilitator" && this.leadHuman)
      s.handles.push({ seat, speaker: before.speaker });
  }

  /** What the room sees and hears of a listener seat's move: what they do, then what they say. */
  private heardEntries(
    person: { id: string; name: Text },
    said: Text | undefined,
    act: Text | undefined,
    gaveIn: boolean,
  ): LogEntry[] {
    const base = { at: this.ctx.clock, beat: this.state?.beat.id ?? "", phase: this.ctx.phase ?? "" };
    const out: LogEntry[] = [];
    if (gaveIn && (act !== undefined || said === undefined)) {
      const text = gaveInDirection(person.name, act);
      out.push({
        t: "line",
        ...base,
        speaker: person.id,
        text,
        line: { speaker: person.id, text, direction: true },
      });
    }
    if (said !== undefined)
      out.push({
        t: "line",
        ...base,
        speaker: person.id,
        text: said,
        line: { speaker: person.id, text: said },
      });
    return out;
  }

  private handle(s: BeatState, id: string): void {
    const h = s.handles.shift();
    if (!h) return;
    const name = seatPerson(this.scenario, h.seat).name;
    const choice = protectChoices(name, h.speaker).find((c) => c.id === id);
    if (!choice) return;
    const base = { at: this.ctx.clock, beat: s.beat.id, phase: this.ctx.phase ?? "" };
    let log = push(this.ctx.log, {
      t: "move",
      ...base,
      role: "facilitator",
      kind: "choose",
      choices: [choice.id],
      texts: [choice.text],
    });
    if (choice.say)
      log = push(log, {
        t: "line",
        ...base,
        speaker: "facilitator",
        text: choice.say,
        line: { speaker: "facilitator", text: choice.say },
      });
    for (const v of choice.verdicts) {
      const entry: VerdictEntry = {
        t: "verdict",
        ...base,
        rule: v.rule,
        kind: v.kind,
        weight: v.weight ?? 1,
        why: v.why,
        did: choice.text,
        auto: true,
      };
      if (v.better) entry.better = v.better;
      log = push(log, { ...entry, seat: "facilitator" });
    }
    this.ctx = applyEffects({ ...this.ctx, log }, choice.effects, this.room, s.beat.id);
  }

  private note(seat: Seat, line: string, tag: NoteTag): MoveResult {
    if (!canNote(this.ctx, line)) return refusal("not-spoken", { line });
    const mine = this.seatNotes.get(seat) ?? {};
    if (mine[line] === tag) return refusal("already-noted");
    const found = this.room.lines.get(line);
    if (!found) return refusal("not-spoken", { line });
    this.seatNotes.set(seat, { ...mine, [line]: tag });
    const entry: LogEntry = {
      t: "note",
      at: this.ctx.clock,
      beat: this.ctx.beat ?? "",
      line,
      tag,
      speaker: found.line.speaker,
      text: found.line.text,
      seat,
    };
    this.ctx = { ...this.ctx, log: push(this.ctx.log, entry), noted: roomNoted(this.ctx.noted, line, tag) };
    return { ok: true };
  }

  // --- the room's way through the beats ------------------------------------------------------------

  /**
   * One step of the room for the lead role. Its verdicts and notes are the lead seat's own when a
   * person plays it; when the computer does, they judge no one and are left out, and its moves are
   * marked as the computer's.
   */
  private roomStep(run: (c: Context) => Context): Context {
    const before = this.ctx;
    const after = run(before);
    if (after === before) return before;
    const added = since(after.log, before.log);
    let log = before.log;
    let changed = false;
    for (const e of added) {
      let out: LogEntry | null = e;
      if (e.t === "verdict" || e.t === "note") out = this.leadHuman ? { ...e, seat: this.lead } : null;
      else if (e.t === "move" && e.role === this.lead && !this.leadHuman) out = { ...e, byComputer: true };
      if (out !== e) changed = true;
      if (out) log = push(log, out);
    }
    return changed ? { ...after, log } : after;
  }

  /** Beats the room plays: the lead's, and the listeners' own when people sit as listeners. */
  private plays(beat: Beat): boolean {
    if (beat.roles === undefined || beat.roles.includes(this.lead)) return true;
    if (!beat.roles.includes("listener") || this.listeners.length === 0) return false;
    // A listeners' beat without a listener move is the scenario's facilitator answering a scripted
    // breach; a human facilitator answers human breaches through the handling move instead.
    return beat.moves?.listener !== undefined || !this.leadHuman;
  }

  private resolve(next: Next): string | null {
    if (typeof next === "string") return next;
    for (const b of next) if (b.when === undefined || holds(b.when, this.ctx)) return b.to;
    return null;
  }

  private travel(first: Next | undefined, firstEnds: boolean): void {
    let next = first;
    let ends = firstEnds;
    for (let hops = 0; hops <= this.scenario.beats.length; hops++) {
      const to = ends || next === undefined ? null : this.resolve(next);
      const beat = to === null ? undefined : this.room.beats.get(to);
      if (!beat) break;
      if (!this.plays(beat)) {
        next = beat.next;
        ends = beat.end === true;
        continue;
      }
      this.enter(beat);
      return;
    }
    this.end();
  }

  private enter(beat: Beat): void {
    this.ctx = this.roomStep((c) => enterBeat(c, beat.id, this.room));
    this.timeline.push(point(this.ctx));
    this.judgeSeatNotes();
    const leadMove = playsIn(beat, this.lead) ? beat.moves?.[this.lead] : undefined;
    const lm = this.listeners.length > 0 && playsIn(beat, "listener") ? beat.moves?.listener : undefined;
    const isRound =
      lm !== undefined && lm.kind !== "urge" && this.room.phaseKind.get(beat.phase) === "listeners-round";
    if (isRound && lm && offersClarifying(lm)) this.roundOffered = true;
    const s: BeatState = {
      beat,
      leadOpen: leadMove !== undefined && this.leadHuman,
      way: defaultNext(beat, this.lead),
      listenersOpen: new Set(lm && !isRound ? this.listeners : []),
      round: isRound ? { hands: [], passed: new Set(), turn: null, closed: false } : null,
      handles: [],
      spoken: new Set(),
    };
    this.state = s;
    if (leadMove && !this.leadHuman) this.computerLeadMove(s, leadMove);
  }

  private complete(s: BeatState): boolean {
    return (
      !s.leadOpen &&
      s.listenersOpen.size === 0 &&
      s.handles.length === 0 &&
      (s.round === null || s.round.closed)
    );
  }

  /** Goes on through every beat that waits for no one. */
  private settle(): void {
    while (this.state && this.complete(this.state)) {
      const s = this.state;
      this.state = null;
      this.travel(s.way, s.beat.end === true);
    }
  }

  private end(): void {
    this.ctx = this.roomStep((c) => finish(c, this.room));
    this.judgeSeatNotes();
    this.state = null;
    this.finished = true;
  }

  /** L-NOTES and an unasked L-CLARIFY for each listener seat, once, when the room judges notes. */
  private judgeSeatNotes(): void {
    const world = this.listenerWorld;
    if (this.notesJudged || !this.ctx.judged.notes || !world) return;
    this.notesJudged = true;
    let log = this.ctx.log;
    for (const seat of this.listeners) {
      const own = this.contextFor(seat);
      const asked = this.raised.has(seat)
        ? unaskedVerdict(own, world)
        : this.roundOffered
          ? unaskedClarify()
          : null;
      for (const v of [...notesVerdicts(own, world), ...(asked ? [asked] : [])]) {
        const entry: VerdictEntry = {
          t: "verdict",
          at: this.ctx.clock,
          beat: this.ctx.beat ?? "",
          phase: this.ctx.phase ?? "",
          rule: v.rule,
          kind: v.kind,
          weight: v.weight ?? 1,
          why: v.why,
          auto: true,
        };
        if (v.better) entry.better = v.better;
        log = push(log, { ...entry, seat });
      }
    }
    this.ctx = { ...this.ctx, log };
  }
}

/**
 * The room's notes, for a scenario's `noted` conditions: a line counts as noted once anyone noted it
 * (with the first tag given). Each seat's own notes are kept apart for its notes and report.
 */
function roomNoted(noted: Context["noted"], line: string, tag: NoteTag): Context["noted"] {
  return noted[line] === undefined ? { ...noted, [line]: tag } : noted;
}

function point(c: Context): OpennessPoint {
  const people: Record<string, number> = {};
  for (const [id, p] of Object.entries(c.people)) people[id] = p.openness;
  return { at: c.clock, beat: c.beat ?? "", people };
}

function offersClarifying(m: Move): boolean {
  return (
    m.choices.some((c) => c.label === "clarifying") ||
    (m.freeText ? "clarifying" in m.freeText.outcomes : false)
  );
}

const describe = (m: MoveRecord) => JSON.stringify(m);
