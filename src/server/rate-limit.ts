// Attempts per address in a sliding minute, counted in Colyseus' presence so that with Redis every
// process counts the same attempts.
import type { Presence } from "@colyseus/core";

export class AttemptLimit {
  constructor(
    private readonly presence: Presence,
    private readonly name: string,
    private readonly perMinute: number,
  ) {}

  /** Counts one attempt; false when the address is over its limit for this minute. */
  async take(address: string): Promise<boolean> {
    const key = `spiegelspel:limit:${this.name}:${address}:${Math.floor(Date.now() / 60_000)}`;
    const n = await this.presence.incr(key);
    if (n === 1) await this.presence.expire(key, 120);
    return n <= this.perMinute;
  }

  async count(address: string): Promise<number> {
    const key = `spiegelspel:limit:${this.name}:${address}:${Math.floor(Date.now() / 60_000)}`;
    return Number((await this.presence.get(key)) ?? 0);
  }
}
