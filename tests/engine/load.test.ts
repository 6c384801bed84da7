import { describe, expect, it } from "vitest";
import { loadScenario, loadScenarioValue } from "../../src/engine/load/load.ts";
import { MAX_DEPTH } from "../../src/engine/load/parse.ts";
import type { Problem } from "../../src/engine/load/problems.ts";
import { miniValue, readText } from "../helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: these tests reach into scenario JSON to break it on purpose.
type Json = Record<string, any>;

function problemsOf(mutate: (s: Json) => void): Problem[] {
  const s = miniValue() as Json;
  mutate(s);
  return loadScenarioValue(s, "mini.json").problems;
}

function only(problems: Problem[], code: string): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return found[0] as Problem;
}

describe("loading a scenario", () => {
  it("loads the fixture with no problems", () => {
    const result = loadScenario(readText("tests/fixtures/mini.json"), "mini.json");
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("names an unknown beat with a did-you-mean", () => {
    const p = only(
      problemsOf((s) => {
        s.beats[0].next = "anja-vertlet";
      }),
      "unknown-beat",
    );
    expect(p.where).toBe('beats[0] ("welkom").next');
    expect(p.message).toBe("unknown beat 'anja-vertlet' — did you mean 'anja-vertelt'?");
    expect(p.file).toBe("mini.json");
  });

  it("reports JSON syntax errors with line and column", () => {
    const result = loadScenario('{\n  "id": "x",\n  "title": }', "broken.json");
    expect(result.ok).toBe(false);
    const p = only(result.problems, "json-syntax");
    expect(p.message).toMatch(/line 3, column 12/);
  });

  it("refuses a newer format version and a missing one", () => {
    expect(
      only(
        problemsOf((s) => (s.formatVersion = 3)),
        "newer-format",
      ).message,
    ).toMatch(/newer than this Spiegelspel/);
    expect(
      only(
        problemsOf((s) => delete s.formatVersion),
        "missing-format-version",
      ).fix,
    ).toMatch(/"formatVersion": 2/);
  });

  it("collects every shape problem at once, with suggestions", () => {
    const problems = problemsOf((s) => {
      s.setting.mode = "in-persn";
      s.beats[1].lines[0].emotoin = "sad";
      s.beats[1].moves.facilitator.choices[0].effects = [{ opennes: { who: "anja", by: 5 } }];
      delete s.cast.participants[0].trust;
    });
    const messages = problems.map((p) => `${p.where}: ${p.message}`);
    expect(messages).toContain(
      `setting.mode: the text "in-persn" is not allowed here — did you mean 'in-person'?`,
    );
    expect(messages.some((m) => m.includes("emotoin") && m.includes("did you mean 'emotion'"))).toBe(true);
    expect(messages.some((m) => m.includes("opennes") && m.includes("did you mean 'openness'"))).toBe(true);
    expect(messages.some((m) => m.startsWith('cast.participants[0] ("anja")') && m.includes("trust"))).toBe(
      true,
    );
    expect(problems.every((p) => p.severity === "error")).toBe(true);
  });

  it("checks references: speakers, participants, lines, choices, prepared questions, seats", () => {
    const problems = problemsOf((s) => {
      s.beats[1].lines[0].speaker = "anje";
      s.beats[1].moves.facilitator.choices[0].effects = [{ openness: { who: "bart", by: 5 } }];
      s.beats[1].moves.listener.choices[2].effects = [{ note: { line: "anja-wacht", tag: "negative" } }];
      s.beats[1].moves.listener.onTimeout = "stl";
      s.beats[1].moves.facilitator.choices[2].preparedQuestion = "bereikbaar";
      s.roles.listener.seat = "lara";
    });
    const codes = problems.map((p) => p.code).sort();
    expect(codes).toEqual(
      [
        "unknown-speaker",
        "unknown-participant",
        "unknown-line",
        "unknown-choice",
        "unknown-prepared-question",
        "unknown-seat",
      ].sort(),
    );
    expect(problems.find((p) => p.code === "unknown-participant")?.message).toMatch(/did you mean 'bert'/);
    expect(problems.find((p) => p.code === "unknown-choice")?.message).toMatch(/did you mean 'stil'/);
  });

  it("finds duplicate ids and missing translations", () => {
    const problems = problemsOf((s) => {
      s.beats[2].id = "welkom";
      delete s.beats[0].lines[0].text.en;
    });
    expect(problems.some((p) => p.code === "duplicate-id" && p.message.includes("'welkom'"))).toBe(true);
    const missing = only(problems, "missing-translation");
    expect(missing.where).toBe('beats[0] ("welkom").lines[0].text.en');
  });

  it("finds loops, dead ends and phases running backwards", () => {
    const loop = only(
      problemsOf((s) => (s.beats[3].next = "anja-vertelt")),
      "phase-order",
    );
    expect(loop.message).toMatch(/leads back/);
    const cycle = problemsOf((s) => {
      s.beats[2].next = "anja-vertelt";
    });
    expect(
      cycle.some(
        (p) => p.code === "loop" && p.message.includes("'anja-vertelt' → 'anja-verdieping' → 'anja-vertelt'"),
      ),
    ).toBe(true);
    const dead = problemsOf((s) => {
      delete s.beats[3].next;
    }).filter((p) => p.code === "dead-end");
    expect(dead.map((p) => p.message)).toContain(
      "play stops at beat 'vragen' after choice 'team' (as facilitator): there is no 'next' and no \"end\": true",
    );
    expect(dead.map((p) => p.message)).toContain(
      "play stops at beat 'vragen' (as listener): there is no 'next' and no \"end\": true",
    );
  });

  it("says when a role can never move or never ends", () => {
    const problems = problemsOf((s) => {
      delete s.beats[1].moves.listener;
      s.beats[4].roles = ["facilitator"];
      s.beats[4].moves.facilitator = s.beats[4].moves.listener;
      delete s.beats[4].moves.listener;
      // The listener's verdicts do not belong on a facilitator move (an error of its own).
      for (const c of s.beats[4].moves.facilitator.choices) delete c.verdicts;
    });
    expect(problems.some((p) => p.code === "role-unplayable" && p.where === "roles.listener")).toBe(true);
  });

  it("requires a fallback branch and warns about flags nobody sets", () => {
    const problems = problemsOf((s) => {
      s.beats[1].next = [{ when: { flag: "geen-stilt" }, to: "vragen" }];
    });
    expect(problems.some((p) => p.code === "no-fallback-branch")).toBe(true);
    const warn = problems.find((p) => p.code === "flag-never-set");
    expect(warn?.severity).toBe("warning");
    expect(warn?.message).toMatch(/did you mean 'geen-stilte'/);
  });

  it("warns about a flag that is set but never asked about", () => {
    const problems = problemsOf((s) => {
      // The only test of the flag, mistyped: the flag is set but nothing asks about it.
      s.beats.find((b: Json) => b.id === "vragen").lines[0].when = { flag: "geen-stiltes" };
    });
    const warn = only(problems, "flag-never-tested");
    expect(warn.severity).toBe("warning");
    expect(warn.message).toBe(
      "flag 'geen-stilte' is set but no condition asks about it, so it changes nothing — did you mean 'geen-stiltes'?",
    );
    expect(only(problems, "flag-never-set").message).toMatch(/did you mean 'geen-stilte'/);
  });

  it("limits nesting depth and file size without recursing", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(only(loadScenario(deep).problems, "too-deep").message).toMatch(new RegExp(`at most ${MAX_DEPTH}`));
    const big = `{"x": "${"a".repeat(11 * 1024 * 1024)}"}`;
    expect(only(loadScenario(big).problems, "file-too-large").message).toMatch(/at most 10 MB/);
  });

  it("never throws on hostile values", () => {
    for (const value of [
      null,
      42,
      "text",
      [],
      { formatVersion: 1 },
      { formatVersion: "1" },
      { formatVersion: 1, beats: {} },
    ]) {
      const result = loadScenarioValue(value);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
