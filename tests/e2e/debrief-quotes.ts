// Browser check for issue 11, points 9 and 11: a typed question put to Henk by name is answered by Henk
// and its moment quotes Henk (not whoever spoke last); no follow-up moment quotes the meeting; the
// transcript shows the computer's moves as what that person does, never as "you".
import { readFileSync } from "node:fs";
import { playByStrategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { launch } from "./browser.ts";
import { applyMove, check, shot, startRun, watch } from "./page.ts";

const FILE = "wijkteam-zuiderveld";
const ASK_AT = "q-bereik";
const QUESTION = "Meneer Verbeek, hoe bereikbaar is het wijkteam voor u?";

export async function debriefQuotes(url: string): Promise<void> {
  console.log("debrief quotes and the computer's moves (facilitator)");
  const loaded = loadScenario(readFileSync(new URL(`../../scenarios/${FILE}.json`, import.meta.url), "utf8"));
  if (!loaded.ok) throw new Error(`${FILE} does not load`);
  const scenario = loaded.scenario;
  // The well-played run, with typed words to Henk instead of the choice at one beat.
  const best = playByStrategy(compileScenario(scenario, "facilitator"), "best").moves;
  const session = startSession(scenario, "facilitator", { judge: defaultJudge });
  for (const m of best) {
    if (session.pending()?.beat === ASK_AT) session.say(QUESTION);
    else if (!session.apply(m).ok) break;
  }
  const moves: MoveRecord[] = [...session.moves];
  const report = buildReport(scenario, "facilitator", session.context, "nl", 0);
  const asked = report.moments.find((m) => m.beat === ASK_AT && m.did === QUESTION);

  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    const problems = watch(page, url.replace(/\/$/, ""));
    await startRun(page, url, scenario.id, "facilitator");
    for (const m of moves) await applyMove(page, m, new Map());
    await page.waitForSelector("#debrief-title");
    await shot(page, "debrief-quotes-full", true);
    const quotes = await page.$$eval(".moments li", (items) =>
      items.map((li) => ({
        head: li.querySelector("strong")?.textContent ?? "",
        quote: li.querySelector("blockquote")?.textContent ?? null,
        did: li.querySelector(".did")?.textContent ?? "",
      })),
    );
    const shown = quotes.find((q) => q.did.includes(QUESTION));
    check(
      asked?.quote?.speaker === "henk" && shown?.quote === `${asked.quote.name}: “${asked.quote.text}”`,
      "the typed question to Henk quotes what Henk said",
    );
    const items = await page.$$eval(".full-transcript > li", (lis) => lis.map((li) => li.textContent ?? ""));
    const at = items.findIndex((t) => t.includes(QUESTION));
    // Verdicts on the question come first in the transcript; then what is said next.
    const next = items.slice(at + 1).find((t) => !t.includes("(F-"));
    check(
      at >= 0 && (next ?? "").startsWith("Henk Verbeek: "),
      `Henk answers the question put to him (${next})`,
    );
    const followUp = quotes.filter((q) => q.head.includes("Nagesprek"));
    check(
      followUp.length > 0 && followUp.every((q) => q.quote === null),
      `no follow-up moment quotes the meeting (${followUp.length} moments)`,
    );
    const npc = await page.$$eval(".full-transcript .move.npc", (items) =>
      items.map((li) => li.textContent ?? ""),
    );
    check(
      npc.some((t) => t.includes("Een toehoorder houdt zich in")) &&
        npc.every((t) => !/\bJe houdt je in\b/.test(t)),
      "a listener played by the computer holds back in the third person",
    );
    check(
      (await page.$$(".full-transcript .direction")).length > 0,
      "actions are shown as directions, set apart from speech",
    );
    check(
      problems.length === 0,
      `no console errors${problems.length ? `: ${problems.slice(0, 3).join("; ")}` : ""}`,
    );
  } finally {
    await close();
  }
}
