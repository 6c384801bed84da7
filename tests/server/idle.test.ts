// A room nobody is connected to is closed after the idle time; its log stays, and a join with the code
// rebuilds it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryLog } from "../../src/server/workshop-log.ts";
import { matchMaker, type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, join, leaveAll, sleep } from "./harness.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({ game: "none", log: new MemoryLog(), idleMs: 150 });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

describe("idle rooms", () => {
  it("closes a room nobody is in, keeps one somebody is in, and brings a closed one back on a join", async () => {
    const empty = await createWorkshop(server.url);
    const busy = await createWorkshop(server.url);
    const anna = await join(server.url, { code: busy.code, name: "Anna" });
    await sleep(600);
    expect(await matchMaker.getRoomById(empty.roomId)).toBeUndefined();
    expect(await matchMaker.getRoomById(busy.roomId)).toBeDefined();
    expect(anna.closed).toBeUndefined();
    const back = await join(server.url, { code: empty.code, name: "Bob" });
    expect(back.room.roomId).not.toBe(empty.roomId);
  });
});
