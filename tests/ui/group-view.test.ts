// @vitest-environment jsdom
// The group debrief view over a real workshop meeting (the multi-seat golden plan): the openness chart
// with its phases, breach markers numbered as the list beside it, the same figures as a table, names as
// text, and the team's list only when the room sent one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { Meeting, type SeatMove } from "../../src/engine/session/meeting.ts";
import type { TeamFollowUp } from "../../src/engine/session/team-points.ts";
import { type LabelPlace, placeLabels } from "../../src/ui/screens/group-chart.ts";
import { groupSection } from "../../src/ui/screens/group-view.ts";
import { readText, root } from "../helpers.ts";

const plan = JSON.parse(readFileSync(`${root}tests/golden/multi/wijkteam-workshop.plan.json`, "utf8")) as {
  scenario: string;
  seats: string[];
  seed: number;
  moves: SeatMove[];
};
const loaded = loadScenario(readText(plan.scenario), plan.scenario);
if (!loaded.ok) throw new Error("the scenario does not load");
const scenario = loaded.scenario;
const { meeting } = Meeting.replay(scenario, plan.seats, plan.moves, {
  seed: plan.seed,
  judge: defaultJudge,
});
const summary = meeting.summary();
const names = { facilitator: "<img src=x onerror=alert(1)>", "listener-1": "Lotte" };

const team: TeamFollowUp = {
  stage: "done",
  reflected: [],
  points: [
    {
      id: "p1",
      seat: "listener-1",
      by: "Lotte",
      text: "Laat <b>stiltes</b> vallen",
      quotes: [
        {
          line: "x",
          speaker: scenario.cast.participants[0]?.id ?? "",
          text: { nl: "Niemand vroeg het ons", en: "Nobody asked us" },
        },
      ],
      fixed: true,
    },
    { id: "p2", seat: "listener-2", by: "Luuk", text: "Vat samen", quotes: [], fixed: false },
  ],
};

function render(lang: "nl" | "en", t?: TeamFollowUp): HTMLElement {
  document.body.replaceChildren(groupSection(lang, scenario, summary, names, {}, { team: t }));
  return document.body;
}

