// npm run bench:workshop [-- --rooms 100 --clients 8 --moves 8 --processes 1|2 --url http://…]
// Rooms of bot clients against started workshop servers (this script starts them, with Redis for two
// processes, unless --url points at one). Per room: a trainer and clients-1 players on HUMAN seats, one
// facilitator and the rest listeners, each bot playing its own seat's turns as they come: the
// facilitator's moves (and handling a listener who gives in), each listener's urges (giving in to one
// in seven or so, holding back otherwise, as most listeners do), hands and questions in the listeners'
// round. A room plays until its seats have made moves × players moves or the meeting ends. Latency: from a move sent until every client shown its result has it: the
// acknowledgement (the move is durable), and the move's entry at every client of the room for the
// facilitator's moves, at the listener and the trainer for a listener's own decision (the others see
// only what the room hears of it). The server runs the reading pace 50× faster than a workshop, the
// seats' answer windows at their real length, and each bot thinks 0.2–1 s before a move (people do
// not all click in the same millisecond). Errors are refusals and failed rooms; a move whose turn the
// server took back while it was on its way (another seat's move came first, and the bot got the new
// turn before the refusal) is refused rightly and not counted (BENCH_DEBUG=1 shows how many, and the
// latency per kind of move). Ends with exactly one line:
// workshop bench: R rooms, C clients, M moves, p50 X ms, p99 Y ms, lost L, errors E
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "colyseus.js";
import type { LogEntry } from "../../src/engine/runtime/context.ts";
import type { SeatPending } from "../../src/engine/session/meeting.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import type { IndexedEntry } from "../../src/server/meeting-host.ts";
import { post } from "../server/harness.ts";
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
if (CLIENTS < 3 || CLIENTS > 22)
  throw new Error("--clients is 3 to 22: a trainer, a facilitator, 1 to 20 listeners");
const urlIndex = process.argv.indexOf("--url");
const givenUrl = urlIndex >= 0 ? process.argv[urlIndex + 1] : undefined;
const SEEN_TIMEOUT = 10_000;
/** No turn for this long: the bot's seat has nothing more to do in this room. */
const TURN_TIMEOUT = 30_000;
/** A player reads the question before answering: 0.2–1 s, so 100 rooms do not move in lockstep. */
const THINK_MS = [200, 1000] as const;
/** The reading pace, 50× faster than a real workshop (a line waits 24–160 ms instead of 1.2–8 s). */
const PACE_SCALE = "0.02";

let errors = 0;
/** Moves refused because another seat's move took their turn back while they were on the way. */
let overtaken = 0;
let lost = 0;
const latencies: number[] = [];
/** From a move sent until its acknowledgement (durable in the log), for BENCH_DEBUG. */
const acks: number[] = [];
const byKind = new Map<string, number[]>();

type Bot = {
  room: Awaited<ReturnType<Client["consumeSeatReservation"]>>;
  seat: string | null;
  onEntries: ((e: IndexedEntry[]) => void)[];
  onAnswer: Map<number, (ok: boolean) => void>;
  pending: SeatPending | null;
  turnChanged: (() => void)[];
  /** What each move answered (BENCH_DEBUG): said with a refusal. */
  sent: Map<number, string>;
  /** Turn messages received, and their count when each move was sent. */
  turns: number;
  sentTurns: Map<number, number>;
};

async function joinBot(url: string, body: Record<string, unknown>): Promise<Bot> {
  const r = await post(url, "/workshop/api/join", body);
  if (r.status !== 200) throw new Error(`join ${r.status}: ${JSON.stringify(r.json)}`);
  const room = await new Client(url).consumeSeatReservation(r.json as never);
  const bot: Bot = {
    room,
    seat: null,
    onEntries: [],
    onAnswer: new Map(),
    pending: null,
    turnChanged: [],
    sent: new Map(),
    turns: 0,
    sentTurns: new Map(),
  };
  room.onMessage("entries", (m: { entries: IndexedEntry[] }) => {
    for (const f of [...bot.onEntries]) f(m.entries);
  });
  room.onMessage("turn", (m: { pending: SeatPending | null }) => {
    bot.pending = m.pending;
    bot.turns++;
    for (const f of bot.turnChanged.splice(0)) f();
  });
  const answer = (ok: boolean) => (m: { ref?: number }) => {
    const f = m.ref === undefined ? undefined : bot.onAnswer.get(m.ref);
    if (f) {
      bot.onAnswer.delete(m.ref as number);
      f(ok);
    }
  };
  room.onMessage("ack", answer(true));
  room.onMessage("refused", (m: { ref?: number; type: string; code: string; reason: string }) => {
    // A move the server took the turn of back while it was on its way (another seat's move came first:
    // a turn message arrived between sending and the refusal) is refused as it should be: the player
    // sees the new turn. Any other refusal is an error.
    const sentAt = m.ref === undefined ? undefined : bot.sentTurns.get(m.ref);
    if (sentAt !== undefined && sentAt !== bot.turns) overtaken++;
    else {
      errors++;
      if (process.env.BENCH_DEBUG)
        process.stderr.write(`refused ${m.type} ${m.code}: ${m.reason} (${bot.sent.get(m.ref ?? -1)})\n`);
    }
    answer(false)(m);
  });
  room.onMessage("*", () => {});
  return bot;
}

