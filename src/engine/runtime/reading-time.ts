// How long it takes to read a moment's prompt and options. An urge's window (a few seconds in the
// scenario) is the pressure of the moment, but nobody can choose among options they had no time to read:
// the engine raises every urge's window to this, so single play and every workshop seat get the same.
import type { Text } from "../format/schema.ts";

/** Words read per second on screen: a slow silent reading pace (about 200 a minute), under pressure. */
export const WORDS_PER_SECOND = 3.3;
/** Seconds to take in the moment and move to a button, on top of the reading. */
export const ORIENT_SECONDS = 2;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Seconds needed to read `texts` (the prompt and the options) and act. */
export function readingSeconds(texts: readonly string[]): number {
  const words = texts.reduce((n, s) => n + wordCount(s), 0);
  return Math.ceil(ORIENT_SECONDS + words / WORDS_PER_SECOND);
}

/** Reading time in the slower of the two languages: the window must fit whichever the player reads. */
export function readingSecondsOf(texts: readonly Text[]): number {
  const nl = readingSeconds(texts.map((t) => t.nl));
  const en = readingSeconds(texts.map((t) => t.en ?? t.nl));
  return Math.max(nl, en);
}
