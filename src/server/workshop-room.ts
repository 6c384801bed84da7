// One workshop: an authoritative meeting (a MeetingHost), the people in it, the pace, the durable log.
// Nothing private is in a shared state: each client gets its own messages, built for what its seat may
// see (trainer key and player keys never leave in anything but the welcome of their own holder).
import { type AuthContext, type Client, ErrorCode, Room, ServerError } from "@colyseus/core";
import { buildReport } from "../engine/report/report.ts";
import type { WorkshopRound } from "../engine/report/workshop-export.ts";
import { isMoreTime, MORE_TIME, type MoreTime } from "../engine/runtime/more-time.ts";
import type { SeatPending } from "../engine/session/meeting.ts";
import type { MoveRecord } from "../engine/session/session.ts";
import { hashSecret, newSecret } from "./join-code.ts";
import type { HostFactory, IndexedEntry, MeetingHost, Seat } from "./meeting-host.ts";
import { roleOfSeat, seatsOf, TRAINER } from "./meeting-host.ts";
import { type Clock, Pacer, pauseAfter, realClock } from "./pacing.ts";
import {
  type ClientMessage,
  checkMessage,
  cleanName,
  MAX_PLAYERS,
  type RefusalCode,
  TRAINER_ONLY,
} from "./protocol.ts";
import { followUpAction, RoomFollowUp } from "./room-follow-up.ts";
import { loadCached } from "./scenario-cache.ts";
import { rotateSeats } from "./seat-rotation.ts";
import { urgeSecondsFor, withSeatWindow } from "./seat-window.ts";

import type { WorkshopEvent, WorkshopHeader, WorkshopLog } from "./workshop-log.ts";

export interface RoomDeps {
  log: WorkshopLog;
  hostFactory: HostFactory;
  clock?: Clock;
  /** The clock of seats' answer windows (urges, hands, turns to give); `clock` when not given. */
  windowClock?: Clock;
  /** A room with nobody connected for this long is closed (its log stays; a rejoin rebuilds it). */
  idleMs?: number;
  reconnectSeconds?: number;
  /** Messages a client may send per second before they are refused. */
  messagesPerSecond?: number;
}

let deps: RoomDeps | undefined;
/** Colyseus builds rooms itself: what they need is set once per process. */
export function setRoomDeps(d: RoomDeps): void {
  deps = d;
}

type Status = "lobby" | "running" | "paused" | "ended";

interface Player {
  id: string;
  name: string;
  keyHash: string;
  seat: Seat | null;
  client: Client | undefined;
  /** The client's connection dropped; its seat is kept while it may reconnect. */
  away: boolean;
  /** The player's "more time to choose" setting: their seat's urges wait this much longer. */
  moreTime: MoreTime;
}

interface Auth {
  trainer: boolean;
  player?: string;
  name?: string;
  /** A new player's key, returned once in its welcome. */
  newKey?: string;
  /** The player's "more time to choose" setting, as their device sent it on joining. */
  moreTime?: MoreTime;
}

export interface CreateOptions {
  code: string;
  ticket: string;
}

/** How long a listener seat may take to raise a hand or pass in the listeners' round. */
export const HAND_WINDOW_SECONDS = 20;

export const codesKey = "spiegelspel:codes";
export const ticketKey = (code: string) => `spiegelspel:ticket:${code}`;

export class WorkshopRoom extends Room {
  private d!: RoomDeps;
  private header!: WorkshopHeader;
  private title = "";
  private seats: Seat[] = [];
  private readonly players = new Map<string, Player>();
  private readonly trainers = new Set<Client>();
  private status: Status = "lobby";
  private host: MeetingHost | undefined;
  private pacer: Pacer | undefined;
  /** Each seat's running window (an urge, a hand in the listeners' round, an absent lead's turn to give). */
  private readonly seatTimers = new Map<Seat, { clear(): void; fire(): void }>();
  /** The end-of-meeting reports and summary have been sent (once; a late joiner gets them on arrival). */
  private endSent = false;
  /** The team's follow-up, from the meeting's end (made on first need: at the end, or replaying it). */
  private followUp: RoomFollowUp | undefined;
  /** The turn last offered to each seat (its beat and the seat's move count), so it is offered once. */
  private readonly offered = new Map<Seat, string>();
  private idleTimer: { clear(): void } | undefined;
  private logChain: Promise<void> = Promise.resolve();
  private logBroken = false;
  private readonly rate = new WeakMap<Client, { at: number; n: number }>();
  private nextPlayer = 1;
  private arriving = 0;
  /** The round being played or set up (1, 2, …), its seed, who sat where when it began, and when. */
  private round = 1;
  private seed = 0;
  private roundSeats: Record<Seat, string> = {};
  private startedAt: number | null = null;
  private endedAt: number | null = null;
  /** The rounds over and kept (for the trainer's export); the current one joins them at the next round. */
  private readonly rounds: WorkshopRound[] = [];
  /** A next round is being logged: a second press in the meantime is refused, not a round skipped. */
  private turning = false;

