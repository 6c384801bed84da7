// The studio's live checks and translations panels in Debian's chromium, at the studio's own address in
// the production build (the game's security policy): a trainer opens a file with one mistake made twice;
// the findings arrive from the Web Worker, grouped with a count, each opening its field in the forms by
// keyboard; the live region carries the count; fixed through the forms, the errors clear. Translations
// are edited in place, exported and imported with a message per row.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { readText } from "../helpers.ts";
import { check, inBrowser, shot } from "./page.ts";
import { at, choose, fill, press, showTab, studioWithFile } from "./studio-steps.ts";

type Doc = { beats: { next?: unknown }[]; summary: { nl: string; en?: string } };

const mini = (): Doc => JSON.parse(readText("tests/fixtures/mini.json"));

/** The mini meeting with one mistake made twice: the same finding, two places. */
function broken(): Doc {
  const doc = mini();
  (doc.beats[2] as { next?: unknown }).next = "nergens";
  (doc.beats[3] as { next?: unknown }).next = "nergens";
  return doc;
}

const doneCount = async (page: Page) => {
  await page.waitForSelector('.studio-checks[data-state="done"]', { timeout: 20000 });
  return page.getAttribute(".studio-checks", "data-count");
};

/** The checks panel, mounted on `page` with the broken mini meeting open, in Dutch. */
export async function checksPanelInPage(page: Page): Promise<void> {
  check((await doneCount(page)) === "2", "the checks panel shows the two places of the broken 'next'");
  const first = page.locator(".finding-error").first();
  const label = (await first.locator("button").first().textContent()) ?? "";
  check(
    /^fout: .*nergens.*\(2 keer\)$/.test(label),
    `one finding for both, with its count, in Dutch: "${label}"`,
  );
  check(
    (await page.textContent(".studio-checks [role=status]")) === "2 fouten.",
    "the live region says how many problems there are",
  );
  // By keyboard: Enter on the finding opens its first place in the forms; Enter on its second place that one.
  const focusedPath = () => page.evaluate(() => document.activeElement?.getAttribute("data-path") ?? "");
  await first.locator("button").first().focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.hasAttribute("data-path"));
  const firstField = await focusedPath();
  await page.focus(".finding-error .checks-places li:nth-child(2) button");
  await page.keyboard.press("Enter");
  await page.waitForFunction((p) => document.activeElement?.getAttribute("data-path") !== p, firstField);
  const secondField = await focusedPath();
  check(
    firstField === JSON.stringify(["beats", 2, "next"]) &&
      secondField === JSON.stringify(["beats", 3, "next"]),
    `Enter on a finding and on its second place opens those fields in the forms (${firstField}, ${secondField})`,
  );
  await shot(page, "studio-checks");
  // Fixed through the forms, one quickly after the other: only the last state's result stays.
  await choose(page, ["beats", 3, "next"], "nagesprek");
  await press(page, '.nav-item[data-beat="anja-verdieping"]');
  await choose(page, ["beats", 2, "next"], "vragen");
  await page.waitForFunction(() => document.querySelectorAll(".finding-error").length === 0, null, {
    timeout: 20000,
  });
  await doneCount(page);
  const status = (await page.textContent(".studio-checks [role=status]")) ?? "";
  check(!/fout/.test(status), `after the fix the live region has no errors left: "${status}"`);
  const scores = (await page.textContent(".checks-scores")) ?? "";
  check(
    /^Scores per rol: Gespreksleider: slechtste–beste \d+–\d+/.test(scores),
    `each role's score range: "${scores}"`,
  );
}

/** The translations panel, mounted on `page`, in Dutch; it opens the mini meeting with one English text left out. */
export async function translationsPanelInPage(page: Page): Promise<void> {
  // The English summary emptied in the forms, then the translations in the main area instead of them.
  await press(page, "#forms-go-meta");
  await fill(page, ["summary", "en"], "");
  await showTab(page, "translations");
  await page.waitForSelector(".studio-translations");
  const missing = await page.getAttribute(".studio-translations", "data-missing");
  check(missing === "1", "the text without English is counted");
  check((await page.locator("tr.missing").count()) === 1, "and marked");
  // Edit in place by keyboard: type the English and leave the field.
  const area = page.locator('textarea[data-id="/summary"]');
  await area.focus();
  await page.keyboard.type("A short meeting");
  await page.keyboard.press("Tab");
  await page.waitForFunction(
    () => document.querySelector(".studio-translations")?.getAttribute("data-missing") === "0",
  );
  check(
    (await page.getAttribute(".studio-translations", "data-missing")) === "0",
    "and nothing is missing any more",
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click(".translations-export-xliff"),
  ]);
  const path = await download.path();
  const xliff = path ? readFileSync(path, "utf8") : "";
  check(
    xliff.includes('<trans-unit id="/summary" xml:space="preserve">') &&
      download.suggestedFilename().endsWith(".xlf"),
    `the XLIFF export holds every text by its JSON Pointer (${download.suggestedFilename()})`,
  );
  // A translator's CSV with one good row and one that cannot be placed.
  const csv = '\uFEFF"id","nl","en"\r\n"/title","Mini","Mini meeting"\r\n"/beats/99/text","x","y"\r\n';
  await page.setInputFiles("#translations-import", {
    name: "vertaling.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.waitForSelector(".translations-problems li");
  const problems = await page.$$eval(".translations-problems li", (els) => els.map((e) => e.textContent));
  check(
    problems.length === 1 &&
      /^Rij 3: '\/beats\/99\/text' is geen tekst van dit scenario/.test(problems[0] ?? ""),
    `an import row it cannot place is told in Dutch: "${problems[0]}"`,
  );
  // The checks panel below catches up with the last edit before the picture.
  await page.waitForTimeout(1000);
  await page.waitForSelector('.studio-checks[data-state="done"]', { timeout: 20000 });
  await shot(page, "studio-translations");
  // Back in the forms, the English typed in place and the imported title are in the scenario.
  await showTab(page, "forms");
  await press(page, "#forms-go-meta");
  const english = await page.$eval(at(["summary", "en"]), (e) => (e as HTMLTextAreaElement).value);
  const title = await page.$eval(at(["title", "en"]), (e) => (e as HTMLTextAreaElement).value);
  check(english === "A short meeting", "English typed in place is in the scenario's forms");
  check(title === "Mini meeting", "the imported row is in the scenario's forms");
}

/** The studio opened on a file with one mistake made twice, both panels checked there. */
export async function studioChecksInBrowser(url: string): Promise<void> {
  await inBrowser(url, "studio: live checks and translations", async (page) => {
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await studioWithFile(page, url, "mini.json", JSON.stringify(broken(), null, 2));
    await checksPanelInPage(page);
    check(
      workers.some((u) => u.startsWith(url) && /worker/.test(u)),
      `the checks ran in a same-origin Web Worker (${workers[0]})`,
    );
    await translationsPanelInPage(page);
  });
}
