// The team's follow-up in the browser, called by tests/e2e/workshop.ts once its meeting has ended.
// First that workshop's own seated players (there: a facilitator alone): each reflects by keyboard, the
// trainer reads it, the lead moves on and closes, and each goes on to their debrief. Then a second,
// short workshop on the same server with a facilitator and a listener: the listener notes a
// participant's words, the trainer ends the meeting, both reflect, a proposal without a quote is refused
// in Dutch, the listener proposes three points resting on its note, the facilitator fixes two, the
// trainer the third (override), the facilitator closes, and the listener reaches its debrief.
// Screenshots: workshop-follow-up-*.png.
import type { Browser, Page } from "playwright-core";
import { check, noProblems, shot, watch } from "./page.ts";

const visible = (page: Page, selector: string) =>
  page.waitForSelector(selector, { state: "visible", timeout: 20_000 });

async function reflectByKeyboard(page: Page, text: string): Promise<void> {
  await visible(page, "#fu-reflection");
  await page.focus("#fu-reflection");
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (document.getElementById("fu-said")?.textContent ?? "").length > 0);
}

/** The seated players of the workshop that just ended, and its trainer: the follow-up to the debriefs. */
export async function followUpInBrowser(
  browser: Browser,
  url: string,
  trainer: Page,
  seated: Page[],
): Promise<void> {
  console.log("workshop: the team's follow-up");
  for (const [k, page] of seated.entries()) {
    await page.waitForSelector("#follow-up-title");
    if (k === 0) await shot(page, "workshop-follow-up-reflect");
    await reflectByKeyboard(page, `Ik <b>leerde</b> veel (${k + 1})`);
    check(
      ((await page.textContent("#fu-my-reflection")) ?? "").includes("Ik <b>leerde</b> veel"),
      "a player's reflection is saved and shown as typed",
    );
  }
  await trainer.waitForFunction(() =>
    (document.getElementById("fu-reflections")?.textContent ?? "").includes("<b>leerde</b>"),
  );
  check(true, "the trainer reads each reflection, as text");
  // Nobody here plays a listener: after the reflections the lead moves on and may close with no points.
  const lead = seated[0] as Page;
  await visible(lead, "#fu-next");
  await lead.click("#fu-next");
  await visible(lead, "#fu-close");
  await lead.click("#fu-close");
  for (const page of seated) {
    await visible(page, "#fu-debrief");
    await page.click("#fu-debrief");
  }
  await fullFollowUp(browser, url);
}