  override async onCreate(options: CreateOptions): Promise<void> {
    if (!deps) throw new Error("the workshop server is not set up");
    this.d = deps;
    this.autoDispose = false;
    this.maxClients = MAX_PLAYERS + 4;
    const code = typeof options?.code === "string" ? options.code : "";
    // Rooms are made by the server's own create and rejoin routes only, which leave a one-time ticket.
    const ticket = await this.presence.get(ticketKey(code));
    if (!ticket || ticket !== options.ticket)
      throw new Error("a workshop room is created by the server only");
    await this.presence.del(ticketKey(code));
    const record = await this.d.log.read(code);
    if (!record) throw new Error(`no workshop ${code}`);
    this.header = record.header;
    const scenario = loadCached(this.header.scenarioText);
    if (!scenario) throw new Error(`workshop ${code}: its scenario no longer passes the checks`);
    this.title = scenario.title.nl;
    this.seats = seatsOf(Object.keys(scenario.roles), this.header.listenerSeats);
    this.seed = this.header.seed;
    this.replay(record.events);
    await this.setMetadata({ code });
    await this.presence.hset(codesKey, code, this.roomId);
    this.onMessage("*", (client, type, body) => this.receive(client, type, body));
    // Colyseus looks a message's type up in a plain object: a type named "__proto__" or "constructor"
    // would find Object.prototype's members and throw outside any handler. Without a prototype every
    // such name is simply unknown, and reaches "*" to be refused.
    Object.setPrototypeOf((this as unknown as { onMessageHandlers: object }).onMessageHandlers, null);
    this.touch();
  }

  /** Rebuilds the room from its log: the same players, seats, and meeting, up to the last move. */
  private replay(events: WorkshopEvent[]): void {
    let resumeAt = 0;
    for (const event of events) {
      switch (event.k) {
        case "join":
          this.players.set(event.player, {
            id: event.player,
            name: event.name,
            keyHash: event.keyHash,
            seat: null,
            client: undefined,
            away: true,
            moreTime: "normal",
          });
          this.nextPlayer = Math.max(this.nextPlayer, Number(event.player.slice(1)) + 1);
          break;
        case "remove":
          this.players.delete(event.player);
          break;
        case "seat": {
          const p = this.players.get(event.player);
          if (p) p.seat = event.seat;
          break;
        }
        case "start":
          this.startHost(event.seats, event.time ?? null);
          resumeAt = 0;
          break;
        case "seats":
          this.placeAll(event.seats);
          break;
        case "round":
          // The rounds replay in order: the one before is closed (its record kept), the next set up.
          this.nextRound(event.seed, event.seats, event.endedAt);
          resumeAt = 0;
          break;
        case "move": {
          const result = this.host?.apply(event.seat, event.move);
          if (!result?.ok) throw new Error(`the log does not replay: ${result?.error ?? "no meeting"}`);
          resumeAt = event.at;
          break;
        }
        case "pause":
          this.status = "paused";
          break;
        case "resume":
          this.status = "running";
          break;
        case "end":
          this.status = "ended";
          this.endedAt = event.time ?? null;
          break;
        case "follow-up": {
          const actor =
            event.seat === null ? { trainer: true as const } : { seat: event.seat, name: event.name };
          const result = this.openFollowUp()?.apply(actor, event.action);
          if (!result?.ok)
            throw new Error(
              `the log does not replay: ${result && !result.ok ? result.error : "no follow-up"}`,
            );
          break;
        }
      }
    }
    if (this.host) {
      // Reports went out when the meeting ended; whoever comes back gets theirs on arrival.
      this.endSent = this.status === "ended" || this.host.done;
      this.pacer = this.makePacer(resumeAt);
      if (this.status === "paused") this.pacer.pause();
      if (this.status === "ended") this.pacer.stop();
      else this.pacer.offer(this.host.logLength());
    }
  }

  private startHost(seats: Record<Seat, string>, time: number | null): boolean {
    const made = this.d.hostFactory({
      scenarioText: this.header.scenarioText,
      humanSeats: Object.keys(seats).sort(),
      seed: this.seed,
    });
    if (!made.ok) return false;
    this.host = made.host;
    this.status = "running";
    this.roundSeats = { ...seats };
    this.startedAt = time;
    return true;
  }

  /** Every player's seat at once: `seats` (seat → player); everyone else without one. */
  private placeAll(seats: Record<Seat, string>): void {
    for (const p of this.players.values()) p.seat = null;
    for (const [seat, id] of Object.entries(seats)) {
      const p = this.players.get(id);
      if (p) p.seat = seat;
    }
  }

  /** The meeting over is kept as a round record; the room goes back to the lobby with `seats` set. */
  private nextRound(seed: number, seats: Record<Seat, string>, endedAt: number): void {
    const host = this.host;
    if (host) {
      this.rounds.push(this.roundRecord(host, endedAt));
      host.stop();
    }
    this.pacer?.stop();
    this.clearTimers();
    this.host = undefined;
    this.pacer = undefined;
    this.offered.clear();
    this.endSent = false;
    this.status = "lobby";
    this.round++;
    this.seed = seed;
    this.roundSeats = {};
    this.startedAt = null;
    this.endedAt = null;
    this.placeAll(seats);
  }

