// The meeting screen in the browser (issue 11, points 4, 5, 7, 8, 15 and 16): pause freezes an urge and
// the clock while notes still work, more time as a setting, one language at a time on every screen, a
// change of language that keeps the menu's choices, a 390 px phone, the organiser's desk, and focus and
// Escape after each move. Screenshots at 1280x720 and 390x844 go to test-results/.
import type { BrowserContext, Page } from "playwright-core";
import { launch } from "./browser.ts";
import { check, shot, startRun, watch } from "./page.ts";

const DISTRICT = "wijkteam-zuiderveld";
const ORGANISER = "voorbereiding-organisator";

/** Common words of the English interface that must not be on a Dutch screen. */
const ENGLISH = [
  "the",
  "and",
  "you",
  "your",
  "with",
  "pick",
  "choose",
  "options",
  "between",
  "settings",
  "went well",
  "rule broken",
  "chance missed",
  "defending",
  "explaining",
  "solving",
  "clarifying",
  "acknowledging",
  "leading",
  "summary",
  "opinion",
  "listener",
  "facilitator",
  "transcript",
  "notes",
  "pause",
  "skip",
  "debrief",
  "minutes",
];
/** And of the Dutch interface on an English screen (no "de" or "van": they are in people's names). */
const DUTCH = [
  "het",
  "een",
  "jij",
  "jouw",
  "niet",
  "wat",
  "kies",
  "keuze",
  "gespreksleider",
  "toehoorder",
  "notities",
  "verdedigen",
  "pauze",
  "overslaan",
  "nabespreking",
  "gepland",
  "werkelijk",
  "deelnemer",
  "ging goed",
  "regel gebroken",
  "tijd",
];

async function inBrowser(
  url: string,
  title: string,
  fn: (page: Page, context: BrowserContext) => Promise<void>,
  pace: "instant" | "reading" = "instant",
): Promise<void> {
  console.log(title);
  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    const problems = watch(page, url.replace(/\/$/, ""), pace);
    await fn(page, context);
    check(
      problems.length === 0,
      `no console errors and no requests off origin${problems.length ? `: ${problems.slice(0, 5).join("; ")}` : ""}`,
    );
  } finally {
    await close();
  }
}

const logCount = (page: Page) => page.locator("#log > li").count();

/**
 * One move with the first options on screen (a pick takes its minimum), waiting until it shows; false
 * once the debrief is up.
 */
export async function firstMove(page: Page): Promise<boolean> {
  if (await page.$("#debrief-title")) return false;
  await page.waitForSelector("#move-title, #debrief-title", { timeout: 20_000 });
  if (await page.$("#debrief-title")) return false;
  const before = await logCount(page);
  if (await page.$("#confirm")) {
    const legend = (await page.textContent("#move legend")) ?? "";
    const min = Number(/\d+/.exec(legend)?.[0] ?? "1");
    const boxes = await page.$$("#move input[type=checkbox]");
    for (const b of boxes.slice(0, min)) await b.check();
    await page.click("#confirm");
  } else await page.click("#move button[data-choice]");
  await page.waitForFunction(
    (n) => document.querySelectorAll("#log > li").length > n || !!document.getElementById("debrief-title"),
    before,
    { timeout: 20_000 },
  );
  return true;
}

/** Moves with the first options until an urge with a countdown is waiting. */
async function toUrge(page: Page): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    if (await page.$("#move .urge-left")) return true;
    if (!(await firstMove(page))) return false;
  }
  return false;
}

/** The words on screen, without the language list (its "English" and "Nederlands" are meant to be there). */
const screenText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const n of copy.querySelectorAll("#lang, script, style")) n.remove();
    // Closed details and hidden parts are on screen for a screen reader too: count their words.
    // Rule ids (F-SUMMARY, L-NOTES) are codes, the same in both languages.
    return (copy.textContent ?? "").replace(/\b[FLP]-[A-Z-]+\b/g, " ");
  });

function foreign(text: string, words: readonly string[]): string[] {
  return words.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "iu").test(text));
}

