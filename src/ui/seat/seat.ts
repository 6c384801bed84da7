// What the meeting view needs from whatever drives the meeting: a local Session (single play) or a seat in
// a workshop room on the server. The view only reads the log, the move this seat may make and the notes,
// and sends moves; who decides what happens next is behind this interface.
import type { Context, LogEntry, NoteTag } from "../../engine/runtime/context.ts";
import type { MoveResult, PendingMove } from "../../engine/session/session.ts";

export interface MeetingSeat {
  /** Whether typed words can be judged (a local judge, or the server's). */
  readonly hasJudge: boolean;
  /** The meeting reached its end. */
  readonly done: boolean;
  /**
   * Whether the view paces lines itself (reading pace, its own pause and skip). A workshop seat is paced by
   * the server: its lines are shown as they arrive, and pause and skip are the trainer's.
   */
  readonly pacedHere: boolean;
  /** Whether this seat takes notes (someone following a workshop without a seat does not). */
  readonly canNote: boolean;
  /** Log entries so far, in order: the same list grows, never changes behind the view. */
  log(): readonly LogEntry[];
  /** Called after every change (entries, the pending move, notes, the end). Returns an unsubscribe. */
  subscribe(fn: () => void): () => void;
  /** The move this seat may make now, or null. */
  pending(): PendingMove | null;
  choose(id: string): MoveResult;
  pick(ids: string[]): MoveResult;
  say(text: string): MoveResult;
  /** The urge's window ran out on this device's clock. */
  expire(): MoveResult;
  note(line: string, tag: NoteTag): MoveResult;
  /** The seat's notes, by line id. */
  noted(): Readonly<Record<string, NoteTag>>;
  /** The participants' state for the room picture (openness); empty when the seat cannot know it. */
  people(): Context["people"];
  /** The display name of the person in another seat (a workshop's), to name their moves and words by. */
  playerName?(seat: string): string | undefined;
  stop(): void;
}
