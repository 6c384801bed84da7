import { describe, expect, it } from "vitest";
import { analysePaths } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { buildTranscript } from "../../src/engine/report/transcript.ts";
import type { Judge } from "../../src/engine/session/session.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { loadMini } from "../helpers.ts";

const fakeJudge: Judge = (text) => ({
  label: text.includes("?") ? "open" : "opinion",
  allowed: text.includes("?"),
  confidence: 0.9,
  why: `judged: ${text}`,
  cues: [{ text: "?" }],
});

function run(
  role: "facilitator" | "listener",
  moves: Parameters<ReturnType<typeof startSession>["replay"]>[0],
) {
  const scenario = loadMini();
  const session = startSession(scenario, role, { seed: 7, judge: fakeJudge });
  const result = session.replay(moves);
  return { scenario, session, result, report: buildReport(scenario, role, session.context, "en", 7) };
}

describe("playing a meeting", () => {
  it("gives the same transcript and report for the same moves, byte for byte", () => {
    const moves = [{ pick: ["doel", "stilte"] }, { choose: "open" }, { choose: "team" }];
    const a = run("facilitator", moves);
    const b = run("facilitator", moves);
    const dump = (r: typeof a) =>
      JSON.stringify([buildTranscript(r.scenario, "facilitator", r.session.log(), "nl"), r.report]);
    expect(dump(a)).toBe(dump(b));
    expect(a.session.done).toBe(true);
  });

  it("judges a good facilitator run well and a careless one badly", () => {
    const good = run("facilitator", [
      { pick: ["doel", "stilte"] },
      { choose: "open" },
      { choose: "team" },
    ]).report;
    const bad = run("facilitator", [{ pick: ["doel"] }, { choose: "mening" }, { choose: "door" }]).report;
    expect(good.score.total).toBe(100);
    expect(bad.score.total).toBeLessThan(40);
    expect(bad.brokeRules.map((m) => m.rule)).toEqual(["F-NEUTRAL"]);
    expect(bad.missedChances.map((m) => m.rule)).toEqual(["F-OPEN", "F-AGENDA"]);
    const neutral = bad.brokeRules[0];
    expect(neutral?.quote?.text).toBe("But the help after that was good.");
    expect(neutral?.did).toBe("Six weeks is a disgrace.");
    expect(neutral?.better).toBe("Ask on.");
  });

  it("lets openness decide which stories are told", () => {
    const opened = run("facilitator", [{ pick: ["doel", "stilte"] }, { choose: "open" }, { choose: "team" }]);
    // Anja goes from 50 to 65: enough to go on (60), not enough for the real story (70).
    expect(opened.session.context.people.anja?.openness).toBe(65);
    expect(opened.report.untold.map((u) => u.story)).toEqual(["Anja's real story"]);
    const closed = run("facilitator", [
      { pick: ["doel", "stilte"] },
      { choose: "mening" },
      { choose: "team" },
    ]);
    expect(closed.session.context.people.anja?.openness).toBe(40);
    expect(closed.report.untold).toEqual([]);
    expect(closed.session.log().some((e) => e.t === "line" && e.beat === "anja-verdieping")).toBe(false);
  });

  it("counts a prepared question in the free round against the agenda, and late phases against time", () => {
    const { report } = run("facilitator", [
      { pick: ["doel", "stilte"] },
      { choose: "vraag-team" },
      { choose: "door" },
    ]);
    const agenda = report.moments.filter((m) => m.rule === "F-AGENDA");
    expect(agenda.map((m) => m.kind)).toEqual(["breach"]);
    expect(report.timeline.find((t) => t.phase === "vragen")?.actualStart).toBe(9);
    // Planned at 4+6 = 10, started at 9: not late. The meeting ran 11 of 20 minutes: on time.
    expect(report.moments.filter((m) => m.rule === "F-TIME").map((m) => m.kind)).toEqual(["good"]);
  });

  it("gives each piece of advice once, however many moments share it", () => {
    const scenario = loadMini();
    const opening = scenario.beats[0]?.moves?.facilitator;
    const doel = opening?.choices.find((c) => c.id === "doel");
    const stilte = opening?.choices.find((c) => c.id === "stilte");
    if (!doel || !stilte?.ifNotPicked) throw new Error("mini's opening changed");
    // Two missed parts of the opening with the same advice.
    doel.ifNotPicked = structuredClone(stilte.ifNotPicked);
    if (opening?.kind === "pick") opening.min = 0;
    const session = startSession(scenario, "facilitator", { seed: 7 });
    session.replay([{ pick: [] }, { choose: "open" }]);
    const report = buildReport(scenario, "facilitator", session.context, "en", 7);
    expect(report.moments.filter((m) => m.better === "Name the silence.")).toHaveLength(2);
    expect(report.advice.filter((a) => a.endsWith("Name the silence."))).toHaveLength(1);
  });

  it("lets a choice's own F-AGENDA verdict take the place of the automatic one", () => {
    const scenario = loadMini();
    const beat = scenario.beats.find((b) => b.moves?.facilitator?.choices.some((c) => c.id === "vraag-team"));
    const choice = beat?.moves?.facilitator?.choices.find((c) => c.id === "vraag-team");
    if (!choice) throw new Error("mini has no vraag-team");
    choice.verdicts = [
      {
        rule: "F-AGENDA",
        kind: "breach",
        weight: 5,
        why: { nl: "Te vroeg, en zwaar.", en: "Too early, and serious." },
        better: { nl: "Wacht.", en: "Wait." },
      },
    ];
    const session = startSession(scenario, "facilitator", { seed: 7 });
    session.replay([{ pick: ["doel", "stilte"] }, { choose: "vraag-team" }, { choose: "door" }]);
    const agenda = buildReport(scenario, "facilitator", session.context, "en", 7).moments.filter(
      (m) => m.rule === "F-AGENDA",
    );
    expect(agenda.map((m) => [m.kind, m.weight, m.why, m.auto])).toEqual([
      ["breach", 5, "Too early, and serious.", undefined],
    ]);
  });

  it("lets an urge pass when its window expires, and judges notes at the follow-up", () => {
    // Notes count when taken during the meeting: the follow-up judges what was kept by then.
    const held = run("listener", [
      { note: "anja-hulp", tag: "positive" },
      { wait: true },
      { pick: ["terugbellen"] },
    ]);
    expect(held.result).toEqual({ ok: true });
    const kinds = held.report.moments.map((m) => `${m.rule}:${m.kind}`);
    // One positive note: a little credit for noting, the rest broken for being one-sided.
    expect(kinds).toEqual(["L-NONVERBAL:good", "L-NOTES:good", "L-NOTES:breach", "L-REFLECT:good"]);
    const balanced = run("listener", [
      { note: "anja-hulp", tag: "positive" },
      { choose: "noteer" },
      { pick: ["terugbellen"] },
    ]);
    expect(balanced.report.moments.find((m) => m.rule === "L-NOTES")?.kind).toBe("good");
    expect(balanced.report.notes.map((n) => n.line)).toEqual(["anja-hulp", "anja-wachten"]);
    expect(balanced.report.improvementPoints).toEqual(["Call back within a day"]);
  });

  it("refuses moves that do not fit, and says why", () => {
    const { session } = run("facilitator", []);
    expect(session.choose("open")).toMatchObject({
      ok: false,
      code: "use-pick",
      error: "this move picks several options: use pick",
    });
    expect(session.pick([])).toMatchObject({ ok: false });
    expect(session.pick(["doel", "doel"])).toMatchObject({
      ok: false,
      code: "picked-twice",
      error: "an option is picked twice",
    });
    expect(session.note("anja-wachten", "negative")).toMatchObject({ ok: false });
    expect(session.pick(["doel"])).toEqual({ ok: true });
    expect(session.choose("nope")).toMatchObject({
      ok: false,
      error: expect.stringContaining("'nope' is not one of the choices"),
    });
    expect(session.expire()).toMatchObject({ ok: false, code: "no-urge", error: "no urge is waiting" });
    expect(session.moves).toEqual([{ pick: ["doel"] }]);
  });

  it("turns typed words into verdicts through the judge", () => {
    const { report, session } = run("facilitator", [
      { pick: ["doel", "stilte"] },
      { say: "Wat bedoelt u?" },
      { choose: "team" },
    ]);
    const moment = report.moments.find((m) => m.rule === "F-QUESTION");
    expect(moment).toMatchObject({ kind: "good", why: "judged: Wat bedoelt u?", did: "Wat bedoelt u?" });
    expect(session.context.people.anja?.openness).toBe(60);
    const opinion = run("facilitator", [{ pick: ["doel", "stilte"] }, { say: "Dat is schandalig." }]).report;
    expect(opinion.brokeRules.map((m) => m.rule)).toEqual(["F-NEUTRAL"]);
  });

  it("shows scenario text as the characters written", () => {
    const { session } = run("facilitator", [{ pick: ["doel"] }]);
    const transcript = buildTranscript(loadMini(), "facilitator", session.log(), "en");
    expect(transcript.some((e) => e.kind === "line" && e.text === "I waited <b>six weeks</b>.")).toBe(true);
  });
});

