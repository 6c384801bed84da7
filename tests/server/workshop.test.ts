// The workshop server end to end: a real server on port 0, colyseus.js clients, one human seat.
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PendingMove } from "../../src/engine/session/session.ts";
import { CODE_ALPHABET } from "../../src/server/join-code.ts";
import { TRAINER } from "../../src/server/meeting-host.ts";
import { meetingHostFactory } from "../../src/server/multi-seat-host.ts";
import { scaledClock } from "../../src/server/pacing.ts";
import { MemoryLog, type WorkshopEvent } from "../../src/server/workshop-log.ts";
import { matchMaker, type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, firstMove, join, leaveAll, type Player, post, rejoin, sleep } from "./harness.ts";

/** A log whose appends can be held back, to see that nothing is acknowledged before it is durable. */
class HeldLog extends MemoryLog {
  hold: Promise<void> | undefined;
  readonly order: string[] = [];
  override async append(code: string, event: WorkshopEvent): Promise<void> {
    if (this.hold && event.k === "move") await this.hold;
    await super.append(code, event);
    if (event.k === "move") this.order.push("logged");
  }
}

let server: RunningServer;
const log = new HeldLog();
const serverErrors: unknown[][] = [];

beforeAll(async () => {
  server = await startWorkshopServer({
    game: "none",
    log,
    clock: scaledClock(0.005),
    joinAttemptsPerMinute: 5,
    createsPerMinute: 200,
    trustProxy: true,
    logger: { debug() {}, info() {}, warn() {}, error: (...a: unknown[]) => serverErrors.push(a) },
  });
});

afterAll(async () => {
  await leaveAll();
  const t0 = Date.now();
  await server?.close();
  if (Date.now() - t0 > 3000) throw new Error(`closing took ${Date.now() - t0} ms`);
});

/** A trainer, and players by name; the first one seated as facilitator; the meeting started. */
async function meeting(names: string[], seat = "facilitator") {
  const w = await createWorkshop(server.url);
  const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
  const players: Player[] = [];
  for (const name of names) players.push(await join(server.url, { code: w.code, name }));
  const first = players[0] as Player;
  trainer.room.send("assign", { player: first.playerId, seat });
  await trainer.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes(`"seat":"${seat}"`));
  trainer.room.send("start");
  await trainer.waitType("status", 5000, 0);
  return { w, trainer, players, first };
}