  /** A round as the trainer's export keeps it: who sat where, the moves, the seed, reports, summary. */
  private roundRecord(host: MeetingHost, endedAt: number | null): WorkshopRound {
    const reports: WorkshopRound["reports"] = {};
    for (const seat of host.humanSeats) reports[seat] = this.reportOf(host, seat);
    const seats = this.seats
      .filter((seat) => Object.hasOwn(this.roundSeats, seat))
      .map((seat) => {
        const player = this.roundSeats[seat] as string;
        return { seat, player, name: this.players.get(player)?.name ?? "" };
      });
    return {
      round: this.round,
      seed: host.seed,
      startedAt: this.startedAt,
      endedAt,
      seats,
      moves: host.moves().map((m) => ({ seat: m.seat, move: m.move })),
      reports,
      summary: host.summary(),
      // This round's follow-up as it stands (opened here too, so a rebuilt room reports the same).
      ...(this.host === host && this.openFollowUp() ? { team: this.openFollowUp()?.team } : {}),
    };
  }

  /** The rounds over, and the current one once it has ended: what the trainer exports. */
  private sendRounds(to: Client[]): void {
    const host = this.host;
    const rounds = [...this.rounds];
    if (host && (this.status === "ended" || host.done)) rounds.push(this.roundRecord(host, this.endedAt));
    const body = { createdAt: this.header.createdAt, rounds };
    for (const t of to) t.send("rounds", body);
  }

  private makePacer(start: number): Pacer {
    const host = this.host as MeetingHost;
    return new Pacer(
      start,
      (i) => {
        const entry = host.entriesFor(TRAINER, i, i + 1)[0];
        return entry ? pauseAfter(entry.entry) : 0;
      },
      (i) => this.released(i),
      this.d.clock ?? realClock,
    );
  }

  override async onAuth(
    _client: Client,
    options: Record<string, unknown>,
    _context: AuthContext,
  ): Promise<Auth> {
    const o = options ?? {};
    if (o.moreTime !== undefined && !isMoreTime(o.moreTime))
      throw refusal(`'moreTime' is one of ${MORE_TIME.join(", ")}`);
    const moreTime = o.moreTime as MoreTime | undefined;
    if (typeof o.trainerKey === "string") {
      if (hashSecret(o.trainerKey) !== this.header.trainerKeyHash) throw refusal("wrong trainer key");
      return { trainer: true };
    }
    if (typeof o.playerKey === "string") {
      const hash = hashSecret(o.playerKey);
      const player = [...this.players.values()].find((p) => p.keyHash === hash);
      if (!player) throw refusal("unknown player key: join with the code and a name");
      return moreTime
        ? { trainer: false, player: player.id, moreTime }
        : { trainer: false, player: player.id };
    }
    const name = cleanName(o.name);
    if (!name) throw refusal("a name is 1 to 40 characters");
    // Joins run concurrently: count the new players between their check and their entry too.
    if (this.players.size + this.arriving >= MAX_PLAYERS)
      throw refusal(`this workshop is full (${MAX_PLAYERS} players)`);
    this.arriving++;
    return { trainer: false, name, newKey: newSecret(), moreTime: moreTime ?? "normal" };
  }

  override async onJoin(client: Client, _options: unknown, auth: Auth): Promise<void> {
    this.touch();
    if (auth.trainer) {
      this.trainers.add(client);
      client.userData = { trainer: true };
      this.sendWelcome(client, { trainer: true });
      this.sendLobby();
      if (this.host) this.catchUp(client, -1);
      if (this.rounds.length > 0 && !this.endSent) this.sendRounds([client]);
      return;
    }
    let player: Player | undefined;
    if (auth.player) {
      player = this.players.get(auth.player);
      if (!player) throw refusal("removed from this workshop");
      // A second connection with the same key takes over the seat; the first is closed.
      if (player.client && player.client !== client) player.client.leave(4001, "joined from elsewhere");
    } else {
      const id = `p${this.nextPlayer++}`;
      player = {
        id,
        name: auth.name as string,
        keyHash: hashSecret(auth.newKey as string),
        seat: null,
        client,
        away: false,
        moreTime: auth.moreTime ?? "normal",
      };
      try {
        await this.write({ k: "join", player: id, name: player.name, keyHash: player.keyHash });
        this.players.set(id, player);
      } finally {
        this.arriving--;
      }
    }
    player.client = client;
    player.away = false;
    // A player coming back brings their device's setting, which may have changed meanwhile.
    if (auth.moreTime) player.moreTime = auth.moreTime;
    client.userData = { player: player.id };
    this.sendWelcome(client, { player, key: auth.newKey });
    this.sendLobby();
    if (this.host) this.catchUp(client, -1);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    if (this.trainers.delete(client)) {
      this.touch();
      return;
    }
    const player = this.playerOf(client);
    if (!player) return;
    if (consented) {
      player.client = undefined;
      player.away = true;
      this.absent(player.seat);
      this.sendLobby();
      this.touch();
      return;
    }
    player.away = true;
    this.absent(player.seat);
    this.sendLobby();
    try {
      const back = await this.allowReconnection(client, this.d.reconnectSeconds ?? 60);
      if (player.client === client) {
        player.client = back;
        player.away = false;
        this.sendLobby();
      }
    } catch {
      if (player.client === client) player.client = undefined;
      this.touch();
    }
  }

