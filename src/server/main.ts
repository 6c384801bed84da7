// `npm start`: the game and the workshop server from one process on one port. In development (the
// default) the game comes from Vite's middleware; with NODE_ENV=production or --production, from dist/.
// REDIS_URL shares rooms, presence and the durable log between processes; without it the log is a
// SQLite file under DATA_DIR (default ./data).
import { scaledClock } from "./pacing.ts";
import { startWorkshopServer } from "./workshop-server.ts";

const production = process.env.NODE_ENV === "production" || process.argv.includes("--production");
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? "127.0.0.1";
// GAME=none serves the workshop only (the fault tests and the bench); PACE_SCALE=0.01 runs the reading
// pace a hundred times faster (tests and the bench, never a real workshop).
const noGame = process.env.GAME === "none";
const paceScale = Number(process.env.PACE_SCALE ?? 1);
// WINDOW_SCALE times the seats' answer windows (urges, hands) apart from the lines: bots and people in
// a test read the lines fast but still need their seconds to decide. Unset, windows follow PACE_SCALE.
const windowScale = process.env.WINDOW_SCALE === undefined ? undefined : Number(process.env.WINDOW_SCALE);

const running = await startWorkshopServer({
  port,
  host,
  game: noGame ? "none" : production ? "dist" : "vite",
  clock: paceScale > 0 && paceScale !== 1 ? scaledClock(paceScale) : undefined,
  windowClock: windowScale !== undefined && windowScale > 0 ? scaledClock(windowScale) : undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  dataDir: process.env.DATA_DIR || undefined,
  publicAddress: process.env.PUBLIC_ADDRESS || undefined,
  trustProxy: process.env.TRUST_PROXY === "1",
  createsPerMinute: process.env.CREATES_PER_MINUTE ? Number(process.env.CREATES_PER_MINUTE) : undefined,
  publishKey: process.env.SPIEGELSPEL_PUBLISH_KEY || undefined,
});
console.log(
  `Spiegelspel on ${running.url} (${production ? "built game from dist/" : "game through Vite"}; workshop log: ${running.log.kind})`,
);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
