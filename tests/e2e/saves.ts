// Browser checks of the game's saves (issue 12 points 5–7, issue 11 point 14) on the production build:
// bad stored records are set aside with a message, a nearly full localStorage loses nothing (IndexedDB),
// a save that cannot be written says so, a resume that fails says why and never blanks the page, and
// several runs in progress are listed and not replaced without asking.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { playByStrategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { applyMove, check, inBrowser, shot, startRun } from "./page.ts";

const DISTRICT = "wijkteam-zuiderveld";
const TITLE = "Wijkteam Zuiderveld luistert naar bewoners";
const text = readFileSync(new URL(`../../scenarios/${DISTRICT}.json`, import.meta.url), "utf8");
const scenario = loadScenario(text, `${DISTRICT}.json`).scenario;
if (!scenario) throw new Error(`${DISTRICT} does not load`);
const onTimeout = new Map<string, string>();
for (const b of scenario.beats)
  for (const m of Object.values(b.moves ?? {}))
    if (m?.kind === "urge" && m.onTimeout) onTimeout.set(b.id, m.onTimeout);
const listenerMoves = playByStrategy(compileScenario(scenario, "listener"), "best").moves;
const mini = readFileSync(new URL("../fixtures/mini.json", import.meta.url), "utf8");

const logCount = (page: Page) => page.locator("#log > li").count();
const textOf = async (page: Page, selector: string) => (await page.textContent(selector)) ?? "";

/** Fills localStorage from the page until only a few characters are left; returns the characters used. */
function fillLocalStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let used = 0;
    let i = 0;
    for (let size = 1_000_000; size >= 10; size = Math.floor(size / 10)) {
      const block = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, block);
          used += size;
        } catch {
          break;
        }
      }
    }
    return used;
  });
}

/** Writes records straight into the game's IndexedDB store (as an older or damaged version left them). */
function putRecords(page: Page, records: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("spiegelspel", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("records");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("records", "readwrite");
          for (const [k, v] of Object.entries(records)) tx.objectStore("records").put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

function recordKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("spiegelspel", 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const r = open.result.transaction("records").objectStore("records").getAllKeys();
          r.onsuccess = () => {
            open.result.close();
            resolve(r.result.map(String));
          };
        };
      }),
  );
}

async function badHistory(url: string): Promise<void> {
  await inBrowser(url, "saves: bad history entries are set aside, the good ones shown", async (page) => {
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    const good = {
      scenarioId: DISTRICT,
      title: TITLE,
      role: "listener",
      total: 71,
      finishedAt: "2026-12-01T09:00:00Z",
    };
    await page.evaluate(
      (items) => localStorage.setItem("spiegelspel.history", JSON.stringify(items)),
      [
        good,
        { ...good, finishedAt: 1733 },
        { ...good, finishedAt: undefined },
        { ...good, replay: { lang: "nl", seed: 1, moves: "open" } },
      ],
    );
    await page.reload();
    await page.waitForSelector("#menu-form");
    check(
      (await page.locator(".history-item").count()) === 1,
      "the good history entry is shown, the page is not blank",
    );
    const notice = await textOf(page, ".notice");
    check(
      notice.includes("'finishedAt' ontbreekt of klopt niet") && notice.includes("'replay.moves' ontbreekt"),
      `the menu says what was set aside: ${notice.slice(0, 160)}…`,
    );
    check((await page.$(".view-history")) === null, "no View button that would do nothing");
    await shot(page, "saves-bad-history");
    check(
      (await recordKeys(page)).filter((k) => k.startsWith("aside:")).length === 3,
      "the 3 bad entries are kept aside",
    );
    await page.evaluate(() => localStorage.setItem("spiegelspel.history", "[{broken"));
    await page.reload();
    await page.waitForSelector("#menu-form");
    check(
      (await textOf(page, ".notice")).includes("de lijst met eerdere rondes (geen leesbare JSON)"),
      "a history that is not JSON is reported, not shown as 'no history'",
    );
  });
}

async function fullLocalStorage(url: string): Promise<void> {
  await inBrowser(url, "saves: localStorage nearly full, 8 moves and a reload", async (page) => {
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    const used = await fillLocalStorage(page);
    console.log(`  (localStorage filled with ${used} characters)`);
    await startRun(page, url, DISTRICT, "listener");
    for (const m of listenerMoves.slice(0, 8)) await applyMove(page, m, onTimeout);
    const before = await logCount(page);
    await page.waitForTimeout(200);
    check((await page.$("#save-status")) === null, "no save problem is reported");
    await page.reload();
    await page.waitForSelector("#move-title");
    check((await logCount(page)) === before, `the reload resumes with all ${before} log entries`);
    await page.click("#leave");
    await page.waitForSelector(".run-in-progress");
    const listed = await textOf(page, ".run-in-progress");
    check(
      listed.includes(TITLE) && listed.includes("8 zetten"),
      `resume shows the title and progress: ${listed}`,
    );
    // An own scenario played to the end: it is stored once and the finished run reaches the history.
    await page.setInputFiles("#own-file", {
      name: "eigen.json",
      mimeType: "application/json",
      buffer: Buffer.from(mini),
    });
    await page.click('.play-own[data-role="facilitator"]');
    await page.click("#enter");
    await page.waitForSelector("#pick-doel");
    await page.check("#pick-doel");
    await page.check("#pick-stilte");
    await page.click("#confirm");
    await page.click('#move button[data-choice="open"]');
    const keys = await recordKeys(page);
    check(
      keys.filter((k) => k.startsWith("own:")).length === 1,
      "the own scenario is stored once, under its hash",
    );
    await page.click('#move button[data-choice="team"]');
    await page.waitForSelector("#debrief-title");
    await page.click("#back");
    await page.waitForSelector(".history-item");
    check((await page.locator(".history-item").count()) === 1, "the finished run reaches the history");
    check(
      (await recordKeys(page)).every((k) => !k.startsWith("own:")),
      "the own text goes once no run needs it",
    );
  });

  await inBrowser(url, "saves: no IndexedDB and a full localStorage", async (page) => {
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    await fillLocalStorage(page);
    await startRun(page, url, DISTRICT, "listener");
    await applyMove(page, listenerMoves[0] ?? { wait: true }, onTimeout);
    await page.waitForSelector("#save-status");
    const status = await textOf(page, "#save-status");
    check(status.startsWith("Je ronde kon niet worden bewaard"), `a failed save says so: ${status}`);
    await shot(page, "saves-write-failed");
  });
}

