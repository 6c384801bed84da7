// Workshop test clients: colyseus.js rooms that record every message they receive, and helpers to wait
// for one. A real server on port 0 (or a URL of one started elsewhere).
import { Client, type Room } from "colyseus.js";
import type { MoveRecord, PendingMove } from "../../src/engine/session/session.ts";
import type { IndexedEntry } from "../../src/server/meeting-host.ts";

export interface Received {
  type: string | number;
  body: unknown;
}

export class Player {
  readonly received: Received[] = [];
  /** Every entry seen, by index (catch-ups and releases alike). */
  readonly seen = new Map<number, IndexedEntry>();
  pending: PendingMove | null = null;
  playerKey: string | undefined;
  playerId: string | undefined;
  private waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  closed: number | undefined;

  constructor(public room: Room) {
    this.attach(room);
    everyone.push(this);
  }

  attach(room: Room): void {
    this.room = room;
    this.closed = undefined;
    room.onMessage("*", (type, body) => {
      const r = { type, body };
      this.received.push(r);
      if (type === "entries")
        for (const e of (body as { entries: IndexedEntry[] }).entries) this.seen.set(e.i, e);
      if (type === "turn") this.pending = (body as { pending: PendingMove | null }).pending;
      if (type === "welcome") {
        const w = body as { playerKey?: string; you: { player?: string } };
        if (w.playerKey) this.playerKey = w.playerKey;
        if (w.you.player) this.playerId = w.you.player;
      }
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(r)) return true;
        w.resolve(r);
        return false;
      });
    });
    room.onLeave((code) => {
      this.closed = code;
    });
  }

  /** The next message (already received after `from`, or still to come) that passes the test. */
  waitFor(test: (r: Received) => boolean, ms = 5000, from = 0): Promise<Received> {
    const done = this.received.slice(from).find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting; last: ${JSON.stringify(this.received.slice(-3))}`)),
        ms,
      );
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  waitType(type: string, ms = 5000, from = this.received.length): Promise<Received> {
    return this.waitFor((r) => r.type === type, ms, from);
  }

  /** Sends and waits for the answer: the ack or refusal with this ref. */
  async move(move: MoveRecord, ref = nextRef++): Promise<Received> {
    const from = this.received.length;
    this.room.send("move", { move, ref });
    const answer = await this.waitFor(
      (r) => (r.type === "ack" || r.type === "refused") && (r.body as { ref?: number }).ref === ref,
      5000,
      from,
    );
    // After an acknowledged move the seat's turn is over (the server says so right after the ack).
    if (answer.type === "ack" && !("note" in move)) this.pending = null;
    return answer;
  }

  /** Sends a message the server is expected to refuse; resolves with the refusal. */
  async refused(type: string, body?: unknown): Promise<Received> {
    const from = this.received.length;
    this.room.send(type, body);
    return this.waitFor(
      (r) => r.type === "refused" && (r.body as { type?: string }).type === type,
      3000,
      from,
    );
  }

  /** Every message received, as one JSON text: for asserting what never reached this client. */
  transcriptText(): string {
    return JSON.stringify(this.received);
  }

  async waitTurn(ms = 5000): Promise<PendingMove> {
    if (this.pending) return this.pending;
    const r = await this.waitFor(
      (x) => x.type === "turn" && (x.body as { pending: unknown }).pending !== null,
      ms,
      this.received.length,
    );
    return (r.body as { pending: PendingMove }).pending;
  }
}

let nextRef = 1;
const everyone: Player[] = [];

/** Every test client leaves (consented), so the server closes without waiting on dropped connections. */
export async function leaveAll(): Promise<void> {
  const open = everyone.splice(0).filter((p) => p.closed === undefined);
  await Promise.all(open.map((p) => Promise.race([p.room.leave(true).catch(() => undefined), sleep(1000)])));
}

/** A move that fits what is asked: the first choice, or the first `min` options. */
export function firstMove(p: PendingMove): MoveRecord {
  if (p.kind === "pick") return { pick: p.choices.slice(0, p.min).map((c) => c.id) };
  return { choose: (p.choices[0] as { id: string }).id };
}

export async function post(
  url: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function createWorkshop(url: string, body: Record<string, unknown> = {}) {
  const r = await post(url, "/workshop/api/create", { scenarioId: "wijkteam-zuiderveld", seed: 7, ...body });
  if (r.status !== 201) throw new Error(`create: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as { code: string; trainerKey: string; roomId: string };
}

export async function join(url: string, body: Record<string, unknown>): Promise<Player> {
  const r = await post(url, "/workshop/api/join", body);
  if (r.status !== 200) throw new Error(`join: ${r.status} ${JSON.stringify(r.json)}`);
  const room = await new Client(url).consumeSeatReservation(r.json as never);
  const player = new Player(room);
  await player.waitType("welcome", 5000, 0);
  return player;
}

export async function rejoin(url: string, player: Player, body: Record<string, unknown>): Promise<void> {
  const r = await post(url, "/workshop/api/join", body);
  if (r.status !== 200) throw new Error(`rejoin: ${r.status} ${JSON.stringify(r.json)}`);
  const room = await new Client(url).consumeSeatReservation(r.json as never);
  player.attach(room);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
