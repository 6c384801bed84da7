// Helpers for driving the game in a page: watching for console errors and requests off origin,
// starting a run from the menu, and making one engine move through the real buttons.
import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { launch } from "./browser.ts";

export const SHOTS = new URL("../../test-results/", import.meta.url);
mkdirSync(SHOTS, { recursive: true });

export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage });
}

let failures = 0;
let passes = 0;
export function check(ok: boolean, what: string): void {
  if (ok) {
    passes++;
    console.log(`  ok   ${what}`);
  } else {
    failures++;
    console.log(`  FAIL ${what}`);
  }
}
export const failed = () => failures;
export const passed = () => passes;

/** Collects console errors and warnings, page errors, failed responses, dialogs and every request that leaves the origin. */
export function watch(page: Page, origin: string, pace: "instant" | "reading" = "instant"): string[] {
  const problems: string[] = [];
  // Lines at reading pace would make each run take minutes; the pacing itself is tested in tests/ui.
  void page.addInitScript((p) => {
    if (!localStorage.getItem("spiegelspel.settings"))
      localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: p }));
  }, pace);
  // Warnings too: Phaser says "cannot sleep a scene that is not running" and the like only as warnings.
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
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

export function noProblems(problems: string[], what = "no console errors and no requests off origin"): void {
  check(problems.length === 0, `${what}${problems.length ? `: ${problems.slice(0, 5).join("; ")}` : ""}`);
}

/** A fresh browser and profile for one check, which ends with no console problems and no request off origin. */
export async function inBrowser(
  url: string,
  title: string,
  fn: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  console.log(title);
  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    const problems = watch(page, url.replace(/\/$/, ""));
    await fn(page, context);
    noProblems(problems);
  } finally {
    await close();
  }
}

export async function startRun(page: Page, url: string, scenario: string, role: string, shotName?: string) {
  await page.goto(url);
  await page.waitForSelector("#menu-form");
  await page.selectOption("#scenario", scenario);
  await page.selectOption("#role", role);
  await page.click("#start");
  await page.waitForSelector("#enter");
  if (shotName) await shot(page, shotName);
  await page.click("#enter");
  await page.waitForSelector("#move-title");
}

const logCount = (page: Page) => page.locator("#log > li").count();

/**
 * Makes one recorded move through the page's own controls. A `wait` either really lets the urge's
 * window run out (`realWait`) or, to keep the test quick, clicks the choice the window stands for.
 */
export async function applyMove(
  page: Page,
  m: MoveRecord,
  onTimeout: Map<string, string>,
  realWait = false,
): Promise<void> {
  const before = await logCount(page);
  if ("choose" in m) await page.click(`#move button[data-choice="${m.choose}"]`);
  else if ("pick" in m) {
    for (const id of m.pick) await page.check(`#pick-${id}`);
    await page.click("#confirm");
  } else if ("wait" in m) {
    if (!realWait) {
      const ids = await page.$$eval("#move button[data-choice]", (bs) =>
        bs.map((b) => b.getAttribute("data-choice")),
      );
      const hold = [...onTimeout.values()].find((v) => ids.includes(v));
      await page.click(`#move button[data-choice="${hold}"]`);
    }
  } else if ("note" in m) {
    await page.click(`.note-buttons button.note-${m.tag}[data-line="${m.note}"]`);
    await page.waitForSelector(
      `.note-buttons button.note-${m.tag}[data-line="${m.note}"][aria-pressed="true"]`,
    );
    return;
  } else if ("say" in m) {
    await page.fill("#free-text", m.say);
    await page.click("#say");
  }
  await page.waitForFunction(
    (n) => document.querySelectorAll("#log > li").length > n || !!document.getElementById("debrief-title"),
    before,
    { timeout: 20_000 },
  );
}
