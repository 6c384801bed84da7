// Golden playthroughs: a scenario, a role and moves in; the exact transcript and report out. Run with
// UPDATE_GOLDEN=1 to write the expected files after a change you meant to make, then review the diff.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { memoryIo, root } from "../helpers.ts";

const dir = `${root}tests/golden/`;
const plans = readdirSync(dir).filter((f) => f.endsWith(".plan.json"));

describe("golden playthroughs", () => {
  it("has plans", () => expect(plans.length).toBeGreaterThan(0));
  for (const plan of plans) {
    it(plan, async () => {
      const p = JSON.parse(readFileSync(dir + plan, "utf8")) as { scenario: string; role: string; seed: number; lang: string };
      const io = memoryIo();
      const code = await main(
        ["play", p.scenario, "--role", p.role, "--moves", `tests/golden/${plan}`, "--seed", String(p.seed), "--lang", p.lang],
        io,
      );
      expect(io.stderr).toBe("");
      expect(code).toBe(0);
      const expectedFile = dir + plan.replace(".plan.json", ".expected.json");
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedFile, io.stdout);
      expect(io.stdout).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
