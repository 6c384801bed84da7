// How long the room waits for a seat's urge: the engine's window (the scenario's, raised to its reading
// time) stretched by the player's "more time to choose" setting, as single play's screen does. "No time
// limit" cannot hold up a whole room for ever: the room waits up to a cap (and the trainer can move it
// on sooner with skip), while the player's screen shows no countdown.
import { type MoreTime, stretchedSeconds } from "../engine/runtime/more-time.ts";
import type { SeatPending } from "../engine/session/meeting.ts";

/** "No time limit" in a room of others: ten minutes, then the urge passes as holding back. */
export const NO_LIMIT_CAP_SECONDS = 600;

/** The seconds the room gives this seat's urge before it passes as holding back. */
export function urgeSecondsFor(windowSeconds: number, more: MoreTime): number {
  return stretchedSeconds(windowSeconds, more) ?? NO_LIMIT_CAP_SECONDS;
}

/** The pending move as its seat's player sees it: the urge's window theirs, or none for no limit. */
export function withSeatWindow(pending: SeatPending, more: MoreTime): SeatPending {
  if (pending.kind !== "urge" || pending.windowSeconds === undefined || more === "normal") return pending;
  const seconds = stretchedSeconds(pending.windowSeconds, more);
  const { windowSeconds: _engine, ...rest } = pending;
  return seconds === null ? rest : { ...rest, windowSeconds: seconds };
}
