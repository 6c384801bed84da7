// The studio's "try it" panel in chromium (issue 14, point 5): a beat of the district-team scenario
// played by keyboard from a chosen state, compared with the engine for the same state and moves; typed
// words judged by the real judge; an edit of the document mid-try offered as a restart; every control
// named; no English on the Dutch screen; screenshot studio-try.png; console clean.
//
// tryPanelChecks takes a page with the panel shown in Dutch on the district-team scenario and a way to
// change one line of the document; studioTryInBrowser gives it the studio at its own address, with a
// copy of that scenario made from the toolbar, the beat chosen in the forms and the line changed there.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { loadScenario } from "../../src/engine/load/load.ts";
import { tr } from "../../src/engine/report/localize.ts";
import { startSessionAt } from "../../src/engine/session/start-at.ts";
import { check, inBrowser, shot } from "./page.ts";
import { fill, openBeat, showTab, studioWithCopy } from "./studio-steps.ts";

const scenario = (() => {
  const r = loadScenario(
    readFileSync(new URL("../../scenarios/wijkteam-zuiderveld.json", import.meta.url), "utf8"),
  );
  if (!r.ok) throw new Error("the district scenario loads");
  return r.scenario;
})();

/** Sets the text of the first line of a beat in the document the panel reads. */
export type ChangeLine = (page: Page, beat: string, text: string) => Promise<void>;

/** English words of the panel that must not appear on its Dutch screen. */
const ENGLISH =
  /\b(play|phase|flags?|openness|choose|confirm|effects|verdict|better|meeting|start again|you)\b/i;

export async function tryPanelChecks(page: Page, changeLine: ChangeLine): Promise<void> {
  const beat = "v-kees-2";
  await page.waitForSelector(".try-setup");
  check(
    (await page.$eval(".try-beat", (s) => (s as HTMLSelectElement).value)) === beat,
    "the beat selected in the studio is the one offered",
  );
  // By keyboard: the role, the beat, a flag, Kees's openness, then "Speel deze beat".
  await page.focus(".try-role");
  const flag = await page.$eval(".try-flags input", (b) => (b as HTMLInputElement).dataset.flag ?? "");
  await page.focus(".try-flags input");
  await page.keyboard.press("Space");
  await page.focus('.try-open-number[data-person="kees"]');
  await page.keyboard.press("Control+A");
  await page.keyboard.type("80");
  await page.keyboard.press("Tab");
  check(
    (await page.$eval('input[type="range"][data-person="kees"]', (i) => (i as HTMLInputElement).value)) ===
      "80",
    "the slider follows the number typed",
  );
  await page.focus(".try-play-beat");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".try-move-title");

  const openness = Object.fromEntries(scenario.cast.participants.map((p) => [p.id, p.openness]));
  const engine = startSessionAt(scenario, "facilitator", {
    beat,
    flags: [flag],
    openness: { ...openness, kees: 80 },
  });
  const lines = engine.log().flatMap((e) => (e.t === "line" ? [tr(e.text, "nl")] : []));
  const shownLines = await page.$$eval(".try-line .try-text", (els) => els.map((e) => e.textContent ?? ""));
  check(
    JSON.stringify(shownLines) === JSON.stringify(lines),
    `the beat's ${lines.length} lines are the engine's`,
  );
  const order = await page.$$eval(".try-choice", (bs) => bs.map((b) => (b as HTMLElement).dataset.choice));
  const pending = engine.pending();
  check(
    JSON.stringify(order) === JSON.stringify(pending?.choices.map((c) => c.id)),
    "the choices come in the engine's order",
  );
  check(
    await page.evaluate(() => document.activeElement?.classList.contains("try-move-title") ?? false),
    "focus goes to the move",
  );
  // The first choice by keyboard.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".try-verdict");
  engine.choose(order[0] as string);
  const verdicts = engine.log().filter((e) => e.t === "verdict");
  const whys = await page.$$eval(".try-verdict .try-why", (els) => els.map((e) => e.textContent ?? ""));
  check(
    whys.length === verdicts.length &&
      verdicts.every((v, i) => v.t === "verdict" && whys[i] === `Waarom: ${tr(v.why, "nl")}`),
    `the ${verdicts.length} verdict(s) say why, in the engine's words`,
  );
  const effects = (await page.textContent(".try-effects")) ?? "";
  check(
    effects.includes(`openheid Kees Mulder: 80 → ${engine.context.people.kees?.openness}`),
    `the effects show Kees's openness: ${effects}`,
  );
  check(
    (await page.textContent(".try-move-title"))?.includes(tr(engine.pending()?.prompt, "nl")) === true,
    "the next beat's move follows",
  );
  await page.waitForTimeout(200);
  await shot(page, "studio-try");
  await shot(page, "studio-try-full", true);
  // The moves file is JSON, whose field names are the format's (as in a scenario file), and `play` is
  // a command's name: code, not words.
  const words = await page.$eval(".try-panel", (p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    for (const code of copy.querySelectorAll("pre, code")) code.remove();
    return copy.textContent ?? "";
  });
  check(
    !ENGLISH.test(words),
    `no English word on the Dutch screen${ENGLISH.exec(words)?.[0] ? ` (found "${ENGLISH.exec(words)?.[0]}")` : ""}`,
  );
  const nameless = await page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          ".try-panel button, .try-panel input, .try-panel select, .try-panel textarea",
        ),
      ].filter(
        (el) =>
          !(el.textContent ?? "").trim() &&
          !el.getAttribute("aria-label") &&
          !(el.id && document.querySelector(`label[for="${el.id}"]`)),
      ).length,
  );
  check(nameless === 0, "every control of the panel has an accessible name");

  // Typed words at a beat that takes them, judged by the real judge.
  await page.click(".try-back");
  await page.selectOption(".try-beat", "v-kees-1");
  await page.click(".try-play-beat");
  await page.waitForSelector(".try-say-text", { timeout: 20_000 });
  await page.fill(".try-say-text", "Wat bedoelt u precies met doorgestuurd?");
  await page.click(".try-say");
  await page.waitForSelector(".try-move-entry:not(.try-computer)");
  const said = (await page.textContent(".try-move-entry:not(.try-computer)")) ?? "";
  check(said.includes("De beoordelaar hoorde:"), `typed words are judged: ${said}`);

  // An edit of the document mid-try: the try goes on, and a restart plays the new version.
  const marker = "<i>Nieuwe</i> openingszin.";
  await changeLine(page, "v-kees-1", marker);
  await page.waitForSelector(".try-restart");
  await page.click(".try-restart");
  await page.waitForSelector(".try-move-title");
  check(
    (await page.$$eval(".try-line .try-text", (els) => els.map((e) => e.textContent))).includes(marker),
    "the restart plays the changed line, as text",
  );
  check((await page.$$(".try-line i")).length === 0, "scenario text that looks like HTML adds no element");
}

/** A trainer's copy of the district-team scenario in the studio; the beat is opened in the forms. */
export async function studioTryInBrowser(url: string): Promise<void> {
  await inBrowser(url, "studio: try a beat", async (page) => {
    await studioWithCopy(page, url, scenario.id);
    await showTab(page, "try");
    // The try-it panel reads the copy a moment after it arrives; then the forms' beat is its beat.
    await page.waitForSelector('.try-beat option[value="v-kees-2"]', { state: "attached" });
    await openBeat(page, "v-kees-2");
    await tryPanelChecks(page, async (p, beat, text) => {
      const k = await openBeat(p, beat);
      await fill(p, ["beats", k, "lines", 0, "text", "nl"], text);
    });
  });
}