  override onDispose(): void {
    this.pacer?.stop();
    this.clearTimers();
    this.idleTimer?.clear();
    this.host?.stop();
  }

  // ---- messages ----------------------------------------------------------------------------------

  private receive(client: Client, type: unknown, body: unknown): void {
    this.touch();
    if (!this.withinRate(client)) {
      this.refuse(client, String(type), "rate-limited", "too many messages: slow down");
      return;
    }
    const checked = checkMessage(type, body);
    if (!checked.ok) {
      this.refuse(client, String(type), "invalid-message", checked.reason);
      return;
    }
    const m = checked.message;
    const trainer = this.trainers.has(client);
    if (TRAINER_ONLY.has(m.type) && !trainer) {
      this.refuse(client, m.type, "trainer-only", "only the trainer may do this");
      return;
    }
    void this.handle(client, m, trainer).catch((e: unknown) =>
      this.refuse(
        client,
        m.type,
        "server-error",
        `the server could not do this: ${e instanceof Error ? e.message : String(e)}`,
      ),
    );
  }

  private async handle(client: Client, m: ClientMessage, trainer: boolean): Promise<void> {
    switch (m.type) {
      case "since":
        return this.catchUp(client, m.index);
      case "move":
        return this.move(client, m);
      case "pick-seat": {
        if (trainer)
          return this.refuse(client, m.type, "use-assign", "the trainer assigns seats with 'assign'");
        if (!this.header.allowPick)
          return this.refuse(client, m.type, "trainer-assigns-seats", "the trainer assigns the seats");
        const player = this.playerOf(client);
        return player ? this.seat(client, m.type, player.id, m.seat) : undefined;
      }
      case "assign":
        return this.seat(client, m.type, m.player, m.seat);
      case "more-time":
        return this.setMoreTime(client, m.value);
      case "remove": {
        const p = this.players.get(m.player);
        if (!p) return this.refuse(client, m.type, "unknown-player", `no player '${m.player}'`);
        if (this.status !== "lobby" && p.seat)
          return this.refuse(client, m.type, "player-seated", "free their seat first: the meeting has begun");
        await this.write({ k: "remove", player: p.id });
        this.players.delete(p.id);
        if (p.client) {
          p.client.send("removed", { reason: "the trainer removed you from this workshop" });
          p.client.leave(4000);
        }
        return this.sendLobby();
      }
      case "start":
        return this.start(client);
      case "pause":
        if (this.status !== "running")
          return this.refuse(client, m.type, "wrong-status", `the meeting is ${this.status}`);
        await this.write({ k: "pause" });
        this.status = "paused";
        this.pacer?.pause();
        this.clearTimers();
        return this.sendStatus();
      case "resume":
        if (this.status !== "paused")
          return this.refuse(client, m.type, "wrong-status", `the meeting is ${this.status}`);
        await this.write({ k: "resume" });
        this.status = "running";
        this.pacer?.resume();
        this.sendStatus();
        return this.offerTurns(true);
      case "skip":
        if (this.status !== "running")
          return this.refuse(client, m.type, "wrong-status", `the meeting is ${this.status}`);
        // Every line out: the room is waiting for seats' windows (an urge without a time limit, a hand):
        // skip moves the meeting on as if they had run out.
        if (this.pacer?.caughtUp) this.closeWindows();
        else this.pacer?.skip();
        return;
      case "end": {
        if (this.status === "ended")
          return this.refuse(client, m.type, "wrong-status", "the meeting has ended");
        const time = Date.now();
        await this.write({ k: "end", time });
        this.status = "ended";
        this.endedAt ??= time;
        this.clearTimers();
        this.pacer?.flush();
        this.pacer?.stop();
        this.sendStatus();
        return this.sendEnd();
      }
      case "rotate-seats": {
        if (this.status !== "lobby")
          return this.refuse(client, m.type, "seats-fixed", "seats are fixed once the meeting has begun");
        const seats = rotateSeats(this.seats, this.takenSeats());
        await this.write({ k: "seats", seats });
        this.placeAll(seats);
        return this.sendLobby();
      }
      case "next-round": {
        const host = this.host;
        if (!host || this.turning || !(this.status === "ended" || host.done))
          return this.refuse(
            client,
            m.type,
            "wrong-status",
            "the next round starts once this meeting has ended",
          );
        // The players who sat in this round move on; anyone seated since stays out of the rotation.
        const seats = rotateSeats(this.seats, this.roundSeats);
        const seed = Math.floor(Math.random() * 2 ** 31);
        const time = Date.now();
        const endedAt = this.endedAt ?? time;
        this.turning = true;
        try {
          await this.write({ k: "round", seed, seats, time, endedAt });
        } finally {
          this.turning = false;
        }
        this.nextRound(seed, seats, endedAt);
        this.sendStatus();
        this.sendLobby();
        this.sendRounds([...this.trainers]);
        return;
      }
      default:
        return this.followUpStep(client, m, trainer);
    }
  }

