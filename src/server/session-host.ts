// The MeetingHost over today's single-seat engine: one human seat (the facilitator, the organiser, or
// one listener) and the computer playing every other role, exactly as in single play. With more than
// one human seat it refuses to start, saying so: that needs the multi-seat engine.
import type { LogEntry } from "../engine/runtime/context.ts";
import { type PList, since } from "../engine/runtime/plist.ts";
import { defaultJudge } from "../engine/session/default-judge.ts";
import { refusal } from "../engine/session/refusals.ts";
import { type Judge, type MoveRecord, type MoveResult, Session } from "../engine/session/session.ts";
import type {
  HostFactory,
  HostInputs,
  IndexedEntry,
  MeetingHost,
  Seat,
  SeatView,
  TrainerView,
} from "./meeting-host.ts";
import { roleOfSeat } from "./meeting-host.ts";
import { compileCached, loadCached } from "./scenario-cache.ts";

export function sessionHostFactory(judge: Judge = defaultJudge): HostFactory {
  return (inputs: HostInputs) => {
    if (inputs.humanSeats.length !== 1) {
      return {
        ok: false,
        error:
          inputs.humanSeats.length === 0
            ? "seat at least one player before starting"
            : "this server plays one human seat per meeting (the multi-seat engine is not there yet): seat one player",
      };
    }
    const seat = inputs.humanSeats[0] as Seat;
    const role = roleOfSeat(seat);
    if (!role) return { ok: false, error: `'${seat}' is not a seat` };
    const scenario = loadCached(inputs.scenarioText);
    if (!scenario) return { ok: false, error: "the scenario does not pass the checks" };
    if (!(role in scenario.roles)) return { ok: false, error: `this scenario has no ${role} role` };
    const session = new Session(compileCached(inputs.scenarioText, scenario, role), {
      seed: inputs.seed,
      judge,
    });
    return { ok: true, host: new SessionHost(session, seat) };
  };
}

export class SessionHost implements MeetingHost {
  readonly humanSeats: readonly Seat[];
  private readonly played: { seat: Seat; move: MoveRecord }[] = [];
  /** The log as an array, extended as the session's log grows (Session.log() copies it whole each time). */
  private readonly entries: LogEntry[] = [];
  private entriesOf: PList<LogEntry> | null = null;

  constructor(
    private readonly session: Session,
    private readonly seat: Seat,
  ) {
    this.humanSeats = [seat];
  }

  get seed(): number {
    return this.session.seed;
  }

  get done(): boolean {
    return this.session.done;
  }

  logLength(): number {
    return this.log().length;
  }

  private log(): LogEntry[] {
    const now = this.session.context.log;
    if (now !== this.entriesOf) {
      this.entries.push(...since(now, this.entriesOf));
      this.entriesOf = now;
    }
    return this.entries;
  }

  pending(seat: Seat) {
    return seat === this.seat ? this.session.pending() : null;
  }

  apply(seat: Seat, move: MoveRecord): MoveResult {
    if (seat !== this.seat) return refusal("computer-seat", { seat });
    const result = this.session.apply(move);
    if (result.ok) this.played.push({ seat, move });
    return result;
  }

  entriesFor(seat: Seat, from: number, to?: number): IndexedEntry[] {
    const log = this.log();
    const end = Math.min(to ?? log.length, log.length);
    const out: IndexedEntry[] = [];
    for (let i = Math.max(0, from); i < end; i++) {
      const entry = visibleTo(log[i] as LogEntry, seat === this.seat || seat === TRAINER);
      if (entry) out.push({ i, entry });
    }
    return out;
  }

  viewFor(seat: Seat, from = 0): SeatView {
    return { seat, entries: this.entriesFor(seat, from), pending: this.pending(seat), done: this.done };
  }

  trainerView(from = 0): TrainerView {
    return {
      entries: this.entriesFor(TRAINER, from),
      pending: { [this.seat]: this.pending(this.seat) },
      done: this.done,
    };
  }

  moves() {
    return this.played;
  }

  stop(): void {
    this.session.stop();
  }
}

/** Not a seat: whoever may see every entry. */
export const TRAINER = "\0trainer";

/**
 * What a seat sees of an entry. Lines, phases and what was said are the room's; verdicts, notes and the
 * judge's reading of typed words belong to the seat that made them (and the trainer).
 */
function visibleTo(entry: LogEntry, own: boolean): LogEntry | null {
  if (own) return entry;
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
