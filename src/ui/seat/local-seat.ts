// Single play: the meeting view over the engine's Session on this device.
import type { Context, LogEntry, NoteTag } from "../../engine/runtime/context.ts";
import type { MoveResult, PendingMove, Session } from "../../engine/session/session.ts";
import type { MeetingSeat } from "./seat.ts";

export class LocalSeat implements MeetingSeat {
  readonly pacedHere = true;
  readonly canNote = true;

  constructor(readonly session: Session) {}

  get hasJudge(): boolean {
    return this.session.hasJudge;
  }
  get done(): boolean {
    return this.session.done;
  }
  log(): readonly LogEntry[] {
    return this.session.log();
  }
  subscribe(fn: () => void): () => void {
    return this.session.subscribe(fn);
  }
  pending(): PendingMove | null {
    return this.session.pending();
  }
  choose(id: string): MoveResult {
    return this.session.choose(id);
  }
  pick(ids: string[]): MoveResult {
    return this.session.pick(ids);
  }
  say(text: string): MoveResult {
    return this.session.say(text);
  }
  expire(): MoveResult {
    return this.session.expire();
  }
  note(line: string, tag: NoteTag): MoveResult {
    return this.session.note(line, tag);
  }
  noted(): Readonly<Record<string, NoteTag>> {
    return this.session.context.noted;
  }
  people(): Context["people"] {
    return this.session.context.people;
  }
  stop(): void {
    this.session.stop();
  }
}