  /** The team's follow-up once the meeting is over: the engine's rules decide, the log keeps each step. */
  private openFollowUp(): RoomFollowUp | undefined {
    if (!this.host || !(this.host.done || this.status === "ended")) return undefined;
    // Bound to its meeting: a meeting started anew (a next round) starts its own follow-up.
    if (this.followUp?.host !== this.host) this.followUp = new RoomFollowUp(this.host);
    return this.followUp;
  }

  private async followUpStep(client: Client, m: ClientMessage, trainer: boolean): Promise<void> {
    const action = followUpAction(m);
    if (!action) return;
    const followUp = this.openFollowUp();
    if (!followUp)
      return this.refuse(
        client,
        m.type,
        "follow-up-not-open",
        "the follow-up opens when the meeting has ended",
      );
    const player = trainer ? undefined : this.playerOf(client);
    if (!trainer && !player?.seat)
      return this.refuse(client, m.type, "follow-up-no-seat", "only a player with a seat takes part");
    const actor = player?.seat ? { seat: player.seat, name: player.name } : { trainer: true as const };
    const wasDone = followUp.team.stage === "done";
    // Decided at once (the next message sees it), durable before anyone is told.
    const result = followUp.apply(actor, action);
    if (!result.ok) return this.refuse(client, m.type, result.code, result.error);
    await this.write({ k: "follow-up", seat: player?.seat ?? null, name: player?.name ?? "", action });
    client.send("ack", { ok: true, type: m.type });
    this.sendFollowUp();
    // The list is settled: everyone gets the group summary again, now with the team's list, and the
    // trainer the round's record with it (what the export is built from).
    if (!wasDone && followUp.team.stage === "done") {
      this.sendSummary();
      this.sendRounds([...this.trainers]);
    }
  }

  /** Each client its own view of the follow-up: its reflection only to itself, all of them to the trainer. */
  private sendFollowUp(only?: Client): void {
    const followUp = this.openFollowUp();
    if (!followUp) return;
    for (const c of only ? [only] : [...this.clients]) {
      if (this.trainers.has(c)) c.send("follow-up", followUp.forTrainer());
      else {
        const seat = this.playerOf(c)?.seat;
        c.send("follow-up", seat ? followUp.forSeat(seat) : { team: followUp.team });
      }
    }
  }

  private sendSummary(only?: Client): void {
    const host = this.host;
    if (!host) return;
    const body = { summary: host.summary(), team: this.openFollowUp()?.team ?? null };
    for (const c of only ? [only] : [...this.clients]) c.send("summary", body);
  }

  /** Seat → player, for the seats someone sits in now. */
  private takenSeats(): Record<Seat, string> {
    const taken: Record<Seat, string> = {};
    for (const p of this.players.values()) if (p.seat) taken[p.seat] = p.id;
    return taken;
  }

  private async seat(client: Client, type: string, playerId: string, seat: Seat | null): Promise<void> {
    if (this.status !== "lobby")
      return this.refuse(client, type, "seats-fixed", "seats are fixed once the meeting has begun");
    const p = this.players.get(playerId);
    if (!p) return this.refuse(client, type, "unknown-player", `no player '${playerId}'`);
    if (seat !== null && !this.seats.includes(seat))
      return this.refuse(client, type, "unknown-seat", `no seat '${seat}' (seats: ${this.seats.join(", ")})`);
    if (seat !== null) {
      const holder = [...this.players.values()].find((o) => o.seat === seat && o.id !== p.id);
      if (holder) {
        if (!this.trainers.has(client))
          return this.refuse(client, type, "seat-taken", `the ${seat} seat is taken`);
        // The trainer reassigns: whoever held the seat is unseated first, in the log too.
        await this.write({ k: "seat", player: holder.id, seat: null });
        holder.seat = null;
      }
    }
    await this.write({ k: "seat", player: p.id, seat });
    p.seat = seat;
    this.sendLobby();
  }

  /**
   * The player's "more time to choose" setting changed: their seat's urges wait accordingly from now on;
   * an urge offered already is offered again with its new window, counted from now.
   */
  private setMoreTime(client: Client, value: MoreTime): void {
    const player = this.playerOf(client);
    if (!player) {
      this.refuse(client, "more-time", "no-seat", "the trainer has no urges to time");
      return;
    }
    if (player.moreTime === value) return;
    player.moreTime = value;
    this.sendLobby();
    const seat = player.seat;
    const host = this.host;
    if (!seat || !host || this.status !== "running" || !this.seatTimers.has(seat)) return;
    const pending = host.pending(seat);
    if (pending?.purpose !== "move" || pending.kind !== "urge") return;
    this.clearTimer(seat);
    this.sendTurn(seat, pending);
    const window = this.windowOf(seat, pending);
    if (window) this.startWindow(seat, pending, window.seconds, window.move);
  }

  private moreTimeOf(seat: Seat): MoreTime {
    return [...this.players.values()].find((p) => p.seat === seat)?.moreTime ?? "normal";
  }