async function sweep(page: Page, lang: "nl" | "en", where: string): Promise<void> {
  const found = foreign(await screenText(page), lang === "nl" ? ENGLISH : DUTCH);
  check(
    found.length === 0,
    `${lang}: no ${lang === "nl" ? "English" : "Dutch"} words on the ${where}${found.length ? `: ${found.join(", ")}` : ""}`,
  );
}

// ------------------------------------------------------------------------------------------ point 4, 5
async function pauseFreezes(url: string): Promise<void> {
  await inBrowser(url, "pause freezes an urge, notes still work", async (page) => {
    await startRun(page, url, DISTRICT, "listener");
    check(await toUrge(page), "an urge with a countdown is waiting");
    await page.waitForTimeout(1200);
    await page.click("#pause");
    const left = await page.textContent("#move .urge-left");
    const title = await page.textContent("#move-title");
    const status = await page.textContent("#status");
    const entries = await logCount(page);
    // A note while paused: on a participant's line on screen.
    const note = page.locator(".note-buttons button.note-positive").last();
    const line = await note.getAttribute("data-line");
    await note.click();
    // Longer than any scenario's own window (at most 8 s): without the pause it would have run out.
    await page.waitForTimeout(8500);
    check((await page.textContent("#move .urge-left")) === left, `the countdown stands still (${left})`);
    check((await page.textContent("#move-title")) === title, "the urge still waits");
    check((await page.textContent("#status")) === status, "the clock stands still");
    const logText = (await page.textContent("#log")) ?? "";
    check(!logText.includes("het moment ging voorbij"), "the urge did not pass while paused");
    check((await logCount(page)) === entries + 1, "the only new entry is the note");
    check(
      (await page.getAttribute(`.note-buttons button.note-positive[data-line="${line}"]`, "aria-pressed")) ===
        "true",
      "the noted line's button shows the note",
    );
    check(((await page.textContent("#notes")) ?? "").trim().length > 0, "the notes panel shows the note");
    const bar = await page.$eval(".urge-bar span", (e) => getComputedStyle(e).animationPlayState);
    check(bar === "paused", "the countdown's bar stands still");
    await shot(page, "meeting-paused");
    await page.click("#pause");
    await page.waitForFunction(
      (before) => document.querySelector("#move .urge-left")?.textContent !== before,
      left,
      { timeout: 3000 },
    );
    check(true, "the countdown goes on after the pause");
  });

  await inBrowser(url, "more time to choose: no time limit", async (page) => {
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    const setting = await page.$("#more-time");
    check(setting !== null, "the settings offer more time to choose");
    if (!setting) return;
    await page.selectOption("#more-time", "none");
    await page.reload();
    await page.waitForSelector("#more-time");
    check(
      (await page.$eval("#more-time", (s) => (s as HTMLSelectElement).value)) === "none",
      "the setting is kept",
    );
    await page.selectOption("#scenario", DISTRICT);
    await page.selectOption("#role", "listener");
    await page.click("#start");
    await page.click("#enter");
    await page.waitForSelector("#move-title");
    for (let i = 0; i < 40 && !(await page.$("#move-title.urge")); i++) await firstMove(page);
    check((await page.$("#move-title.urge")) !== null, "an urge is waiting");
    check((await page.$("#move .urge-left")) === null, "it has no countdown");
  });
}

