// Issue 14 points 2 and 3 in the browser: the studio's graph and JSON side editor at the studio's own
// address in the production build (the game's own Content-Security-Policy), on a trainer's copy of the
// district-team scenario made from the toolbar. Checks the layout ran in its worker and drew every beat,
// a beat selected in the graph by keyboard reaches the editor and by click opens its form, an edit in
// the editor reaches the graph and is one step for undo, a syntax error is not passed on, and the
// console stays clean.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { check, inBrowser, shot } from "./page.ts";
import { showTab, studioWithCopy } from "./studio-steps.ts";

const SCENARIO = "wijkteam-zuiderveld";
const beatIds = (
  JSON.parse(readFileSync(new URL(`../../scenarios/${SCENARIO}.json`, import.meta.url), "utf8")) as {
    beats: { id: string }[];
  }
).beats.map((b) => b.id);

const undoLabel = (page: Page) => page.getAttribute("#studio-undo", "aria-label");

/** The graph in the main area (its tab), laid out. */
async function showGraph(page: Page): Promise<void> {
  await showTab(page, "graph");
  await page.waitForSelector(".studio-graph[data-ready] .graph-beat");
}

/** The forms in the main area, with the form of the beat selected elsewhere open. */
async function formTitle(page: Page): Promise<string> {
  await showTab(page, "forms");
  await page.waitForSelector("#beat-form-title");
  return (await page.textContent("#beat-form-title")) ?? "";
}

