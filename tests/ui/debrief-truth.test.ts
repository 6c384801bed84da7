// @vitest-environment jsdom
// The debrief shows how many moments of each kind a dimension had (not their weights), and a moment
// that is the cost of an earlier choice as such, not as a missed chance.
import { describe, expect, it } from "vitest";
import { playByStrategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport, type Report } from "../../src/engine/report/report.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { renderDebrief } from "../../src/ui/debrief.ts";
import { readText } from "../helpers.ts";

const host = { retryButton: () => null, toMenu: () => {}, exportJson: () => {}, print: () => {} };

function render(report: Report): HTMLElement {
  const root = document.createElement("div");
  renderDebrief(root, report, [], host);
  return root;
}

describe("the debrief's dimension line", () => {
  it("shows counts of moments, not weights", () => {
    const loaded = loadScenario(readText("scenarios/wijkteam-zuiderveld.json"), "wijkteam-zuiderveld.json");
    if (!loaded.ok) throw new Error("does not load");
    const { session } = playByStrategy(compileScenario(loaded.scenario, "facilitator"), "worst");
    const report = buildReport(loaded.scenario, "facilitator", session.context, "nl", 0);
    const root = render(report);
    const heavy = report.score.dimensions.find((d) => d.breach > d.count.breach);
    if (!heavy) throw new Error("no dimension with a breach heavier than 1");
    const line = root.querySelector(`[data-dimension="${heavy.id}"] .dim-counts`)?.textContent ?? "";
    expect(line).toContain(`Regel gebroken: ${heavy.count.breach}×`);
    expect(line).not.toContain(`Regel gebroken: ${heavy.breach}×`);
  });

  it("labels a consequence of an earlier choice as such, without quoting the repair as what went wrong", () => {
    const loaded = loadScenario(
      readText("scenarios/voorbereiding-organisator.json"),
      "voorbereiding-organisator.json",
    );
    if (!loaded.ok) throw new Error("does not load");
    const scenario = loaded.scenario;
    const session = startSession(scenario, "organiser");
    const own: Record<string, string> = { "bel-kees": "vaag", "kees-belt-terug": "excuses" };
    for (let step = 0; step < 500; step++) {
      const p = session.pending();
      if (!p || p.beat === "kees-belt-terug-na") break;
      const move = scenario.beats.find((b) => b.id === p.beat)?.moves?.organiser;
      if (!move) break;
      if (move.kind === "pick") session.pick(move.choices.slice(0, move.min ?? 1).map((c) => c.id));
      else session.choose(own[p.beat] ?? (move.choices[0]?.id as string));
      if (p.beat === "kees-belt-terug") break;
    }
    const root = render(buildReport(scenario, "organiser", session.context, "nl", 0));
    const moments = [...root.querySelectorAll(".moment")].filter((m) =>
      (m.textContent ?? "").includes("Te laat"),
    );
    expect(moments.length).toBe(1);
    const header = moments[0]?.querySelector("strong")?.textContent ?? "";
    expect(header).toContain("Gevolg van een eerdere keuze");
    expect(header).not.toContain("Kans gemist");
    expect(moments[0]?.querySelector(".did")).toBeNull();
  });
});
