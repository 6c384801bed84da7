// A room is not closed as idle while someone holds a seat reservation for it: the time between the join
// route's reservation and the client's connection can outlast a short idle time on a loaded machine.
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryLog } from "../../src/server/workshop-log.ts";
import { type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, leaveAll, Player, post, sleep } from "./harness.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({ game: "none", log: new MemoryLog(), idleMs: 100 });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

describe("idle rooms and seat reservations", () => {
  it("keeps a room whose reserved seat is taken after more than the idle time", async () => {
    const w = await createWorkshop(server.url);
    const r = await post(server.url, "/workshop/api/join", { code: w.code, name: "Anna" });
    expect(r.status).toBe(200);
    await sleep(400);
    const room = await new Client(server.url).consumeSeatReservation(r.json as never);
    const anna = new Player(room);
    await anna.waitType("welcome", 5000, 0);
    expect(room.roomId).toBe(w.roomId);
  });
});
