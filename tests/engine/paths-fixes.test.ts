// Every `paths` warning about a high-scoring breach names the field to change, and changing it as the
// warning says clears it: an author who follows the fixes ends with none left.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { analysePaths } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import type { Scenario } from "../../src/engine/format/schema.ts";
import { loadScenarioValue } from "../../src/engine/load/load.ts";
import { memoryIo, readText } from "../helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: the test edits scenario JSON where the warning points.
type Json = any;

function analyse(value: unknown) {
  const loaded = loadScenarioValue(value);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return analysePaths(compileScenario(loaded.scenario as Scenario, "facilitator"));
}

describe("paths warnings a careful author can clear", () => {
  it("each high-scoring breach says which field to change, and following every fix clears them all", () => {
    const value: Json = JSON.parse(readText("scenarios/wijkteam-zuiderveld.json"));
    const before = analyse(value);
    expect(before.highScoringBreaches.length).toBeGreaterThan(0);
    // Both kinds occur here: a verdict of the scenario's own, and one the utterance judge gives.
    expect(new Set(before.highScoringBreaches.map((w) => w.action))).toEqual(
      new Set(["raise", "add-verdict"]),
    );
    for (const w of before.highScoringBreaches) {
      expect(w.fix).toContain(w.where);
      const parent = w.path.slice(0, -1).reduce((node: Json, part) => node[part], value);
      const last = w.path[w.path.length - 1] as string | number;
      if (w.action === "raise") {
        expect(parent[last]).toBe(w.weight);
        parent[last] = 5;
      } else {
        expect(w.action).toBe("add-verdict");
        const why = { nl: "Ernstig.", en: "Serious." };
        parent[last] ??= {};
        const target = parent[last];
        target.verdicts = [...(target.verdicts ?? []), { rule: w.rule, kind: "breach", weight: 5, why }];
      }
    }
    const after = analyse(value);
    expect(after.highScoringBreaches).toEqual([]);
    // What is left is at full weight: a note, not a warning.
    for (const w of after.fullWeightBreaches) expect(w.weight).toBe(5);
  });

  it("the CLI prints the fix under each warning", async () => {
    const io = memoryIo();
    await main(["paths", "scenarios/wijkteam-zuiderveld.json", "--role", "facilitator"], io);
    const lines = io.stdout.split("\n");
    const warnings = lines.filter((l) => l.startsWith("warning: at beat"));
    expect(warnings.length).toBeGreaterThan(0);
    // The guide quotes two of them; they must be the real ones.
    const quoted = readText("docs/authoring.md")
      .split("\n")
      .filter((l) => /^(warning: at beat| {4}fix: raise| {4}fix: give the outcome)/.test(l));
    expect(quoted.length).toBe(4);
    for (const l of quoted) expect(lines).toContain(l);
    for (const w of warnings)
      expect(lines[lines.indexOf(w) + 1]).toMatch(
        /^ {4}fix: (raise "weight" at beats\[|give the |add the outcome )/,
      );
  });
});