export async function studioPanelsInBrowser(url: string): Promise<void> {
  await inBrowser(url, "studio panels: graph and JSON editor", async (page) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await studioWithCopy(page, url, SCENARIO);
    await showGraph(page);
    await page.waitForSelector(`.graph-beat[data-beat='${beatIds.at(-1)}']`);
    const beats = await page.locator(".graph-beat").count();
    check(beats === beatIds.length, `the graph draws all ${beatIds.length} beats`);
    const bands = await page.locator(".graph-band").count();
    check(bands >= 4, `phases are drawn as ${bands} bands`);
    const labels = await page.locator(".graph-edge-label").count();
    check(labels > 0, `edges carry ${labels} labels`);
    const problems = await page.locator(".graph-beat.has-problem").count();
    check(problems === 0, "a bundled scenario shows no dead end, unreachable beat or loop");

    // Keyboard: the first beat takes focus by Tab order; arrows move; Enter selects; the editor follows.
    await page.locator(".graph-beat[tabindex='0']").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const third = beatIds[2] as string;
    // The editor draws only the lines in view: the beat's id line is drawn only if it scrolled there.
    await page.waitForSelector(`.cm-line:has-text('"id": "${third}"')`, { timeout: 5000 });
    check(true, "Enter on the third beat selects it: the JSON editor scrolls to it");
    const title = await formTitle(page);
    check(title.includes(third), `and the forms open that beat: "${title}"`);
    // A click on a beat in the graph: the forms move to that beat.
    await showGraph(page);
    const fifth = beatIds[4] as string;
    await page.click(`.graph-beat[data-beat='${fifth}']`);
    const clicked = await formTitle(page);
    check(clicked.includes(fifth), `a beat clicked in the graph opens its form: "${clicked}"`);
    await showGraph(page);
    // The third beat again, for the edit in the editor below.
    await page.click(`.graph-beat[data-beat='${third}']`);
    await page.waitForSelector(`.cm-line:has-text('"id": "${third}"')`, { timeout: 5000 });

    // Overlays: the best and worst paths with their scores (worked out in a worker), then a rule.
    await page.selectOption(".graph-overlay", "paths");
    await page.waitForSelector(".graph-beat.on-best", { timeout: 30_000 });
    await page.waitForFunction(
      () => /score van \d+ tot \d+/.test(document.querySelector(".graph-overlay-info")?.textContent ?? ""),
      undefined,
      { timeout: 120_000 },
    );
    const overlayInfo = (await page.textContent(".graph-overlay-info")) ?? "";
    check(/beste weg: score \d+/.test(overlayInfo), `the paths overlay gives scores: ${overlayInfo}`);
    await page.click(".graph-zoomOut");
    await page.click(".graph-zoomOut");
    await shot(page, "studio-graph");
    await page.selectOption(".graph-overlay", "rule:F-OPEN");
    const met = await page.locator(".graph-beat.rule-met").count();
    check(met > 0, `F-OPEN can be met at ${met} beats`);
    await shot(page, "studio-graph-rule");

    // An edit in the JSON editor: a beat's id renamed by typing reaches the graph after the pause.
    // The third beat again (the beat clicked above moved the editor on), for an edit in the editor.
    await page.click(`.graph-beat[data-beat='${third}']`);
    await page.waitForSelector(`.cm-line:has-text('"id": "${third}"')`, { timeout: 5000 });
    const idLine = page.locator(`.cm-line:has-text('"id": "${third}"')`).first();
    await idLine.click();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft"); // before the comma
    await page.keyboard.press("ArrowLeft"); // before the closing quote
    await page.keyboard.type("-nieuw");
    await page.waitForSelector(`.graph-beat[data-beat='${third}-nieuw']`, { timeout: 10_000 });
    check(true, "an id typed in the editor is drawn in the graph");
    // One edit for undo: taken back at once and done again, both views following.
    await page.click("#studio-undo");
    await page.waitForSelector(`.graph-beat[data-beat='${third}']`, { timeout: 10_000 });
    check(
      (await page.locator(`.cm-line:has-text('"id": "${third}-nieuw"')`).count()) === 0,
      "typing a word is one edit for undo: one Undo takes it back in the graph and the editor",
    );
    await page.click("#studio-redo");
    await page.waitForSelector(`.graph-beat[data-beat='${third}-nieuw']`, { timeout: 10_000 });
    await page.locator(`.cm-line:has-text('"id": "${third}-nieuw"')`).first().click();
    const edits = await undoLabel(page);
    // Every way to the renamed beat now goes nowhere: the graph marks where.
    await page.waitForSelector(".graph-beat.has-problem");
    check(true, "ways to the old id are marked");

    // A syntax error (a second comma) is shown in the editor and never passed on.
    await page.keyboard.press("End");
    await page.keyboard.type(",");
    await page.waitForSelector(".json-status[data-state='invalid']");
    await page.waitForSelector(".cm-lintRange-error", { timeout: 5000 });
    await page.waitForTimeout(800);
    check((await undoLabel(page)) === edits, "text that is not JSON is not passed on");
    const status = (await page.textContent(".json-status")) ?? "";
    check(status.includes("Geen geldige JSON"), "the editor says so, in Dutch");
    await page.keyboard.press("Backspace");
    await page.waitForSelector(".json-status[data-state='in-step']");

    // Completion from the schema: a new key in a beat offers the beat's fields.
    // (the cursor is still at the end of the id line)
    await page.keyboard.press("Enter");
    await page.keyboard.type('"en');
    await page.waitForSelector(".cm-tooltip-autocomplete li:has-text('end')", { timeout: 5000 });
    check(true, "completion offers a beat's field not yet written ('end')");
    await page.keyboard.press("Escape");
    // Hover from the schema over a key: what the field holds, in Dutch.
    // The mouse still rests where the id line was clicked, with that key's hover open: away first.
    await page.mouse.move(5, 5);
    await page.waitForSelector(".cm-tooltip-hover", { state: "detached", timeout: 5000 });
    const spot = await page.evaluate(() => {
      // Where the key "minutes" is drawn: a range over its characters in the editor's text.
      const content = document.querySelector(".cm-content") as Node;
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? "").indexOf('"minutes"');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at + 2);
        range.setEnd(n, at + 4);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    });
    check(spot !== null, "the key 'minutes' is on screen");
    if (spot) await page.mouse.move(spot.x, spot.y);
    await page.waitForSelector(".cm-tooltip-hover .schema-hover-title:text-is('minutes')", {
      timeout: 5000,
    });
    const hover = (await page.textContent(".cm-tooltip-hover")) ?? "";
    check(hover.includes("getal") && hover.includes("mag weg"), `hover says what the field holds: ${hover}`);
    await shot(page, "studio-json");
  });
  await inBrowser(url, "studio panels in English", async (page) => {
    await page.goto(`${url}#studio/graph`);
    await page.waitForSelector(".studio-graph[data-ready] .graph-beat");
    await page.selectOption("#studio-lang", "en");
    await page.waitForSelector("#studio-tab-graph:text-is('Flow')");
    await page.waitForSelector(".studio-graph[data-ready] .graph-beat");
    const words = await page.evaluate(() =>
      [".graph-toolbar", ".graph-legend", ".json-status"].map(
        (s) => document.querySelector(s)?.textContent ?? "",
      ),
    );
    const text = words.join(" ");
    check(
      text.includes("Role") && text.includes("Legend") && text.includes("in step"),
      "the panels speak English",
    );
    check(!/\b(Rol|Laag|Legenda|loopt gelijk|gespreksleider)\b/.test(text), "with no Dutch word among them");
  });
}