describe("the group debrief view", () => {
  it("has breaches to show", () => {
    expect(summary.breaches.length).toBeGreaterThan(1);
    expect(summary.openness.every((p) => p.min <= p.average && p.average <= p.max)).toBe(true);
  });

  it("draws the openness over the meeting's minutes with the phases as named bands", () => {
    const body = render("nl");
    const chart = body.querySelector("svg#ws-openness-chart") as SVGSVGElement;
    expect(chart).not.toBeNull();
    expect(chart.getAttribute("role")).toBe("img");
    const bands = [...chart.querySelectorAll(".phase-band")].map((b) => b.getAttribute("data-phase"));
    const phasesPlayed = new Set(
      summary.openness.map((p) => scenario.beats.find((b) => b.id === p.beat)?.phase),
    );
    expect(new Set(bands)).toEqual(phasesPlayed);
    const firstPhase = scenario.phases.find((p) => p.id === bands[0]);
    expect(chart.querySelector(".phase-name")?.textContent).toBe(firstPhase?.title.nl.slice(0, 28));
    expect(chart.querySelectorAll(".dot-average")).toHaveLength(summary.openness.length);
    expect(chart.querySelector(".line-min")).not.toBeNull();
    expect(chart.querySelector(".line-max")).not.toBeNull();
    // Its description says the same as the sentence above it, for a screen reader.
    const desc = chart.querySelector("desc")?.textContent ?? "";
    expect(desc).toBe(body.querySelector("#ws-group-openness")?.textContent);
  });

  it("puts each breach on its seat's lane, numbered as in the list beside the chart", () => {
    const body = render("nl");
    const markers = [...body.querySelectorAll(".breach-marker")];
    expect(markers).toHaveLength(summary.breaches.length);
    const items = [...body.querySelectorAll(".group-breaches li")];
    expect(items).toHaveLength(summary.breaches.length);
    summary.breaches.forEach((b, k) => {
      expect(markers[k]?.getAttribute("data-seat")).toBe(b.seat);
      expect(markers[k]?.querySelector("text")?.textContent).toBe(String(k + 1));
      expect(items[k]?.getAttribute("data-seat")).toBe(b.seat);
      expect(items[k]?.textContent).toContain(`${Math.round(b.at)}′`);
      expect(items[k]?.textContent).toContain(b.rule);
    });
    expect(body.querySelectorAll(".lane-name")).toHaveLength(Object.keys(summary.perSeat).length);
  });

  it("keeps names as text, in the chart as in the list", () => {
    const body = render("nl");
    expect(body.querySelector("img")).toBeNull();
    const lane = body.querySelector('.lane-name[data-seat="facilitator"]');
    expect(lane?.querySelector("title")?.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("gives the figures as a table too", () => {
    const body = render("en");
    const rows = body.querySelectorAll("#ws-openness-table tbody tr");
    expect(rows).toHaveLength(summary.openness.length);
    const p = summary.openness[0];
    expect([...(rows[0]?.querySelectorAll("td") ?? [])].map((td) => td.textContent)).toEqual([
      `${Math.round(p?.at ?? 0)}′`,
      scenario.phases.find((ph) => ph.id === scenario.beats.find((b) => b.id === p?.beat)?.phase)?.title.en,
      String(p?.average),
      String(p?.min),
      String(p?.max),
    ]);
    expect(body.querySelector("#ws-openness-table caption")?.textContent).toBe(
      "Openness of the circle by the minute",
    );
  });

  it("says nothing about a team's list when the room sent none", () => {
    const body = render("nl");
    expect(body.querySelector("#ws-team")).toBeNull();
    expect(body.textContent).not.toMatch(/Verbeterpunten|vastgesteld/);
  });

  it("lists the fixed points with who proposed them and their quotes, the others apart", () => {
    const body = render("nl", team);
    const fixed = [...body.querySelectorAll("#ws-team .team-fixed > li")];
    expect(fixed).toHaveLength(1);
    expect(fixed[0]?.querySelector(".team-point-text")?.textContent).toBe("Laat <b>stiltes</b> vallen");
    expect(fixed[0]?.querySelector("b")).toBeNull();
    expect(fixed[0]?.textContent).toContain("Voorgesteld door Lotte (Toehoorder 1)");
    expect(fixed[0]?.querySelector("q")?.textContent).toBe("Niemand vroeg het ons");
    const open = [...body.querySelectorAll("#ws-team .team-open > li")];
    expect(open.map((li) => li.querySelector(".team-point-text")?.textContent)).toEqual(["Vat samen"]);
    const none = render("en", { ...team, points: team.points.map((p) => ({ ...p, fixed: false })) });
    expect(none.querySelector("#ws-team .team-none")?.textContent).toBe("No point was fixed.");
  });
});

describe("the phases' names above the chart", () => {
  const extent = (p: LabelPlace) =>
    p.anchor === "end" ? [p.x - p.text.length * 6, p.x] : [p.x, p.x + p.text.length * 6];
  it("never run into each other on a row, nor past the right edge", () => {
    const bands = [
      { from: 118, to: 160, text: "Opening" },
      { from: 160, to: 390, text: "Vrije ronde" },
      { from: 390, to: 430, text: "Vragen van het team" },
      { from: 430, to: 500, text: "Ronde van de toehoorders" },
      { from: 500, to: 525, text: "Afsluiting" },
      { from: 525, to: 706, text: "Nagesprek met het team" },
      { from: 700, to: 706, text: "Te laat" },
    ];
    const placed = placeLabels(bands, 706);
    for (const row of [0, 1]) {
      const spans = placed.flatMap((p) => (p && p.row === row ? [extent(p)] : []));
      for (let k = 1; k < spans.length; k++)
        expect((spans[k] as number[])[0]).toBeGreaterThanOrEqual((spans[k - 1] as number[])[1] as number);
      for (const [, end] of spans) expect(end).toBeLessThanOrEqual(706);
    }
    // Whole names where they fit; a name cut short says so with "…".
    expect(placed[0]?.text).toBe("Opening");
    expect(placed[1]?.text).toBe("Vrije ronde");
    for (const [k, p] of placed.entries())
      if (p) expect(p.text === bands[k]?.text || p.text.endsWith("…")).toBe(true);
  });
});
