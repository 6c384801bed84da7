// A beat's move as it is offered: the choices in the seat's seeded order (order.ts), the pick bounds,
// an urge's window (raised to the time it takes to read it) and typed words where allowed. Session (one
// seat) and a workshop seat (seat-pending.ts) both offer exactly this.
import type { Beat, Move } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { shownChoices } from "../runtime/order.ts";
import { readingSecondsOf } from "../runtime/reading-time.ts";
import type { PendingMove } from "./session.ts";

export const DEFAULT_URGE_SECONDS = 6;

/** `orderBy`: the name the order is drawn for (the role in single play, the seat in a workshop). */
export function pendingMove(
  beat: Beat,
  move: Move,
  seed: number,
  orderBy: string,
  typing: boolean,
): PendingMove {
  const choices = shownChoices(move, seed, orderBy as Role, beat.id);
  const pending: PendingMove = {
    beat: beat.id,
    kind: move.kind,
    prompt: move.prompt,
    choices: choices.map((c) =>
      c.label ? { id: c.id, text: c.text, label: c.label } : { id: c.id, text: c.text },
    ),
    min: move.kind === "pick" ? (move.min ?? 1) : 1,
    max: move.kind === "pick" ? (move.max ?? move.choices.length) : 1,
  };
  if (move.kind === "urge") {
    const reading = readingSecondsOf([move.prompt, ...choices.map((c) => c.text)]);
    pending.windowSeconds = Math.max(move.windowSeconds ?? DEFAULT_URGE_SECONDS, reading);
    if (move.onTimeout !== undefined) pending.onTimeout = move.onTimeout;
  }
  if (move.freeText && typing) pending.freeText = { prompt: move.freeText.prompt };
  return pending;
}
