// A workshop seat: the meeting view over a room on the workshop server. The server decides everything;
// this keeps what it was told (the entries in order, the seat's turn, the status) and sends the seat's
// moves. A move answers "sent" at once; a refusal comes later and is handed to `onRefused`.
import type { Context, LogEntry, NoteTag } from "../../engine/runtime/context.ts";
import { refusal } from "../../engine/session/refusals.ts";
import type { MoveRecord, MoveResult, PendingMove } from "../../engine/session/session.ts";
import type { IndexedEntry, StatusMessage, Turn, WorkshopRoom } from "../workshop/api.ts";
import type { MeetingSeat } from "./seat.ts";

export class RemoteSeat implements MeetingSeat {
  readonly pacedHere = false;
  /** The server judges typed words. */
  readonly hasJudge = true;
  private readonly entries: LogEntry[] = [];
  private highest = -1;
  private turn: PendingMove | null = null;
  private status: StatusMessage = { status: "lobby", position: 0, done: false };
  private readonly notes: Record<string, NoteTag> = {};
  private readonly listeners = new Set<() => void>();
  private nextRef = 1;
  private readonly sent = new Map<number, PendingMove | null>();
  private stopped = false;
  /** A move or note the server refused, by its stable code. */
  onRefused: (code: string) => void = () => {};

  /**
   * `seated`: this device has a seat. Today's server plays one human seat, so a move not by the computer
   * is the seated player's: "you" on their device, the person of that role on everyone else's.
   */
  constructor(
    private readonly room: WorkshopRoom,
    public seated: boolean,
  ) {
    room.onMessage("entries", (body: { entries: IndexedEntry[] }) => this.take(body.entries));
    room.onMessage("turn", (body: Turn) => {
      this.turn = body.pending;
      this.changed();
    });
    room.onMessage("status", (body: StatusMessage) => {
      this.status = body;
      this.changed();
    });
    room.onMessage("refused", (body: { type: string; code: string; ref?: number }) => {
      if (body.type !== "move") return;
      // The turn taken away when the move was sent comes back: the player can try again.
      const before = body.ref === undefined ? undefined : this.sent.get(body.ref);
      if (before) this.turn = before;
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
      this.entries.push(this.seated ? entry : asOthers(entry));
      if (entry.t === "note") this.notes[entry.line] = entry.tag;
      fresh = true;
    }
    if (fresh) this.changed();
  }

  /** The highest entry index seen, for `since` after a reconnection. */
  get seen(): number {
    return this.highest;
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
    this.sent.set(ref, isNote ? null : this.turn);
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