async function newPage(browser: Browser, url: string, acceptDialogs = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (!acceptDialogs) return { page, problems: watch(page, url.replace(/\/$/, "")) };
  // The trainer's End asks first: this page says yes (watch() would dismiss and count it a problem).
  const problems: string[] = [];
  page.on("dialog", (d) => void d.accept());
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

/** A facilitator and a listener, the meeting ended early by the trainer, the whole follow-up. */
async function fullFollowUp(browser: Browser, url: string): Promise<void> {
  const trainer = await newPage(browser, url, true);
  const fac = await newPage(browser, url);
  const lis = await newPage(browser, url);
  try {
    const t = trainer.page;
    await t.goto(url);
    await t.click("#open-workshop");
    await t.selectOption("#ws-scenario", "wijkteam-zuiderveld");
    await t.fill("#ws-listeners", "1");
    await t.click("#ws-create");
    await t.waitForSelector("#join-code");
    const link = (await t.getAttribute("#join-link", "href")) ?? "";
    for (const [p, name] of [
      [fac.page, "Fenna"],
      [lis.page, "Lotte"],
    ] as const) {
      await p.goto(link);
      await p.waitForSelector("#join-form");
      await p.fill("#join-name", name);
      await p.click("#join-submit");
      await p.waitForSelector("#lobby-title");
    }
    await t.waitForFunction(() => document.querySelectorAll("#ws-people tr[data-player]").length === 2);
    const ids = await t.$$eval("#ws-people tr[data-player]", (rows) =>
      rows.map((r) => r.getAttribute("data-player")),
    );
    await t.selectOption(`select.assign[data-player="${ids[0]}"]`, "facilitator");
    await t.waitForFunction(() =>
      document.querySelector('#ws-seats [data-seat="facilitator"]')?.textContent?.includes("Fenna"),
    );
    await t.selectOption(`select.assign[data-player="${ids[1]}"]`, "listener-1");
    await t.waitForFunction(() =>
      document.querySelector('#ws-seats [data-seat="listener-1"]')?.textContent?.includes("Lotte"),
    );
    await t.click("#ws-start");
    for (const p of [fac.page, lis.page]) await p.waitForSelector("#log");

    // The facilitator plays (first choice, or enough options) until the listener can note a line.
    let noted = false;
    for (let step = 0; step < 200 && !noted; step++) {
      const note = await lis.page.$(".note-buttons button[data-tag=negative]");
      if (note) {
        await note.click();
        await lis.page.waitForSelector("#notes li");
        noted = true;
        break;
      }
      const choice = await fac.page.$("#move button[data-choice]");
      const boxes = fac.page.locator("#move input[type=checkbox]");
      if (choice) await choice.click();
      else if ((await boxes.count()) > 0) {
        const n = await boxes.count();
        for (let k = 0; k < n && (await fac.page.$("#move #confirm")); k++) {
          await boxes.nth(k).check();
          await fac.page.click("#move #confirm");
          await fac.page.waitForTimeout(150);
        }
      } else await fac.page.waitForTimeout(200);
    }
    check(noted, "the listener noted a participant's words during the meeting");
    await t.click("#ws-end");
    for (const p of [fac.page, lis.page]) await p.waitForSelector("#follow-up-title");
    await reflectByKeyboard(lis.page, "Kees raakte me: ik wilde uitleggen.");
    await reflectByKeyboard(fac.page, "Ik vatte te weinig samen.");
    await visible(lis.page, "#fu-propose");

    // A point without a quote is refused, in Dutch.
    await lis.page.fill("#fu-point", "Sneller terugbellen");
    await lis.page.click("#fu-propose-send");
    await lis.page.waitForFunction(() =>
      /citaat/.test(document.getElementById("fu-error")?.textContent ?? ""),
    );
    check(true, "a proposal without a noted quote is refused, said in Dutch");
    for (const point of ["Sneller terugbellen", "Eén vast aanspreekpunt", "Uitleg in <gewone> taal"]) {
      await lis.page.fill("#fu-point", point);
      await lis.page.check("#fu-quote-0");
      await lis.page.click("#fu-propose-send");
      await lis.page.waitForFunction(
        () => (document.getElementById("fu-point") as HTMLInputElement).value === "",
      );
    }
    await fac.page.waitForFunction(() => document.querySelectorAll("#fu-points li[data-point]").length === 3);
    check(
      ((await fac.page.textContent("#fu-points")) ?? "").includes("Uitleg in <gewone> taal"),
      "everyone sees the proposals, each with the quote it rests on, as text",
    );
    await shot(lis.page, "workshop-follow-up-propose", true);
    check(
      !(await lis.page.isVisible("#fu-next")) && (await fac.page.isVisible("#fu-next")),
      "the lead's controls are offered to the facilitator seat, not to a listener",
    );
    check(
      !((await fac.page.textContent("body")) ?? "").includes("Kees raakte me"),
      "a listener's reflection does not reach the facilitator",
    );

    await fac.page.click("#fu-next");
    await visible(fac.page, ".fu-fix[data-point=p1]");
    check((await lis.page.$(".fu-fix")) === null, "a listener gets no fix buttons");
    await fac.page.click(".fu-fix[data-point=p1]");
    await fac.page.waitForSelector('.fu-fix[data-point=p1][aria-pressed="true"]');
    await fac.page.click(".fu-fix[data-point=p2]");
    await fac.page.waitForSelector('.fu-fix[data-point=p2][aria-pressed="true"]');
    check(await fac.page.isDisabled("#fu-close"), "closing waits for at least three fixed points");
    // The trainer's override fixes the third.
    await visible(t, "#follow-up .fu-fix[data-point=p3]");
    await t.click("#follow-up .fu-fix[data-point=p3]");
    await fac.page.waitForFunction(() => document.querySelectorAll("#fu-list li[data-point]").length === 3);
    await t.locator("#follow-up").scrollIntoViewIfNeeded();
    await shot(t, "workshop-follow-up-trainer");
    await fac.page.click("#fu-close");
    for (const p of [fac.page, lis.page]) await visible(p, "#fu-debrief");
    check(
      (await lis.page.$$eval("#fu-list li[data-point]", (xs) => xs.map((x) => x.textContent))).length === 3,
      "the team's list of three stands on every screen once closed",
    );
    await shot(fac.page, "workshop-follow-up-list", true);
    await lis.page.click("#fu-debrief");
    await lis.page.waitForSelector("#debrief-title, #debrief-coming");
    check(true, "after the follow-up the listener goes on to its own debrief");
    for (const x of [trainer, fac, lis]) noProblems(x.problems, "follow-up: no console errors");
  } finally {
    for (const x of [trainer, fac, lis]) await x.page.context().close();
  }
}
