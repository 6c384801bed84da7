// What a workshop room needs from the engine, in the engine's own terms. The room (transport, seats,
// pacing, durable log) only talks to this interface; its implementation is multi-seat-host.ts over
// the multi-seat Meeting (one seat of which is single play).
import type { Context, LogEntry } from "../engine/runtime/context.ts";
import type { GroupSummary } from "../engine/session/group-summary.ts";
import type { SeatPending } from "../engine/session/meeting.ts";
import type { MoveRecord, MoveResult } from "../engine/session/session.ts";

/** A seat's pending move: the engine's PendingMove with the seat and its `purpose`. */
type PendingMove = SeatPending;

/** Not a seat: whoever may see every entry (the trainer). */
export const TRAINER = "\0trainer";

/** "facilitator", "organiser", or "listener-1" … "listener-20". A seat nobody takes is the computer's. */
export type Seat = string;

/** One entry of the meeting's log, with its position in the whole log (the same for every seat). */
export interface IndexedEntry {
  i: number;
  entry: LogEntry;
}

/** What one seat may see: the shared lines, and only its own pending move, verdicts and notes. */
export interface SeatView {
  seat: Seat;
  entries: IndexedEntry[];
  pending: PendingMove | null;
  done: boolean;
}

/** The trainer sees everything, seat by seat. */
export interface TrainerView {
  entries: IndexedEntry[];
  pending: Record<Seat, PendingMove | null>;
  done: boolean;
}

export interface MeetingHost {
  /** The seats played by people in this meeting, fixed when it starts; every other role is the computer's. */
  readonly humanSeats: readonly Seat[];
  readonly seed: number;
  /** How many log entries there are now (entries only ever get appended). */
  logLength(): number;
  /** The move this seat may make now, or null when it is not this seat's turn. */
  pending(seat: Seat): PendingMove | null;
  /** Plays one move for a seat. Refuses (with a reason) a move of a seat that may not move now. */
  apply(seat: Seat, move: MoveRecord): MoveResult;
  /** Log entries [from, to) as this seat may see them (others' private entries left out). */
  entriesFor(seat: Seat, from: number, to?: number): IndexedEntry[];
  viewFor(seat: Seat, from?: number): SeatView;
  trainerView(from?: number): TrainerView;
  /** The (seat, move) list so far, in order: with the scenario, the seats and the seed it replays the meeting. */
  moves(): readonly { seat: Seat; move: MoveRecord }[];
  readonly done: boolean;
  /** The meeting as this seat saw it (its role, notes, entries): what buildReport takes. */
  contextFor(seat: Seat): Context;
  /** The group's view: openness over time, who broke which rule when. */
  summary(): GroupSummary;
  stop(): void;
}

/** Everything a host is built from; the same inputs build the same meeting. */
export interface HostInputs {
  scenarioText: string;
  humanSeats: readonly Seat[];
  seed: number;
}

export type HostFactory = (
  inputs: HostInputs,
) => { ok: true; host: MeetingHost } | { ok: false; error: string };

export const MAX_LISTENER_SEATS = 20;

/** The seats a scenario offers: one per role, listeners numbered. */
export function seatsOf(roles: readonly string[], listeners: number): Seat[] {
  const seats: Seat[] = [];
  if (roles.includes("facilitator")) seats.push("facilitator");
  if (roles.includes("organiser")) seats.push("organiser");
  if (roles.includes("listener")) {
    const n = Math.max(1, Math.min(MAX_LISTENER_SEATS, Math.floor(listeners)));
    for (let k = 1; k <= n; k++) seats.push(`listener-${k}`);
  }
  return seats;
}

/** The engine's role for a seat. */
export function roleOfSeat(seat: Seat): "facilitator" | "listener" | "organiser" | undefined {
  if (seat === "facilitator" || seat === "organiser") return seat;
  return /^listener-([1-9]|1[0-9]|20)$/.test(seat) ? "listener" : undefined;
}
