// @vitest-environment jsdom
// Issue 14 point 3: the graph drawn from a real ELK layout (the bundled build, run here in the test's
// thread): every beat a focusable button named with its problems, phases as bands, ways told apart by
// dash pattern and letter, not colour alone; scenario text only ever as text.
import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { DASH, drawGraph } from "../../src/studio/graph/draw.ts";
import { elkGraph } from "../../src/studio/graph/elk-graph.ts";
import { buildGraphModel } from "../../src/studio/graph/graph-model.ts";
import { ruleSpots } from "../../src/studio/graph/rule-overlay.ts";
import { miniValue } from "../helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: test edits of a JSON fixture
type Rec = Record<string, any>;

async function drawn(doc: unknown, lang: "nl" | "en") {
  const model = buildGraphModel(doc, lang);
  const laid = await new ELK().layout(elkGraph(model, lang));
  return { model, ...drawGraph(model, laid, lang) };
}

describe("graph drawing", () => {
  it("draws every beat, a band per phase, and each way with its own dash pattern and letter", async () => {
    const doc = miniValue() as Rec;
    doc.beats[3].moves.facilitator.choices[1].next = "einde";
    const { model, svg, nodes } = await drawn(doc, "nl");
    expect(nodes.size).toBe(model.beats.length);
    expect(svg.querySelectorAll(".graph-band").length).toBe(4);
    const facilitator = svg.querySelector(".graph-edge.way-facilitator");
    expect(facilitator?.getAttribute("stroke-dasharray")).toBe(DASH.facilitator);
    expect(svg.querySelector(".graph-edge.way-computer")?.hasAttribute("stroke-dasharray")).toBe(false);
    const labels = [...svg.querySelectorAll(".graph-edge-label")].map((t) => t.textContent);
    expect(labels).toContain("G: door");
    // Bands come in phase order, left to right.
    const xs = [...svg.querySelectorAll(".graph-band rect")].map((r) => Number(r.getAttribute("x")));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("keeps phases in bands that do not overlap when a beat is cut off from the rest", async () => {
    const doc = miniValue() as Rec;
    doc.beats[0].next = "nergens"; // welkom (opening) leads nowhere: two separate pieces
    const { svg } = await drawn(doc, "nl");
    const rects = [...svg.querySelectorAll(".graph-band rect")].map((r) => ({
      left: Number(r.getAttribute("x")),
      right: Number(r.getAttribute("x")) + Number(r.getAttribute("width")),
    }));
    expect(rects.length).toBe(4);
    for (let i = 0; i + 1 < rects.length; i++)
      expect(rects[i]?.right ?? 0).toBeLessThanOrEqual(rects[i + 1]?.left ?? 0);
  });

  it("names a beat's problem in words, in the studio's language", async () => {
    const doc = miniValue() as Rec;
    delete doc.beats[3].next;
    const { svg } = await drawn(doc, "en");
    const vragen = svg.querySelector('[data-beat="vragen"]');
    expect(vragen?.getAttribute("role")).toBe("button");
    expect(vragen?.getAttribute("aria-label")).toContain(
      "dead end (facilitator: team, facilitator: door, listener)",
    );
    expect(vragen?.textContent).toContain("⚠ vragen");
    expect(svg.querySelector('[data-beat="einde"]')?.getAttribute("aria-label")).toContain("unreachable");
  });

  it("shows an id that looks like markup as those characters", async () => {
    const doc = miniValue() as Rec;
    doc.beats[5].id = "<img src=x onerror=alert(1)>";
    doc.beats[4].next = doc.beats[5].id;
    const { svg } = await drawn(doc, "nl");
    expect(svg.querySelectorAll("img").length).toBe(0);
    expect(svg.textContent).toContain("<img src=x");
  });
});

describe("rule overlay", () => {
  it("finds where a role's move can meet or break each rule", () => {
    const spots = ruleSpots(miniValue(), "facilitator");
    expect(spots.size).toBeGreaterThan(0);
    for (const list of spots.values()) for (const s of list) expect(s.met || s.broken).toBe(true);
    const doc = miniValue() as Rec;
    doc.beats[3].moves.facilitator.choices[0].verdicts = [
      { rule: "F-NEUTRAL", kind: "breach", why: { nl: "x" } },
    ];
    const neutral = ruleSpots(doc, "facilitator").get("F-NEUTRAL");
    expect(neutral?.find((s) => s.index === 3)).toEqual({ index: 3, met: false, broken: true });
    expect(ruleSpots(null, "listener").size).toBe(0);
  });
});