describe("walking the paths", () => {
  it("counts every path and finds the exact best and worst score", () => {
    const scenario = loadMini();
    const facilitator = analysePaths(compileScenario(scenario, "facilitator"));
    // 3 openings × (3 choices + 6 free-text labels) × 2 ways on.
    expect(facilitator.paths).toBe(54);
    expect(facilitator.maxScore).toBe(100);
    expect(facilitator.minScore).toBe(30);
    expect(facilitator.rulesNeverExercised).toContain("F-CLOSE");
    const listener = analysePaths(compileScenario(scenario, "listener"));
    // The best path notes one (critical) line: part of L-NOTES is earned, the one-sided rest is not.
    expect(listener).toMatchObject({ paths: 3, minScore: 20, maxScore: 75, pathsWithoutScore: false });
  });
});

describe("compiling", () => {
  it("refuses a machine that names an action or guard nobody registered", async () => {
    const { assertNames } = await import("../../src/engine/compile/compile.ts");
    const names = { actions: new Set(["enterBeat"]), guards: new Set(["flag"]) };
    expect(() => assertNames({ states: { a: { entry: [{ type: "enterBeat" }] } } }, names)).not.toThrow();
    expect(() =>
      assertNames(
        { states: { a: { entry: [{ type: "enterBaet" }], always: [{ guard: { type: "flga" } }] } } },
        names,
      ),
    ).toThrow("the machine refers to unregistered names: action 'enterBaet', guard 'flga'");
  });

  it("compiles only for roles the scenario offers", () => {
    expect(() => compileScenario(loadMini(), "organiser")).toThrow("cannot be played as organiser");
  });
});
