import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { memoryIo, readText } from "../helpers.ts";

describe("the command line", () => {
  it("validate: exit 0 for a good file, 1 with every problem for a broken one, never a stack trace", async () => {
    const ok = memoryIo();
    expect(await main(["validate", "tests/fixtures/mini.json"], ok)).toBe(0);
    expect(ok.stdout).toBe("tests/fixtures/mini.json: ok (0 errors, 0 warnings)\n");

    const broken = readText("tests/fixtures/mini.json")
      .replace('"next": "anja-vertelt"', '"next": "anja-vertlet"')
      .replace('"in-person"', '"in-persn"');
    const io = memoryIo({ "broken.json": broken, "syntax.json": '{"id": "x",}' });
    expect(await main(["validate", "broken.json", "syntax.json", "missing.json"], io)).toBe(1);
    expect(io.stdout).toContain(
      "broken.json: error at setting.mode: the text \"in-persn\" is not allowed here — did you mean 'in-person'?",
    );
    expect(io.stdout).toContain(
      "syntax.json: error at (top level): this is not valid JSON at line 1, column 12",
    );
    expect(io.stdout).toContain("missing.json: error at (file): cannot read 'missing.json': no such file");
    expect(io.stdout + io.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it("validate: a fix for text where a number or both languages belong, a broken editor link, and the schema itself", async () => {
    const mini = readText("tests/fixtures/mini.json");
    const value = JSON.parse(mini);
    value.beats[0].minutes = "5";
    value.beats[0].lines[0].text = "Goedenavond";
    value.$schema = "../elders/scenario.schema.json";
    const io = memoryIo({ "tests/fixtures/kapot.json": JSON.stringify(value) });
    expect(await main(["validate", "tests/fixtures/kapot.json", "scenarios/scenario.schema.json"], io)).toBe(
      1,
    );
    expect(io.stdout).toContain(
      'expected a number, found the text "5"\n    fix: write the number without quotes: 5',
    );
    expect(io.stdout).toContain('fix: write the text per language: { "nl": "Goedenavond", "en": "…" }');
    expect(io.stdout).toContain(
      "warning at $schema: \"$schema\" points to '../elders/scenario.schema.json', which is not there seen from this file",
    );
    expect(io.stdout).toContain('fix: use "$schema": "../../scenarios/scenario.schema.json"');
    expect(io.stderr).toBe(
      "scenarios/scenario.schema.json: the JSON Schema of the format itself, not a scenario: skipped\n",
    );
  });

  it("rules lists the rules of a role with what they ask", async () => {
    const io = memoryIo();
    expect(await main(["rules", "--role", "listener", "--lang", "en"], io)).toBe(0);
    expect(io.stdout).toContain("L-NOLEAD");
    expect(io.stdout).toContain("No leading or loaded questions (a defence dressed as a question).");
    expect(io.stdout).not.toContain("F-NEUTRAL");
  });

  it("validate --json gives the problems as data", async () => {
    const io = memoryIo({ "x.json": "[]" });
    expect(await main(["validate", "--json", "x.json"], io)).toBe(1);
    const out = JSON.parse(io.stdout);
    expect(out.ok).toBe(false);
    expect(out.files[0].problems[0].code).toBe("not-an-object");
  });

  it("usage mistakes exit 2 with help on stderr", async () => {
    const io = memoryIo();
    expect(await main(["paths", "tests/fixtures/mini.json"], io)).toBe(2);
    expect(io.stderr).toContain("--role is required");
    const bad = memoryIo();
    expect(
      await main(["simulate", "tests/fixtures/mini.json", "--role", "listener", "--sede", "1"], bad),
    ).toBe(2);
    expect(bad.stderr).toContain("unknown option --sede");
    expect(await main(["frobnicate"], memoryIo())).toBe(2);
  });

  it("play prints transcript and report, the same bytes for the same input", async () => {
    const files = {
      "m.json": JSON.stringify({
        moves: [{ pick: ["doel", "stilte"] }, { choose: "open" }, { choose: "team" }],
      }),
    };
    const a = memoryIo(files);
    const b = memoryIo(files);
    const args = [
      "play",
      "tests/fixtures/mini.json",
      "--role",
      "facilitator",
      "--moves",
      "m.json",
      "--seed",
      "4",
    ];
    expect(await main(args, a)).toBe(0);
    expect(await main(args, b)).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(out.report.score.total).toBe(100);
    expect(out.report.finished).toBe(true);
  });

  it("play stops at a move that does not fit, naming it", async () => {
    const io = memoryIo({ "m.json": JSON.stringify({ moves: [{ pick: ["doel"] }, { choose: "opne" }] }) });
    expect(
      await main(["play", "tests/fixtures/mini.json", "--role", "facilitator", "--moves", "m.json"], io),
    ).toBe(1);
    expect(io.stderr).toContain('move 2 ({"choose":"opne"})');
  });

  it("play says so when the moves run out before the end, in the report too", async () => {
    const io = memoryIo({ "m.json": JSON.stringify({ moves: [{ pick: ["doel"] }] }) });
    expect(
      await main(
        ["play", "tests/fixtures/mini.json", "--role", "facilitator", "--moves", "m.json", "--lang", "en"],
        io,
      ),
    ).toBe(0);
    expect(io.stderr).toMatch(/the moves ran out at beat '[^']+' before the meeting ended/);
    const out = JSON.parse(io.stdout);
    expect(out.report.finished).toBe(false);
    expect(out.report.advice[0]).toBe(
      "This run was not finished: the scores cover only the part that was played.",
    );
  });

  it("paths --json and exit 1 for a role the scenario does not offer", async () => {
    const io = memoryIo();
    expect(await main(["paths", "tests/fixtures/mini.json", "--role", "listener", "--json"], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(["paths", "minScore", "maxScore", "rulesExercised", "rulesNeverExercised"]),
    );
    const none = memoryIo();
    expect(await main(["paths", "tests/fixtures/mini.json", "--role", "organiser"], none)).toBe(1);
    expect(none.stderr).toContain("cannot be played as organiser");
  });

  it("simulate prints the same output for the same seed", async () => {
    const args = [
      "simulate",
      "tests/fixtures/mini.json",
      "--role",
      "facilitator",
      "--runs",
      "50",
      "--seed",
      "9",
    ];
    const a = memoryIo();
    const b = memoryIo();
    await main(args, a);
    await main(args, b);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain("50 random runs from seed 9 (50 finished)");
  });
});

describe("script", () => {
  it("plays best and worst by the verdicts, and the moves replay to the same score", async () => {
    for (const [strategy, score] of [
      ["best", 100],
      ["worst", 30],
    ] as const) {
      const io = memoryIo();
      expect(
        await main(
          ["script", "tests/fixtures/mini.json", "--role", "facilitator", "--strategy", strategy],
          io,
        ),
      ).toBe(0);
      expect(io.stderr).toBe(`${strategy} play as facilitator: score ${score}, finished\n`);
      const play = memoryIo({ "m.json": io.stdout });
      expect(
        await main(["play", "tests/fixtures/mini.json", "--role", "facilitator", "--moves", "m.json"], play),
      ).toBe(0);
      expect(JSON.parse(play.stdout).report.score.total).toBe(score);
    }
  });
});
