// How long an urge waits for the trainee. The engine already raises a scenario's window to the time it
// takes to read the prompt and every option (runtime/reading-time.ts); here it is measured again in the
// language on screen, and the player may ask for more (WCAG 2.2.1, timing adjustable) or for no limit.
import { type MoreTime, stretchedSeconds } from "../engine/runtime/more-time.ts";
import { readingSeconds } from "../engine/runtime/reading-time.ts";

export { MORE_TIME, type MoreTime } from "../engine/runtime/more-time.ts";
export {
  ORIENT_SECONDS,
  readingSeconds,
  WORDS_PER_SECOND,
  wordCount,
} from "../engine/runtime/reading-time.ts";

/**
 * The urge's window in whole seconds: the scenario's, at least the reading time, times the player's
 * setting; null when the player asked for no time limit.
 */
export function urgeWindowSeconds(base: number, texts: readonly string[], more: MoreTime): number | null {
  return stretchedSeconds(Math.max(base, readingSeconds(texts)), more);
}