// ------------------------------------------------------------------------------------------ point 7
async function oneLanguage(url: string, lang: "nl" | "en"): Promise<void> {
  await inBrowser(url, `one language at a time (${lang})`, async (page) => {
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    if (lang === "en") {
      await page.selectOption("#lang", "en");
      await page.waitForFunction(() => document.documentElement.lang === "en");
    }
    await sweep(page, lang, "menu");
    await page.selectOption("#scenario", DISTRICT);
    await page.selectOption("#role", "facilitator");
    await page.click("#start");
    await page.waitForSelector("#enter");
    await sweep(page, lang, "briefing");
    await page.click("#enter");
    await page.waitForSelector("#move-title");
    // A refused pick says why in the player's language, in full.
    if (await page.$("#confirm")) {
      await page.click("#confirm");
      const error = (await page.textContent("#move .error")) ?? "";
      check(
        error.length > 0 && foreign(error, lang === "nl" ? ENGLISH : DUTCH).length === 0,
        `${lang}: a refused pick says why in the same language: "${error}"`,
      );
      const cut = await page.$eval("#move .error", (e) => e.scrollWidth > e.clientWidth);
      check(!cut, `${lang}: the refusal is not cut off`);
    }
    // Typed words: how they came across is named in the same language.
    for (let i = 0; i < 20 && !(await page.$("#free-text")); i++) await firstMove(page);
    if (await page.$("#free-text")) {
      const before = await logCount(page);
      await page.fill(
        "#free-text",
        lang === "nl" ? "Dat klopt toch niet, u overdrijft." : "That is not true, you exaggerate.",
      );
      await page.click("#say");
      await page.waitForFunction((n) => document.querySelectorAll("#log > li").length > n, before);
      const own = await page.$$eval("#log .move.own", (els) => els.map((e) => e.textContent ?? "").join(" "));
      check(
        own.includes(lang === "nl" ? "Zo klonk het: " : "How it came across: "),
        `${lang}: typed words are labelled`,
      );
    }
    await sweep(page, lang, "meeting");
    await shot(page, `meeting-language-${lang}`);
    for (let i = 0; i < 200 && (await firstMove(page)); i++);
    await page.waitForSelector("#debrief-title");
    await sweep(page, lang, "debrief");
  });
}

