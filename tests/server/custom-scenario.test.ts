// A trainer's own scenario reaches the players: its checked text comes with the welcome (seated players
// and followers alike), and each device checks it again with the same loader before showing it.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaledClock } from "../../src/server/pacing.ts";
import { MemoryLog } from "../../src/server/workshop-log.ts";
import { type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import type { Welcome } from "../../src/ui/workshop/api.ts";
import { welcomeScenario } from "../../src/ui/workshop/welcome-scenario.ts";
import { createWorkshop, join, leaveAll, type Player } from "./harness.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({
    game: "none",
    log: new MemoryLog(),
    clock: scaledClock(0.005),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

/** A scenario file of the trainer's own: a bundled one under another id and title. */
function ownText(): string {
  const file = JSON.parse(readFileSync("scenarios/wijkteam-zuiderveld.json", "utf8")) as Record<
    string,
    unknown
  >;
  return JSON.stringify({
    ...file,
    id: "eigen-wijkteam",
    title: { nl: "Ons eigen wijkteam", en: "Our own district team" },
  });
}

const welcomeOf = (p: Player) => p.received.find((r) => r.type === "welcome")?.body as Welcome;
const noBundled = async () => undefined;

describe("a trainer's own scenario", () => {
  it("goes to every player with the welcome, and each device loads and checks it", async () => {
    const text = ownText();
    const w = await createWorkshop(server.url, { scenarioId: undefined, scenarioText: text });
    const trainer = await join(server.url, { code: w.code, trainerKey: w.trainerKey });
    const seated = await join(server.url, { code: w.code, name: "Anna" });
    const follower = await join(server.url, { code: w.code, name: "Bram" });
    trainer.room.send("assign", { player: seated.playerId, seat: "facilitator" });
    await trainer.waitFor((r) => r.type === "lobby" && JSON.stringify(r.body).includes('"facilitator"'));
    for (const p of [seated, follower]) {
      const welcome = welcomeOf(p);
      expect(welcome.scenario).toMatchObject({ id: null, title: "Ons eigen wijkteam", text });
      // Without the bundled catalog: the device has only the text it was sent.
      const got = await welcomeScenario(welcome, "en", noBundled);
      expect(got.ok && got.scenario.title.en).toBe("Our own district team");
    }
    // The trainer uploaded it: the trainer's welcome does not carry it back.
    expect(welcomeOf(trainer).scenario.text).toBeUndefined();
  });

  it("a bundled scenario still goes by its id alone", async () => {
    const w = await createWorkshop(server.url);
    const p = await join(server.url, { code: w.code, name: "Chris" });
    expect(welcomeOf(p).scenario).toEqual({ id: "wijkteam-zuiderveld", title: expect.any(String) });
  });

  it("a text that does not pass here, or is too large, is refused on the device in its language", async () => {
    const welcome = (text: string): Welcome => ({
      code: "X",
      scenario: { id: null, title: "?", text },
      seats: [],
      allowPick: false,
      status: "lobby",
      you: { player: "p1", name: "A", seat: null },
    });
    const bad = await welcomeScenario(welcome("{}"), "nl", noBundled);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0]).toBe(
      "Het eigen scenario van de trainer komt hier niet door de controle:",
    );
    expect(!bad.ok && bad.problems.length).toBeGreaterThan(1);
    const large = await welcomeScenario(welcome(" ".repeat(512 * 1024 + 1)), "en", noBundled);
    expect(!large.ok && large.problems).toEqual(["The trainer's own scenario is larger than 512 KiB."]);
    const unknown = await welcomeScenario(
      { ...welcome(""), scenario: { id: "elders", title: "?" } },
      "en",
      noBundled,
    );
    expect(!unknown.ok && unknown.problems).toEqual([
      "This workshop uses a scenario this device does not have.",
    ]);
  });
});
