// The library the studio publishes to: a real server on port 0. Publishing needs the key, passes the
// same checks and size limit as a trainer's upload, and a trainer can open a workshop from what it lists.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScenarioLibrary } from "../../src/server/library.ts";
import { MemoryLog } from "../../src/server/workshop-log.ts";
import { type RunningServer, startWorkshopServer } from "../../src/server/workshop-server.ts";
import { leaveAll, post } from "./harness.ts";

const skeleton = readFileSync(new URL("../../src/studio/templates/skeleton.json", import.meta.url), "utf8");
const KEY = "publish-key-for-tests";
let server: RunningServer;

beforeAll(async () => {
  server = await startWorkshopServer({
    game: "none",
    log: new MemoryLog(),
    publishKey: KEY,
    createsPerMinute: 100,
  });
});

afterAll(async () => {
  await leaveAll();
  await server?.close();
});

const publish = (url: string, body: unknown, key?: string) =>
  post(url, "/workshop/api/library/publish", body, key === undefined ? {} : { "x-publish-key": key });

describe("the scenario library", () => {
  it("refuses to publish without the key, with a wrong key, or when the server has none", async () => {
    expect((await publish(server.url, { scenarioText: skeleton })).status).toBe(403);
    const wrong = await publish(server.url, { scenarioText: skeleton }, "guess");
    expect(wrong.status).toBe(403);
    expect(wrong.json.code).toBe("wrong-publish-key");
    // Without a key set (one server per process here, so the library itself): nothing is accepted.
    const off = new ScenarioLibrary(undefined, 1024);
    expect(off.enabled).toBe(false);
    expect(off.accepts("")).toBe(false);
    expect(off.accepts(undefined)).toBe(false);
    expect((await post(server.url, "/workshop/api/library/list", {})).json.scenarios).toEqual([]);
  });

  it("refuses a scenario that fails the checks or is too large, with the reasons", async () => {
    const bad = await publish(
      server.url,
      { scenarioText: skeleton.replace('"start": "welkom"', '"start": "nergens"') },
      KEY,
    );
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json.problems)).toContain("nergens");
    const big = await publish(server.url, { scenarioText: "x".repeat(600 * 1024) }, KEY);
    expect(big.status).toBe(413);
  });

  it("lists a published scenario and opens a workshop from it", async () => {
    const r = await publish(server.url, { scenarioText: skeleton }, KEY);
    expect(r.status).toBe(201);
    expect(r.json.id).toBe("mijn-bijeenkomst");
    const list = await post(server.url, "/workshop/api/library/list", {});
    expect(list.json.scenarios).toMatchObject([
      { id: "mijn-bijeenkomst", roles: ["facilitator", "listener"] },
    ]);
    const got = await post(server.url, "/workshop/api/library/get", { id: "mijn-bijeenkomst" });
    expect(got.json.text).toBe(skeleton);
    const created = await post(server.url, "/workshop/api/create", { libraryId: "mijn-bijeenkomst" });
    expect(created.status).toBe(201);
    expect(typeof created.json.code).toBe("string");
    const none = await post(server.url, "/workshop/api/create", { libraryId: "constructor" });
    expect(none.status).toBe(400);
    expect((await post(server.url, "/workshop/api/library/get", { id: "__proto__" })).status).toBe(404);
    expect((await post(server.url, "/workshop/api/__proto__", {})).status).toBe(404);
  });
});
