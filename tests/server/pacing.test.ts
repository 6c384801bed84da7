// The server's pace: a pure function of the text, released one entry at a time on an injected clock;
// pause freezes it, skip releases the next entry at once.
import { describe, expect, it } from "vitest";
import { type Clock, Pacer, READING_PACE, readingMs } from "../../src/server/pacing.ts";

/** A clock that only moves when the test says so. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    setTimeout(fn, ms) {
      const t = { at: now + ms, fn };
      timers.push(t);
      return {
        clear: () => {
          timers = timers.filter((x) => x !== t);
        },
      };
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = until;
  };
  return { clock, advance };
}

describe("readingMs", () => {
  it("grows with the text between a floor and a ceiling", () => {
    expect(readingMs("")).toBe(READING_PACE.min);
    expect(readingMs("x".repeat(40))).toBe(40 * READING_PACE.perChar);
    expect(readingMs("x".repeat(10_000))).toBe(READING_PACE.max);
    expect(readingMs("x".repeat(50))).toBeGreaterThan(readingMs("x".repeat(30)));
  });
});

describe("Pacer", () => {
  it("releases one entry at a time, each after the wait of the one before", () => {
    const { clock, advance } = manualClock();
    const released: number[] = [];
    const pacer = new Pacer(
      0,
      () => 1000,
      (i) => released.push(i),
      clock,
    );
    pacer.offer(3);
    expect(released).toEqual([0]);
    advance(999);
    expect(released).toEqual([0]);
    advance(1);
    expect(released).toEqual([0, 1]);
    advance(1000);
    expect(released).toEqual([0, 1, 2]);
    expect(pacer.caughtUp).toBe(true);
    // New entries after catching up: the first goes at once.
    pacer.offer(4);
    expect(released).toEqual([0, 1, 2, 3]);
  });

  it("freezes while paused, and skip releases the next entry now", () => {
    const { clock, advance } = manualClock();
    const released: number[] = [];
    const pacer = new Pacer(
      5,
      () => 1000,
      (i) => released.push(i),
      clock,
    );
    pacer.offer(9);
    expect(released).toEqual([5]);
    pacer.pause();
    advance(10_000);
    expect(released).toEqual([5]);
    pacer.resume();
    expect(released).toEqual([5, 6]);
    pacer.skip();
    expect(released).toEqual([5, 6, 7]);
    advance(1000);
    expect(released).toEqual([5, 6, 7, 8]);
    pacer.skip();
    expect(released).toEqual([5, 6, 7, 8]);
  });
});
