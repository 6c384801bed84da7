// npm run test:e2e — the production build in Debian's chromium: the district-team scenario played well
// and badly in both roles, the debrief checked against the engine's report for the same moves; a reload
// mid-meeting resumes; the menu works by keyboard alone; no console errors; no request leaves the origin.
// Screenshots of every scene go to test-results/ for review.
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { playByStrategy, type Strategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { launch } from "./browser.ts";
import { serveBuild } from "./server.ts";

const SCENARIO = "wijkteam-zuiderveld";
const shots = new URL("../../test-results/", import.meta.url);
mkdirSync(shots, { recursive: true });

const loaded = loadScenario(
  readFileSync(new URL(`../../scenarios/${SCENARIO}.json`, import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error(`${SCENARIO} does not load`);
const scenario = loaded.scenario;

let failures = 0;
function check(ok: boolean, what: string): void {
  if (ok) console.log(`  ok   ${what}`);
  else {
    failures++;
    console.log(`  FAIL ${what}`);
  }
}

function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  // Lines at reading pace would make each run take minutes; the pacing itself is tested in tests/ui.
  void page.addInitScript(() => {
    if (!localStorage.getItem("spiegelspel.settings"))
      localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "instant" }));
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      problems.push(`request off origin: ${url}`);
  });
  return problems;
}

async function startRun(page: Page, url: string, role: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("#menu-form");
  await page.selectOption("#scenario", SCENARIO);
  await page.selectOption("#role", role);
  await page.click("#start");
  await page.waitForSelector("#enter");
  await page.screenshot({ path: new URL(`briefing-${role}.png`, shots).pathname });
  await page.click("#enter");
  await page.waitForSelector("#move-title");
}

async function applyMove(page: Page, m: MoveRecord, onTimeout: Map<string, string>): Promise<void> {
  const before = await page.locator("#log > li").count();
  if ("choose" in m) await page.click(`button[data-choice="${m.choose}"]`);
  else if ("pick" in m) {
    for (const id of m.pick) await page.check(`#pick-${id}`);
    await page.click("#confirm");
  } else if ("wait" in m) {
    // Letting the window pass is what the real timer does; clicking the choice it stands for is the same
    // move for the engine's verdicts, and keeps the test fast.
    const beat = await page.evaluate(
      () => document.querySelector("button[data-choice]")?.getAttribute("data-choice") ?? "",
    );
    void beat;
    const id = await page.evaluate(() =>
      [...document.querySelectorAll("button[data-choice]")].map((b) => b.getAttribute("data-choice")),
    );
    const hold = [...onTimeout.values()].find((v) => id.includes(v));
    await page.click(`button[data-choice="${hold}"]`);
  } else if ("note" in m) {
    await page.click(`.note-buttons button.note-${m.tag}[data-line="${m.note}"]`);
    return;
  }
  await page.waitForFunction(
    (n) => document.querySelectorAll("#log > li").length > n || !!document.getElementById("debrief-title"),
    before,
  );
}

async function playThrough(url: string, role: "facilitator" | "listener", strategy: Strategy): Promise<void> {
  console.log(`${role}, played ${strategy === "best" ? "well" : "badly"}`);
  const { context, close } = await launch();
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  const compiled = compileScenario(scenario, role);
  const { moves, session } = playByStrategy(compiled, strategy);
  const expected = buildReport(scenario, role, session.context, "nl", 0);
  const onTimeout = new Map<string, string>();
  for (const b of scenario.beats) {
    const m = b.moves?.[role];
    if (m?.kind === "urge" && m.onTimeout) onTimeout.set(b.id, m.onTimeout);
  }
  await startRun(page, url, role);
  let shotTaken = false;
  for (const m of moves) {
    await applyMove(page, m, onTimeout);
    if (!shotTaken && (await page.locator("#log > li").count()) > 8) {
      await page.screenshot({ path: new URL(`meeting-${role}-${strategy}.png`, shots).pathname });
      shotTaken = true;
    }
  }
  await page.waitForSelector("#debrief-title");
  await page.screenshot({ path: new URL(`debrief-${role}-${strategy}.png`, shots).pathname, fullPage: true });
  const total = await page.getAttribute(".total", "data-total");
  check(
    total === String(expected.score.total),
    `debrief total ${total} equals the engine's ${expected.score.total}`,
  );
  const dims = await page.$$eval(".dimension", (els) =>
    els.map((e) => `${e.getAttribute("data-dimension")}=${e.getAttribute("data-score")}`),
  );
  check(
    JSON.stringify(dims) === JSON.stringify(expected.score.dimensions.map((d) => `${d.id}=${d.score}`)),
    `dimension scores ${dims.join(", ")} equal the engine's`,
  );
  const verdicts = await page.$$eval(".moment", (els) =>
    els.map((e) => `${e.getAttribute("data-rule")}:${e.getAttribute("data-kind")}`),
  );
  check(
    JSON.stringify(verdicts) === JSON.stringify(expected.moments.map((m) => `${m.rule}:${m.kind}`)),
    `the ${verdicts.length} moments and their verdicts equal the engine's`,
  );
  check(
    problems.length === 0,
    `no console errors and no requests off origin${problems.length ? `: ${problems.join("; ")}` : ""}`,
  );
  await close();
}

