// Scale-out and faults with Redis: two server processes share rooms; the one holding a meeting is killed
// (kill -9) mid-meeting; every acknowledged move is still in the log, the room is rebuilt on the other
// process from its log, and the clients come back and go on from the same moment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PendingMove } from "../../src/engine/session/session.ts";
import { RedisLog } from "../../src/server/redis-log.ts";
import { createWorkshop, firstMove, join, leaveAll, type Player, rejoin } from "./harness.ts";
import {
  type Redis,
  redisServerBinary,
  type ServerProcess,
  startRedis,
  startServerProcess,
} from "./processes.ts";

const binary = redisServerBinary();
if (!binary)
  console.log("redis-faults: skipped, no redis-server binary on this machine (.ci/run installs it)");

describe.skipIf(!binary)("two processes and Redis", () => {
  let redis: Redis;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis(binary as string);
    const env = { REDIS_URL: redis.url, PACE_SCALE: "0.005" };
    servers.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));
  }, 60000);

  afterAll(async () => {
    await leaveAll();
    for (const s of servers) s.kill("SIGKILL");
    redis?.stop();
  });

  it("joins through either process, survives kill -9 of the room's process, and loses no acknowledged move", async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const w = await createWorkshop(a.url, { seed: 11 });
    // Join through b whatever process holds the room: the reservation points the client at the right one.
    const trainer = await join(b.url, { code: w.code, trainerKey: w.trainerKey });
    const anna = await join(a.url, { code: w.code, name: "Anna" });
    const bob = await join(b.url, { code: w.code, name: "Bob" });
    trainer.room.send("assign", { player: anna.playerId, seat: "facilitator" });
    await trainer.waitFor(
      (r) => r.type === "lobby" && JSON.stringify(r.body).includes('"seat":"facilitator"'),
    );
    trainer.room.send("start");

    const acked: unknown[] = [];
    for (let k = 0; k < 3; k++) {
      const move = firstMove(await anna.waitTurn());
      expect((await anna.move(move)).type).toBe("ack");
      acked.push(move);
    }
    await anna.waitTurn();
    const before = new Map(trainer.seen);

    // Which process holds the room: the one the clients are connected to.
    const wsUrl = (anna.room.connection.transport as unknown as { ws: { url: string } }).ws.url;
    const holder = servers.find((s) => wsUrl.includes(`:${s.port}/`));
    expect(holder).toBeDefined();
    const survivor = holder === a ? b : a;
    const deadRoom = anna.room.roomId;
    holder?.kill("SIGKILL");
    await Promise.all([anna, bob, trainer].map((p) => waitClosed(p)));

    const log = new RedisLog(redis.url);
    const record = await log.read(w.code);
    await log.close();
    expect(record?.events.filter((e) => e.k === "move").map((e) => (e.k === "move" ? e.move : null))).toEqual(
      acked,
    );

    // Everyone comes back through the living process, with their keys; the room is rebuilt from the log.
    await rejoin(survivor.url, anna, { code: w.code, playerKey: anna.playerKey });
    expect(anna.room.roomId).not.toBe(deadRoom);
    expect((anna.room.connection.transport as unknown as { ws: { url: string } }).ws.url).toContain(
      `:${survivor.port}/`,
    );
    await rejoin(survivor.url, trainer, { code: w.code, trainerKey: w.trainerKey });
    await rejoin(survivor.url, bob, { code: w.code, playerKey: bob.playerKey });

    // The trainer asks for everything again: the same transcript as before, entry for entry.
    const from = trainer.received.length;
    trainer.room.send("since", { index: -1 });
    const all = await trainer.waitFor(
      (r) => r.type === "entries" && (r.body as { catchUp?: boolean }).catchUp === true,
      5000,
      from,
    );
    const again = new Map((all.body as { entries: { i: number }[] }).entries.map((e) => [e.i, e]));
    for (const [i, e] of before) if (again.has(i)) expect(again.get(i)).toEqual(e);
    expect(again.size).toBeGreaterThan(0);

    // Anna goes on from the same moment: her turn is the one she had, and her next move is acknowledged.
    const fromAnna = anna.received.length;
    anna.room.send("since", { index: Math.max(...anna.seen.keys()) });
    const turn = await anna.waitFor(
      (r) => r.type === "turn" && (r.body as { pending: unknown }).pending !== null,
      10000,
      fromAnna,
    );
    const pending = (turn.body as { pending: PendingMove }).pending;
    expect((await anna.move(firstMove(pending))).type).toBe("ack");
    await bob.waitFor(
      (r) =>
        r.type === "entries" &&
        JSON.stringify(r.body).includes(`"beat":"${pending.beat}"`) &&
        JSON.stringify(r.body).includes('"t":"move"'),
      10000,
    );
  }, 60000);
});

function waitClosed(p: Player): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the client was not disconnected")), 15000);
    const check = () => {
      if (p.closed !== undefined) {
        clearTimeout(timer);
        resolve();
      } else setTimeout(check, 50);
    };
    check();
  });
}
