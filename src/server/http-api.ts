// The workshop's HTTP routes: a trainer creates a workshop; anyone with the code joins it. Joining goes
// through here (not Colyseus' own join routes) so that wrong codes are counted per address, and so that
// a workshop whose room is gone (its process died, or it idled out) is rebuilt from its log on the way.
import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { matchMaker, type Presence } from "@colyseus/core";
import { loadScenario } from "../engine/load/load.ts";
import { isMoreTime, MORE_TIME } from "../engine/runtime/more-time.ts";
import { hashSecret, hashText, newJoinCode, newSecret, normalizeCode } from "./join-code.ts";
import { ScenarioLibrary } from "./library.ts";
import { MAX_LISTENER_SEATS } from "./meeting-host.ts";
import { cleanName, MAX_NAME_CHARS, MAX_SCENARIO_BYTES, ROOM_NAME } from "./protocol.ts";
import { AttemptLimit } from "./rate-limit.ts";
import type { WorkshopHeader, WorkshopLog } from "./workshop-log.ts";
import { codesKey, ticketKey } from "./workshop-room.ts";

export { MAX_SCENARIO_BYTES };

const MAX_BODY_BYTES = MAX_SCENARIO_BYTES + 16 * 1024;

export interface ApiOptions {
  log: WorkshopLog;
  presence: Presence;
  scenariosDir: string;
  /** Wrong codes an address may try per minute. */
  joinAttemptsPerMinute?: number;
  createsPerMinute?: number;
  /** Behind a reverse proxy that sets X-Real-IP: count attempts by that address, not the proxy's. */
  trustProxy?: boolean;
  /** The key the studio must send to publish to the library (SPIEGELSPEL_PUBLISH_KEY); none: publishing is off. */
  publishKey?: string;
}

type Reply = { status: number; body: unknown };

