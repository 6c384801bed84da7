// The studio's live checks and translations panels in Debian's chromium, under the production security
// policy: findings arrive from the Web Worker after typing pauses, grouped with a count, each opening its
// field by keyboard; the live region carries the count; translations are edited in place, exported
// and imported with a message per row. The checks take a Page with the panels mounted (the lead wires
// them to the studio's route at merge); until the studio's shell exists, studioChecksInBrowser builds a
// small page holding both panels (tests/e2e/studio-harness) and serves it with the same headers.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build, preview } from "vite";
import { readText } from "../helpers.ts";
import { launch } from "./browser.ts";
import { check, noProblems, shot, watch } from "./page.ts";

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
  // By keyboard: Enter on the finding opens its first place; Tab to each place and Enter opens that one.
  await first.locator("button").first().focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const selected = await page.evaluate(
    () => (window as unknown as { studioTest: { selected: unknown[] } }).studioTest.selected,
  );
  check(
    JSON.stringify(selected) ===
      JSON.stringify([
        ["beats", 2, "next"],
        ["beats", 3, "next"],
      ]),
    `Enter on a finding and on its second place selects those fields (${JSON.stringify(selected)})`,
  );
  await shot(page, "studio-checks");
  // Typing: several edits in quick succession, the last one fixing the scenario. Only its result shows.
  const fixed = mini();
  await page.evaluate(
    ([a, b, c]) => {
      const t = (window as unknown as { studioTest: { set(d: unknown): void } }).studioTest;
      t.set(a);
      t.set(b);
      t.set(c);
    },
    [broken(), { ...broken(), id: "" }, fixed],
  );
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
  const untranslated = mini();
  untranslated.summary = { nl: untranslated.summary.nl };
  await page.evaluate(
    (doc) => (window as unknown as { studioTest: { set(d: unknown): void } }).studioTest.set(doc),
    untranslated,
  );
  const missing = await page.getAttribute(".studio-translations", "data-missing");
  check(missing === "1", "the text without English is counted");
  check((await page.locator("tr.missing").count()) === 1, "and marked");
  // Edit in place by keyboard: type the English and leave the field.
  const area = page.locator('textarea[data-id="/summary"]');
  await area.focus();
  await page.keyboard.type("A short meeting");
  await page.keyboard.press("Tab");
  const doc = (await page.evaluate(() =>
    (window as unknown as { studioTest: { get(): unknown } }).studioTest.get(),
  )) as Doc;
  check(doc.summary.en === "A short meeting", "English typed in place is in the document");
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
  // The checks panel, where the studio shows it too, catches up with the last edit before the picture.
  if (await page.$(".studio-checks")) {
    await page.waitForTimeout(1000);
    await page.waitForSelector('.studio-checks[data-state="done"]', { timeout: 20000 });
  }
  await shot(page, "studio-translations");
}

const HARNESS = fileURLToPath(new URL("./studio-harness/", import.meta.url));
const CONFIG = fileURLToPath(new URL("../../vite.config.ts", import.meta.url));

/** Builds the harness page with the project's Vite config and checks both panels in it. */
export async function studioChecksInBrowser(): Promise<void> {
  console.log("studio: live checks and translations");
  const outDir = mkdtempSync(join(tmpdir(), "spiegelspel-studio-"));
  await build({ configFile: CONFIG, root: HARNESS, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile: CONFIG,
    root: HARNESS,
    logLevel: "silent",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
  });
  const address = server.httpServer.address();
  const { context, close } = await launch();
  try {
    if (!address || typeof address === "string") throw new Error("preview server has no port");
    const url = `http://127.0.0.1:${address.port}/`;
    const page = await context.newPage();
    const problems = watch(page, url.replace(/\/$/, ""));
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${url}?lang=nl`);
    await page.evaluate(
      (doc) =>
        (window as unknown as { studioTest: { open(d: unknown): Promise<void> } }).studioTest.open(doc),
      broken(),
    );
    await checksPanelInPage(page);
    check(
      workers.some((u) => u.startsWith(url) && /worker/.test(u)),
      `the checks ran in a same-origin Web Worker (${workers[0]})`,
    );
    await translationsPanelInPage(page);
    noProblems(
      problems,
      "no console errors (none from the page's security policy) and no requests off origin",
    );
  } finally {
    await close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
    rmSync(outDir, { recursive: true, force: true });
  }
}
