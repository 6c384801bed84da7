import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/judge/index.ts";

describe("the judgement", () => {
  it("names the deciding words in one sentence", () => {
    const j = classify("Ter verduidelijking: dat komt doordat we te weinig mensen hadden.", "listener");
    expect(j.label).toBe("explaining");
    expect(j.why).toMatch(/^Dit is uitleg: "[^"]+"/);
    expect(j.why.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1)).toHaveLength(1);
    expect(j.cues.length).toBeGreaterThan(0);
    expect(j.cues.length).toBeLessThanOrEqual(3);
    const shown = j.why.match(/"([^"]+)"/)?.[1] ?? "";
    expect(j.cues[0]?.text).toBe(shown);
    // Quoted as typed: the trainee's own words, capitals and all.
    expect(j.text).toContain(shown);
  });

  it("gives cues that pushed toward the label, strongest first", () => {
    const j = classify("Wij hebben u wel degelijk drie keer gebeld.", "listener");
    expect(j.label).toBe("defending");
    for (const c of j.cues) expect(c.weight).toBeGreaterThan(0);
  });

  it("rounds confidence to two decimals within 0..1", () => {
    for (const text of ["Hoe was dat?", "Ik bel u morgen.", "hmm"]) {
      const { confidence } = classify(text, "facilitator");
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(Math.round(confidence * 100) / 100).toBe(confidence);
    }
  });

  it("is deterministic", () => {
    const a = classify("Dank u, maar u had toch ook zelf kunnen bellen?", "listener");
    expect(classify("Dank u, maar u had toch ook zelf kunnen bellen?", "listener")).toEqual(a);
  });

  it.each([
    "",
    "   ",
    "\t",
    "🙂🙂🙂",
    "?",
    "!!!",
    "<img src=x onerror=alert(1)>",
    "<b>Ik bel u morgen</b>",
    "a".repeat(20_000),
    `Wat bedoelt u? ${"bla ".repeat(5_000)}`,
    "\u0000\u0001",
    "12345",
  ])("never throws and keeps the original text: %j", (text) => {
    for (const role of ["listener", "facilitator"] as const) {
      const j = classify(text, role);
      expect(j.text).toBe(text);
      expect(j.why.length).toBeGreaterThan(10);
      expect(j.confidence).toBeGreaterThanOrEqual(0);
      expect(j.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("says little confidence when there is nothing to judge", () => {
    expect(classify("", "listener")).toMatchObject({ allowed: true, cues: [] });
    expect(classify("", "listener").confidence).toBeLessThan(0.3);
    expect(classify("🙂", "facilitator").confidence).toBeLessThan(0.3);
  });

  it("judges HTML by its words and stays fast on a very long text", () => {
    expect(classify("<b>Ik bel u morgen</b>", "listener").label).toBe("solving");
    const t0 = performance.now();
    classify("x".repeat(100_000), "listener");
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
