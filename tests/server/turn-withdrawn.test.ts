// A turn offered to one seat can be overtaken by another seat's move: a listener who gives in while the
// facilitator has their own move offered makes the facilitator handle it first. The server takes the
// stale turn back at once (before the lines that follow), so the facilitator's device does not offer a
// question that is gone, and offers the handling once the lines are out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeatPending } from "../../src/engine/session/meeting.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { scaledClock } from "../../src/server/pacing.ts";
import { MemoryLog, type WorkshopEvent } from "../../src/server/workshop-log.ts";
import { type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, join, leaveAll, type Player, type Received } from "./harness.ts";

/** A log whose move appends can be held back: the durable write of a move taking its time. */
class HeldLog extends MemoryLog {
  hold: Promise<void> | undefined;
  override async append(code: string, event: WorkshopEvent): Promise<void> {
    if (this.hold && event.k === "move") await this.hold;
    await super.append(code, event);
  }
}

let server: RunningServer;
const log = new HeldLog();

beforeAll(async () => {
  server = await startWorkshopServer({
    game: "none",
    log,
    clock: scaledClock(0.005),
    // Windows at their real length: nothing here is meant to run out.
    windowClock: scaledClock(1),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

/** Holding back at urges, raising a hand, giving the turn to listener 1, else the first option. */
function calm(p: SeatPending): MoveRecord {
  const ids = p.choices.map((c) => c.id);
  if (p.kind === "pick") return { pick: ids.slice(0, p.min) };
  if (ids.includes("stil")) return { choose: "stil" };
  if (ids.includes("turn:listener-1")) return { choose: "turn:listener-1" };
  return { choose: ids[0] as string };
}

/** Plays the seat's turns until its own move in `beat` is offered; returns that turn. */
async function until(p: Player, beat: string): Promise<SeatPending> {
  for (let k = 0; k < 100; k++) {
    const pending = (await p.waitTurn(15_000)) as SeatPending;
    if (pending.beat === beat && pending.purpose === "move") return pending;
    const answer = await p.move(calm(pending));
    if (answer.type !== "ack") throw new Error(`${pending.beat}: ${JSON.stringify(answer.body)}`);
  }
  throw new Error(`never reached ${beat}`);
}

const turnOf = (r: Received) => (r.body as { pending: SeatPending | null }).pending;

describe("a turn overtaken by another seat's move", () => {
  it("is taken back from the facilitator at once when a listener gives in, then the handling is offered", async () => {
    const w = await createWorkshop(server.url, { listeners: 1 });
    const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    const f = await join(server.url, { code: w.code, name: "Fenna" });
    const l = await join(server.url, { code: w.code, name: "Lotte" });
    for (const [p, seat] of [
      [f, "facilitator"],
      [l, "listener-1"],
    ] as const) {
      trainer.room.send("assign", { player: p.playerId, seat });
      await trainer.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes(`"seat":"${seat}"`));
    }
    trainer.room.send("start");
    // Both seats have their move in the same beat: the facilitator's question, the listener's urge.
    const [mine, urge] = await Promise.all([until(f, "v-kees-1"), until(l, "v-kees-1")]);
    expect(mine.purpose).toBe("move");
    expect(urge.kind).toBe("urge");
    const from = f.received.length;
    // The listener's move takes its time to be written; the facilitator answers the old turn meanwhile.
    let release = () => {};
    log.hold = new Promise<void>((r) => {
      release = r;
    });
    l.room.send("move", { move: { choose: "rechtzetten" }, ref: 9001 });
    const firstTurn = await f.waitFor((r) => r.type === "turn", 5000, from);
    expect(turnOf(firstTurn)).toBeNull();
    // Refused, and the facilitator was told first, not after the listener's move was written.
    const stale = await f.move({ choose: mine.choices[0]?.id as string });
    expect(stale.type).toBe("refused");
    expect(f.received.indexOf(firstTurn)).toBeLessThan(f.received.indexOf(stale));
    log.hold = undefined;
    release();
    await l.waitFor((r) => r.type === "ack" && (r.body as { ref?: number }).ref === 9001);
    // It came before any line of what the room now sees (the listener's outburst).
    const firstEntries = f.received.slice(from).findIndex((r) => r.type === "entries");
    const taken = f.received.slice(from).indexOf(firstTurn);
    expect(firstEntries === -1 || taken < firstEntries).toBe(true);
    const next = await f.waitFor((r) => r.type === "turn" && turnOf(r) !== null, 5000, from);
    expect(turnOf(next)?.purpose).toBe("handle");
  });
});
