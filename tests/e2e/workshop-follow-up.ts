// The team's follow-up in the browser, called by tests/e2e/workshop.ts once its meeting has ended, with
// that workshop's trainer, its facilitator (the lead) and its listeners, the first of whom noted
// participants' words during the meeting: each reflects by keyboard, the trainer reads every reflection
// (as text), a proposal without a quote is refused in Dutch, the first listener proposes three points
// resting on its note, the facilitator fixes two, the trainer the third (override), the facilitator
// closes, and everyone goes on to their own debrief. Screenshots: workshop-follow-up-*.png.
import type { Page } from "playwright-core";
import { check, shot as takeShot } from "./page.ts";

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

/** The workshop that just ended: its trainer, lead (the facilitator seat) and listeners, to the debriefs. */
export async function followUpInBrowser(
  trainer: Page,
  lead: Page,
  listeners: Page[],
  screenshots = true,
): Promise<void> {
  const shot = (page: Page, name: string, full = false) =>
    screenshots ? takeShot(page, name, full) : Promise.resolve();
  console.log("workshop: the team's follow-up");
  const seated = [lead, ...listeners];
  const proposer = listeners[0] as Page;
  for (const page of seated) await page.waitForSelector("#follow-up-title");
  await shot(proposer, "workshop-follow-up-reflect");
  await reflectByKeyboard(lead, "Ik vatte te weinig samen.");
  for (const [k, page] of listeners.entries())
    await reflectByKeyboard(
      page,
      k === 0 ? "Kees raakte me: ik wilde <b>uitleggen</b>." : `Ik luisterde (${k + 1}).`,
    );
  // The acknowledgement comes first, the room's follow-up message (with the reflection) just after it.
  const shown = await proposer
    .waitForFunction(
      () =>
        (document.getElementById("fu-my-reflection")?.textContent ?? "").includes(
          "ik wilde <b>uitleggen</b>",
        ),
      undefined,
      { timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );
  check(shown, "a player's reflection is saved and shown as typed");
  await trainer.waitForFunction(() =>
    (document.getElementById("fu-reflections")?.textContent ?? "").includes("<b>uitleggen</b>"),
  );
  check(true, "the trainer reads each reflection, as text");

  // Everyone reflected: the listeners may propose. A point without a quote is refused, in Dutch.
  await visible(proposer, "#fu-propose");
  await proposer.fill("#fu-point", "Sneller terugbellen");
  await proposer.click("#fu-propose-send");
  await proposer.waitForFunction(() => /citaat/.test(document.getElementById("fu-error")?.textContent ?? ""));
  check(true, "a proposal without a noted quote is refused, said in Dutch");
  for (const point of ["Sneller terugbellen", "Eén vast aanspreekpunt", "Uitleg in <gewone> taal"]) {
    await proposer.fill("#fu-point", point);
    await proposer.check("#fu-quote-0");
    await proposer.click("#fu-propose-send");
    await proposer.waitForFunction(
      () => (document.getElementById("fu-point") as HTMLInputElement).value === "",
    );
  }
  await lead.waitForFunction(() => document.querySelectorAll("#fu-points li[data-point]").length === 3);
  check(
    ((await lead.textContent("#fu-points")) ?? "").includes("Uitleg in <gewone> taal"),
    "everyone sees the proposals, each with the quote it rests on, as text",
  );
  await shot(proposer, "workshop-follow-up-propose", true);
  check(
    !(await proposer.isVisible("#fu-next")) && (await lead.isVisible("#fu-next")),
    "the lead's controls are offered to the facilitator seat, not to a listener",
  );
  check(
    !((await lead.textContent("body")) ?? "").includes("Kees raakte me"),
    "a listener's reflection does not reach the facilitator",
  );

  await lead.click("#fu-next");
  await visible(lead, ".fu-fix[data-point=p1]");
  check((await proposer.$(".fu-fix")) === null, "a listener gets no fix buttons");
  await lead.click(".fu-fix[data-point=p1]");
  await lead.waitForSelector('.fu-fix[data-point=p1][aria-pressed="true"]');
  await lead.click(".fu-fix[data-point=p2]");
  await lead.waitForSelector('.fu-fix[data-point=p2][aria-pressed="true"]');
  check(await lead.isDisabled("#fu-close"), "closing waits for at least three fixed points");
  // The trainer's override fixes the third.
  await visible(trainer, "#follow-up .fu-fix[data-point=p3]");
  await trainer.click("#follow-up .fu-fix[data-point=p3]");
  await lead.waitForFunction(() => document.querySelectorAll("#fu-list li[data-point]").length === 3);
  await trainer.locator("#follow-up").scrollIntoViewIfNeeded();
  await shot(trainer, "workshop-follow-up-trainer");
  await lead.click("#fu-close");
  for (const p of seated) await visible(p, "#fu-debrief");
  check(
    (await proposer.$$eval("#fu-list li[data-point]", (xs) => xs.map((x) => x.textContent))).length === 3,
    "the team's list of three stands on every screen once closed",
  );
  await shot(lead, "workshop-follow-up-list", true);
  for (const p of seated) await p.click("#fu-debrief");
}
