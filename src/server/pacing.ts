// The server sets the pace: each log entry is released after the previous one has had time to be read.
// A pure function of the text, so every process (and a rebuilt room) paces alike.
import type { LogEntry } from "../engine/runtime/context.ts";

export interface PaceOptions {
  /** Milliseconds per character of the line just released. */
  perChar: number;
  min: number;
  max: number;
}

/** About 15 characters a second, never under 1.2 s nor over 8 s for one line. */
export const READING_PACE: PaceOptions = { perChar: 65, min: 1200, max: 8000 };

export function readingMs(text: string, pace: PaceOptions = READING_PACE): number {
  return Math.round(Math.min(pace.max, Math.max(pace.min, text.length * pace.perChar)));
}

/** How long the room waits after releasing this entry before it releases the next one. */
export function pauseAfter(entry: LogEntry, pace: PaceOptions = READING_PACE): number {
  switch (entry.t) {
    case "line":
      return readingMs(entry.text.nl, pace);
    case "move":
      return readingMs(entry.texts.map((t) => t.nl).join(" "), pace);
    case "phase":
      return pace.min;
    default:
      // Verdicts, notes and the like are not read aloud: they do not hold up the meeting.
      return 0;
  }
}

/** Time for the pacer, injectable so tests run the pace without waiting. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): { clear(): void };
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const t = setTimeout(fn, ms);
    return { clear: () => clearTimeout(t) };
  },
};

/**
 * Releases entries [released, available) one at a time. Paused, it releases nothing; skip releases the
 * next entry at once. `release(i)` is called with each index in order, exactly once.
 */
export class Pacer {
  private released: number;
  private available: number;
  private paused = false;
  private timer: { clear(): void } | undefined;

  constructor(
    start: number,
    private readonly waitAfter: (index: number) => number,
    private readonly release: (index: number) => void,
    private readonly clock: Clock = realClock,
  ) {
    this.released = start;
    this.available = start;
  }

  get position(): number {
    return this.released;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** All released: the room has caught up with the engine. */
  get caughtUp(): boolean {
    return this.released >= this.available;
  }

  /** The engine's log has grown to `length` entries. */
  offer(length: number): void {
    this.available = Math.max(this.available, length);
    if (!this.timer && !this.paused) this.next(0);
  }

  pause(): void {
    this.paused = true;
    this.timer?.clear();
    this.timer = undefined;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.next(0);
  }

  /** Releases the next entry now (the trainer's "skip"). */
  skip(): void {
    if (this.caughtUp) return;
    this.timer?.clear();
    this.timer = undefined;
    this.step();
  }

  /** Releases everything at once (the end of a meeting, or a test that does not wait). */
  flush(): void {
    this.timer?.clear();
    this.timer = undefined;
    while (!this.caughtUp) this.emit();
  }

  stop(): void {
    this.timer?.clear();
    this.timer = undefined;
    this.paused = true;
  }

  private next(ms: number): void {
    if (this.caughtUp || this.paused) return;
    if (ms <= 0) {
      this.step();
      return;
    }
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.step();
    }, ms);
  }

  private step(): void {
    if (this.caughtUp || this.paused) return;
    const index = this.emit();
    this.next(this.waitAfter(index));
  }

  private emit(): number {
    const index = this.released;
    this.released++;
    this.release(index);
    return index;
  }
}

/** The real clock with every wait multiplied by `scale` (tests and the bench run the pace faster). */
export function scaledClock(scale: number): Clock {
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const t = setTimeout(fn, Math.max(0, Math.round(ms * scale)));
      return { clear: () => clearTimeout(t) };
    },
  };
}
