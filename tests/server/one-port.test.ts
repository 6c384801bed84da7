// `npm start`: the game and the workshop server answer on one port from one process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryLog } from "../../src/server/workshop-log.ts";
import { type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { createWorkshop, firstMove, join, leaveAll } from "./harness.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({ game: "vite", log: new MemoryLog() });
}, 60000);

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

describe("one process, one port", () => {
  it("serves the game page and plays a workshop move on the same port", async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Spiegelspel");
    const w = await createWorkshop(server.url);
    const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    const anna = await join(server.url, { code: w.code, name: "Anna" });
    trainer.room.send("assign", { player: anna.playerId, seat: "facilitator" });
    await trainer.waitFor(
      (r) => r.type === "lobby" && JSON.stringify(r.body).includes('"seat":"facilitator"'),
    );
    trainer.room.send("start");
    expect((await anna.move(firstMove(await anna.waitTurn(15000)))).type).toBe("ack");
  }, 30000);
});
