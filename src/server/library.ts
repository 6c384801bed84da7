// The workshop server's library: scenarios published from the studio, offered to a trainer who opens a
// workshop. A published scenario passes the same loader and size limit as a trainer's upload. Publishing
// needs the key the operator set (SPIEGELSPEL_PUBLISH_KEY); without one, the library takes nothing.
// Kept in this process's memory: a workshop made from it keeps the scenario's text in its own log, so
// a restart loses the list, never a running workshop.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Text } from "../engine/format/schema.ts";
import { loadScenario } from "../engine/load/load.ts";
import type { Problem } from "../engine/load/problems.ts";

export interface LibraryItem {
  id: string;
  title: Text;
  summary: Text;
  roles: string[];
  publishedAt: number;
}

export type PublishResult =
  | { ok: true; item: LibraryItem }
  | { ok: false; status: number; code: string; error: string; problems?: Problem[] };

/** How many scenarios the library keeps; the oldest goes when a new one comes in beyond it. */
export const LIBRARY_MAX = 100;

const digest = (s: string) => createHash("sha256").update(s).digest();

export class ScenarioLibrary {
  private readonly items = new Map<string, { item: LibraryItem; text: string }>();
  private readonly key: Buffer | null;

  constructor(
    publishKey: string | undefined,
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {
    this.key = publishKey ? digest(publishKey) : null;
  }

  /** Whether `key` is the publish key (compared in constant time, over digests of equal length). */
  accepts(key: unknown): boolean {
    return this.key !== null && typeof key === "string" && timingSafeEqual(digest(key), this.key);
  }

  get enabled(): boolean {
    return this.key !== null;
  }

  publish(text: unknown): PublishResult {
    if (typeof text !== "string")
      return {
        ok: false,
        status: 400,
        code: "bad-request",
        error: "give 'scenarioText' (a scenario file's text)",
      };
    if (Buffer.byteLength(text) > this.maxBytes)
      return {
        ok: false,
        status: 413,
        code: "scenario-too-large",
        error: `a scenario is at most ${this.maxBytes / 1024} KiB`,
      };
    const loaded = loadScenario(text, "scenario.json");
    if (!loaded.ok) {
      const problems = loaded.problems.filter((p) => p.severity === "error").slice(0, 20);
      return {
        ok: false,
        status: 422,
        code: "scenario-invalid",
        error: "the scenario does not pass the checks",
        problems,
      };
    }
    const s = loaded.scenario;
    const item: LibraryItem = {
      id: s.id,
      title: s.title,
      summary: s.summary,
      roles: Object.keys(s.roles),
      publishedAt: this.now(),
    };
    // Publishing the same id again replaces it: the author's newer version is the one offered.
    this.items.delete(s.id);
    this.items.set(s.id, { item, text });
    while (this.items.size > LIBRARY_MAX) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
    return { ok: true, item };
  }

  list(): LibraryItem[] {
    return [...this.items.values()].map((v) => v.item).reverse();
  }

  text(id: unknown): string | undefined {
    return typeof id === "string" ? this.items.get(id)?.text : undefined;
  }
}
