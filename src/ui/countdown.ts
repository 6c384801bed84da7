// An urge's countdown on the injected clock, in whole seconds, that can be paused and resumed with the
// time it had left: a paused meeting keeps its moment waiting (WCAG 2.2.1), nothing runs out meanwhile.
export interface TimerClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export class Countdown {
  private left: number;
  private since = 0;
  private handle: unknown = null;
  private ended = false;

  constructor(
    private readonly clock: TimerClock,
    seconds: number,
    /** Called each time a whole second has passed, with the seconds that remain (rounded up). */
    private readonly onTick: (secondsLeft: number) => void,
    private readonly onEnd: () => void,
  ) {
    this.left = seconds * 1000;
  }

  get running(): boolean {
    return this.handle !== null;
  }

  /** Milliseconds left, counting the time since it last (re)started. */
  get remainingMs(): number {
    return this.running ? Math.max(0, this.left - (this.clock.now() - this.since)) : this.left;
  }

  /** Starts or resumes the countdown; nothing when it runs already or has ended. */
  resume(): void {
    if (this.running || this.ended) return;
    this.since = this.clock.now();
    // The next tick falls where the whole second would have been: a pause does not restart a second.
    const part = this.left % 1000 || 1000;
    this.handle = this.clock.setTimeout(() => this.tick(), part);
  }

  pause(): void {
    if (!this.running) return;
    this.left = this.remainingMs;
    this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  stop(): void {
    this.pause();
    this.ended = true;
  }

  private tick(): void {
    this.handle = null;
    this.left = Math.max(0, this.left - (this.clock.now() - this.since));
    // Rounding of a real clock (a timer fires a millisecond early or late) must not add a second.
    if (this.left < 50) {
      this.left = 0;
      this.ended = true;
      this.onEnd();
      return;
    }
    this.onTick(Math.round(this.left / 1000));
    this.resume();
  }
}
