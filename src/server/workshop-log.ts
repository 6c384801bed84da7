// The durable log of a workshop: written before anything is acknowledged, read back to rebuild a room.
// A header (scenario text once, with its hash; the seed; secrets only as hashes) and an ordered list of
// events. The (seat, move) events in order, with the scenario, seats and seed, replay the meeting.
import type { MoveRecord } from "../engine/session/session.ts";
import type { FollowUpAction } from "../engine/session/team-follow-up.ts";
import type { Seat } from "./meeting-host.ts";

export interface WorkshopHeader {
  code: string;
  scenarioId: string | null;
  scenarioHash: string;
  scenarioText: string;
  seed: number;
  listenerSeats: number;
  trainerKeyHash: string;
  allowPick: boolean;
  createdAt: number;
}

export type WorkshopEvent =
  | { k: "join"; player: string; name: string; keyHash: string }
  | { k: "remove"; player: string }
  | { k: "seat"; player: string; seat: Seat | null }
  | { k: "start"; seats: Record<Seat, string>; time?: number }
  | { k: "move"; seat: Seat; move: MoveRecord; at: number }
  | { k: "pause" }
  | { k: "resume" }
  | { k: "end"; time?: number }
  /** Every seat's player at once (the trainer rotated the seats in the lobby). */
  | { k: "seats"; seats: Record<Seat, string> }
  /**
   * The meeting before it is over and kept; the room is back in the lobby with these seats, and the
   * next `start` plays a fresh meeting from this seed. Moves after it belong to the new round.
   * `endedAt`: when the meeting before ended (a meeting that ran out logs no end of its own).
   */
  | { k: "round"; seed: number; seats: Record<Seat, string>; time: number; endedAt: number }
  /** An accepted step of the team's follow-up: a seat's (with the name it had) or the trainer's (null). */
  | { k: "follow-up"; seat: Seat | null; name: string; action: FollowUpAction };

export interface WorkshopRecord {
  header: WorkshopHeader;
  events: WorkshopEvent[];
}

export interface WorkshopLog {
  readonly kind: "sqlite" | "redis" | "memory";
  /** Starts the log of a new workshop; refuses a code already in use. */
  create(header: WorkshopHeader): Promise<void>;
  /** Appends one event; resolves once it is durable. Appends of one room are kept in call order. */
  append(code: string, event: WorkshopEvent): Promise<void>;
  read(code: string): Promise<WorkshopRecord | null>;
  close(): Promise<void>;
}

/** For tests that do not exercise durability. */
export class MemoryLog implements WorkshopLog {
  readonly kind = "memory";
  private readonly records = new Map<string, WorkshopRecord>();

  async create(header: WorkshopHeader): Promise<void> {
    if (this.records.has(header.code)) throw new Error(`workshop ${header.code} exists`);
    this.records.set(header.code, { header, events: [] });
  }

  async append(code: string, event: WorkshopEvent): Promise<void> {
    const record = this.records.get(code);
    if (!record) throw new Error(`no workshop ${code}`);
    record.events.push(structuredClone(event));
  }

  async read(code: string): Promise<WorkshopRecord | null> {
    const record = this.records.get(code);
    return record ? structuredClone(record) : null;
  }

  async close(): Promise<void> {}
}
