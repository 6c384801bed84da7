// Golden `paths` results: the full `paths --json` output for every bundled scenario (and the test fixture)
// in every role it offers, recorded before the analysis was made fast, so a faster walk can be shown to
// give exactly the same path counts, best and worst scores, rules and warnings with their fix lines.
// Run with UPDATE_GOLDEN=1 to rewrite them after a change you meant to make, then review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { ROLES } from "../../src/engine/rules/catalog.ts";
import { memoryIo, root } from "../helpers.ts";

const dir = `${root}tests/golden/paths/`;
const files = [
  ...readdirSync(`${root}scenarios`)
    .filter((f) => f.endsWith(".json") && f !== "scenario.schema.json")
    .map((f) => `scenarios/${f}`),
  ...readdirSync(`${root}tests/fixtures`)
    .filter((f) => f.endsWith(".json"))
    .map((f) => `tests/fixtures/${f}`),
];

/**
 * `states` counts the states the walk merged the meeting into: how the analysis works, not what it
 * finds, and the very thing a faster walk changes. Everything else must stay byte for byte the same.
 */
function withoutStates(json: string): unknown {
  const value = JSON.parse(json) as Record<string, unknown>;
  delete value.states;
  return value;
}

describe("golden paths", () => {
  for (const file of files) {
    const scenario = JSON.parse(readFileSync(root + file, "utf8")) as { roles?: Record<string, unknown> };
    for (const role of ROLES) {
      if (!scenario.roles?.[role]) continue;
      const name = `${file.replace(/^.*\//, "").replace(/\.json$/, "")}.${role}.json`;
      it(`${file} as ${role}`, async () => {
        const io = memoryIo();
        const code = await main(["paths", file, "--role", role, "--json"], io);
        const actual = { code, stderr: io.stderr, stdout: io.stdout };
        if (process.env.UPDATE_GOLDEN === "1") writeFileSync(dir + name, `${JSON.stringify(actual, null, 2)}\n`);
        // A scenario added without its golden file must not pass unchecked.
        expect(existsSync(dir + name), `${name} is missing: run UPDATE_GOLDEN=1 and review it`).toBe(true);
        const expected = JSON.parse(readFileSync(dir + name, "utf8")) as typeof actual;
        expect(actual.code).toBe(expected.code);
        expect(actual.stderr).toBe(expected.stderr);
        expect(withoutStates(actual.stdout)).toEqual(withoutStates(expected.stdout));
      }, 300_000);
    }
  }
});
