// Issue 14 points 2 and 3 in the browser: the studio's graph and JSON side editor mounted on the
// district-team scenario under the game's own Content-Security-Policy, through a harness page built
// for this test alone (tests/e2e/studio-panels-harness/; the game's build does not include it). Checks the
// layout ran in its worker and drew every beat, a beat selected by keyboard reaches the editor, an edit
// in the editor reaches the graph, a syntax error is not passed on, and the console stays clean.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { check, inBrowser, shot } from "./page.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HARNESS = "tests/e2e/studio-panels-harness/index.html";

async function serveHarness(): Promise<{ origin: string; url: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), "spiegelspel-studio-"));
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(ROOT, HARNESS) } },
  });
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
    logLevel: "silent",
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("preview server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}/`,
    url: `http://127.0.0.1:${address.port}/${HARNESS}`,
    close: async () => {
      await new Promise<void>((r) => server.httpServer.close(() => r()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export async function studioPanelsInBrowser(): Promise<void> {
  const server = await serveHarness();
  try {
    await inBrowser(server.origin, "studio panels: graph and JSON editor", async (page) => {
      await page.setViewportSize({ width: 1600, height: 900 });
      await page.goto(server.url);
      await page.waitForSelector("body[data-ready='true']");
      await page.waitForSelector(".studio-graph[data-ready] .graph-beat");
      const beats = await page.locator(".graph-beat").count();
      const expected = await page.evaluate(
        () => (window.studioHarness?.get() as { beats?: unknown[] } | undefined)?.beats?.length ?? -1,
      );
      check(beats === expected, `the graph draws all ${expected} beats`);
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
      const selection = await page.evaluate(() => window.studioHarness?.selection());
      check(JSON.stringify(selection) === JSON.stringify(["beats", 2]), "Enter on the third beat selects it");
      const third = await page.evaluate(
        () => (window.studioHarness?.get() as { beats?: { id: string }[] } | undefined)?.beats?.[2]?.id,
      );
      // The editor draws only the lines in view: the beat's id line is drawn only if it scrolled there.
      await page.waitForSelector(`.cm-line:has-text('"id": "${third}"')`, { timeout: 5000 });
      check(true, "the JSON editor scrolls to the selected beat");

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
      const idLine = page.locator(`.cm-line:has-text('"id": "${third}"')`).first();
      await idLine.click();
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowLeft"); // before the comma
      await page.keyboard.press("ArrowLeft"); // before the closing quote
      await page.keyboard.type("-nieuw");
      await page.waitForSelector(`.graph-beat[data-beat='${third}-nieuw']`, { timeout: 10_000 });
      check(true, "an id typed in the editor is drawn in the graph");
      const edits = await page.evaluate(() => window.studioHarness?.edits.length ?? 0);
      check(edits === 1, `typing a word is one edit for undo (${edits})`);
      // Every way to the renamed beat now goes nowhere: the graph marks where.
      await page.waitForSelector(".graph-beat.has-problem");
      check(true, "ways to the old id are marked");

      // A syntax error (a second comma) is shown in the editor and never passed on.
      await page.keyboard.press("End");
      await page.keyboard.type(",");
      await page.waitForSelector(".json-status[data-state='invalid']");
      await page.waitForSelector(".cm-lintRange-error", { timeout: 5000 });
      await page.waitForTimeout(800);
      const after = await page.evaluate(() => window.studioHarness?.edits.length ?? 0);
      check(after === edits, "text that is not JSON is not passed on");
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
      check(
        hover.includes("getal") && hover.includes("mag weg"),
        `hover says what the field holds: ${hover}`,
      );
      await shot(page, "studio-json");
    });
    await inBrowser(server.origin, "studio panels in English", async (page) => {
      await page.goto(`${server.url}?lang=en`);
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
      check(
        !/\b(Rol|Laag|Legenda|loopt gelijk|gespreksleider)\b/.test(text),
        "with no Dutch word among them",
      );
    });
  } finally {
    await server.close();
  }
}
