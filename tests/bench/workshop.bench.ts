// npm run bench:workshop [-- --rooms 100 --clients 8 --moves 8 --processes 1|2 --url http://…]
// Rooms of bot clients against started workshop servers (this script starts them, with Redis for two
// processes, unless --url points at one). Per room: a trainer and clients-1 players, one of them seated
// as facilitator and making the moves. Latency: from a move sent until every client of the room has
// seen its result (the move's entry). The server runs the reading pace 50× faster than a workshop and
// each bot thinks 0.2–1 s before a move (people do not all click in the same millisecond): both far
// busier than real rooms, which wait seconds per line. Ends with exactly one line:
// workshop bench: R rooms, C clients, M moves, p50 X ms, p99 Y ms, lost L, errors E
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "colyseus.js";
import type { PendingMove } from "../../src/engine/session/session.ts";
import type { IndexedEntry } from "../../src/server/meeting-host.ts";
import { firstMove, post } from "../server/harness.ts";
import {
  type Redis,
  redisServerBinary,
  type ServerProcess,
  startRedis,
  startServerProcess,
} from "../server/processes.ts";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 1) throw new Error(`--${name} is a number ≥ 1`);
  return v;
}

const ROOMS = option("rooms", 100);
const CLIENTS = option("clients", 8);
const MOVES = option("moves", 8);
const PROCESSES = option("processes", 1);
const urlIndex = process.argv.indexOf("--url");
const givenUrl = urlIndex >= 0 ? process.argv[urlIndex + 1] : undefined;
const SEEN_TIMEOUT = 10_000;
/** A player reads the question before answering: 0.2–1 s, so 100 rooms do not move in lockstep. */
const THINK_MS = [200, 1000] as const;
/** The reading pace, 50× faster than a real workshop (a line waits 24–160 ms instead of 1.2–8 s). */
const PACE_SCALE = "0.02";

let errors = 0;
let lost = 0;
const latencies: number[] = [];
const byMove: number[][] = [];

type Bot = {
  room: Awaited<ReturnType<Client["consumeSeatReservation"]>>;
  onEntries: ((e: IndexedEntry[]) => void)[];
};

async function joinBot(url: string, body: Record<string, unknown>): Promise<Bot> {
  const r = await post(url, "/workshop/api/join", body);
  if (r.status !== 200) throw new Error(`join ${r.status}: ${JSON.stringify(r.json)}`);
  const room = await new Client(url).consumeSeatReservation(r.json as never);
  const bot: Bot = { room, onEntries: [] };
  room.onMessage("entries", (m: { entries: IndexedEntry[] }) => {
    for (const f of bot.onEntries) f(m.entries);
  });
  room.onMessage("refused", () => {
    errors++;
  });
  room.onMessage("*", () => {});
  return bot;
}

/** Joins a room's clients and starts its meeting; resolves with the function that plays its moves. */
async function setUpRoom(urls: string[], k: number): Promise<() => Promise<void>> {
  const url = urls[k % urls.length] as string;
  const created = await post(url, "/workshop/api/create", { scenarioId: "wijkteam-zuiderveld", seed: k });
  if (created.status !== 201) throw new Error(`create ${created.status}: ${JSON.stringify(created.json)}`);
  const { code, trainerKey } = created.json as { code: string; trainerKey: string };
  // Clients join through every process in turn: the ones on another process reach the room through Redis.
  const trainer = await joinBot(urls[(k + 1) % urls.length] as string, { code, trainerKey });
  const players: Bot[] = [];
  const ids: string[] = [];
  for (let c = 1; c < CLIENTS; c++) {
    const bot = await joinBot(urls[(k + c) % urls.length] as string, { code, name: `Bot ${c}` });
    const welcome = await new Promise<{ you: { player: string } }>((resolve) =>
      bot.room.onMessage("welcome", resolve),
    );
    players.push(bot);
    ids.push(welcome.you.player);
  }
  const mover = players[0] as Bot;
  const turns: PendingMove[] = [];
  let turnWaiter: ((p: PendingMove) => void) | undefined;
  mover.room.onMessage("turn", (m: { pending: PendingMove | null }) => {
    if (!m.pending) return;
    if (turnWaiter) {
      const w = turnWaiter;
      turnWaiter = undefined;
      w(m.pending);
    } else turns.push(m.pending);
  });
  const nextTurn = () =>
    new Promise<PendingMove>((resolve, reject) => {
      const queued = turns.shift();
      if (queued) return resolve(queued);
      const timer = setTimeout(() => reject(new Error("no turn came")), 30_000);
      turnWaiter = (p) => {
        clearTimeout(timer);
        resolve(p);
      };
    });
  const lobby = new Promise<void>((resolve) =>
    trainer.room.onMessage("lobby", (l: { players: { seat: string | null }[] }) => {
      if (l.players.some((p) => p.seat === "facilitator")) resolve();
    }),
  );
  trainer.room.send("assign", { player: ids[0], seat: "facilitator" });
  await lobby;
  trainer.room.send("start");
  const everyone = [trainer, ...players];
  return () => play(everyone, mover, nextTurn);
}