  private async start(client: Client): Promise<void> {
    if (this.status !== "lobby")
      return this.refuse(client, "start", "wrong-status", `the meeting is ${this.status}`);
    const seats = this.takenSeats();
    const made = this.d.hostFactory({
      scenarioText: this.header.scenarioText,
      humanSeats: Object.keys(seats).sort(),
      seed: this.seed,
    });
    if (!made.ok) return this.refuse(client, "start", "cannot-start", made.error);
    const time = Date.now();
    try {
      await this.write({ k: "start", seats, time });
    } catch (e) {
      made.host.stop();
      throw e;
    }
    this.host = made.host;
    this.status = "running";
    this.roundSeats = seats;
    this.startedAt = time;
    this.pacer = this.makePacer(0);
    this.sendStatus();
    this.pacer.offer((this.host as MeetingHost).logLength());
  }

  private async move(client: Client, m: Extract<ClientMessage, { type: "move" }>): Promise<void> {
    const ref = m.ref;
    const player = this.playerOf(client);
    if (!player) return this.refuse(client, "move", "no-seat", "the trainer has no seat to move for", ref);
    if (!player.seat) return this.refuse(client, "move", "no-seat", "you have no seat", ref);
    const host = this.host;
    const pacer = this.pacer;
    if (!host || !pacer) return this.refuse(client, "move", "not-started", "the meeting has not begun", ref);
    if (this.status !== "running")
      return this.refuse(client, "move", "wrong-status", `the meeting is ${this.status}`, ref);
    const isNote = "note" in m.move;
    if (!isNote) {
      const pending = host.pending(player.seat);
      // A turn is offered once the lines before it are out; lines another seat caused after that do
      // not take it back (the offered turn still stands), but a turn not yet offered waits for them.
      if (
        !pacer.caughtUp &&
        (!pending || this.offered.get(player.seat) !== this.turnKey(host, player.seat, pending))
      )
        return this.refuse(client, "move", "lines-coming", "wait until the last line has been said", ref);
      if (!pending) return this.refuse(client, "move", "not-your-turn", "it is not your seat's turn", ref);
    }
    const at = pacer.position;
    const result = host.apply(player.seat, m.move);
    if (!result.ok) return this.refuse(client, "move", "move-refused", result.error, ref);
    // Other seats' turns this move overtook are taken back now: from here on the room refuses moves
    // for them, so their players hear it before any such refusal (the log write takes a while).
    if (!isNote) this.withdrawStale(host, player.seat);
    // The seat answered: its window (if any) no longer waits. A note leaves the window running.
    if (!isNote) this.clearTimer(player.seat);
    // Durable before anything is said about it: the acknowledgement and the lines wait for the log.
    await this.write({ k: "move", seat: player.seat, move: m.move, at });
    client.send("ack", ref === undefined ? { ok: true } : { ok: true, ref });
    if (!isNote) {
      this.sendTurn(player.seat, null);
      this.afterMove(host, pacer);
    } else pacer.offer(host.logLength());
  }

  /**
   * A move may add no line (a hand raised, a pass) yet change other seats' turns (the lead may now give
   * the turn): with nothing to release, the turns are offered at once; otherwise when the lines are out.
   */
  private afterMove(host: MeetingHost, pacer: Pacer): void {
    pacer.offer(host.logLength());
    if (pacer.caughtUp) this.offerTurns();
  }

  /**
   * Another seat's move can change what a seat may do (a listener gives in: the facilitator must handle
   * it before their own move): a turn offered before and no longer the seat's is taken back at once,
   * before the lines that follow, so its player does not answer a question that is gone. The new turn
   * is offered as any, once the lines before it are out.
   */
  private withdrawStale(host: MeetingHost, mover?: Seat): void {
    for (const seat of host.humanSeats) {
      // The mover's own turn ends with its acknowledgement (sendTurn after the write).
      if (seat === mover) continue;
      const offered = this.offered.get(seat);
      if (offered === undefined || offered.startsWith("-:")) continue;
      if (offered === this.turnKey(host, seat, host.pending(seat))) continue;
      this.offered.delete(seat);
      this.clearTimer(seat);
      this.sendTurn(seat, null);
    }
  }

  // ---- pace and what each client sees -------------------------------------------------------------

  private released(i: number): void {
    const host = this.host as MeetingHost;
    for (const p of this.players.values()) {
      if (!p.client || p.away) continue;
      const entries = host.entriesFor(p.seat ?? "", i, i + 1);
      if (entries.length > 0) p.client.send("entries", { entries });
    }
    const all = host.entriesFor(TRAINER, i, i + 1);
    for (const t of this.trainers) t.send("entries", { entries: all });
    if (this.pacer?.caughtUp) this.offerTurns();
  }

  /** Entries the client has not seen (after `index`) up to what has been released, then its turn. */
  private catchUp(client: Client, index: number): void {
    const host = this.host;
    const upTo = this.pacer?.position ?? 0;
    if (!host) return;
    const seat = this.trainers.has(client) ? TRAINER : (this.playerOf(client)?.seat ?? "");
    const entries: IndexedEntry[] = host.entriesFor(seat, index + 1, upTo);
    client.send("entries", { entries, catchUp: true });
    this.sendStatus(client);
    if (seat !== TRAINER && seat !== "" && this.status === "running") {
      // Its turn if the lines before it are out, or if it was offered already (other seats' lines since
      // then do not take it back).
      const pending = host.pending(seat);
      const offered = pending !== null && this.offered.get(seat) === this.turnKey(host, seat, pending);
      if (this.pacer?.caughtUp || offered)
        client.send("turn", { pending: pending && withSeatWindow(pending, this.moreTimeOf(seat)) });
    }
    if (this.endSent) this.sendEnd(client);
  }

