// The game shows a move's choices in the engine's seeded order (Session.pending()), not as the scenario
// writes them, and a reload (a replay of the saved moves) shows the same order again.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { playByStrategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { launch } from "./browser.ts";
import { applyMove, check, startRun, watch } from "./page.ts";

const ID = "wijkteam-zuiderveld";

/** The run in progress as the game stored it (IndexedDB, record "run:<scenario>|<role>"), once it holds `count` moves. */
async function storedRun(page: Page, count: number): Promise<{ seed?: number; moves?: MoveRecord[] }> {
  for (let tries = 0; tries < 50; tries++) {
    const run = await page.evaluate(
      (id) =>
        new Promise<{ seed?: number; moves?: MoveRecord[] } | null>((resolve, reject) => {
          const open = indexedDB.open("spiegelspel", 1);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const r = open.result.transaction("records").objectStore("records").get(`run:${id}|facilitator`);
            r.onsuccess = () => {
              open.result.close();
              resolve((r.result as { seed?: number; moves?: MoveRecord[] } | undefined) ?? null);
            };
          };
        }),
      ID,
    );
    if (run && (run.moves?.length ?? 0) >= count) return run;
    await page.waitForTimeout(100);
  }
  return {};
}

const shownIds = (page: Page) =>
  page.$$eval("#move [data-choice], #move .picks input[type=checkbox]", (els) =>
    els.map((e) => e.getAttribute("data-choice") ?? (e as HTMLInputElement).value),
  );

export async function choiceOrder(url: string): Promise<void> {
  console.log("choices in the engine's seeded order");
  const text = readFileSync(new URL(`../../scenarios/${ID}.json`, import.meta.url), "utf8");
  const loaded = loadScenario(text, `${ID}.json`);
  if (!loaded.ok) throw new Error(`${ID} does not load`);
  const scenario = loaded.scenario;
  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    const problems = watch(page, url.replace(/\/$/, ""));
    await startRun(page, url, ID, "facilitator");
    const { moves } = playByStrategy(compileScenario(scenario, "facilitator"), "best");
    // The first moves, each compared with the engine's order for the run's seed and with the written one.
    let agree = true;
    let differs = false;
    let shown: string[] = [];
    let seed: number | undefined;
    for (const [i, m] of moves.slice(0, 5).entries()) {
      await applyMove(page, m, new Map());
      const save = await storedRun(page, i + 1);
      seed = save.seed;
      const engine = startSession(scenario, "facilitator", { seed: save.seed ?? 0 });
      engine.replay(save.moves ?? []);
      const p = engine.pending();
      if (!p) break;
      const written = scenario.beats.find((b) => b.id === p.beat)?.moves?.facilitator?.choices ?? [];
      shown = await shownIds(page);
      if (JSON.stringify(shown) !== JSON.stringify(p.choices.map((c) => c.id))) agree = false;
      if (JSON.stringify(shown) !== JSON.stringify(written.map((c) => c.id))) differs = true;
    }
    check(agree, `every move shows its choices in the engine's order for seed ${seed}`);
    check(differs, "and not in the order the scenario writes them");
    await page.reload();
    await page.waitForSelector("#move-title");
    check(
      JSON.stringify(await shownIds(page)) === JSON.stringify(shown),
      "after a reload the same order is shown",
    );
    check(problems.length === 0, `no console errors${problems.length ? `: ${problems.join("; ")}` : ""}`);
    await page.close();
  } finally {
    await close();
  }
}