async function play(everyone: Bot[], mover: Bot, nextTurn: () => Promise<PendingMove>): Promise<void> {
  for (let m = 0; m < MOVES; m++) {
    let pending: PendingMove;
    try {
      pending = await nextTurn();
    } catch {
      break; // The meeting ended before MOVES moves.
    }
    await new Promise((r) => setTimeout(r, THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0])));
    const sent = performance.now();
    const seenBy = everyone.map(
      (bot) =>
        new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), SEEN_TIMEOUT);
          const f = (entries: IndexedEntry[]) => {
            if (
              entries.some(
                (e) => e.entry.t === "move" && e.entry.beat === pending.beat && !e.entry.byComputer,
              )
            ) {
              clearTimeout(timer);
              bot.onEntries = bot.onEntries.filter((x) => x !== f);
              resolve(true);
            }
          };
          bot.onEntries.push(f);
        }),
    );
    mover.room.send("move", { move: firstMove(pending), ref: m });
    const seen = await Promise.all(seenBy);
    if (seen.every(Boolean)) {
      const ms = performance.now() - sent;
      latencies.push(ms);
      byMove[m] = [...(byMove[m] ?? []), ms];
    } else lost++;
  }
  await Promise.all(everyone.map((b) => b.room.leave(true).catch(() => undefined)));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const dataDir = join(tmpdir(), `spiegelspel-bench-${process.pid}`);

async function main(): Promise<void> {
  let redis: Redis | undefined;
  const servers: ServerProcess[] = [];
  try {
    let urls: string[];
    if (givenUrl) urls = [givenUrl];
    else {
      const env: Record<string, string> = { PACE_SCALE, CREATES_PER_MINUTE: String(ROOMS * 2) };
      if (PROCESSES > 1) {
        const binary = redisServerBinary();
        if (!binary) throw new Error("--processes 2 needs redis-server (apt-get install redis-server)");
        redis = await startRedis(binary);
        env.REDIS_URL = redis.url;
      } else env.DATA_DIR = dataDir;
      for (let p = 0; p < PROCESSES; p++) servers.push(await startServerProcess(env));
      urls = servers.map((s) => s.url);
    }
    // All rooms are joined first (a few at a time, as people arrive), then every meeting plays at once:
    // the latency is that of R meetings running together, not of joins queueing behind them.
    const plays: (() => Promise<void>)[] = [];
    const setups: PromiseSettledResult<unknown>[] = [];
    for (let k = 0; k < ROOMS; k += 10) {
      const batch = await Promise.allSettled(
        Array.from({ length: Math.min(10, ROOMS - k) }, (_, j) => setUpRoom(urls, k + j)),
      );
      for (const r of batch) if (r.status === "fulfilled") plays.push(r.value);
      setups.push(...batch);
    }
    const results = [...setups, ...(await Promise.allSettled(plays.map((p) => p())))];
    for (const r of results) {
      if (r.status === "rejected") {
        errors++;
        process.stderr.write(
          `room failed: ${r.reason instanceof Error ? r.reason.message : String(r.reason)}\n`,
        );
      }
    }
  } finally {
    for (const s of servers) s.kill("SIGTERM");
    redis?.stop();
    // The server may still be closing its SQLite file; the folder goes once it has.
    setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 1000).unref();
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  if (process.env.BENCH_DEBUG)
    process.stderr.write(
      `p90 ${percentile(sorted, 90)} p95 ${percentile(sorted, 95)} p98 ${percentile(sorted, 98)} max ${sorted.at(-1)} byMove ${JSON.stringify(byMove.map((l) => Math.max(...l).toFixed(0)))}\n`,
    );
  const moves = latencies.length + lost;
  console.log(
    `workshop bench: ${ROOMS} rooms, ${ROOMS * CLIENTS} clients, ${moves} moves, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, lost ${lost}, errors ${errors}`,
  );
  await new Promise((r) => setTimeout(r, 1100));
  process.exit(0);
}

await main();
