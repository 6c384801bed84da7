// The live checks' findings: validate's problems and paths' findings, each with the JSON path of the
// place to change, identical ones grouped with every place, in the studio's language.
import { describe, expect, it } from "vitest";
import { computeChecks } from "../../src/studio/checks/compute.ts";
import { groupFindings } from "../../src/studio/checks/findings.ts";
import { miniValue } from "../helpers.ts";

type Beat = { id: string; next?: unknown; lines?: { text: { nl: string; en?: string } }[] };

describe("live checks: what they find", () => {
  it("a clean scenario has no errors and a score range per role", () => {
    const result = computeChecks(miniValue(), "en");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.roles.map((r) => r.role)).toEqual(["facilitator", "listener"]);
    for (const r of result.roles) expect(typeof r.maxScore).toBe("number");
  });

  it("an unknown beat in 'next' is an error at that very field, in Dutch in a Dutch studio", () => {
    const doc = miniValue();
    const beats = doc.beats as Beat[];
    beats[2] = { ...(beats[2] as Beat), next: "nergens" };
    const nl = computeChecks(doc, "nl").findings.find((f) => f.severity === "error");
    expect(nl?.places[0]?.path).toEqual(["beats", 2, "next"]);
    expect(nl?.message).toMatch(/nergens/);
    expect(nl?.message).not.toMatch(/\bunknown\b|\bbeat does\b/i);
    const en = computeChecks(doc, "en").findings.find((f) => f.severity === "error");
    expect(en?.message).not.toEqual(nl?.message);
    expect(en?.places[0]?.path).toEqual(["beats", 2, "next"]);
  });

  it("the same problem in several places is one finding with a count of places", () => {
    const doc = miniValue();
    const beats = doc.beats as Beat[];
    beats[2] = { ...(beats[2] as Beat), next: "nergens" };
    beats[3] = { ...(beats[3] as Beat), next: "nergens" };
    const errors = computeChecks(doc, "en").findings.filter((f) => f.code === "unknown-beat");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.places.map((p) => p.path)).toEqual([
      ["beats", 2, "next"],
      ["beats", 3, "next"],
    ]);
  });

  it("a rule a role never meets is a paths finding in plain words, at that role", () => {
    const doc = miniValue();
    // No verdicts at all for the listener: no path judges any of its rules.
    for (const b of doc.beats as { moves?: Record<string, { choices: { verdicts?: unknown }[] }> }[]) {
      for (const c of b.moves?.listener?.choices ?? []) delete c.verdicts;
    }
    const found = computeChecks(doc, "nl").findings.filter(
      (f) => f.code === "rule-never-met" && f.places[0]?.path[1] === "listener",
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.source).toBe("paths");
    expect(found[0]?.message).toMatch(/^als toehoorder beoordeelt geen enkel pad regel L-/);
  });

  it("a scenario that does not parse as one is a finding at the top level, never a crash", () => {
    const result = computeChecks([1, 2], "nl");
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.places[0]).toEqual({ path: [], where: "(bovenaan)" });
    expect(result.roles).toEqual([]);
  });

  it("groups errors before warnings before notes, and keeps different fixes apart", () => {
    const f = (severity: "error" | "warning" | "note", message: string, fix?: string) => ({
      severity,
      source: "validate" as const,
      code: "x",
      message,
      ...(fix ? { fix } : {}),
      places: [{ path: [message], where: message }],
    });
    const out = groupFindings([
      f("note", "n"),
      f("warning", "w", "a"),
      f("warning", "w", "b"),
      f("error", "e"),
    ]);
    expect(out.map((g) => `${g.severity}:${g.fix ?? ""}`)).toEqual([
      "error:",
      "warning:a",
      "warning:b",
      "note:",
    ]);
  });
});
