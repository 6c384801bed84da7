// The player's "more time to choose" setting (WCAG 2.2.1, timing adjustable): how much longer than the
// scenario's window (raised to its reading time, reading-time.ts) an urge waits, or no limit. Here, not
// in the UI, because the workshop server times a seat's urge with it as single play's screen does.

export type MoreTime = "normal" | "half" | "double" | "none";
export const MORE_TIME: readonly MoreTime[] = ["normal", "half", "double", "none"];

export const MORE_TIME_FACTOR: Record<Exclude<MoreTime, "none">, number> = {
  normal: 1,
  half: 1.5,
  double: 2,
};

export function isMoreTime(v: unknown): v is MoreTime {
  return typeof v === "string" && (MORE_TIME as readonly string[]).includes(v);
}

/** A window of `seconds` as the player asked for it, in whole seconds; null for no time limit. */
export function stretchedSeconds(seconds: number, more: MoreTime): number | null {
  return more === "none" ? null : Math.ceil(seconds * MORE_TIME_FACTOR[more]);
}
