// Small rules of the meeting screen's loop, pure so they are tested without a page: which log entries
// are a note alone, which are the trainee's own doing, and the urge window the player really gets.
import { tr } from "../engine/report/localize.ts";
import type { LogEntry } from "../engine/runtime/context.ts";
import type { PendingMove } from "../engine/session/session.ts";
import type { Lang } from "./i18n.ts";
import { type MoreTime, urgeWindowSeconds } from "./urge-window.ts";

/** A step that only noted a line (the note buttons): the move on screen stays. */
export function isNoteOnly(fresh: readonly LogEntry[]): boolean {
  return fresh.length > 0 && fresh.every((e) => e.t === "note");
}

/** What the trainee did themselves: it appears even while the meeting is paused. */
export function isOwn(e: LogEntry): boolean {
  return e.t === "note" || (e.t === "move" && !e.byComputer);
}

/**
 * The pending move with the urge window the player gets: the scenario's, raised to the time it takes to
 * read the prompt and the options, times the player's setting; without a window for "no time limit".
 */
export function withUrgeWindow(p: PendingMove, lang: Lang, more: MoreTime): PendingMove {
  if (p.kind !== "urge" || p.windowSeconds === undefined) return p;
  const texts = [tr(p.prompt, lang), ...p.choices.map((c) => tr(c.text, lang))];
  const seconds = urgeWindowSeconds(p.windowSeconds, texts, more);
  const { windowSeconds: _scenario, ...rest } = p;
  return seconds === null ? rest : { ...rest, windowSeconds: seconds };
}