/** How often a listener bot gives in to an urge; otherwise it holds back, as most listeners do. */
const GIVE_IN = 0.15;

/** A move that fits what is asked: the first option shown; at an urge, holding back mostly. */
function botMove(p: SeatPending): MoveRecord {
  if (p.kind === "pick") return { pick: p.choices.slice(0, p.min).map((c) => c.id) };
  if (p.kind === "urge" && p.onTimeout && Math.random() >= GIVE_IN) return { choose: p.onTimeout };
  if (p.kind === "urge") {
    const giveIn = p.choices.find((c) => c.id !== p.onTimeout);
    if (giveIn) return { choose: giveIn.id };
  }
  const first = p.choices[0];
  if (!first) return p.kind === "urge" ? { wait: true } : { say: "Wat bedoelt u daar precies mee?" };
  return { choose: first.id };
}

interface RoomPlay {
  everyone: Bot[];
  trainer: Bot;
  seated: Bot[];
  moves: number;
  stopped: boolean;
  stop(): void;
  stopWaiters: (() => void)[];
}

/** Joins a room's clients, seats them and starts its meeting; resolves with the function that plays it. */
async function setUpRoom(urls: string[], k: number): Promise<() => Promise<void>> {
  const url = urls[k % urls.length] as string;
  const created = await post(url, "/workshop/api/create", {
    scenarioId: "wijkteam-zuiderveld",
    seed: k,
    listeners: CLIENTS - 2,
  });
  if (created.status !== 201) throw new Error(`create ${created.status}: ${JSON.stringify(created.json)}`);
  const { code, trainerKey } = created.json as { code: string; trainerKey: string };
  // Clients join through every process in turn: the ones on another process reach the room through Redis.
  const trainer = await joinBot(urls[(k + 1) % urls.length] as string, { code, trainerKey });
  const players: Bot[] = [];
  const ids: string[] = [];
  for (let c = 1; c < CLIENTS; c++) {
    const joining = joinBot(urls[(k + c) % urls.length] as string, { code, name: `Bot ${c}` });
    const bot = await joining;
    const welcome = await new Promise<{ you: { player: string } }>((resolve) =>
      bot.room.onMessage("welcome", resolve),
    );
    players.push(bot);
    ids.push(welcome.you.player);
  }
  const seats = players.map((_, i) => (i === 0 ? "facilitator" : `listener-${i}`));
  const lobby = new Promise<void>((resolve) =>
    trainer.room.onMessage("lobby", (l: { players: { seat: string | null }[] }) => {
      if (l.players.filter((p) => p.seat).length === seats.length) resolve();
    }),
  );
  players.forEach((bot, i) => {
    bot.seat = seats[i] as string;
    trainer.room.send("assign", { player: ids[i], seat: bot.seat });
  });
  await lobby;
  const room: RoomPlay = {
    everyone: [trainer, ...players],
    trainer,
    seated: players,
    moves: 0,
    stopped: false,
    stopWaiters: [],
    stop() {
      if (this.stopped) return;
      this.stopped = true;
      for (const f of this.stopWaiters.splice(0)) f();
    },
  };
  // The meeting's end (every seat's report and the summary follow it) stops the room's bots.
  trainer.room.onMessage("summary", () => room.stop());
  trainer.room.send("start");
  return () => playRoom(room);
}

async function playRoom(room: RoomPlay): Promise<void> {
  const limit = MOVES * room.seated.length;
  await Promise.all(room.seated.map((bot) => playSeat(room, bot, limit)));
  room.stop();
  await Promise.all(room.everyone.map((b) => b.room.leave(true).catch(() => undefined)));
}

/** The bot's current turn, once there is one; null once the room stops or no turn comes. */
function nextTurn(room: RoomPlay, bot: Bot): Promise<SeatPending | null> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (room.stopped) return finish(null);
      if (bot.pending) return finish(bot.pending);
      // A turn taken away (null) is no turn: wait on for the next.
      bot.turnChanged.push(check);
    };
    const finish = (p: SeatPending | null) => {
      clearTimeout(timer);
      bot.turnChanged = bot.turnChanged.filter((f) => f !== check);
      resolve(p);
    };
    timer = setTimeout(() => finish(null), TURN_TIMEOUT);
    room.stopWaiters.push(() => finish(null));
    check();
  });
}

