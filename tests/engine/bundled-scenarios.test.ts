// Every bundled scenario must load cleanly, and in every role it offers every path must end with a score
// and every rule of the role must be judged somewhere.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaText } from "../../src/cli/commands/schema.ts";
import { analysePaths } from "../../src/engine/analysis/paths.ts";
import { playByStrategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { ROLES } from "../../src/engine/rules/catalog.ts";
import { readText, root } from "../helpers.ts";

const files = readdirSync(`${root}scenarios`).filter(
  (f) => f.endsWith(".json") && f !== "scenario.schema.json",
);

describe("bundled scenarios", () => {
  it("the published schema is up to date (run npm run schema)", () => {
    expect(readText("scenarios/scenario.schema.json")).toBe(schemaText());
  });

  for (const file of files) {
    describe(file, () => {
      const result = loadScenario(readText(`scenarios/${file}`), file);
      it("loads without errors or warnings", () => {
        expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([]);
        expect(result.ok).toBe(true);
      });
      for (const role of ROLES) {
        if (!result.ok || !result.scenario.roles[role]) continue;
        it(`as ${role}: every path ends with a score and every rule of the role is judged`, () => {
          const paths = analysePaths(compileScenario(result.scenario, role));
          expect(paths.paths).toBeGreaterThan(0);
          expect(paths.pathsWithoutScore).toBe(false);
          expect(paths.minScore).not.toBeNull();
          expect(paths.maxScore as number).toBeGreaterThan(paths.minScore as number);
          expect(paths.rulesNeverExercised).toEqual([]);
        }, 300_000);
        it(`as ${role}: played well it scores clearly higher than played badly`, () => {
          const compiled = compileScenario(result.scenario, role);
          const score = (strategy: "best" | "worst") => {
            const { session } = playByStrategy(compiled, strategy);
            expect(session.done).toBe(true);
            return buildReport(result.scenario, role, session.context, "nl", 0).score.total ?? 0;
          };
          const best = score("best");
          const worst = score("worst");
          expect(best).toBeGreaterThanOrEqual(80);
          expect(worst).toBeLessThanOrEqual(40);
        });
      }
    });
  }
});
