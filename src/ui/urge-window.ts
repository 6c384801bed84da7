// How long an urge waits for the trainee. A scenario's window (a few seconds) is the pressure of the
// moment, but nobody can choose among options they had no time to read: the window is raised to the
// time it takes to read the prompt and every option, and the player may ask for more (WCAG 2.2.1,
// timing adjustable) or for no limit at all.
export type MoreTime = "normal" | "half" | "double" | "none";
export const MORE_TIME: readonly MoreTime[] = ["normal", "half", "double", "none"];

/** Words read per second on screen: a slow silent reading pace (about 200 a minute), under pressure. */
export const WORDS_PER_SECOND = 3.3;
/** Seconds to take in the moment and move to a button, on top of the reading. */
export const ORIENT_SECONDS = 2;

const FACTOR: Record<Exclude<MoreTime, "none">, number> = { normal: 1, half: 1.5, double: 2 };

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Seconds needed to read `texts` (the prompt and the options) and act. */
export function readingSeconds(texts: readonly string[]): number {
  const words = texts.reduce((n, s) => n + wordCount(s), 0);
  return Math.ceil(ORIENT_SECONDS + words / WORDS_PER_SECOND);
}

/**
 * The urge's window in whole seconds: the scenario's, at least the reading time, times the player's
 * setting; null when the player asked for no time limit.
 */
export function urgeWindowSeconds(base: number, texts: readonly string[], more: MoreTime): number | null {
  if (more === "none") return null;
  return Math.ceil(Math.max(base, readingSeconds(texts)) * FACTOR[more]);
}