describe("joining", () => {
  it("gives a readable code with at least 30 bits and a trainer key", async () => {
    const w = await createWorkshop(server.url);
    expect(w.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`));
    expect(8 * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(30);
    expect(w.trainerKey.length).toBeGreaterThanOrEqual(40);
  });

  it("joins by code typed loosely, refuses a wrong code, then limits wrong attempts per address", async () => {
    const w = await createWorkshop(server.url);
    const p = await join(server.url, { code: ` ${w.code.toLowerCase().replace("-", " ")} `, name: "Anna" });
    expect(p.playerId).toMatch(/^p\d+$/);
    const statuses: number[] = [];
    // One address (as told by the trusted proxy) tries codes; the others are not held back by it.
    const from = { "x-real-ip": "203.0.113.9" };
    for (let k = 0; k < 7; k++)
      statuses.push(
        (await post(server.url, "/workshop/api/join", { code: "AAAA-AAAA", name: "X" }, from)).status,
      );
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await post(server.url, "/workshop/api/join", { code: w.code, name: "Bob" }, from);
    expect(limited.json.error).toMatch(/too many wrong codes/);
    expect(limited.json.code).toBe("too-many-codes");
    expect((await post(server.url, "/workshop/api/join", { code: w.code, name: "Bob" })).status).toBe(200);
  });

  it("refuses a custom scenario that fails the checks, or is too large, with the reasons", async () => {
    const bad = await post(server.url, "/workshop/api/create", { scenarioText: '{"id": 3}' });
    expect(bad.status).toBe(422);
    expect((bad.json.problems as unknown[]).length).toBeGreaterThan(0);
    const big = await post(server.url, "/workshop/api/create", { scenarioText: "x".repeat(600 * 1024) });
    expect(big.status).toBe(413);
    const none = await post(server.url, "/workshop/api/create", { scenarioId: "nope" });
    expect(none.json.error).toMatch(/no bundled scenario/);
  });

  it("refuses Colyseus' own create and join routes, so codes are only tried through the counted route", async () => {
    const r = await post(server.url, "/matchmake/joinOrCreate/workshop", { code: "AAAA-AAAA" });
    expect(r.status).toBe(403);
    await expect(new Client(server.url).create("workshop", {})).rejects.toThrow();
  });

  it("refuses a name that is empty or too long", async () => {
    const w = await createWorkshop(server.url);
    const r = await post(server.url, "/workshop/api/join", { code: w.code, name: "x".repeat(41) });
    expect(r.status).toBe(400);
    expect(String(r.json.error)).toMatch(/a name is 1 to 40 characters/);
    expect((await post(server.url, "/workshop/api/join", { code: w.code, name: " \u200b " })).status).toBe(
      400,
    );
  });
});

describe("who may come in", () => {
  it("refuses a wrong trainer key when the client connects", async () => {
    const w = await createWorkshop(server.url);
    await expect(join(server.url, { code: w.code, trainerKey: "not-the-key" })).rejects.toThrow(
      /wrong trainer key/,
    );
  });

  it("takes at most 24 players in a room", async () => {
    const w = await createWorkshop(server.url);
    const joins = await Promise.allSettled(
      Array.from({ length: 25 }, (_, k) => join(server.url, { code: w.code, name: `P${k}` })),
    );
    expect(joins.filter((j) => j.status === "fulfilled")).toHaveLength(24);
    const refused = joins.find((j) => j.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/full \(24 players\)/);
  });
});

describe("seats, turns and controls", () => {
  it("plays the seated player's moves and refuses others' with a reason", async () => {
    const { trainer, players, first } = await meeting(["Anna", "Bob"]);
    const bob = players[1] as Player;
    const pending = await first.waitTurn();
    // Bob has no seat; the trainer has none either.
    expect((await bob.move(firstMove(pending))).body).toMatchObject({
      code: "no-seat",
      reason: "you have no seat",
    });
    expect((await trainer.move(firstMove(pending))).type).toBe("refused");
    const ack = await first.move(firstMove(pending));
    expect(ack.type).toBe("ack");
    // The move entry reaches every client, Bob included.
    await bob.waitFor((r) => r.type === "entries" && JSON.stringify(r.body).includes('"t":"move"'));
    // A second move for the same turn is refused: it is no longer this seat's turn, or the lines are still coming.
    const again = await first.move(firstMove(pending));
    expect(again.type).toBe("refused");
  });

  it("lets an unanswered urge pass when its window is over, as the listener holding back", async () => {
    const { trainer, first } = await meeting(["Lena"], "listener-1");
    let pending = await first.waitTurn();
    for (let k = 0; k < 40 && pending.kind !== "urge"; k++) {
      expect((await first.move(firstMove(pending))).type).toBe("ack");
      pending = await first.waitTurn();
    }
    expect(pending.kind).toBe("urge");
    // No answer: the server closes the turn and the timed-out move reaches everyone.
    await first.waitFor(
      (r) => r.type === "turn" && (r.body as { pending: unknown }).pending === null,
      5000,
      0,
    );
    await trainer.waitFor(
      (r) =>
        r.type === "entries" &&
        (r.body as { entries: { entry: { t: string; beat?: string; timedOut?: boolean } }[] }).entries.some(
          (e) => e.entry.t === "move" && e.entry.beat === pending.beat && e.entry.timedOut === true,
        ),
    );
  });

  it("does not give an urge a new window when the listener takes notes during it", async () => {
    const { first } = await meeting(["Lena"], "listener-1");
    let pending = await first.waitTurn();
    for (let k = 0; k < 40 && pending.kind !== "urge"; k++) {
      expect((await first.move(firstMove(pending))).type).toBe("ack");
      pending = await first.waitTurn();
    }
    const line = [...first.seen.values()].map((e) => e.entry).find((e) => e.t === "line" && e.line?.id);
    const lineId = line?.t === "line" ? (line.line?.id as string) : "";
    expect(lineId).not.toBe("");
    // From the urge's own turn message (it may expire while this test is still looking for a line).
    const from = first.received.findLastIndex(
      (r) => r.type === "turn" && (r.body as { pending: { kind?: string } | null }).pending?.kind === "urge",
    );
    // A note every 25 ms, well inside the (scaled) window of about 35 ms, for a quarter of a second.
    let expiredWhileNoting = false;
    for (let k = 0; k < 10; k++) {
      first.room.send("move", { move: { note: lineId, tag: k % 2 ? "positive" : "negative" } });
      await sleep(25);
      if (
        first.received
          .slice(from)
          .some((r) => r.type === "turn" && (r.body as { pending: unknown }).pending === null)
      )
        expiredWhileNoting = true;
    }
    expect(expiredWhileNoting).toBe(true);
  });

  it("keeps trainer controls to the trainer", async () => {
    const { players, first } = await meeting(["Anna", "Bob"]);
    for (const [type, body] of [
      ["pause", undefined],
      ["end", undefined],
      ["skip", undefined],
      ["start", undefined],
      ["assign", { player: first.playerId, seat: "listener-1" }],
      ["remove", { player: first.playerId }],
    ] as const) {
      const r = await (players[1] as Player).refused(type, body);
      expect(r, type).toMatchObject({
        type: "refused",
        body: { type, code: "trainer-only", reason: "only the trainer may do this" },
      });
    }
  });

  it("pauses and resumes the pace for everyone", async () => {
    const { trainer, first } = await meeting(["Anna"]);
    await first.waitTurn();
    await first.move(firstMove(first.pending as never));
    trainer.room.send("pause");
    await first.waitFor((r) => r.type === "status" && (r.body as { status: string }).status === "paused");
    const seen = first.seen.size;
    await sleep(150);
    expect(first.seen.size).toBe(seen);
    expect((await first.move({ choose: "x" })).body).toMatchObject({ reason: "the meeting is paused" });
    trainer.room.send("resume");
    await first.waitFor((r) => r.type === "status" && (r.body as { status: string }).status === "running");
    await first.waitTurn();
  });

  it("refuses to start with nobody seated, saying why", async () => {
    const w = await createWorkshop(server.url);
    const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    await join(server.url, { code: w.code, name: "A" });
    const r = await trainer.refused("start");
    expect(r.body).toMatchObject({
      type: "start",
      code: "cannot-start",
      reason: "seat at least one player before starting",
    });
  });

  it("lets players pick a free seat only when the trainer allows it", async () => {
    const closed = await createWorkshop(server.url);
    const p = await join(server.url, { code: closed.code, name: "A" });
    expect((await p.refused("pick-seat", { seat: "facilitator" })).body).toMatchObject({
      reason: "the trainer assigns the seats",
    });
    const open = await createWorkshop(server.url, { allowPick: true });
    const a = await join(server.url, { code: open.code, name: "A" });
    const b = await join(server.url, { code: open.code, name: "B" });
    a.room.send("pick-seat", { seat: "listener-2" });
    await a.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes('"seat":"listener-2"'));
    expect((await b.refused("pick-seat", { seat: "listener-2" })).body).toMatchObject({
      reason: "the listener-2 seat is taken",
    });
    expect((await b.refused("pick-seat", { seat: "listener-99" })).body).toMatchObject({
      reason: expect.stringMatching(/no seat 'listener-99'/),
    });
  });
});

describe("hostile messages", () => {
  it("refuses malformed, unknown and oversized messages with a reason and stays up", async () => {
    const { first } = await meeting(["Anna"]);
    const cases: [string, unknown, RegExp][] = [
      ["move", { move: { choose: 5 } }, /move: 'move'/],
      ["move", { move: { choose: "a", pick: ["b"] } }, /exactly one/],
      ["move", { move: { choose: "a" }, extra: 1 }, /unexpected field 'extra'/],
      ["move", "just text", /is an object/],
      ["move", [1, 2], /is an object/],
      ["move", { move: { say: "x".repeat(1500) } }, /over 1000/],
      ["move", { move: { say: "x".repeat(5000) } }, /over 4000 characters/],
      ["since", { index: "0" }, /'index'/],
      ["hack", { a: 1 }, /unknown message type/],
      ["__proto__", {}, /unknown message type/],
      ["constructor", {}, /unknown message type/],
      ["toString", {}, /unknown message type/],
      ["move", { move: { note: "l1", tag: "evil" } }, /expected/],
    ];
    for (const [type, body, reason] of cases) {
      const from = first.received.length;
      first.room.send(type, body);
      const refused = await first.waitFor((x) => x.type === "refused", 3000, from);
      expect(
        String((refused.body as { reason: string }).reason),
        `${type} ${JSON.stringify(body).slice(0, 40)}`,
      ).toMatch(reason);
      expect((refused.body as { code: string }).code).toBe(
        /too many/.test(String(reason)) ? "rate-limited" : "invalid-message",
      );
    }
    // Still in the room and still playing.
    const ack = await first.move(firstMove(await first.waitTurn()));
    expect(ack.type).toBe("ack");
    expect(first.closed).toBeUndefined();
  });

  it("closes a connection that sends bytes that are no message, and stays up for the others", async () => {
    const { trainer, first } = await meeting(["Anna", "Bob"]);
    const errorsBefore = serverErrors.length;
    first.room.connection.send(new Uint8Array([13, 0xc1, 0xc1, 0xc1, 0xff]));
    for (let k = 0; k < 100 && first.closed === undefined; k++) await sleep(20);
    expect(first.closed).toBe(4002);
    expect(serverErrors.length).toBeGreaterThan(errorsBefore);
    serverErrors.length = errorsBefore;
    trainer.room.send("pause");
    await trainer.waitFor((r) => r.type === "status" && (r.body as { status: string }).status === "paused");
  });

  it("refuses a flood of messages past the per-second limit", async () => {
    const { first } = await meeting(["Anna"]);
    const from = first.received.length;
    for (let k = 0; k < 40; k++) first.room.send("since", { index: 1_000_000 });
    await first.waitFor(
      (r) => r.type === "refused" && /too many messages/.test(JSON.stringify(r.body)),
      3000,
      from,
    );
  });
});

describe("secrets", () => {
  it("never sends the trainer key (nor another player's key) to a player", async () => {
    const { w, trainer, players, first } = await meeting(["Anna", "Bob"]);
    const bob = players[1] as Player;
    for (let k = 0; k < 3; k++)
      expect((await first.move(firstMove(await first.waitTurn()))).type).toBe("ack");
    trainer.room.send("pause");
    await bob.waitFor((r) => r.type === "status" && (r.body as { status: string }).status === "paused");
    for (const p of players) {
      expect(p.transcriptText()).not.toContain(w.trainerKey);
      expect(p.received.length).toBeGreaterThan(5);
    }
    expect(bob.transcriptText()).not.toContain(first.playerKey as string);
    expect(first.transcriptText()).not.toContain(bob.playerKey as string);
    expect(trainer.transcriptText()).not.toContain(first.playerKey as string);
  });
});

describe("durable log", () => {
  it("writes a move to the log before acknowledging it", async () => {
    const { first } = await meeting(["Anna"]);
    const pending = await first.waitTurn();
    let release!: () => void;
    log.hold = new Promise<void>((r) => {
      release = r;
    });
    const from = first.received.length;
    const answer = first.move(firstMove(pending));
    await sleep(150);
    expect(first.received.slice(from).some((r) => r.type === "ack")).toBe(false);
    release();
    log.hold = undefined;
    expect((await answer).type).toBe("ack");
  });

  it("replays its log into the identical transcript, and rebuilds a room that is gone", async () => {
    const { w, trainer, first } = await meeting(["Anna"]);
    for (let k = 0; k < 4; k++)
      expect((await first.move(firstMove(await first.waitTurn()))).type).toBe("ack");
    await first.waitTurn();
    const record = await log.read(w.code);
    expect(record?.events.filter((e) => e.k === "move")).toHaveLength(4);
    // Replay: scenario + seats + seed + moves.
    const made = meetingHostFactory()({
      scenarioText: record?.header.scenarioText ?? "",
      humanSeats: ["facilitator"],
      seed: record?.header.seed ?? -1,
    });
    if (!made.ok) throw new Error(made.error);
    for (const e of record?.events ?? [])
      if (e.k === "move") expect(made.host.apply(e.seat, e.move).ok).toBe(true);
    const replayed = made.host.entriesFor(TRAINER, 0);
    // The trainer's last lines may still be on their way when the player's turn arrives.
    for (let k = 0; k < 100 && trainer.seen.size < replayed.length; k++) await sleep(20);
    const live = [...trainer.seen.values()].sort((a, b) => a.i - b.i);
    expect(JSON.stringify(replayed.slice(0, live.length))).toBe(JSON.stringify(live));
    expect(live.length).toBe(replayed.length);

    // The room goes (as when its process dies); the player comes back with its key and goes on.
    const roomId = trainer.room.roomId;
    await matchMaker.getLocalRoomById(roomId).disconnect();
    await rejoin(server.url, first, { code: w.code, playerKey: first.playerKey });
    // A trainer who joins a running meeting gets everything so far without asking.
    const late = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    const caught = await late.waitFor(
      (r) => r.type === "entries" && (r.body as { catchUp?: boolean }).catchUp === true,
      5000,
      0,
    );
    expect((caught.body as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
    expect(first.room.roomId).not.toBe(roomId);
    const before = first.received.length;
    first.room.send("since", { index: Math.max(...first.seen.keys()) });
    const turnAgain = await first.waitFor(
      (r) => r.type === "turn" && (r.body as { pending: unknown }).pending !== null,
      5000,
      before,
    );
    const turn = (turnAgain.body as { pending: PendingMove }).pending;
    expect(turn.beat).toBe((made.host.pending("facilitator") as { beat: string }).beat);
    expect((await first.move(firstMove(turn))).type).toBe("ack");
  });
});

describe("reconnection", () => {
  it("keeps a dropped player's seat and catches it up on what it missed", async () => {
    const { trainer, first } = await meeting(["Anna"]);
    await first.move(firstMove(await first.waitTurn()));
    const token = first.room.reconnectionToken;
    const lastSeen = Math.max(...first.seen.keys());
    // Drop the connection without leaving (as a network failure does).
    first.room.connection.close(4999, "network gone");
    await trainer.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes('"connected":false'));
    await sleep(100);
    const room = await new Client(server.url).reconnect(token);
    first.attach(room);
    first.pending = null;
    const from = first.received.length;
    room.send("since", { index: lastSeen });
    const caught = await first.waitFor(
      (r) => r.type === "entries" && (r.body as { catchUp?: boolean }).catchUp === true,
      5000,
      from,
    );
    const indices = (caught.body as { entries: { i: number }[] }).entries.map((e) => e.i);
    if (indices.length > 0) expect(Math.min(...indices)).toBe(lastSeen + 1);
    await trainer.waitFor(
      (r) => r.type === "lobby" && JSON.stringify(r.body).includes('"connected":true'),
      5000,
      trainer.received.length - 1,
    );
    expect((await first.move(firstMove(await first.waitTurn()))).type).toBe("ack");
    expect(serverErrors).toEqual([]);
  });
});
