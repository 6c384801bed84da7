// The workshop server's HTTP routes and its rooms, as the browser reaches them. colyseus.js is imported
// here on demand only: this module is itself loaded only when Workshop or Join is opened, so the game's
// start-up bundle carries none of it.
import type { LogEntry } from "../../engine/runtime/context.ts";
import type { MoreTime } from "../../engine/runtime/more-time.ts";
import type { PendingMove } from "../../engine/session/session.ts";

/** What the screens need of a Colyseus room: messages in, messages out, and its end. */
export interface WorkshopRoom {
  onMessage(type: string, fn: (body: never) => void): void;
  send(type: string, body?: unknown): void;
  onLeave(fn: (code: number) => void): void;
  leave(consented?: boolean): Promise<unknown>;
}

export type Status = "lobby" | "running" | "paused" | "ended";
export interface LobbyPlayer {
  player: string;
  name: string;
  seat: string | null;
  connected: boolean;
  /** The player's "more time to choose" setting: in the trainer's lobby only. */
  moreTime?: MoreTime;
}
export interface Welcome {
  code: string;
  /**
   * `title` is the scenario's Dutch title; a client with the scenario shows its own language's. A
   * bundled scenario comes by `id`; a trainer's own file (id null) as its `text`, checked by the server.
   */
  scenario: { id: string | null; title: string; text?: string };
  seats: string[];
  allowPick: boolean;
  status: Status;
  you: { trainer: true } | { player: string; name: string; seat: string | null };
  playerKey?: string;
  /** The round (1, 2, …): the trainer may play the next round in the same room, seats rotated. */
  round?: number;
}
export interface Lobby {
  status: Status;
  seats: string[];
  players: LobbyPlayer[];
  round?: number;
}
export interface StatusMessage {
  status: Status;
  position: number;
  done: boolean;
  /** A new round's entries are counted from 0 again: a client starts its count anew. */
  round?: number;
}
export interface IndexedEntry {
  i: number;
  entry: LogEntry;
}
export interface Turn {
  pending: PendingMove | null;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; code: string };

async function post<T>(path: string, body: unknown): Promise<Answer<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, code: "network" };
  }
  let json: Record<string, unknown> = {};
  try {
    json = (await res.json()) as Record<string, unknown>;
  } catch {
    // A page without the workshop server (plain `vite`) answers with HTML or nothing.
    return { ok: false, code: "network" };
  }
  if (!res.ok) return { ok: false, code: typeof json.code === "string" ? json.code : "server-error" };
  return { ok: true, value: json as T };
}

export interface Created {
  code: string;
  trainerKey: string;
  roomId: string;
}

export function createWorkshop(body: {
  scenarioId?: string;
  scenarioText?: string;
  listeners: number;
  allowPick: boolean;
}): Promise<Answer<Created>> {
  return post<Created>("/workshop/api/create", body);
}

/** Joins (a new player with a name, a player coming back with their key, or the trainer) and connects. */
export async function joinWorkshop(
  body:
    | { code: string; name: string; moreTime?: MoreTime }
    | { code: string; playerKey: string; moreTime?: MoreTime }
    | { code: string; trainerKey: string },
): Promise<Answer<WorkshopRoom>> {
  const reservation = await post<unknown>("/workshop/api/join", body);
  if (!reservation.ok) return reservation;
  try {
    const { Client } = await import("colyseus.js");
    const room = await new Client(location.origin).consumeSeatReservation(reservation.value as never);
    return { ok: true, value: room as unknown as WorkshopRoom };
  } catch {
    return { ok: false, code: "cannot-join" };
  }
}
