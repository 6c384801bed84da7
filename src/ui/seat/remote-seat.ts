// A workshop seat: the meeting view over a room on the workshop server. The server decides everything;
// this keeps what it was told (the entries in order, the seat's turn, the status) and sends the seat's
// moves. A move answers "sent" at once; a refusal comes later and is handed to `onRefused`.
import type { Context, LogEntry, NoteTag } from "../../engine/runtime/context.ts";
import { refusal } from "../../engine/session/refusals.ts";
import { roleOfSeat } from "../../engine/session/seats.ts";
import type { MoveRecord, MoveResult, PendingMove } from "../../engine/session/session.ts";
import type { IndexedEntry, StatusMessage, Turn, WorkshopRoom } from "../workshop/api.ts";
import type { MeetingSeat } from "./seat.ts";

export class RemoteSeat implements MeetingSeat {
  readonly pacedHere = false;
  /** The server judges typed words. */
  readonly hasJudge = true;
  /** The entries as the server sent them, and as this device shows them (others' moves as theirs). */
  private readonly raw: LogEntry[] = [];
  private readonly entries: LogEntry[] = [];
  /** Who sits where (seat → display name), for naming another person's moves. */
  private names: Readonly<Record<string, string>> = {};
  private highest = -1;
  private turn: PendingMove | null = null;
  private status: StatusMessage = { status: "lobby", position: 0, done: false };
  private readonly notes: Record<string, NoteTag> = {};
  private readonly listeners = new Set<() => void>();
  private nextRef = 1;
  private readonly sent = new Map<number, { turn: PendingMove | null; turns: number }>();
  /** How many turn messages have come: a refusal gives back only a turn the server has not replaced since. */
  private turns = 0;
  private stopped = false;
  /** A move or note the server refused, by its stable code. */
  onRefused: (code: string) => void = () => {};

  /**
   * `mySeat`: this device's seat ("facilitator", "listener-2"), or null for someone following without
   * one. A move not by the computer is this seat's only when the entry says so: its `seat`, or (an entry
   * of the room's lead, or of single play, which carry none) its role. Any other is another person's.
   */
  constructor(
    private readonly room: WorkshopRoom,
    private mySeat: string | null,
  ) {
    room.onMessage("entries", (body: { entries: IndexedEntry[] }) => this.take(body.entries));
    room.onMessage("turn", (body: Turn) => {
      this.turn = body.pending;
      this.turns++;
      this.changed();
    });
    room.onMessage("status", (body: StatusMessage) => {
      this.status = body;
      this.changed();
    });
    room.onMessage("refused", (body: { type: string; code: string; ref?: number }) => {
      if (body.type !== "move") return;
      // The turn taken away when the move was sent comes back: the player can try again.
      // Not if the server has said what the seat's turn is since (taken back, or another one).
      const before = body.ref === undefined ? undefined : this.sent.get(body.ref);
      if (before?.turn && before.turns === this.turns) this.turn = before.turn;
      this.onRefused(body.code);
      this.changed();
    });
  }

  /** Entries come once each, in order; after a rebuild some come again and are ignored. */
  take(list: IndexedEntry[]): void {
    let fresh = false;
    for (const { i, entry } of [...list].sort((a, b) => a.i - b.i)) {
      if (i <= this.highest) continue;
      this.highest = i;
      this.raw.push(entry);
      this.entries.push(this.shown(entry));
      if (entry.t === "note") this.notes[entry.line] = entry.tag;
      fresh = true;
    }
    if (fresh) this.changed();
  }

  /** The highest entry index seen, for `since` after a reconnection. */
  get seen(): number {
    return this.highest;
  }

  get seated(): boolean {
    return this.mySeat !== null;
  }

  /**
   * The seat is known once the meeting starts (the lobby may change it until then); entries that came
   * before are read again for it. Called before the view shows the log, so the list it gets still only grows.
   */
  sitAt(seat: string | null): void {
    if (seat === this.mySeat) return;
    this.mySeat = seat;
    this.entries.splice(0, this.entries.length, ...this.raw.map((e) => this.shown(e)));
  }

  /** The players in the seats, from the lobby: seat → display name. */
  setNames(names: Readonly<Record<string, string>>): void {
    this.names = { ...names };
  }

  /** The name of the person in another seat ("facilitator", "listener-2"), when a person sits there. */
  playerName(seat: string): string | undefined {
    if (seat === this.mySeat || !Object.hasOwn(this.names, seat)) return undefined;
    return this.names[seat];
  }

  private shown(entry: LogEntry): LogEntry {
    return this.isMine(entry) ? entry : asOthers(entry);
  }

  private isMine(entry: LogEntry): boolean {
    if (entry.t !== "move" || entry.byComputer || this.mySeat === null) return false;
    if (entry.seat !== undefined) return entry.seat === this.mySeat;
    return entry.role === roleOfSeat(this.mySeat);
  }

  get canNote(): boolean {
    return this.seated;
  }

  get statusNow(): StatusMessage {
    return this.status;
  }

  /** The meeting reached its end, or the trainer ended it for everyone. */
  get done(): boolean {
    return this.status.done || this.status.status === "ended";
  }

  log(): readonly LogEntry[] {
    return this.entries;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  pending(): PendingMove | null {
    return this.status.status === "running" ? this.turn : null;
  }

  choose(id: string): MoveResult {
    return this.send({ choose: id });
  }
  pick(ids: string[]): MoveResult {
    // Said here, in the player's words, rather than as the server's general "move refused".
    const p = this.turn;
    if (p?.kind === "pick" && (ids.length < p.min || ids.length > p.max))
      return refusal("pick-count", { min: p.min, max: p.max, picked: ids.length });
    return this.send({ pick: ids });
  }
  say(text: string): MoveResult {
    return this.send({ say: text });
  }
  /** The server lets an urge's window pass itself (as holding back); this device only stops counting. */
  expire(): MoveResult {
    return { ok: true };
  }
  note(line: string, tag: NoteTag): MoveResult {
    return this.send({ note: line, tag });
  }

  noted(): Readonly<Record<string, NoteTag>> {
    return this.notes;
  }

  /** The server does not send the participants' state: the room shows their openness as the scenario starts it. */
  people(): Context["people"] {
    return {};
  }

  stop(): void {
    this.stopped = true;
    this.listeners.clear();
  }

  private send(move: MoveRecord): MoveResult {
    const ref = this.nextRef++;
    const isNote = "note" in move;
    this.sent.set(ref, { turn: isNote ? null : this.turn, turns: this.turns });
    this.room.send("move", { move, ref });
    if (!isNote) {
      // Sent once: the choices go until the server says what is next.
      this.turn = null;
      this.changed();
    }
    return { ok: true };
  }

  private changed(): void {
    if (this.stopped) return;
    for (const fn of [...this.listeners]) fn();
  }
}

/** Another person's move, shown as what that role does and says (the view's way for moves not one's own). */
export function asOthers(entry: LogEntry): LogEntry {
  if (entry.t !== "move" || entry.byComputer) return entry;
  if (entry.free) {
    const words = { nl: `“${entry.free.text}”`, en: `“${entry.free.text}”` };
    const { free: _free, ...rest } = entry;
    return { ...rest, byComputer: true, choices: [""], texts: [words] };
  }
  return { ...entry, byComputer: true };
}