  /**
   * Offers each seat its turn once: a note released later (the room catching up again) must not offer
   * the same turn anew, which would restart its window. `again` after a pause, whose resume restarts
   * the windows on purpose.
   */
  private offerTurns(again = false): void {
    const host = this.host;
    if (!host || this.status !== "running") return;
    if (host.done) {
      this.clearTimers();
      this.endedAt ??= Date.now();
      this.sendStatus();
      this.sendEnd();
      return;
    }
    for (const seat of host.humanSeats) {
      const pending = host.pending(seat);
      const turn = this.turnKey(host, seat, pending);
      if (!again && this.offered.get(seat) === turn) continue;
      this.offered.set(seat, turn);
      this.clearTimer(seat);
      this.sendTurn(seat, pending);
      const window = pending ? this.windowOf(seat, pending) : undefined;
      if (pending && window) this.startWindow(seat, pending, window.seconds, window.move);
    }
  }

  /** Which turn this is: its purpose, its beat, and how many moves the seat has made before it. */
  private turnKey(host: MeetingHost, seat: Seat, pending: SeatPending | null): string {
    const count = host.moves().filter((m) => m.seat === seat && !("note" in m.move)).length;
    return `${pending?.purpose ?? "-"}:${pending?.beat ?? "-"}#${count}`;
  }

  /**
   * How long a seat's pending move may wait, and what is played when it has waited that long: an urge
   * passes as holding back (the scenario's onTimeout); a hand in the listeners' round passes; a lead
   * who is not connected gives the turn to the first raised hand, as the computer does. Anything else
   * waits for its player (the trainer sees it and may end the meeting).
   */
  private windowOf(seat: Seat, pending: SeatPending): { seconds: number; move: MoveRecord } | undefined {
    if (pending.purpose === "move" && pending.kind === "urge")
      return {
        seconds: urgeSecondsFor(pending.windowSeconds ?? 6, this.moreTimeOf(seat)),
        move: { wait: true },
      };
    if (pending.purpose === "hand") return { seconds: HAND_WINDOW_SECONDS, move: { wait: true } };
    const first = pending.choices[0];
    if (pending.purpose === "turn" && first && !this.connected(seat))
      return { seconds: HAND_WINDOW_SECONDS, move: { choose: first.id } };
    return undefined;
  }

  /** A seat's player went away: a turn already offered to it that gives way when absent gets its window. */
  private absent(seat: Seat | null): void {
    const host = this.host;
    if (!seat || !host || this.status !== "running" || this.seatTimers.has(seat)) return;
    const pending = host.pending(seat);
    if (!pending || this.offered.get(seat) !== this.turnKey(host, seat, pending)) return;
    const window = this.windowOf(seat, pending);
    if (window) this.startWindow(seat, pending, window.seconds, window.move);
  }

  private connected(seat: Seat): boolean {
    return [...this.players.values()].some((p) => p.seat === seat && p.client !== undefined && !p.away);
  }

  /** When the window is over and the seat still has the same move, plays `move` for it, logged like any. */
  private startWindow(seat: Seat, pending: SeatPending, seconds: number, move: MoveRecord): void {
    const clock = this.d.windowClock ?? this.d.clock ?? realClock;
    const fire = () => {
      if (this.seatTimers.get(seat) === entry) this.seatTimers.delete(seat);
      const host = this.host;
      const now = host?.pending(seat);
      if (!host || this.status !== "running" || now?.beat !== pending.beat) return;
      if (now.purpose !== pending.purpose) return;
      const at = this.pacer?.position ?? 0;
      if (!host.apply(seat, move).ok) return;
      this.withdrawStale(host, seat);
      void this.write({ k: "move", seat, move, at }).then(
        () => {
          this.sendTurn(seat, null);
          if (this.pacer) this.afterMove(host, this.pacer);
        },
        () => undefined,
      );
    };
    // A little grace over the window for the time the message takes to arrive.
    const timer = clock.setTimeout(fire, seconds * 1000 + 500);
    const entry = { clear: () => timer.clear(), fire };
    this.seatTimers.set(seat, entry);
  }

  /** Every running window closes now, as if it had run out (the trainer's skip while the room waits). */
  private closeWindows(): void {
    for (const entry of [...this.seatTimers.values()]) {
      entry.clear();
      entry.fire();
    }
  }

  private clearTimer(seat: Seat): void {
    this.seatTimers.get(seat)?.clear();
    this.seatTimers.delete(seat);
  }

  private clearTimers(): void {
    for (const t of this.seatTimers.values()) t.clear();
    this.seatTimers.clear();
  }