async function reloadResumes(url: string): Promise<void> {
  console.log("reload mid-meeting");
  const { context, close } = await launch();
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  await startRun(page, url, "facilitator");
  const { moves } = playByStrategy(compileScenario(scenario, "facilitator"), "best");
  for (const m of moves.slice(0, 6)) await applyMove(page, m, new Map());
  const before = await page.locator("#log > li").count();
  const prompt = await page.textContent("#move-title");
  await page.reload();
  await page.waitForSelector("#resume");
  await page.screenshot({ path: new URL("menu-resume.png", shots).pathname });
  await page.click("#resume");
  await page.waitForSelector("#move-title");
  check(
    (await page.locator("#log > li").count()) === before,
    `the transcript has the same ${before} entries after the reload`,
  );
  check((await page.textContent("#move-title")) === prompt, "the same move is waiting");
  await page.evaluate(() => localStorage.setItem("spiegelspel.save", "{broken"));
  await page.reload();
  await page.waitForSelector("#menu-form");
  check(
    (await page.textContent(".notice"))?.includes("could not be resumed") === true ||
      (await page.textContent(".notice"))?.includes("kon niet") === true,
    "a corrupt save is dropped with a message",
  );
  check(problems.length === 0, `no console errors${problems.length ? `: ${problems.join("; ")}` : ""}`);
  await close();
}

async function keyboardMenu(url: string): Promise<void> {
  console.log("menu by keyboard");
  const { context, close } = await launch();
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  await page.goto(url);
  await page.waitForSelector("#menu-form");
  await page.screenshot({ path: new URL("menu.png", shots).pathname });
  check(
    (await page.evaluate(() => document.activeElement?.id)) === "scenario",
    "focus starts on the scenario list",
  );
  await page.keyboard.press("Tab");
  check((await page.evaluate(() => document.activeElement?.id)) === "role", "Tab reaches the role");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  check((await page.evaluate(() => document.activeElement?.id)) === "start", "Tab reaches Start");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#enter");
  check(
    (await page.evaluate(() => document.activeElement?.id)) === "enter",
    "focus moves to the briefing's button",
  );
  await page.keyboard.press("Enter");
  await page.waitForSelector("#move-title");
  check(
    (await page.evaluate(() => document.activeElement?.id)) === "move-title",
    "focus follows to the first move",
  );
  await page.keyboard.press("Tab");
  check(
    (await page.evaluate(() => document.activeElement?.tagName)) === "INPUT" ||
      (await page.evaluate(() => document.activeElement?.tagName)) === "BUTTON",
    "the move's options are next by Tab",
  );
  const xss = await page.evaluate(() => document.querySelectorAll("#ui img").length);
  check(xss === 0, "no images injected by scenario text");
  check(problems.length === 0, `no console errors${problems.length ? `: ${problems.join("; ")}` : ""}`);
  await close();
}

const server = await serveBuild();
try {
  await keyboardMenu(server.url);
  await reloadResumes(server.url);
  for (const role of ["facilitator", "listener"] as const)
    for (const s of ["best", "worst"] as const) await playThrough(server.url, role, s);
} finally {
  await server.close();
}
console.log(failures === 0 ? "e2e: all checks passed" : `e2e: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
