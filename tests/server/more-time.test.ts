// "More time to choose" (WCAG 2.2.1) holds in a workshop too: the player's setting goes to the server on
// joining (or later as a message), the server times that seat's urge by it (no limit: it waits, up to a
// cap, and the trainer's skip moves on), the player's countdown shows the same window, and the trainer
// sees the setting; no other player does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PendingMove } from "../../src/engine/session/session.ts";
import { scaledClock } from "../../src/server/pacing.ts";
import { MemoryLog } from "../../src/server/workshop-log.ts";
import { type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, firstMove, join, leaveAll, type Player, post, sleep } from "./harness.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({
    game: "none",
    log: new MemoryLog(),
    clock: scaledClock(0.005),
    // Windows 10× faster: an urge of about 8 s runs out in about 0.85 s.
    windowClock: scaledClock(0.1),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

/** A workshop with one listener joined with `moreTime`, and a follower; moved on to the first urge. */
async function toFirstUrge(moreTime?: string) {
  const w = await createWorkshop(server.url);
  const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
  const listener = await join(server.url, { code: w.code, name: "Lena", ...(moreTime ? { moreTime } : {}) });
  const other = await join(server.url, { code: w.code, name: "Omar" });
  trainer.room.send("assign", { player: listener.playerId, seat: "listener-1" });
  await trainer.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes('"seat":"listener-1"'));
  trainer.room.send("start");
  let pending = await listener.waitTurn();
  for (let k = 0; k < 40 && pending.kind !== "urge"; k++) {
    expect((await listener.move(firstMove(pending))).type).toBe("ack");
    pending = await listener.waitTurn();
  }
  expect(pending.kind).toBe("urge");
  return { trainer, listener, other, urge: pending };
}

const timedOut = (p: Player, beat: string) =>
  p.received.some(
    (r) =>
      r.type === "entries" &&
      (r.body as { entries: { entry: { t: string; beat?: string; timedOut?: boolean } }[] }).entries.some(
        (e) => e.entry.t === "move" && e.entry.beat === beat && e.entry.timedOut === true,
      ),
  );

const trainerTurn = (trainer: Player, beat: string) =>
  trainer.received
    .filter((r) => r.type === "turns")
    .map((r) => r.body as { seat: string; pending: PendingMove | null })
    .findLast((t) => t.seat === "listener-1" && t.pending?.beat === beat)?.pending;

describe("more time to choose, in a workshop", () => {
  it("stretches the seat's urge window by the player's setting, as the server times it", async () => {
    const normal = await toFirstUrge();
    const half = await toFirstUrge("half");
    // Same scenario and seed, same moves: the same urge, its window half as long again.
    expect(half.urge.beat).toBe(normal.urge.beat);
    const base = normal.urge.windowSeconds as number;
    expect(base).toBeGreaterThan(0);
    expect(half.urge.windowSeconds).toBe(Math.ceil(base * 1.5));
    // The trainer's view of the seat's turn has the same window.
    await half.trainer.waitFor(() => trainerTurn(half.trainer, half.urge.beat) !== undefined, 3000, 0);
    expect(trainerTurn(half.trainer, half.urge.beat)?.windowSeconds).toBe(Math.ceil(base * 1.5));
    // The normal urge has run out once its (scaled) window is over; the half-again one not yet.
    const scaled = (s: number) => s * 100 + 50;
    await sleep(scaled(base) + 250);
    expect(timedOut(normal.trainer, normal.urge.beat)).toBe(true);
    const stretched = Math.ceil(base * 1.5);
    if (scaled(stretched) > scaled(base) + 400) expect(timedOut(half.trainer, half.urge.beat)).toBe(false);
    await half.trainer.waitFor(() => timedOut(half.trainer, half.urge.beat), 5000, 0).catch(() => undefined);
    expect(timedOut(half.trainer, half.urge.beat)).toBe(true);
  });

  it("waits without a limit (no countdown shown) until the trainer skips, and shows the setting to the trainer only", async () => {
    const { trainer, listener, other, urge } = await toFirstUrge("none");
    expect(urge.windowSeconds).toBeUndefined();
    // Well past any normal window: still the listener's to decide.
    await sleep(3000);
    expect(timedOut(trainer, urge.beat)).toBe(false);
    expect(listener.pending?.beat).toBe(urge.beat);
    const lobbyOf = (p: Player) => JSON.stringify(p.received.findLast((r) => r.type === "lobby")?.body);
    expect(lobbyOf(trainer)).toContain('"moreTime":"none"');
    expect(lobbyOf(listener)).not.toContain("moreTime");
    expect(lobbyOf(other)).not.toContain("moreTime");
    // The room waits for it: the trainer's skip lets the urge pass as holding back.
    trainer.room.send("skip");
    await trainer.waitFor(() => timedOut(trainer, urge.beat), 3000, 0);
    await listener.waitFor((r) => r.type === "turn" && (r.body as { pending: unknown }).pending === null);
  });

  it("takes a changed setting as a message, and offers the urge again with its new window", async () => {
    const { listener, urge } = await toFirstUrge();
    const from = listener.received.length;
    listener.room.send("more-time", { value: "double" });
    const again = await listener.waitFor((r) => r.type === "turn", 3000, from);
    const pending = (again.body as { pending: PendingMove }).pending;
    expect(pending.beat).toBe(urge.beat);
    expect(pending.windowSeconds).toBe(Math.ceil((urge.windowSeconds as number) * 2));
  });

  it("refuses a setting that is none of the four, on joining and as a message", async () => {
    const w = await createWorkshop(server.url);
    const joined = await post(server.url, "/workshop/api/join", {
      code: w.code,
      name: "X",
      moreTime: "triple",
    });
    expect(joined.status).toBe(400);
    expect(joined.json.error).toBe("'moreTime' is one of normal, half, double, none");
    const p = await join(server.url, { code: w.code, name: "Z" });
    const refused = await p.refused("more-time", { value: "triple" });
    expect(refused.body).toMatchObject({ code: "invalid-message" });
  });
});
