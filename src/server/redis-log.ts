// The durable log with Redis: a header key and a list per workshop, shared by every process, so a room
// whose process died is rebuilt on another. A resolved append has been acknowledged by Redis; commands of
// one connection are applied in order, so one room's appends keep their order.
import { Redis } from "ioredis";
import type { WorkshopEvent, WorkshopHeader, WorkshopLog, WorkshopRecord } from "./workshop-log.ts";

const headerKey = (code: string) => `spiegelspel:workshop:${code}:header`;
const eventsKey = (code: string) => `spiegelspel:workshop:${code}:events`;

export class RedisLog implements WorkshopLog {
  readonly kind = "redis";
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 3 });
  }

  async create(header: WorkshopHeader): Promise<void> {
    const set = await this.redis.set(headerKey(header.code), JSON.stringify(header), "NX");
    if (set !== "OK") throw new Error(`workshop ${header.code} exists`);
  }

  async append(code: string, event: WorkshopEvent): Promise<void> {
    await this.redis.rpush(eventsKey(code), JSON.stringify(event));
  }

  async read(code: string): Promise<WorkshopRecord | null> {
    const [header, events] = await Promise.all([
      this.redis.get(headerKey(code)),
      this.redis.lrange(eventsKey(code), 0, -1),
    ]);
    if (header === null) return null;
    return {
      header: JSON.parse(header) as WorkshopHeader,
      events: events.map((e) => JSON.parse(e) as WorkshopEvent),
    };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
