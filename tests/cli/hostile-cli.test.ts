// The CLI with input it must refuse or bound (issue 12, point 8).
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { generateScenario } from "../bench/generate-scenario.ts";
import { memoryIo } from "../helpers.ts";

describe("--seed", () => {
  it("takes 0 … 2^32 − 1 and refuses anything else as written, not as 1e+23", async () => {
    for (const seed of ["99999999999999999999999", "4294967296", "-1", "1.5", "1e3"]) {
      const io = memoryIo();
      const code = await main(
        ["simulate", "tests/fixtures/mini.json", "--role", "facilitator", "--runs", "1", "--seed", seed],
        io,
      );
      expect(code).toBe(2);
      expect(io.stderr).toContain(`--seed must be a whole number from 0 to 4294967295`);
      expect(io.stderr).toContain(`not '${seed}'`);
      expect(io.stderr).not.toContain("e+");
    }
    const io = memoryIo();
    const args = ["simulate", "tests/fixtures/mini.json", "--role", "facilitator", "--runs", "2"];
    expect(await main([...args, "--seed", "4294967295"], io)).toBe(0);
  });

  it("a count too large for a number is refused as written", async () => {
    const io = memoryIo();
    const args = ["simulate", "tests/fixtures/mini.json", "--role", "facilitator"];
    expect(await main([...args, "--runs", "99999999999999999999"], io)).toBe(2);
    expect(io.stderr).toContain("not '99999999999999999999'");
  });
});

describe("paths --json", () => {
  it("gives a count past 2^53 as an exact decimal string, not null", async () => {
    const s = generateScenario(40) as { beats: Record<string, unknown>[] };
    for (const b of s.beats) {
      // biome-ignore lint/suspicious/noExplicitAny: trimming a generated scenario to keep the walk small.
      for (const m of Object.values(b.moves as any) as any[]) for (const c of m.choices) delete c.effects;
      b.lines = (b.lines as unknown[]).slice(0, 1);
      if (Array.isArray(b.next)) b.next = (b.next[1] as { to: string }).to;
    }
    const io = memoryIo({ "gen.json": JSON.stringify(s) });
    expect(await main(["paths", "gen.json", "--role", "facilitator", "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout).paths).toBe(String(3n ** 40n));
    const text = memoryIo({ "gen.json": JSON.stringify(s) });
    await main(["paths", "gen.json", "--role", "facilitator"], text);
    expect(text.stdout).toContain((3n ** 40n).toLocaleString("en"));
  });

  it("keeps a small count a number", async () => {
    const io = memoryIo();
    await main(["paths", "tests/fixtures/mini.json", "--role", "facilitator", "--json"], io);
    expect(typeof JSON.parse(io.stdout).paths).toBe("number");
  });
});

describe("play --moves", () => {
  const play = (moves: string) => {
    const io = memoryIo({ "m.json": moves });
    return main(["play", "tests/fixtures/mini.json", "--role", "facilitator", "--moves", "m.json"], io).then(
      (code) => ({ code, stderr: io.stderr }),
    );
  };

  it("says where a move that is not a move is, by line and column", async () => {
    const r = await play('{\n  "moves": [\n    {"pick": ["doel"]},\n    {"choose": 5}\n  ]\n}');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("m.json: line 4, column 5: moves[1]: expected");
  });

  it("says where a refused move is", async () => {
    const r = await play('[\n  {"pick": ["doel"]},\n  {"choose": "nope"}\n]');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^m\.json: line 3, column 3: move 2 /);
  });

  it("explains broken JSON with line and column in plain words", async () => {
    const r = await play('{"moves": [\n {"choose": "a"}\n {"choose": "b"}]}');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "m.json: error at (top level): this is not valid JSON at line 3, column 2: expected ',' or ']', but found '{'",
    );
  });
});

describe("classify", () => {
  it("says there is nothing to judge on an empty or control-only line, with no label", async () => {
    const io = memoryIo({}, "\n\u0007\u001b\u0000\n   \n");
    await main(["classify", "--role", "listener", "--lang", "en"], io);
    const lines = io.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      expect(l.label).toBeNull();
      expect(l.allowed).toBeNull();
      expect(l.why).toBe("There are no words here to judge: type what you would say.");
    }
  });
});
