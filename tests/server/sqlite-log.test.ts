// The durable log without Redis: what was appended is there after the store is closed and opened again
// (as after the process died), in order, per workshop.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteLog } from "../../src/server/sqlite-log.ts";
import type { WorkshopHeader } from "../../src/server/workshop-log.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const header = (code: string): WorkshopHeader => ({
  code,
  scenarioId: null,
  scenarioHash: "h",
  scenarioText: "{}",
  seed: 3,
  listenerSeats: 2,
  trainerKeyHash: "k",
  allowPick: false,
  createdAt: 1,
});

describe("SqliteLog", () => {
  it("keeps headers and events, in order and per workshop, across a reopen; refuses a code twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "workshop-log-"));
    dirs.push(dir);
    const a = new SqliteLog(dir);
    await a.create(header("AAAA-CCCC"));
    await a.create(header("DDDD-EEEE"));
    await expect(a.create(header("AAAA-CCCC"))).rejects.toThrow();
    for (let k = 0; k < 5; k++)
      await a.append("AAAA-CCCC", { k: "move", seat: "facilitator", move: { choose: `c${k}` }, at: k });
    await a.append("DDDD-EEEE", { k: "pause" });
    // No close: a process killed mid-meeting does not close its store either.
    const b = new SqliteLog(dir);
    const record = await b.read("AAAA-CCCC");
    expect(record?.header.seed).toBe(3);
    expect(record?.events.map((e) => (e.k === "move" && "choose" in e.move ? e.move.choose : e.k))).toEqual([
      "c0",
      "c1",
      "c2",
      "c3",
      "c4",
    ]);
    expect((await b.read("DDDD-EEEE"))?.events).toEqual([{ k: "pause" }]);
    expect(await b.read("NOPE-NOPE")).toBeNull();
    await a.close();
    await b.close();
  });
});
