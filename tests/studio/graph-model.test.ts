// Issue 14 point 3: the studio's graph model — ways on per role and the computer's, labelled; dead ends,
// unreachable beats, loops and missing targets marked; a broken document still draws.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildGraphModel, type GraphModel } from "../../src/studio/graph/graph-model.ts";
import { miniValue, readText } from "../helpers.ts";

// The fixture as loosely typed JSON, to break it in place.
// biome-ignore lint/suspicious/noExplicitAny: test edits of a JSON fixture
type Rec = Record<string, any>;
const beatOf = (m: GraphModel, id: string) => m.beats.find((b) => b.id === id);
const edgesFrom = (m: GraphModel, id: string) => {
  const key = beatOf(m, id)?.key;
  return m.edges
    .filter((e) => e.from === key)
    .map((e) => `${m.beats.find((b) => b.key === e.to)?.id}/${e.way}/${e.labels.join("|")}`)
    .sort();
};

describe("graph model", () => {
  it("draws the mini meeting: every beat reached, the branch labelled by its condition", () => {
    const m = buildGraphModel(miniValue(), "nl");
    expect(m.beats.map((b) => b.id)).toEqual([
      "welkom",
      "anja-vertelt",
      "anja-verdieping",
      "vragen",
      "nagesprek",
      "einde",
    ]);
    expect(m.beats.every((b) => !b.unreachable && b.deadEnds.length === 0 && !b.inLoop)).toBe(true);
    expect(edgesFrom(m, "anja-vertelt")).toEqual([
      "anja-verdieping/computer/openheid anja ≥ 60",
      "vragen/computer/anders",
    ]);
    expect(beatOf(m, "welkom")?.startOf).toEqual(["facilitator", "listener"]);
    expect(beatOf(m, "einde")?.end).toBe(true);
    expect(m.phases.map((p) => p.id)).toEqual(["opening", "vrij", "vragen", "nagesprek"]);
    expect(beatOf(m, "vragen")?.phaseIndex).toBe(2);
    // The same condition in English on an English studio.
    expect(edgesFrom(buildGraphModel(miniValue(), "en"), "anja-vertelt")).toContain(
      "anja-verdieping/computer/openness anja ≥ 60",
    );
  });

  it("tells a role's choice apart from the computer's choice for that role", () => {
    const doc = miniValue() as Rec;
    const vragen = doc.beats[3];
    vragen.moves.facilitator.choices[0].next = "einde"; // "team", also the computer's choice
    vragen.moves.facilitator.choices[1].next = "nagesprek";
    const m = buildGraphModel(doc, "en");
    expect(edgesFrom(m, "vragen")).toEqual([
      "einde/computer/team",
      "einde/facilitator/team",
      "nagesprek/computer/",
      "nagesprek/facilitator/door",
    ]);
  });

  it("marks a dead end with the role and the choice that leads nowhere", () => {
    const doc = miniValue() as Rec;
    delete doc.beats[3].next; // vragen: no way on unless a choice says so
    const m = buildGraphModel(doc, "nl");
    const vragen = beatOf(m, "vragen");
    expect(vragen?.deadEnds).toEqual([
      { role: "facilitator", via: "team" },
      { role: "facilitator", via: "door" },
      { role: "listener" },
    ]);
    // Everything after it is now out of reach.
    expect(beatOf(m, "nagesprek")?.unreachable).toBe(true);
    expect(beatOf(m, "einde")?.unreachable).toBe(true);
    expect(beatOf(m, "welkom")?.unreachable).toBe(false);
  });

  it("marks a loop on its beats and edges, and a way to a beat that does not exist", () => {
    const doc = miniValue() as Rec;
    doc.beats[2].next = "anja-vertelt"; // anja-verdieping goes back
    doc.beats[4].next = "nergens";
    const m = buildGraphModel(doc, "nl");
    expect(m.loops).toEqual([["anja-vertelt", "anja-verdieping", "anja-vertelt"]]);
    expect(beatOf(m, "anja-vertelt")?.inLoop).toBe(true);
    expect(beatOf(m, "welkom")?.inLoop).toBe(false);
    expect(m.edges.filter((e) => e.inLoop).length).toBe(2);
    expect(beatOf(m, "nagesprek")?.missingTargets).toEqual(["nergens"]);
    expect(beatOf(m, "nagesprek")?.deadEnds.length).toBe(0);
  });

  it("agrees with validate on unreachable beats and loops in every bundled scenario", () => {
    const files = readdirSync("scenarios").filter((f) => f.endsWith(".json") && !f.includes("schema"));
    for (const file of files) {
      const text = readText(`scenarios/${file}`);
      const m = buildGraphModel(JSON.parse(text), "en");
      const problems = loadScenario(text, file).problems;
      const unreachable = problems.filter((p) => p.code === "unreachable-beat").map((p) => p.path[1]);
      expect(
        m.beats.filter((b) => b.unreachable).map((b) => b.index),
        file,
      ).toEqual(unreachable);
      expect(m.loops.length, file).toBe(problems.filter((p) => p.code === "loop").length);
      expect(m.beats.length, file).toBeGreaterThan(10);
    }
  });

  it("draws whatever is there of a broken document", () => {
    expect(buildGraphModel(null, "nl").beats).toEqual([]);
    const m = buildGraphModel({ beats: [{ id: "a", next: "b" }, { id: "b" }, 7, { id: "a" }] }, "nl");
    expect(m.beats.map((b) => b.key)).toEqual(["b0", "b1", "b3"]);
    expect(m.beats[2]?.duplicate).toBe(true);
    expect(m.beats.every((b) => b.phaseIndex === -1)).toBe(true);
    // No start: nothing is reached.
    expect(m.beats[0]?.unreachable).toBe(true);
  });
});
