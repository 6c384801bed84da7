// The next round in the same room: after the meeting ends the trainer starts it, the seats rotate
// (facilitator → first listener, each listener → the next, the last → facilitator; players without a
// seat stay so), a fresh meeting plays from a new seed, and the round before is kept for the export.
// The durable log replays the rounds in order: a room rebuilt mid-round lands in that round.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkshopRound } from "../../src/engine/report/workshop-export.ts";
import { meetingHostFactory } from "../../src/server/multi-seat-host.ts";
import { scaledClock } from "../../src/server/pacing.ts";
import { MemoryLog, type WorkshopEvent } from "../../src/server/workshop-log.ts";
import { matchMaker, type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, firstMove, join, leaveAll, type Player, type Received, rejoin } from "./harness.ts";

let server: RunningServer;
const log = new MemoryLog();
const serverErrors: unknown[][] = [];

beforeAll(async () => {
  server = await startWorkshopServer({
    game: "none",
    log,
    clock: scaledClock(0.005),
    // Urges wait their real window here: only the moves the test makes are in the log.
    windowClock: scaledClock(10),
    logger: { debug() {}, info() {}, warn() {}, error: (...a: unknown[]) => serverErrors.push(a) },
  });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

interface LobbyBody {
  status: string;
  round: number;
  players: { player: string; seat: string | null }[];
}
const seatsIn = (r: Received) =>
  Object.fromEntries((r.body as LobbyBody).players.map((p) => [p.player, p.seat]));
const isStatus = (status: string, round?: number) => (r: Received) =>
  r.type === "status" &&
  (r.body as { status: string }).status === status &&
  (round === undefined || (r.body as { round: number }).round === round);
const roundsOf = (r: Received) => (r.body as { rounds: WorkshopRound[] }).rounds;

async function assign(trainer: Player, player: Player, seat: string | null): Promise<void> {
  const from = trainer.received.length;
  trainer.room.send("assign", { player: player.playerId, seat });
  await trainer.waitFor((r) => r.type === "lobby" && seatsIn(r)[player.playerId ?? ""] === seat, 5000, from);
}

/** The seat's next turn, answered with the first option; fails the test on a refusal. */
async function moveOnce(p: Player): Promise<void> {
  const answer = await p.move(firstMove(await p.waitTurn(10_000)));
  expect(answer.type, JSON.stringify(answer.body)).toBe("ack");
}

describe("the next round with seats rotated", () => {
  it("rotates in the lobby, refuses the next round before the end or from a player, then plays round 2 and rebuilds into it", async () => {
    const w = await createWorkshop(server.url, { listeners: 2 });
    const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    const anna = await join(server.url, { code: w.code, name: "Anna" });
    const bram = await join(server.url, { code: w.code, name: "Bram" });
    const cleo = await join(server.url, { code: w.code, name: "Cleo" });
    await assign(trainer, anna, "facilitator");
    await assign(trainer, bram, "listener-1");

    // Rotating in the lobby: trainer only; Anna moves to listener 1, Bram (the last) leads, Cleo stays out.
    expect((await bram.refused("rotate-seats")).body).toMatchObject({ code: "trainer-only" });
    let from = trainer.received.length;
    trainer.room.send("rotate-seats");
    let lobby = await trainer.waitType("lobby", 5000, from);
    expect(seatsIn(lobby)).toEqual({
      [anna.playerId ?? ""]: "listener-1",
      [bram.playerId ?? ""]: "facilitator",
      [cleo.playerId ?? ""]: null,
    });

    // No next round before a meeting has been played and ended.
    expect((await trainer.refused("next-round")).body).toMatchObject({ code: "wrong-status" });
    trainer.room.send("start");
    await trainer.waitFor(isStatus("running", 1), 5000, 0);
    await moveOnce(bram);
    await moveOnce(bram);
    expect((await trainer.refused("next-round")).body).toMatchObject({ code: "wrong-status" });
    expect((await anna.refused("next-round")).body).toMatchObject({ code: "trainer-only" });
    expect((await trainer.refused("rotate-seats")).body).toMatchObject({ code: "seats-fixed" });

    // The trainer ends round 1: the round's record reaches the trainer (and nobody else).
    from = trainer.received.length;
    trainer.room.send("end");
    const ended = await trainer.waitType("rounds", 5000, from);
    expect(roundsOf(ended).map((r) => r.round)).toEqual([1]);
    const round1 = roundsOf(ended)[0] as WorkshopRound;
    expect(round1.moves.filter((m) => m.seat === "facilitator")).toHaveLength(2);
    expect(round1.seats).toEqual([
      { seat: "facilitator", player: bram.playerId, name: "Bram" },
      { seat: "listener-1", player: anna.playerId, name: "Anna" },
    ]);
    expect(Object.keys(round1.reports).sort()).toEqual(["facilitator", "listener-1"]);
    expect(round1.startedAt).toBeGreaterThan(0);
    expect(round1.endedAt).toBeGreaterThanOrEqual(round1.startedAt ?? 0);
    for (const p of [anna, bram, cleo]) expect(p.transcriptText()).not.toContain('"rounds"');

    // The next round: everyone back in the lobby of round 2, the seats rotated again.
    from = trainer.received.length;
    const annaFrom = anna.received.length;
    trainer.room.send("next-round");
    lobby = await trainer.waitFor((r) => r.type === "lobby" && (r.body as LobbyBody).round === 2, 5000, from);
    expect((lobby.body as LobbyBody).status).toBe("lobby");
    expect(seatsIn(lobby)).toEqual({
      [anna.playerId ?? ""]: "facilitator",
      [bram.playerId ?? ""]: "listener-1",
      [cleo.playerId ?? ""]: null,
    });
    await anna.waitFor(isStatus("lobby", 2), 5000, annaFrom);
    const kept = await trainer.waitType("rounds", 5000, from);
    expect(roundsOf(kept)).toEqual([round1]);
    expect((await trainer.refused("next-round")).body).toMatchObject({ code: "wrong-status" });

    // The trainer may still reassign before starting; then a fresh meeting plays.
    await assign(trainer, cleo, "listener-2");
    await assign(trainer, cleo, null);
    for (const p of [anna, bram, cleo]) p.pending = null;
    const annaRound2 = anna.received.length;
    trainer.room.send("start");
    await trainer.waitFor(isStatus("running", 2), 5000, from);
    await moveOnce(anna);
    await moveOnce(anna);
    const record = await log.read(w.code);
    const events = record?.events ?? [];
    const turn = events.findIndex((e) => e.k === "round");
    const roundEvent = events[turn] as Extract<WorkshopEvent, { k: "round" }>;
    expect(roundEvent.seats).toEqual({ facilitator: anna.playerId, "listener-1": bram.playerId });
    const start2 = events.slice(turn).find((e) => e.k === "start") as Extract<WorkshopEvent, { k: "start" }>;
    expect(start2.seats).toEqual({ facilitator: anna.playerId, "listener-1": bram.playerId });
    const moves2 = events.slice(turn).flatMap((e) => (e.k === "move" ? [e] : []));
    expect(moves2.filter((m) => m.seat === "facilitator")).toHaveLength(2);

    // Round 2's entries start the log anew: the first entry Anna got in this round is entry 0.
    const firstEntries = anna.received
      .slice(annaRound2)
      .find((r) => r.type === "entries" && (r.body as { entries: { i: number }[] }).entries.length > 0);
    expect((firstEntries?.body as { entries: { i: number }[] } | undefined)?.entries[0]?.i).toBe(0);

    // The room goes (as when its process dies); Anna comes back: the room is rebuilt into round 2.
    const replayed = meetingHostFactory()({
      scenarioText: record?.header.scenarioText ?? "",
      humanSeats: Object.keys(start2.seats).sort(),
      seed: roundEvent.seed,
    });
    if (!replayed.ok) throw new Error(replayed.error);
    for (const m of moves2) expect(replayed.host.apply(m.seat, m.move)).toEqual({ ok: true });
    await matchMaker.getLocalRoomById(trainer.room.roomId).disconnect();
    from = anna.received.length;
    anna.pending = null;
    await rejoin(server.url, anna, { code: w.code, playerKey: anna.playerKey });
    const welcome = await anna.waitType("welcome", 5000, from);
    expect(welcome.body).toMatchObject({ status: "running", round: 2, you: { seat: "facilitator" } });
    anna.room.send("since", { index: -1 });
    const pending = await anna.waitTurn(10_000);
    expect(pending.beat).toBe(replayed.host.pending("facilitator")?.beat);
    // Its catch-up is round 2 as replayed from the log, not round 1's entries.
    const caught = new Map<number, unknown>();
    for (const r of anna.received.slice(from))
      if (r.type === "entries")
        for (const e of (r.body as { entries: { i: number }[] }).entries) caught.set(e.i, e);
    const shown = [...caught.values()].sort((a, b) => (a as { i: number }).i - (b as { i: number }).i);
    expect(shown.length).toBeGreaterThan(0);
    expect(JSON.stringify(shown)).toBe(
      JSON.stringify(replayed.host.entriesFor("facilitator", 0, shown.length)),
    );
    await moveOnce(anna);

    // The trainer comes back too: round 1's record is rebuilt from the log as it was.
    const back = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    const again = await back.waitType("rounds", 5000, 0);
    expect(roundsOf(again)).toEqual([round1]);
    expect(serverErrors).toEqual([]);
  }, 60_000);
});