const sameTurn = (a: SeatPending | null, b: SeatPending | null) =>
  a !== null && b !== null && a.beat === b.beat && a.purpose === b.purpose && a.kind === b.kind;

async function playSeat(room: RoomPlay, bot: Bot, limit: number): Promise<void> {
  let ref = 0;
  while (!room.stopped && room.moves < limit) {
    const pending = await nextTurn(room, bot);
    if (!pending) {
      // A seat with nothing more to do (its player idle for TURN_TIMEOUT): the room is over for it.
      if (!room.stopped) room.stop();
      return;
    }
    await new Promise((r) => setTimeout(r, THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0])));
    // The turn may have changed while the bot read (a breach to handle first): it answers the current one.
    if (room.stopped || !sameTurn(pending, bot.pending)) continue;
    bot.pending = null;
    room.moves++;
    await measure(room, bot, pending, botMove(pending), ref++);
  }
  if (room.moves >= limit) room.stop();
}

/** Who must see a move's entry: everyone for the facilitator's moves, the listener and the trainer for a listener's. */
function watchers(room: RoomPlay, bot: Bot, p: SeatPending): Bot[] {
  if (p.purpose === "hand" || p.purpose === "turn") return [];
  return bot.seat === "facilitator" ? room.everyone : [bot, room.trainer];
}

function isResult(e: LogEntry, bot: Bot, p: SeatPending): boolean {
  if (e.t !== "move" || e.beat !== p.beat || e.byComputer) return false;
  return bot.seat === "facilitator" ? e.role === "facilitator" : e.seat === bot.seat;
}

async function measure(
  room: RoomPlay,
  bot: Bot,
  p: SeatPending,
  move: MoveRecord,
  ref: number,
): Promise<void> {
  const sent = performance.now();
  const cancels: (() => void)[] = [];
  const seen = watchers(room, bot, p).map(
    (watcher) =>
      new Promise<boolean>((resolve) => {
        const finish = (ok: boolean) => {
          clearTimeout(timer);
          watcher.onEntries = watcher.onEntries.filter((x) => x !== f);
          resolve(ok);
        };
        const timer = setTimeout(() => finish(false), SEEN_TIMEOUT);
        const f = (entries: IndexedEntry[]) => {
          if (entries.some((e) => isResult(e.entry, bot, p))) finish(true);
        };
        watcher.onEntries.push(f);
        cancels.push(() => finish(false));
      }),
  );
  let refusedNow = false;
  const acked = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      bot.onAnswer.delete(ref);
      resolve(false);
    }, SEEN_TIMEOUT);
    bot.onAnswer.set(ref, (ok) => {
      clearTimeout(timer);
      acks.push(performance.now() - sent);
      refusedNow = !ok;
      resolve(ok);
    });
  });
  if (process.env.BENCH_DEBUG)
    bot.sent.set(ref, `${bot.seat} ${p.purpose}/${p.kind} ${p.beat} ${JSON.stringify(move)}`);
  bot.sentTurns.set(ref, bot.turns);
  bot.room.send("move", { move, ref });
  const ok = await acked;
  if (!ok) {
    // Refused (counted as an error when it came) or never answered (lost); its entry will not come.
    for (const cancel of cancels) cancel();
    if (!refusedNow) lost++;
    return;
  }
  const all = await Promise.all(seen);
  if (all.every(Boolean)) {
    const ms = performance.now() - sent;
    latencies.push(ms);
    const kind = `${bot.seat === "facilitator" ? "facilitator" : "listener"} ${p.purpose}`;
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  } else lost++;
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
      const env: Record<string, string> = {
        PACE_SCALE,
        WINDOW_SCALE: "1",
        CREATES_PER_MINUTE: String(ROOMS * 2),
      };
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
  if (process.env.BENCH_DEBUG) {
    const line = (l: number[]) => {
      const o = [...l].sort((a, b) => a - b);
      return `n ${o.length} p50 ${percentile(o, 50).toFixed(0)} p99 ${percentile(o, 99).toFixed(0)}`;
    };
    process.stderr.write(
      `overtaken ${overtaken} p90 ${percentile(sorted, 90)} p95 ${percentile(sorted, 95)} max ${sorted.at(-1)}\nack: ${line(acks)}\n${[...byKind].map(([k, l]) => `${k}: ${line(l)}`).join("\n")}\n`,
    );
  }
  const moves = latencies.length + lost;
  console.log(
    `workshop bench: ${ROOMS} rooms, ${ROOMS * CLIENTS} clients, ${moves} moves, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, lost ${lost}, errors ${errors}`,
  );
  await new Promise((r) => setTimeout(r, 1100));
  process.exit(0);
}

await main();