  /**
   * The end of the meeting: each seated player gets its own report (its seat's view of the meeting),
   * the trainer every seat's, and everyone the group summary. Once; a client arriving later gets its
   * own on arrival (catchUp).
   */
  private sendEnd(only?: Client): void {
    const host = this.host;
    if (!host || (this.endSent && !only)) return;
    if (!only) this.endSent = true;
    const targets = only ? [only] : [...this.clients];
    for (const c of targets) {
      const trainer = this.trainers.has(c);
      const seat = trainer ? undefined : this.playerOf(c)?.seat;
      const seats = trainer ? host.humanSeats : seat && host.humanSeats.includes(seat) ? [seat] : [];
      for (const s of seats) c.send("report", { seat: s, report: this.reportOf(host, s) });
      // The follow-up opens with the end; the summary carries the team's list as it stands.
      this.sendFollowUp(c);
      this.sendSummary(c);
    }
    this.sendRounds(targets.filter((c) => this.trainers.has(c)));
  }

  private reportOf(host: MeetingHost, seat: Seat) {
    const scenario = loadCached(this.header.scenarioText);
    const role = roleOfSeat(seat);
    if (!scenario || !role) return null;
    const ctx = host.contextFor(seat);
    return {
      nl: buildReport(scenario, role, ctx, "nl", host.seed),
      en: buildReport(scenario, role, ctx, "en", host.seed),
    };
  }

  private sendTurn(seat: Seat, engine: SeatPending | null): void {
    // The seat's urge window as its player asked for it: their countdown and the trainer's view show it.
    const pending = engine && withSeatWindow(engine, this.moreTimeOf(seat));
    for (const p of this.players.values())
      if (p.seat === seat && p.client) p.client.send("turn", { pending });
    for (const t of this.trainers) t.send("turns", { seat, pending });
  }

  private sendWelcome(
    client: Client,
    who: { trainer: true } | { player: Player; key: string | undefined },
  ): void {
    // A trainer's own scenario is on no player's device: its checked text goes with the welcome (to
    // seated players and followers alike), within the upload's size limit; a bundled one goes by id.
    const scenario =
      this.header.scenarioId === null && !("trainer" in who)
        ? { id: null, title: this.title, text: this.header.scenarioText }
        : { id: this.header.scenarioId, title: this.title };
    const base = {
      code: this.header.code,
      scenario,
      seats: this.seats,
      allowPick: this.header.allowPick,
      status: this.status,
      round: this.round,
    };
    if ("trainer" in who) client.send("welcome", { ...base, you: { trainer: true } });
    else {
      const you = { player: who.player.id, name: who.player.name, seat: who.player.seat };
      client.send("welcome", who.key ? { ...base, you, playerKey: who.key } : { ...base, you });
    }
  }

  /** Who is here; the trainer also sees each player's "more time" setting (no other player does). */
  private lobby(trainer: boolean) {
    return {
      status: this.status,
      players: [...this.players.values()].map((p) => {
        const player = {
          player: p.id,
          name: p.name,
          seat: p.seat,
          connected: p.client !== undefined && !p.away,
        };
        return trainer ? { ...player, moreTime: p.moreTime } : player;
      }),
      seats: this.seats,
      round: this.round,
    };
  }

  private sendLobby(): void {
    const lobby = this.lobby(false);
    const trainers = this.lobby(true);
    for (const c of this.clients) c.send("lobby", this.trainers.has(c) ? trainers : lobby);
  }

  private sendStatus(only?: Client): void {
    const status = {
      status: this.status,
      position: this.pacer?.position ?? 0,
      done: this.host?.done ?? false,
      round: this.round,
    };
    if (only) only.send("status", status);
    else for (const c of this.clients) c.send("status", status);
  }

  /** `code` is stable for clients to show the refusal in their user's language; `reason` is for people. */
  private refuse(client: Client, type: string, code: RefusalCode, reason: string, ref?: number): void {
    client.send("refused", ref === undefined ? { type, code, reason } : { type, code, reason, ref });
  }

  private playerOf(client: Client): Player | undefined {
    const id = (client.userData as { player?: string } | undefined)?.player;
    return id ? this.players.get(id) : undefined;
  }

  private withinRate(client: Client): boolean {
    const limit = this.d.messagesPerSecond ?? 20;
    const now = Date.now();
    const r = this.rate.get(client);
    if (!r || now - r.at >= 1000) {
      this.rate.set(client, { at: now, n: 1 });
      return true;
    }
    r.n++;
    return r.n <= limit;
  }

  /** Appends to the durable log, in order. If the log cannot be written the room stops taking changes. */
  private write(event: WorkshopEvent): Promise<void> {
    if (this.logBroken) return Promise.reject(new Error("the workshop log cannot be written"));
    const done = this.logChain.then(() => this.d.log.append(this.header.code, event));
    this.logChain = done.catch(() => {
      this.logBroken = true;
    });
    return done;
  }

  private touch(): void {
    this.idleTimer?.clear();
    const clock = this.d.clock ?? realClock;
    this.idleTimer = clock.setTimeout(
      () => {
        // A seat reserved but not yet taken is someone on their way in (a slow machine may take longer
        // than the idle time between reservation and connection): the room waits for them.
        if (this.clients.length === 0 && Object.keys(this.reservedSeats).length === 0) void this.disconnect();
        else this.touch();
      },
      this.d.idleMs ?? 30 * 60_000,
    );
  }
}

/** A refused join: the client gets the reason; Colyseus does not log it as a server error. */
function refusal(reason: string): ServerError {
  return new ServerError(ErrorCode.AUTH_FAILED, reason);
}