export function workshopApi(o: ApiOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const wrongCodes = new AttemptLimit(o.presence, "code", o.joinAttemptsPerMinute ?? 10);
  const creates = new AttemptLimit(o.presence, "create", o.createsPerMinute ?? 20);
  const bundled = bundledScenarios(o.scenariosDir);
  const library = new ScenarioLibrary(o.publishKey, MAX_SCENARIO_BYTES);
  const wrongKeys = new AttemptLimit(o.presence, "publish", 10);

  /** The studio's publish (library.ts): the key, then the same checks as a trainer's upload. */
  async function publish(body: Record<string, unknown>, ip: string, req: IncomingMessage): Promise<Reply> {
    if (!library.enabled) return refuse(403, "publishing-off", "this server has no publish key set");
    if ((await wrongKeys.count(ip)) >= 10)
      return refuse(429, "too-many-keys", "too many wrong keys from this address: wait a minute");
    if (!library.accepts(req.headers["x-publish-key"])) {
      await wrongKeys.take(ip);
      return refuse(403, "wrong-publish-key", "the publish key is not right");
    }
    const r = library.publish(body.scenarioText);
    if (!r.ok) return { status: r.status, body: { code: r.code, error: r.error, problems: r.problems } };
    return { status: 201, body: r.item };
  }
  const libraryList = async (): Promise<Reply> => ({ status: 200, body: { scenarios: library.list() } });
  const libraryGet = async (body: Record<string, unknown>): Promise<Reply> => {
    const text = library.text(body.id);
    return text === undefined
      ? refuse(404, "unknown-scenario", "no such scenario in the library")
      : { status: 200, body: { text } };
  };

  async function create(body: Record<string, unknown>, ip: string): Promise<Reply> {
    if (!(await creates.take(ip)))
      return refuse(429, "too-many-creates", "too many workshops created from this address: wait a minute");
    let text: string;
    let scenarioId: string | null = null;
    if (typeof body.scenarioId === "string") {
      const found = bundled.get(body.scenarioId);
      if (found === undefined)
        return refuse(400, "unknown-scenario", `no bundled scenario '${body.scenarioId.slice(0, 60)}'`);
      text = found;
      scenarioId = body.scenarioId;
    } else if (typeof body.libraryId === "string") {
      const found = library.text(body.libraryId);
      if (found === undefined)
        return refuse(400, "unknown-scenario", `no scenario '${body.libraryId.slice(0, 60)}' in the library`);
      // Kept as text in the workshop's log (scenarioId stays null), so the workshop outlives the library.
      text = found;
    } else if (typeof body.scenarioText === "string") {
      if (Buffer.byteLength(body.scenarioText) > MAX_SCENARIO_BYTES)
        return refuse(413, "scenario-too-large", `a scenario is at most ${MAX_SCENARIO_BYTES / 1024} KiB`);
      text = body.scenarioText;
    } else
      return refuse(
        400,
        "bad-request",
        "give 'scenarioId' (a bundled scenario) or 'scenarioText' (a scenario file's text)",
      );
    const loaded = loadScenario(text, "scenario.json");
    // The bundled files pass; a custom text is checked here with the loader's own messages.
    if (!loaded.ok) {
      const problems = loaded.problems.filter((p) => p.severity === "error").slice(0, 20);
      return {
        status: 422,
        body: { code: "scenario-invalid", error: "the scenario does not pass the checks", problems },
      };
    }
    const listeners = body.listeners === undefined ? 3 : body.listeners;
    if (
      !(
        Number.isSafeInteger(listeners) &&
        (listeners as number) >= 1 &&
        (listeners as number) <= MAX_LISTENER_SEATS
      )
    )
      return refuse(400, "bad-request", `'listeners' is a whole number from 1 to ${MAX_LISTENER_SEATS}`);
    const seed = body.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : body.seed;
    if (!(Number.isSafeInteger(seed) && (seed as number) >= 0))
      return refuse(400, "bad-request", "'seed' is a whole number ≥ 0");
    const trainerKey = newSecret();
    let code = "";
    const header = (c: string): WorkshopHeader => ({
      code: c,
      scenarioId,
      scenarioHash: hashText(text),
      scenarioText: text,
      seed: seed as number,
      listenerSeats: listeners as number,
      trainerKeyHash: hashSecret(trainerKey),
      allowPick: body.allowPick === true,
      createdAt: Date.now(),
    });
    for (let tries = 0; ; tries++) {
      code = newJoinCode();
      try {
        await o.log.create(header(code));
        break;
      } catch (e) {
        if (tries > 5) throw e;
      }
    }
    const room = await openRoom(code);
    return { status: 201, body: { code, trainerKey, roomId: room } };
  }

  async function openRoom(code: string): Promise<string> {
    const ticket = newSecret();
    await o.presence.setex(ticketKey(code), ticket, 60);
    const cache = await matchMaker.createRoom(ROOM_NAME, { code, ticket });
    return cache.roomId;
  }

  /** The live room of a code, rebuilt from its log when there is none. */
  async function roomOf(code: string, rebuild: boolean): Promise<string | undefined> {
    const roomId = await o.presence.hget(codesKey, code);
    if (roomId && !rebuild) {
      const cache = await matchMaker.getRoomById(roomId);
      if (cache) return roomId;
    }
    if (!(await o.log.read(code))) return undefined;
    // One process rebuilds; the others wait for it.
    const lock = `spiegelspel:rebuild:${code}`;
    if ((await o.presence.incr(lock)) === 1) {
      await o.presence.expire(lock, 15);
      try {
        return await openRoom(code);
      } finally {
        await o.presence.del(lock);
      }
    }
    for (let k = 0; k < 50; k++) {
      await new Promise((r) => setTimeout(r, 200));
      const now = await o.presence.hget(codesKey, code);
      if (now && now !== roomId && (await matchMaker.getRoomById(now))) return now;
    }
    return undefined;
  }

  async function joinWorkshop(
    body: Record<string, unknown>,
    ip: string,
    req: IncomingMessage,
  ): Promise<Reply> {
    if ((await wrongCodes.count(ip)) >= (o.joinAttemptsPerMinute ?? 10))
      return refuse(429, "too-many-codes", "too many wrong codes from this address: wait a minute");
    const code = normalizeCode(body.code);
    let roomId = code ? await roomOf(code, false) : undefined;
    if (!code || !roomId) {
      await wrongCodes.take(ip);
      return refuse(404, "no-workshop", "no workshop with this code");
    }
    // Checked here too (the room checks again when the client connects) so the answer says why at once.
    if (typeof body.trainerKey !== "string" && typeof body.playerKey !== "string" && !cleanName(body.name))
      return refuse(400, "bad-name", `a name is 1 to ${MAX_NAME_CHARS} characters`);
    if (body.moreTime !== undefined && !isMoreTime(body.moreTime))
      return refuse(400, "bad-request", `'moreTime' is one of ${MORE_TIME.join(", ")}`);
    const options: Record<string, unknown> = {};
    for (const k of ["name", "playerKey", "trainerKey", "moreTime"])
      if (typeof body[k] === "string") options[k] = body[k];
    const context = { token: undefined, headers: req.headers, ip };
    for (let attempt = 0; ; attempt++) {
      try {
        const reservation = await matchMaker.joinById(roomId, options, context as never);
        return { status: 200, body: reservation };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // The room's process is gone (or the room closed): rebuild it from the log once, then join.
        if (attempt === 0 && /not available|not found|invalid|disposed|locked/i.test(message)) {
          roomId = await roomOf(code, true);
          if (roomId) continue;
        }
        return refuse(403, "cannot-join", message);
      }
    }
  }

  // A Map, not an object: a path such as /constructor must find no route.
  const routes = new Map<
    string,
    (body: Record<string, unknown>, ip: string, req: IncomingMessage) => Promise<Reply>
  >([
    ["/workshop/api/create", create],
    ["/workshop/api/join", joinWorkshop],
    ["/workshop/api/library/publish", publish],
    ["/workshop/api/library/list", libraryList],
    ["/workshop/api/library/get", libraryGet],
  ]);

  return (req, res) => {
    // Only a proxy we were told about may say who the client is; otherwise anyone could pick a fresh address.
    const forwarded = o.trustProxy ? req.headers["x-real-ip"] : undefined;
    const ip = String((typeof forwarded === "string" && forwarded) || req.socket.remoteAddress || "?");
    const path = (req.url ?? "").split("?")[0];
    const send = (r: Reply) => {
      res.writeHead(r.status, {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
      });
      res.end(JSON.stringify(r.body));
    };
    if (req.method !== "POST") return send(refuse(405, "bad-request", "POST only"));
    const route = routes.get(path ?? "");
    if (!route) return send(refuse(404, "bad-request", "no such route"));
    readBody(req)
      .then((body) => route(body, ip, req))
      .then(send, (e: unknown) =>
        send(
          refuse(
            e instanceof BodyError ? e.status : 500,
            e instanceof BodyError ? "bad-request" : "server-error",
            e instanceof Error ? e.message : String(e),
          ),
        ),
      );
  };
}

/** `code` is stable for clients to say it in their user's language; `error` is for people. */
const refuse = (status: number, code: string, error: string): Reply => ({ status, body: { code, error } });

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client gets the answer rather than a reset.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) {
        reject(new BodyError(413, `a request is at most ${MAX_BODY_BYTES / 1024} KiB`));
        return;
      }
      try {
        const value = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        if (value === null || typeof value !== "object" || Array.isArray(value))
          reject(new BodyError(400, "the request body is a JSON object"));
        else resolve(value as Record<string, unknown>);
      } catch {
        reject(new BodyError(400, "the request body is not JSON"));
      }
    });
    req.on("error", reject);
  });
}

/** The bundled scenarios by id (their text, as in the files). */
function bundledScenarios(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "scenario.schema.json");
  } catch {
    return map;
  }
  for (const f of files) {
    try {
      const text = readFileSync(join(dir, f), "utf8");
      const id = (JSON.parse(text) as { id?: unknown }).id;
      map.set(typeof id === "string" ? id : f.replace(/\.json$/, ""), text);
    } catch {
      // A missing file is simply not offered.
    }
  }
  return map;
}
