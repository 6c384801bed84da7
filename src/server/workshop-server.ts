// The whole server on one http server and one port: the game (Vite in dev, the built dist/ otherwise),
// the workshop's HTTP routes, and Colyseus' matchmaking and WebSockets. In memory and SQLite by default;
// with a Redis URL, rooms, presence and the durable log are shared by every process.

import {
  createServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { fileURLToPath } from "node:url";
import { LocalDriver, LocalPresence, matchMaker, type Presence, Server } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { workshopApi } from "./http-api.ts";
import type { HostFactory } from "./meeting-host.ts";
import { meetingHostFactory } from "./multi-seat-host.ts";
import type { Clock } from "./pacing.ts";
import { ROOM_NAME } from "./protocol.ts";
import { RedisLog } from "./redis-log.ts";
import { SqliteLog } from "./sqlite-log.ts";
import { staticFiles } from "./static-files.ts";
import type { WorkshopLog } from "./workshop-log.ts";
import { setRoomDeps, WorkshopRoom } from "./workshop-room.ts";

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface WorkshopServerOptions {
  port?: number;
  host?: string;
  /** How the game itself is served: Vite's dev middleware, the built dist/, or not at all (tests). */
  game?: "vite" | "dist" | "none";
  redisUrl?: string;
  dataDir?: string;
  /** Overrides the durable log chosen from redisUrl/dataDir. */
  log?: WorkshopLog;
  /** Where clients reach this process (host:port), for rooms found through another process. */
  publicAddress?: string;
  hostFactory?: HostFactory;
  clock?: Clock;
  /** The clock of seats' answer windows, when it is not `clock` (tests pace lines fast, not answers). */
  windowClock?: Clock;
  idleMs?: number;
  reconnectSeconds?: number;
  joinAttemptsPerMinute?: number;
  /** Workshops one address may create per minute. */
  createsPerMinute?: number;
  /** Count join attempts by X-Real-IP (set only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** The studio's key to publish to the library; without it the library takes nothing. */
  publishKey?: string;
  messagesPerSecond?: number;
  /** Where Colyseus' own log lines go (errors about undecodable messages, etc.). */
  logger?: Pick<Console, "debug" | "info" | "warn" | "error"> & { trace?: (...a: unknown[]) => void };
}

export interface RunningServer {
  port: number;
  url: string;
  http: HttpServer;
  log: WorkshopLog;
  close(): Promise<void>;
}

/** Colyseus' matchmaking routes a client may use directly: join by room id (with a code's reservation), reconnect. */
const OPEN_MATCHMAKE = /^\/matchmake\/(joinById|reconnect)\//;

export async function startWorkshopServer(o: WorkshopServerOptions = {}): Promise<RunningServer> {
  const log = o.log ?? (o.redisUrl ? new RedisLog(o.redisUrl) : new SqliteLog(o.dataDir ?? `${ROOT}data`));
  setRoomDeps({
    log,
    hostFactory: o.hostFactory ?? meetingHostFactory(),
    clock: o.clock,
    windowClock: o.windowClock,
    idleMs: o.idleMs,
    reconnectSeconds: o.reconnectSeconds,
    messagesPerSecond: o.messagesPerSecond,
  });
  const presence: Presence = o.redisUrl ? new RedisPresence(o.redisUrl) : new LocalPresence();
  const driver = o.redisUrl ? new RedisDriver(o.redisUrl) : new LocalDriver();

  let game: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
  };
  let closeGame = async () => {};
  if (o.game === "dist") game = staticFiles(`${ROOT}dist`);
  const api = workshopApi({
    log,
    presence,
    scenariosDir: `${ROOT}scenarios`,
    joinAttemptsPerMinute: o.joinAttemptsPerMinute,
    createsPerMinute: o.createsPerMinute,
    trustProxy: o.trustProxy,
    publishKey: o.publishKey,
  });

  const http = createServer((req, res) => {
    if ((req.url ?? "").startsWith("/workshop/api/")) return api(req, res);
    game(req, res);
  });

  const { WebSocketTransport } = await loadTransport();
  const server = new Server({
    transport: new WebSocketTransport({
      server: http,
      maxPayload: 64 * 1024,
      pingInterval: 5000,
      pingMaxRetries: 3,
    }),
    presence,
    driver,
    publicAddress: o.publicAddress,
    gracefullyShutdown: false,
    greet: false,
    logger: o.logger,
  });
  server.define(ROOM_NAME, WorkshopRoom);

  // Colyseus answers every /matchmake/ URL; only joining by id (after our join route) and reconnecting
  // stay open, so a code cannot be tried there without being counted, nor a room created around the checks.
  const colyseusListeners = http.listeners("request").slice(0) as ((
    req: IncomingMessage,
    res: ServerResponse,
  ) => void)[];
  http.removeAllListeners("request");
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "";
    if (url.includes("/matchmake") && req.method === "POST" && !OPEN_MATCHMAKE.test(url)) {
      res
        .writeHead(403, { "Content-Type": "application/json" })
        .end(JSON.stringify({ error: "join through /workshop/api/join" }));
      return;
    }
    for (const l of colyseusListeners) l.call(http, req, res);
  });

  if (o.game === "vite") {
    // Colyseus' WebSocket server takes every upgrade on this port; Vite's hot reload shares the port
    // (the page's policy allows no other), so its upgrades ("vite-hmr" protocol) go to Vite alone.
    const colyseusUpgrades = http.listeners("upgrade").slice(0) as UpgradeListener[];
    http.removeAllListeners("upgrade");
    const { createServer: createVite } = await import("vite");
    const vite = await createVite({
      root: ROOT,
      server: { middlewareMode: true, ws: { server: http } },
      appType: "spa",
    });
    http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (String(req.headers["sec-websocket-protocol"] ?? "").includes("vite-hmr")) return;
      for (const l of colyseusUpgrades) l.call(http, req, socket, head);
    });
    game = (req, res) => vite.middlewares(req, res);
    closeGame = () => vite.close();
  }

  await server.listen(o.port ?? 0, o.host ?? "127.0.0.1");
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    url: `http://${o.host ?? "127.0.0.1"}:${port}`,
    http,
    log,
    async close() {
      await server.gracefullyShutdown(false);
      await closeGame();
      await log.close();
    },
  };
}

export { matchMaker };

/**
 * ws-transport reads `WebSocket.Server` from ws's ES module default export, which only has it once ws's
 * CommonJS index has run (it attaches Server to the shared class). Load that first, then the transport.
 */
async function loadTransport() {
  createRequire(import.meta.url)("ws");
  return import("@colyseus/ws-transport");
}
