// `paths --limit N` stops a walk that would take more than N transitions, with a message that says so,
// rather than running for ever on a scenario that branches too much.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { analysePaths, PathLimitError } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadMini, memoryIo } from "../helpers.ts";

describe("the limit on the paths walk", () => {
  it("throws a PathLimitError past the limit, and walks the whole graph within it", () => {
    const compiled = compileScenario(loadMini(), "facilitator");
    expect(() => analysePaths(compiled, { limit: 5 })).toThrow(PathLimitError);
    expect(analysePaths(compiled, { limit: 1000 }).paths).toBe(54);
  });

  it("the CLI says what to do and exits 1", async () => {
    const io = memoryIo();
    expect(
      await main(["paths", "tests/fixtures/mini.json", "--role", "facilitator", "--limit", "5"], io),
    ).toBe(1);
    expect(io.stderr).toContain("more than 5 states to walk");
    expect(io.stderr).toContain("raise --limit");
  });
});