// ------------------------------------------------------------------------------------------ point 8
async function languageKeepsChoice(url: string): Promise<void> {
  await inBrowser(url, "a change of language keeps the scenario and role", async (page) => {
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    const options = await page.$$eval("#scenario option", (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    const scenario = options.find((o) => o === ORGANISER) ?? options[options.length - 1] ?? "";
    await page.selectOption("#scenario", DISTRICT);
    await page.selectOption("#role", "listener");
    await page.selectOption("#lang", "en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    check(
      (await page.$eval("#scenario", (s) => (s as HTMLSelectElement).value)) === DISTRICT,
      "the scenario is kept",
    );
    check(
      (await page.$eval("#role", (s) => (s as HTMLSelectElement).value)) === "listener",
      "the role is kept",
    );
    check((await page.evaluate(() => document.activeElement?.id)) === "lang", "focus stays on the language");
    await page.selectOption("#scenario", scenario);
    await page.selectOption("#lang", "nl");
    await page.waitForFunction(() => document.documentElement.lang === "nl");
    check(
      (await page.$eval("#scenario", (s) => (s as HTMLSelectElement).value)) === scenario,
      "and back again",
    );
  });
}

// ------------------------------------------------------------------------------------------ point 15
async function phone(url: string): Promise<void> {
  await inBrowser(url, "a 390 px phone", async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await page.waitForSelector("#menu-form");
    await page.waitForTimeout(1200);
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    check((await width()) <= 390, `the menu fits the phone (${await width()} px)`);
    await shot(page, "phone-menu");
    await page.selectOption("#scenario", DISTRICT);
    await page.selectOption("#role", "listener");
    await page.click("#start");
    await page.waitForSelector("#enter");
    check((await width()) <= 390, "the briefing fits the phone");
    await shot(page, "phone-briefing");
    await page.click("#enter");
    await page.waitForSelector("#move-title");
    await page.waitForTimeout(1200);
    check((await width()) <= 390, `the meeting fits the phone (${await width()} px)`);
    const menu = await page.$eval("#leave", (b) => {
      const line = Number.parseFloat(getComputedStyle(b).lineHeight) || 20;
      const r = document.createRange();
      r.selectNodeContents(b);
      return r.getClientRects().length === 1 && b.getBoundingClientRect().height < line * 2;
    });
    check(menu, "the Menu button is on one line");
    const canvas = await page.$eval("#room-slot canvas", (c) => c.getBoundingClientRect().width);
    check(canvas <= 390, `the room fits the phone (${Math.round(canvas)} px)`);
    check((await page.$("#room-legend")) !== null, "the room has a legend");
    await page.click("#room-legend summary").catch(() => {});
    const legend = await page.evaluate(() => {
      const d = document.getElementById("room-legend") as HTMLDetailsElement | null;
      return {
        open: d?.open ?? false,
        icons: d?.querySelectorAll(".legend-icon").length ?? 0,
        rings: d?.querySelectorAll(".legend-ring").length ?? 0,
        phases: d?.querySelectorAll(".legend-phases li").length ?? 0,
      };
    });
    check(
      legend.open && legend.icons === 8 && legend.rings >= 5 && legend.phases > 0,
      `the legend explains rings (${legend.rings}), emotion badges (${legend.icons}) and phases (${legend.phases})`,
    );
    await shot(page, "phone-meeting", true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(800);
    await shot(page, "meeting-legend");
  });

  for (const [w, h] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    await inBrowser(url, `the organiser's desk at ${w}x${h}`, async (page) => {
      await page.setViewportSize({ width: w, height: h });
      await startRun(page, url, ORGANISER, "organiser");
      await page.waitForTimeout(1200);
      check(
        (await page.getAttribute("#room-slot", "data-picture")) === "desk",
        "the organiser's preparation is drawn at a desk, not in the circle",
      );
      check((await page.evaluate(() => document.documentElement.scrollWidth)) <= w, "it fits the screen");
      await shot(page, `organiser-desk-${w}`);
      // A resident on the phone while recruiting.
      for (let i = 0; i < 30; i++) {
        const speakers = await page.$$eval("#log .line", (ls) =>
          ls.map((l) => l.getAttribute("data-speaker")),
        );
        if (speakers.includes("anja")) break;
        if (!(await firstMove(page))) break;
      }
      await page.waitForTimeout(600);
      check(
        (await page.getAttribute("#room-slot", "data-picture")) === "desk",
        "a resident's call is at the desk too",
      );
      await shot(page, `organiser-phone-${w}`);
    });
  }
}

// ------------------------------------------------------------------------------------------ point 16
async function focusAndEscape(url: string): Promise<void> {
  await inBrowser(
    url,
    "focus after a move and Escape",
    async (page) => {
      await startRun(page, url, DISTRICT, "facilitator");
      const focused = () =>
        page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
      check((await focused()) === "move-title", "the first move has focus");
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press("Tab");
        const before = await logCount(page);
        const box = await page.evaluate(
          () => (document.activeElement as HTMLInputElement | null)?.type === "checkbox",
        );
        if (box) {
          await page.keyboard.press("Space");
          await page.focus("#confirm");
        }
        await page.keyboard.press("Enter");
        await page.waitForFunction((n) => document.querySelectorAll("#log > li").length > n, before);
        const now = await focused();
        check(now !== "BODY", `after move ${i + 1} focus is not on the page body (${now})`);
        await page.waitForSelector("#move-title", { timeout: 30_000 });
        await page.waitForFunction(() => document.activeElement?.id === "move-title", null, {
          timeout: 30_000,
        });
        check(true, `the next move takes focus after move ${i + 1}`);
      }
      await page.keyboard.press("Escape");
      check((await page.getAttribute("#pause", "aria-pressed")) === "true", "Escape pauses the meeting");
      const note = await page.evaluate(() => document.getElementById("pause-note")?.textContent ?? "");
      check(note.includes("Esc"), `the pause says how to go on: "${note}"`);
      await shot(page, "meeting-escape-paused");
      await page.keyboard.press("Escape");
      check((await page.getAttribute("#pause", "aria-pressed")) === "false", "Escape again goes on");
    },
    "reading",
  );
}

export async function meetingScreen(url: string): Promise<void> {
  await pauseFreezes(url);
  await languageKeepsChoice(url);
  await focusAndEscape(url);
  await phone(url);
  await oneLanguage(url, "nl");
  await oneLanguage(url, "en");
}

// Run on its own (npx tsx tests/e2e/meeting-screen.ts, after vite build) or from run.ts.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { serveBuild } = await import("./server.ts");
  const { failed, passed } = await import("./page.ts");
  const server = await serveBuild();
  try {
    await meetingScreen(server.url);
  } finally {
    await server.close();
  }
  console.log(`meeting screen: ${passed()} passed, ${failed()} failed`);
  process.exit(failed() === 0 ? 0 : 1);
}
