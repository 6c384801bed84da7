import { describe, expect, it } from "vitest";
import { Countdown } from "../../src/ui/countdown.ts";
import { fakeClock } from "./meeting-harness.ts";

describe("Countdown", () => {
  it("ticks each second, pauses without losing time and ends once", () => {
    const clock = fakeClock();
    const ticks: number[] = [];
    let ended = 0;
    const c = new Countdown(
      clock,
      3,
      (s) => ticks.push(s),
      () => ended++,
    );
    c.resume();
    clock.advance(1400);
    c.pause();
    expect(c.remainingMs).toBe(1600);
    clock.advance(10_000);
    expect(ticks).toEqual([2]);
    c.resume();
    clock.advance(599);
    expect(ticks).toEqual([2]);
    clock.advance(1);
    expect(ticks).toEqual([2, 1]);
    clock.advance(1000);
    expect(ended).toBe(1);
    c.resume();
    clock.advance(5000);
    expect(ended).toBe(1);
  });

  it("stops for good", () => {
    const clock = fakeClock();
    let ended = 0;
    const c = new Countdown(
      clock,
      2,
      () => {},
      () => ended++,
    );
    c.resume();
    c.stop();
    c.resume();
    clock.advance(5000);
    expect(ended).toBe(0);
    expect(clock.pending()).toBe(0);
  });
});
