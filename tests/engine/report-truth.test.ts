// The debrief tells the truth: a dimension is earnable and one slip costs in proportion, counts are
// counts (not weights), a repair after a mistake is not listed as a missed chance, and picking
// improvement points is judged under a rule that says so.
import { describe, expect, it } from "vitest";
import { playByStrategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import type { Choice, Scenario, Verdict } from "../../src/engine/format/schema.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { ruleInfo } from "../../src/engine/rules/catalog.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { readText } from "../helpers.ts";

function bundled(file: string): Scenario {
  const r = loadScenario(readText(`scenarios/${file}`), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}

const net = (verdicts: Verdict[] | undefined) =>
  (verdicts ?? []).reduce((sum, v) => sum + (v.kind === "good" ? 1 : -1) * (v.weight ?? 1), 0);

/** Plays the choice with the best verdicts at every move, except at beats where `instead` names one. */
function playBestExcept(
  scenario: Scenario,
  role: "facilitator" | "organiser",
  instead: (beat: string) => string | undefined,
) {
  const session = startSession(scenario, role);
  for (let step = 0; step < 500; step++) {
    const p = session.pending();
    const move = p ? scenario.beats.find((b) => b.id === p.beat)?.moves?.[role] : undefined;
    if (!p || !move) break;
    const own = move.kind === "pick" ? undefined : instead(p.beat);
    if (own) expect(session.choose(own)).toEqual({ ok: true });
    else if (move.kind === "pick") {
      const gain = (c: Choice) => net(c.verdicts) - net(c.ifNotPicked?.verdicts);
      const ranked = [...move.choices].sort((a, b) => gain(b) - gain(a));
      const count = Math.max(move.min ?? 1, ranked.filter((c) => gain(c) > 0).length);
      expect(session.pick(ranked.slice(0, count).map((c) => c.id))).toEqual({ ok: true });
    } else {
      const best = [...move.choices].sort((a, b) => net(b.verdicts) - net(a.verdicts))[0] as Choice;
      expect(session.choose(best.id)).toEqual({ ok: true });
    }
  }
  return session;
}

describe("dimension scores", () => {
  it("one opinion slip in a long, otherwise neutral meeting costs in proportion instead of dropping to 0", () => {
    const scenario = bundled("technisch-bedrijf.json");
    let slipped = false;
    const session = playBestExcept(scenario, "facilitator", (beat) => {
      if (slipped) return undefined;
      const move = scenario.beats.find((b) => b.id === beat)?.moves?.facilitator;
      const opinion = move?.choices.find(
        (c) => !c.next && c.verdicts?.some((v) => v.rule === "F-NEUTRAL" && v.kind === "breach"),
      );
      if (opinion) slipped = true;
      return opinion?.id;
    });
    expect(slipped).toBe(true);
    expect(session.done).toBe(true);
    const report = buildReport(scenario, "facilitator", session.context, "nl", 0);
    const neutrality = report.score.dimensions.find((d) => d.id === "neutrality");
    expect(neutrality?.count.breach).toBe(1);
    expect(neutrality?.count.kept).toBeGreaterThan(5);
    expect(neutrality?.score).toBeGreaterThan(70);
    expect(neutrality?.score).toBeLessThan(100);
  });

  it("counts moments as counts, apart from their weights", () => {
    const scenario = bundled("wijkteam-zuiderveld.json");
    const { session } = playByStrategy(compileScenario(scenario, "facilitator"), "worst");
    const report = buildReport(scenario, "facilitator", session.context, "nl", 0);
    for (const d of report.score.dimensions) {
      const rules = report.moments.filter((m) => ruleInfo(m.rule)?.dimension === d.id);
      expect(d.count.breach).toBe(rules.filter((m) => m.kind === "breach").length);
      expect(d.breach).toBe(rules.filter((m) => m.kind === "breach").reduce((s, m) => s + m.weight, 0));
    }
    expect(report.score.dimensions.some((d) => d.breach > d.count.breach)).toBe(true);
  });
});

describe("a repair after a mistake", () => {
  it("reads as good, and the cost of the earlier mistake as a consequence, not as a missed chance", () => {
    const scenario = bundled("voorbereiding-organisator.json");
    const session = playBestExcept(scenario, "organiser", (beat) =>
      beat === "bel-kees" ? "vaag" : beat === "kees-belt-terug" ? "excuses" : undefined,
    );
    const report = buildReport(scenario, "organiser", session.context, "en", 0);
    const atRepair = report.moments.filter((m) => m.beat === "kees-belt-terug");
    expect(atRepair.length).toBeGreaterThanOrEqual(2);
    expect(report.missedChances.filter((m) => m.beat === "kees-belt-terug")).toEqual([]);
    const consequence = report.consequences.find((m) => m.beat === "kees-belt-terug");
    expect(consequence?.kind).toBe("missed");
    expect(consequence?.did).toBeUndefined();
    const repair = report.wentWell.find((m) => m.beat === "kees-belt-terug");
    expect(repair?.did).toBeDefined();
  });
});

describe("picking improvement points", () => {
  it("is judged under a rule whose title is about choosing them", () => {
    const title = ruleInfo("L-REFLECT")?.title;
    expect(title?.nl).toMatch(/verbeterpunten kiezen/);
    expect(title?.en).toMatch(/choose .*improvements/);
  });
});
