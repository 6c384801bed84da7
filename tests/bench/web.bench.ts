// npm run bench:web — the game in Debian's chromium, against its production build:
// JS size (gzip) of Phaser and of the rest; time from navigation to a usable menu next to a bare Phaser
// scene's create time in the same run; frames per second in the meeting over 5 s; JS heap after 20
// meetings restarted against after 1.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build, preview } from "vite";
import { launch } from "../e2e/browser.ts";

const root = new URL("../../", import.meta.url).pathname;
await build({ root, logLevel: "silent" });
await build({
  root: `${root}tests/bench/bare`,
  base: "./",
  logLevel: "silent",
  build: { outDir: `${root}dist/bare`, emptyOutDir: true },
});

let phaser = 0;
let rest = 0;
let lazy = 0;
let startup = 0;
let workshop = 0;
let studio = 0;
let studioPanels = 0;
let studioWorkers = 0;
// What the page loads before the menu: index.html's script and the chunks it preloads.
const atStart = new Set(
  [...readFileSync(`${root}dist/index.html`, "utf8").matchAll(/assets\/([^"]+\.js)/g)].map((m) => m[1]),
);
for (const f of readdirSync(`${root}dist/assets`)) {
  if (!f.endsWith(".js")) continue;
  const gz = gzipSync(readFileSync(`${root}dist/assets/${f}`)).length;
  if (atStart.has(f)) startup += gz;
  if (f.startsWith("phaser")) phaser += gz;
  else if (/^(open-studio|forms-panel)-/.test(f)) {
    // The studio's shell and forms: fetched only when the studio is opened (other panels load later still).
    studio += gz;
  } else if (/\.worker-/.test(f)) {
    // The studio's workers (layout of the graph, paths overlay, live checks): started by their panel.
    studioWorkers += gz;
  } else if (/^(panel|try-panel|compute)-/.test(f)) {
    // The studio's other panels, each fetched when its tab is first shown.
    studioPanels += gz;
  } else if (!atStart.has(f) && !f.startsWith("default-judge") && !f.startsWith("create-room")) {
    // The workshop screens and colyseus.js: fetched only when Workshop or Join is opened.
    workshop += gz;
  } else {
    rest += gz;
    // Loaded after the menu is up: the judge's code and the room (whose Phaser chunk is counted above).
    if (f.startsWith("default-judge") || f.startsWith("create-room")) lazy += gz;
  }
}
// The judge's weights are data, not code: JSON files fetched when the browser is idle after the menu.
let weights = 0;
for (const f of readdirSync(`${root}dist/assets`))
  if (/^(listener|facilitator)-.*\.json$/.test(f))
    weights += gzipSync(readFileSync(`${root}dist/assets/${f}`)).length;
console.log("size");
console.log(`  Phaser:           ${(phaser / 1024).toFixed(0)} KB gzip`);
console.log(
  `  everything else:  ${(rest / 1024).toFixed(0)} KB gzip (aim: at most 150 KB), of which ${(lazy / 1024).toFixed(0)} KB load after the menu`,
);
console.log(
  `  start-up JS:      ${(startup / 1024).toFixed(1)} KB gzip (index.html's script and what it preloads)`,
);
console.log(
  `  workshop:         ${(workshop / 1024).toFixed(1)} KB gzip (its screens and colyseus.js), only when Workshop or Join is opened`,
);
console.log(
  `  studio:           ${(studio / 1024).toFixed(1)} KB gzip (its shell and forms), only when the studio is opened`,
);
console.log(
  `  studio panels:    ${(studioPanels / 1024).toFixed(1)} KB gzip (JSON editor, graph, checks, try-it, translations), each when its tab is first shown: JSON and checks at once`,
);
console.log(
  `  studio workers:   ${(studioWorkers / 1024).toFixed(1)} KB gzip (graph layout, paths overlay, live checks), each when its panel starts it`,
);
console.log(`  judge weights:    ${(weights / 1024).toFixed(0)} KB gzip of JSON, fetched after the menu`);

const server = await preview({ root, preview: { port: 0, host: "127.0.0.1" }, logLevel: "silent" });
const address = server.httpServer.address();
if (!address || typeof address === "string") throw new Error("no port");
const url = `http://127.0.0.1:${address.port}/`;
const { context, close } = await launch();
const page = await context.newPage();
await page.addInitScript(() =>
  localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "instant" })),
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const menuTimes: number[] = [];
const bareTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  await page.goto(`${url}bare/index.html`);
  bareTimes.push(
    await page
      .waitForFunction(() => (window as unknown as { bareCreated?: number }).bareCreated)
      .then((h) => h.jsonValue() as Promise<number>),
  );
  await page.goto(url);
  await page.waitForFunction(
    () => document.activeElement?.id === "scenario" || document.activeElement?.id === "resume",
  );
  menuTimes.push(await page.evaluate(() => performance.now()));
}
console.log("start-up (median of 5)");
console.log(`  bare Phaser scene created:  ${median(bareTimes).toFixed(0)} ms`);
console.log(
  `  game menu usable:           ${median(menuTimes).toFixed(0)} ms (${(median(menuTimes) / median(bareTimes)).toFixed(2)}× the bare scene; aim: at most 1.3×)`,
);

async function enterMeeting(): Promise<void> {
  await page.selectOption("#scenario", "wijkteam-zuiderveld");
  await page.click("#start");
  await page.click("#enter");
  // The run left before is kept in progress: a new one for the same scenario and role asks first.
  const next = await page.waitForSelector("#replace-run, #move-title");
  if ((await next.getAttribute("id")) === "replace-run") await next.click();
  await page.waitForSelector("#move-title");
}
await page.evaluate(() => localStorage.clear());
await page.goto(url);
await enterMeeting();
await page.click("#pick-welkom");
await page.click("#confirm");
// A string, so the bundler's helpers never leak into the page.
const fps = (await page.evaluate(`new Promise((resolve) => {
  let frames = 0;
  const t0 = performance.now();
  function tick() {
    frames++;
    if (performance.now() - t0 < 5000) requestAnimationFrame(tick);
    else resolve((frames * 1000) / (performance.now() - t0));
  }
  requestAnimationFrame(tick);
})`)) as number;
console.log("meeting scene");
console.log(`  ${fps.toFixed(1)} frames per second over 5 s (aim: at least 55)`);

const cdp = await context.newCDPSession(page);
const heap = async () => {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return ((await cdp.send("Runtime.getHeapUsage")) as { usedSize: number }).usedSize;
};
await page.click("#leave");
const afterOne = await heap();
for (let i = 1; i < 20; i++) {
  await enterMeeting();
  await page.click("#leave");
}
const afterTwenty = await heap();
console.log("memory");
console.log(`  JS heap after 1 meeting:   ${(afterOne / 1048576).toFixed(1)} MB`);
console.log(
  `  JS heap after 20 meetings: ${(afterTwenty / 1048576).toFixed(1)} MB (growth ${((afterTwenty - afterOne) / 1048576).toFixed(1)} MB; aim: at most 5 MB)`,
);
await close();
server.httpServer.close();
process.exit(0);
