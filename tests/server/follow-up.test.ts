// The team's follow-up in a workshop room, over real colyseus.js clients: the stages, who may do what,
// proposals grounded in the seat's own notes, the trainer's override, the list in the group summary,
// reflections kept to their author and the trainer, and the follow-up surviving a rebuild from the log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamFollowUp } from "../../src/engine/session/team-points.ts";
import { scaledClock } from "../../src/server/pacing.ts";
import { MemoryLog } from "../../src/server/workshop-log.ts";
import { matchMaker, type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, firstMove, join, leaveAll, type Player, rejoin, sleep } from "./harness.ts";

let server: RunningServer;
const log = new MemoryLog();
const serverErrors: unknown[][] = [];

beforeAll(async () => {
  server = await startWorkshopServer({
    game: "none",
    log,
    clock: scaledClock(0.005),
    windowClock: scaledClock(0.1),
    logger: { debug() {}, info() {}, warn() {}, error: (...a: unknown[]) => serverErrors.push(a) },
  });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

interface FollowUpBody {
  team: TeamFollowUp;
  notes?: { line: string }[];
  reflection?: string | null;
  reflections?: Record<string, string>;
  lead?: boolean;
}

const lastFollowUp = (p: Player): FollowUpBody | undefined =>
  p.received.findLast((r) => r.type === "follow-up")?.body as FollowUpBody | undefined;

/** Sends a follow-up message and waits for its ack or refusal; resolves with the refusal's code or "ok". */
async function send(p: Player, type: string, body?: unknown): Promise<string> {
  const from = p.received.length;
  p.room.send(type, body);
  const r = await p.waitFor(
    (x) => (x.type === "ack" || x.type === "refused") && (x.body as { type?: string }).type === type,
    5000,
    from,
  );
  return r.type === "ack" ? "ok" : (r.body as { code: string }).code;
}

/** Line ids this player has seen spoken (the ones it may note). */
const spokenLines = (p: Player): string[] =>
  [...p.seen.values()].flatMap((e) => (e.entry.t === "line" && e.entry.line?.id ? [e.entry.line.id] : []));

const untilTeam = (p: Player, test: (t: TeamFollowUp) => boolean) =>
  p.waitFor((r) => r.type === "follow-up" && test((r.body as FollowUpBody).team), 5000, 0);

describe("the team's follow-up in a workshop", () => {
  it("runs reflect → propose → fix → done with the rules, the log, and a rebuild in between", async () => {
    const w = await createWorkshop(server.url, { listeners: 2 });
    const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    const f = await join(server.url, { code: w.code, name: "Fenna" });
    const l1 = await join(server.url, { code: w.code, name: "Lotte" });
    const l2 = await join(server.url, { code: w.code, name: "Luuk" });
    const follower = await join(server.url, { code: w.code, name: "Vera" });
    for (const [p, seat] of [
      [f, "facilitator"],
      [l1, "listener-1"],
      [l2, "listener-2"],
    ] as const) {
      trainer.room.send("assign", { player: p.playerId, seat });
      await trainer.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes(`"seat":"${seat}"`));
    }
    trainer.room.send("start");
    await trainer.waitFor((r) => r.type === "status" && (r.body as { status: string }).status === "running");

    // Not before the meeting is over.
    expect(await send(l1, "reflect", { text: "te vroeg" })).toBe("follow-up-not-open");

    // The facilitator plays on until the listeners have heard a few lines (their urges run out).
    for (let k = 0; k < 400 && spokenLines(l1).length < 3; k++) {
      if (f.pending) await f.move(firstMove(f.pending));
      else await sleep(20);
    }
    const [a, b, c] = spokenLines(l1);
    expect(c).toBeDefined();
    for (const [p, line] of [
      [l1, a],
      [l1, b],
      [l2, c],
    ] as const)
      expect((await p.move({ note: line as string, tag: "negative" })).type).toBe("ack");
    trainer.room.send("end");
    for (const p of [trainer, f, l1, l2, follower]) await untilTeam(p, (t) => t.stage === "reflect");
    expect(lastFollowUp(l1)?.notes?.map((n) => n.line)).toEqual([a, b]);
    expect(lastFollowUp(f)?.lead).toBe(true);
    expect(lastFollowUp(l1)?.lead).toBe(false);

    // Checked field by field; wrong stage, wrong seat, no seat are refused with a reason.
    expect(await send(l1, "propose", { text: "x", quotes: "nope" })).toBe("invalid-message");
    expect(await send(l1, "reflect", { text: "x".repeat(1001) })).toBe("invalid-message");
    expect(await send(f, "fix", { point: "p1", fixed: true, extra: 1 })).toBe("invalid-message");
    expect(await send(l1, "propose", { text: "Bereikbaarheid", quotes: [a] })).toBe("follow-up-stage");
    expect(await send(follower, "reflect", { text: "ik keek mee" })).toBe("follow-up-no-seat");

    // Reflections: each alone; only the author and the trainer get the words.
    expect(await send(l1, "reflect", { text: "GEHEIM-LOTTE raakte me" })).toBe("ok");
    expect(await send(l2, "reflect", { text: "GEHEIM-LUUK wilde reageren" })).toBe("ok");
    expect(await send(f, "reflect", { text: "GEHEIM-FENNA te sturend" })).toBe("ok");
    for (const p of [trainer, f, l1, l2, follower]) await untilTeam(p, (t) => t.stage === "propose");
    expect(lastFollowUp(l1)?.reflection).toBe("GEHEIM-LOTTE raakte me");
    expect(lastFollowUp(trainer)?.reflections).toEqual({
      "listener-1": "GEHEIM-LOTTE raakte me",
      "listener-2": "GEHEIM-LUUK wilde reageren",
      facilitator: "GEHEIM-FENNA te sturend",
    });
    for (const p of [f, l2, follower]) expect(p.transcriptText()).not.toContain("GEHEIM-LOTTE");
    for (const p of [l1, follower]) expect(p.transcriptText()).not.toContain("GEHEIM-FENNA");

    // Proposals rest on the proposer's own noted lines.
    expect(await send(l2, "propose", { text: "Terugbellen", quotes: [] })).toBe("follow-up-no-quote");
    expect(await send(l2, "propose", { text: "Terugbellen", quotes: [a] })).toBe("follow-up-not-noted");
    expect(await send(f, "propose", { text: "Ik ook", quotes: [a] })).toBe("follow-up-listeners-propose");
    expect(await send(l1, "propose", { text: "Terugbellen binnen een dag", quotes: [a] })).toBe("ok");
    expect(await send(l1, "propose", { text: "Eén vast aanspreekpunt", quotes: [a, b] })).toBe("ok");
    expect(await send(l2, "propose", { text: "Uitleg in gewone taal", quotes: [c] })).toBe("ok");
    await untilTeam(follower, (t) => t.points.length === 3);
    expect(lastFollowUp(follower)?.team.points.map((p) => [p.id, p.seat, p.by, p.quotes.length])).toEqual([
      ["p1", "listener-1", "Lotte", 1],
      ["p2", "listener-1", "Lotte", 2],
      ["p3", "listener-2", "Luuk", 1],
    ]);

    // Only the lead moves on and fixes; the trainer may always (override).
    expect(await send(l1, "follow-up-next")).toBe("follow-up-lead-only");
    expect(await send(f, "fix", { point: "p1", fixed: true })).toBe("follow-up-stage");
    expect(await send(f, "follow-up-next")).toBe("ok");
    expect(await send(l1, "fix", { point: "p1", fixed: true })).toBe("follow-up-lead-only");
    expect(await send(f, "fix", { point: "p1", fixed: true })).toBe("ok");
    expect(await send(trainer, "fix", { point: "p2", fixed: true })).toBe("ok");
    expect(await send(f, "follow-up-close")).toBe("follow-up-too-few-fixed");

    // The room goes mid-follow-up; it is rebuilt from its log with the follow-up as it was.
    await matchMaker.getLocalRoomById(trainer.room.roomId).disconnect();
    for (const [p, body] of [
      [trainer, { code: w.code, trainerKey: w.trainerKey }],
      [f, { code: w.code, playerKey: f.playerKey }],
      [l1, { code: w.code, playerKey: l1.playerKey }],
      [follower, { code: w.code, playerKey: follower.playerKey }],
    ] as const) {
      const from = p.received.length;
      await rejoin(server.url, p, body);
      await p.waitFor((r) => r.type === "follow-up", 5000, from);
    }
    const rebuilt = lastFollowUp(trainer);
    expect(rebuilt?.team.stage).toBe("fix");
    expect(rebuilt?.team.points.map((p) => p.fixed)).toEqual([true, true, false]);
    expect(rebuilt?.reflections?.["listener-2"]).toBe("GEHEIM-LUUK wilde reageren");
    expect(lastFollowUp(l1)?.reflection).toBe("GEHEIM-LOTTE raakte me");

    // The trainer fixes the third, unfixes and refixes; the facilitator closes the follow-up.
    expect(await send(trainer, "fix", { point: "p3", fixed: true })).toBe("ok");
    expect(await send(trainer, "fix", { point: "p1", fixed: false })).toBe("ok");
    expect(await send(f, "follow-up-close")).toBe("follow-up-too-few-fixed");
    expect(await send(f, "fix", { point: "p1", fixed: true })).toBe("ok");
    const from = follower.received.length;
    expect(await send(f, "follow-up-close")).toBe("ok");
    const summary = await follower.waitFor((r) => r.type === "summary", 5000, from);
    const team = (summary.body as { team: TeamFollowUp }).team;
    expect(team.stage).toBe("done");
    expect(team.points.filter((p) => p.fixed).map((p) => p.text)).toEqual([
      "Terugbellen binnen een dag",
      "Eén vast aanspreekpunt",
      "Uitleg in gewone taal",
    ]);
    expect(await send(f, "fix", { point: "p1", fixed: false })).toBe("follow-up-stage");

    // Every accepted step is in the log, in order; refused ones are not.
    const record = await log.read(w.code);
    const steps = (record?.events ?? []).flatMap((e) =>
      e.k === "follow-up" ? [`${e.seat}:${e.action.a}`] : [],
    );
    expect(steps).toEqual([
      "listener-1:reflect",
      "listener-2:reflect",
      "facilitator:reflect",
      "listener-1:propose",
      "listener-1:propose",
      "listener-2:propose",
      "facilitator:next",
      "facilitator:fix",
      "null:fix",
      "null:fix",
      "null:fix",
      "facilitator:fix",
      "facilitator:close",
    ]);
    expect(serverErrors).toEqual([]);
  }, 60_000);
});
