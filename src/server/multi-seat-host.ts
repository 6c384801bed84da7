// The MeetingHost over the multi-seat engine (session/meeting.ts): a facilitator seat and up to 20
// listener seats played by people, the computer playing every seat nobody took. With one seat the
// Meeting is single play of that seat's role, byte for byte, so this is the room's only host.
import type { LogEntry } from "../engine/runtime/context.ts";
import { defaultJudge } from "../engine/session/default-judge.ts";
import { Meeting, MeetingError } from "../engine/session/meeting.ts";
import type { Judge } from "../engine/session/session.ts";
import {
  type HostFactory,
  type HostInputs,
  type IndexedEntry,
  type MeetingHost,
  roleOfSeat,
  type Seat,
  TRAINER,
} from "./meeting-host.ts";
import { compileCached, loadCached } from "./scenario-cache.ts";

export function meetingHostFactory(judge: Judge = defaultJudge): HostFactory {
  return (inputs: HostInputs) => {
    if (inputs.humanSeats.length === 0)
      return { ok: false, error: "seat at least one player before starting" };
    const scenario = loadCached(inputs.scenarioText);
    if (!scenario) return { ok: false, error: "the scenario does not pass the checks" };
    // One seat plays the compiled scenario of its role: the cache spares compiling it per room.
    const only = inputs.humanSeats.length === 1 ? roleOfSeat(inputs.humanSeats[0] as Seat) : undefined;
    const compiled =
      only && only in scenario.roles ? compileCached(inputs.scenarioText, scenario, only) : undefined;
    try {
      const meeting = new Meeting(scenario, inputs.humanSeats, {
        seed: inputs.seed,
        judge,
        ...(compiled ? { compiled } : {}),
      });
      return { ok: true, host: new MultiSeatHost(meeting) };
    } catch (e) {
      if (e instanceof MeetingError) return { ok: false, error: e.message };
      throw e;
    }
  };
}

/**
 * The Meeting as the room needs it. The Meeting's own entriesFor is per seat; the room also asks for
 * the trainer (everything) and, in single play, for followers without a seat, whose log entries carry
 * no `seat` (single play's log is Session's): for them the one seat's verdicts and notes stay private.
 */
export class MultiSeatHost implements MeetingHost {
  constructor(readonly meeting: Meeting) {}

  get humanSeats() {
    return this.meeting.humanSeats;
  }
  get seed() {
    return this.meeting.seed;
  }
  get done() {
    return this.meeting.done;
  }
  logLength() {
    return this.meeting.logLength();
  }
  pending(seat: Seat) {
    return this.meeting.pending(seat);
  }
  apply(seat: Seat, move: Parameters<Meeting["apply"]>[1]) {
    return this.meeting.apply(seat, move);
  }
  moves() {
    return this.meeting.moves();
  }
  contextFor(seat: Seat) {
    return this.meeting.contextFor(seat);
  }
  summary() {
    return this.meeting.summary();
  }
  stop() {
    this.meeting.stop();
  }

  entriesFor(seat: Seat, from: number, to?: number): IndexedEntry[] {
    const single = this.meeting.humanSeats.length === 1 ? this.meeting.humanSeats[0] : undefined;
    if (seat !== TRAINER && single === undefined) return this.meeting.entriesFor(seat, from, to);
    const log = this.meeting.log();
    const end = Math.min(to ?? log.length, log.length);
    const out: IndexedEntry[] = [];
    for (let i = Math.max(0, from); i < end; i++) {
      const entry = seat === TRAINER || seat === single ? log[i] : sharedPart(log[i] as LogEntry);
      if (entry) out.push({ i, entry });
    }
    return out;
  }

  viewFor(seat: Seat, from = 0) {
    return { seat, entries: this.entriesFor(seat, from), pending: this.pending(seat), done: this.done };
  }

  trainerView(from = 0) {
    return { ...this.meeting.trainerView(from), entries: this.entriesFor(TRAINER, from) };
  }
}

/**
 * What someone other than the one seat of single play sees of an entry: lines, phases and what was
 * said are the room's; verdicts, notes and the judge's reading of typed words are the seat's own.
 */
function sharedPart(entry: LogEntry): LogEntry | null {
  switch (entry.t) {
    case "phase":
    case "line":
      return entry;
    case "move": {
      if (!entry.free) return entry;
      const { free, ...rest } = entry;
      return { ...rest, free: { text: free.text, label: "", confidence: 0, why: { nl: "" }, cues: [] } };
    }
    default:
      return null;
  }
}