async function failingResume(url: string): Promise<void> {
  await inBrowser(url, "saves: a resume that fails says why and keeps the page", async (page) => {
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    const own = "unreadable-4mb";
    const run = (key: string, extra: Record<string, unknown>) => ({
      format: "spiegelspel-save",
      version: 3,
      key,
      scenarioId: DISTRICT,
      role: "listener",
      lang: "nl",
      seed: 1,
      savedAt: "2026-12-06T10:00:00.000Z",
      ...extra,
    });
    await putRecords(page, {
      [`own:${own}`]: {
        format: "spiegelspel-own",
        name: "eigen.json",
        text: `{"id": "${DISTRICT}", ${"x".repeat(4_000_000)}`,
      },
      [`run:own:${own}|listener`]: run(`own:${own}|listener`, {
        own,
        title: { nl: "Eigen wijkteam" },
        moves: [],
      }),
      [`run:${DISTRICT}|facilitator`]: run(`${DISTRICT}|facilitator`, {
        role: "facilitator",
        moves: [{ choose: "nope" }],
      }),
    });
    await page.evaluate((k) => sessionStorage.setItem("spiegelspel.active", k), `own:${own}|listener`);
    await page.reload();
    await page.waitForSelector(".resume-problem");
    const own4mb = await textOf(page, ".resume-problem");
    check(
      own4mb.includes("je eigen scenario is niet meer te lezen") && !own4mb.includes("is er niet meer"),
      `an unreadable own scenario is named as such: ${own4mb.slice(0, 140)}…`,
    );
    await shot(page, "saves-resume-failed");
    await page.reload();
    await page.waitForSelector("#menu-form");
    check(
      (await page.locator(".run-in-progress").count()) === 2,
      "after a reload the menu is back, both runs kept",
    );
    await page.click(`.resume-run[data-key="${DISTRICT}|facilitator"]`);
    await page.waitForSelector(".resume-problem");
    const moves = await textOf(page, ".resume-problem");
    check(
      moves.includes("de zetten passen niet meer vanaf zet 1"),
      `moves that do not fit name the move: ${moves}`,
    );
    await page.click("#set-aside");
    await page.waitForFunction(() => document.querySelectorAll(".run-in-progress").length === 1);
    check(
      (await textOf(page, ".notice")).includes("apart gezet"),
      "a run set aside is gone from the list, with a message",
    );
  });
}

async function severalRuns(url: string): Promise<void> {
  await inBrowser(url, "saves: several runs in progress", async (page) => {
    await startRun(page, url, DISTRICT, "listener");
    for (const m of listenerMoves.slice(0, 2)) await applyMove(page, m, onTimeout);
    const listenerLog = await logCount(page);
    await page.click("#leave");
    await page.waitForSelector("#menu-form");
    await page.selectOption("#scenario", DISTRICT);
    await page.selectOption("#role", "facilitator");
    await page.click("#start");
    await page.click("#enter");
    await page.waitForSelector("#move-title");
    await page.click("#leave");
    await page.waitForSelector(".run-in-progress");
    const runs = await page.$$eval(".run-in-progress", (els) => els.map((e) => e.textContent ?? ""));
    check(
      runs.length === 2 && runs.every((r) => r.startsWith(TITLE)) && !runs.some((r) => r.includes(DISTRICT)),
      `both runs are listed by title, not id: ${runs.join(" | ")}`,
    );
    check(
      runs[1]?.includes("Toehoorder") === true && runs[0]?.includes("Gespreksleider") === true,
      "with their roles",
    );
    await shot(page, "saves-runs-in-progress");
    await page.selectOption("#scenario", DISTRICT);
    await page.selectOption("#role", "listener");
    await page.click("#start");
    await page.click("#enter");
    await page.waitForSelector("#replace-question");
    check(
      (await textOf(page, "#replace-question")).includes("Een nieuwe ronde vervangt die"),
      "a new round asks first",
    );
    await shot(page, "saves-replace-question");
    await page.click("#resume-instead");
    await page.waitForSelector("#move-title");
    check((await logCount(page)) === listenerLog, "resuming instead brings back the saved run");
  });
}

export async function savesInBrowser(url: string): Promise<void> {
  await badHistory(url);
  await fullLocalStorage(url);
  await failingResume(url);
  await severalRuns(url);
}
