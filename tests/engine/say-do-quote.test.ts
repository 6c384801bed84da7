// What is said, what is done and what is quoted: the computer's moves read in the third person, stage
// directions are never speech, a verdict quotes the line its move answers, and typed words put to a
// participant by name are answered by that participant.
import { describe, expect, it } from "vitest";
import { playByStrategy } from "../../src/engine/analysis/strategy.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import type { Scenario } from "../../src/engine/format/schema.ts";
import { loadScenario, loadScenarioValue } from "../../src/engine/load/load.ts";
import { adviceLine } from "../../src/engine/report/advice.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { buildTranscript } from "../../src/engine/report/transcript.ts";
import { addressee } from "../../src/engine/runtime/answers.ts";
import type { Judge, MoveRecord } from "../../src/engine/session/session.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { miniValue, readText } from "../helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests reach into scenario JSON to change it.
type Json = Record<string, any>;

const judge: Judge = (text) => ({
  label: text.includes("?") ? "open" : "opinion",
  allowed: text.includes("?"),
  confidence: 0.9,
  why: `judged: ${text}`,
  cues: [{ text: "?" }],
});

function load(change: (s: Json) => void = () => {}): Scenario {
  const value = miniValue() as Json;
  change(value);
  const result = loadScenarioValue(value, "mini.json");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

function play(scenario: Scenario, role: "facilitator" | "listener", moves: MoveRecord[]) {
  const session = startSession(scenario, role, { seed: 3, judge });
  expect(session.replay(moves)).toEqual({ ok: true });
  return {
    session,
    report: buildReport(scenario, role, session.context, "en", 3),
    transcript: buildTranscript(scenario, role, session.log(), "en"),
  };
}

// Bert speaks first in Anja's beat, so the last line before the move is Anja's, not his.
const bertFirst = (s: Json) =>
  s.beats[1].lines.unshift({
    id: "bert-ook",
    speaker: "bert",
    text: { nl: "Bij mij was het net zo.", en: "It was the same for me." },
  });

describe("a verdict quotes the line its move answers", () => {
  it("a follow-up move quotes nothing from the meeting that went before", () => {
    const { report } = play(load(), "listener", [{ choose: "stil" }, { pick: ["terugbellen"] }]);
    const followUp = report.moments.filter((m) => m.beat === "nagesprek");
    expect(followUp.length).toBeGreaterThan(0);
    for (const m of followUp) expect(m.quote).toBeUndefined();
  });

  it("typed words that name a participant quote that participant", () => {
    const { report } = play(load(bertFirst), "facilitator", [
      { pick: ["doel", "stilte"] },
      { say: "Bert, hoe was dat voor u?" },
    ]);
    const asked = report.moments.find((m) => m.beat === "anja-vertelt" && m.rule === "F-QUESTION");
    expect(asked?.quote).toEqual({ speaker: "bert", name: "Bert", text: "It was the same for me." });
  });

  it("never quotes a stage direction", () => {
    const scenario = load((s) =>
      s.beats[1].lines.push({
        speaker: "anja",
        direction: true,
        text: { nl: "Anja kijkt naar de grond.", en: "Anja looks at the floor." },
      }),
    );
    const { report, transcript } = play(scenario, "facilitator", [
      { pick: ["doel", "stilte"] },
      { choose: "open" },
    ]);
    const asked = report.moments.find((m) => m.beat === "anja-vertelt");
    expect(asked?.quote?.text).toBe("But the help after that was good.");
    const direction = transcript.find((e) => e.kind === "line" && e.text === "Anja looks at the floor.");
    expect(direction).toMatchObject({ direction: true });
  });

  it("a listener's words in the meeting are what a move answers too", () => {
    // In 'vragen' the listener Lars breaks in (the opening left out the listeners' silence); without
    // Bert's line after it, the move answers Lars.
    const scenario = load((s) => s.beats[3].lines.pop());
    const { report } = play(scenario, "facilitator", [
      { pick: ["doel"] },
      { choose: "open" },
      { choose: "team" },
    ]);
    const moment = report.moments.find((m) => m.beat === "vragen");
    expect(moment?.quote).toMatchObject({ speaker: "lars", text: "May I just say that we do call back?" });
  });

  it("says advice once when 'better' already starts with the rule's title", () => {
    expect(adviceLine("Stay neutral", "Stay neutral: summarise or ask on instead of judging.")).toBe(
      "Stay neutral: summarise or ask on instead of judging.",
    );
    expect(adviceLine("Neutraal blijven", "Blijf neutraal: vraag door.")).toBe("Blijf neutraal: vraag door.");
    expect(adviceLine("Stay neutral", "Ask on.")).toBe("Stay neutral: Ask on.");
    const { report } = play(load(), "facilitator", [
      { pick: ["doel", "stilte"] },
      { say: "Dat is schandalig." },
    ]);
    expect(report.advice.some((a) => a.includes("Stay neutral: summarise"))).toBe(true);
    for (const a of report.advice) expect(a).not.toMatch(/Stay neutral: Stay neutral/);
  });
});

describe("typed words are answered by the participant they address", () => {
  it("finds the participant by full name, first name or title and surname", () => {
    const s = JSON.parse(readText("scenarios/wijkteam-zuiderveld.json")) as Scenario;
    expect(addressee(s, "Henk, wat bedoelt u met een bon?")).toBe("henk");
    expect(addressee(s, "Meneer Verbeek, hoe was dat?")).toBe("henk");
    expect(addressee(s, "Mrs De Vries, what would have helped?")).toBe("anja");
    expect(addressee(s, "Wat bedoelt u daarmee?")).toBeUndefined();
    // The first named is the one addressed.
    expect(addressee(s, "Dank u, meneer Mulder. Fatima, hoe was dat voor u?")).toBe("kees");
  });

  it("the participant named answers, in the manner of the judge's label", () => {
    const { session } = play(load(bertFirst), "facilitator", [
      { pick: ["doel", "stilte"] },
      { say: "Bert, hoe was dat voor u?" },
    ]);
    const after = session.log().filter((e) => e.t === "line" && e.beat === "anja-vertelt");
    const answer = after[after.length - 1];
    expect(answer).toMatchObject({ speaker: "bert" });
    expect(answer?.t === "line" && answer.text.en).toBe(
      "For me it comes down to this: It was the same for me.",
    );
  });

  it("the scenario's own answer for that participant comes first", () => {
    const scenario = load((s) => {
      bertFirst(s);
      s.beats[1].moves.facilitator.freeText.outcomes.open.answers = {
        bert: [{ speaker: "bert", text: { nl: "Ik belde elke dag.", en: "I called every day." } }],
      };
    });
    const { session } = play(scenario, "facilitator", [{ pick: ["doel", "stilte"] }, { say: "Bert, en u?" }]);
    const said = session
      .log()
      .filter((e) => e.t === "line" && e.speaker === "bert" && e.beat === "anja-vertelt");
    expect(said.map((e) => e.t === "line" && e.text.en)).toEqual([
      "It was the same for me.",
      "I called every day.",
    ]);
  });

  it("words that name nobody are answered by who spoke last, when the outcome has no answer", () => {
    const { session } = play(load(), "facilitator", [{ pick: ["doel", "stilte"] }, { say: "Hoe was dat?" }]);
    const last = session
      .log()
      .filter((e) => e.t === "line" && e.beat === "anja-vertelt")
      .pop();
    expect(last).toMatchObject({ speaker: "anja" });
  });

  it("in the bundled district meeting, a listener's question to Kees gets Kees's own answer", () => {
    const loaded = loadScenario(readText("scenarios/wijkteam-zuiderveld.json"));
    const scenario = loaded.scenario as Scenario;
    const clarifying: Judge = () => ({
      label: "clarifying",
      allowed: true,
      confidence: 0.9,
      why: "",
      cues: [],
    });
    const session = startSession(scenario, "listener", { judge: clarifying });
    for (const m of playByStrategy(compileScenario(scenario, "listener"), "best").moves) {
      if (session.pending()?.beat === "r-vraag-l") break;
      session.apply(m);
    }
    expect(session.say("Meneer Mulder, wat had u in die tijd nodig gehad?")).toEqual({ ok: true });
    const said = session.log().filter((e) => e.t === "line" && e.beat === "r-vraag-l");
    expect(said.map((e) => e.t === "line" && e.speaker)).toEqual(["kees"]);
    expect(said[0]?.t === "line" && said[0].text.nl).toMatch(/^Eén iemand die zegt: ik zoek het voor u uit/);
  });

  it("answers must belong to participants", () => {
    const value = miniValue() as Json;
    value.beats[1].moves.facilitator.freeText.outcomes.open.answers = {
      lars: [{ speaker: "lars", text: { nl: "Ja.", en: "Yes." } }],
    };
    const result = loadScenarioValue(value);
    expect(result.problems.map((p) => p.code)).toContain("answer-not-participant");
  });
});

describe("the computer's moves read in the third person", () => {
  it("a listener played by the computer does, and is never 'you'", () => {
    const { transcript } = play(load(), "facilitator", [{ pick: ["doel", "stilte"] }, { choose: "open" }]);
    const npc = transcript.filter((e) => e.kind === "move" && e.byComputer);
    expect(npc.length).toBeGreaterThan(0);
    expect(npc[0]).toMatchObject({
      by: "A listener",
      parts: [{ kind: "do", text: "A listener sits still." }],
    });
  });

  it("a facilitator played by the computer says words and does the opening's parts, one by one", () => {
    const { transcript } = play(load(), "listener", [{ choose: "stil" }]);
    const moves = transcript.filter((e) => e.kind === "move" && e.byComputer);
    expect(moves[0]).toMatchObject({
      by: "Fien",
      parts: [
        { kind: "do", text: "Fien names the purpose: the team wants to learn from your experiences." },
        { kind: "do", text: "Fien says that the listeners stay silent until their own round." },
      ],
    });
    expect(moves[1]).toMatchObject({ parts: [{ kind: "say", text: "What was the waiting like for you?" }] });
  });

  it("validate warns where the computer plays a choice with neither words nor an action", () => {
    const value = miniValue() as Json;
    delete value.beats[1].moves.listener.choices[1].do;
    const result = loadScenarioValue(value);
    const warning = result.problems.find((p) => p.code === "computer-choice-without-act");
    expect(warning?.where).toBe('beats[1] ("anja-vertelt").moves.listener.choices[1] ("stil")');
  });
});

describe("format version 1 files still load, repaired", () => {
  const v1 = () => {
    const value = miniValue() as Json;
    value.formatVersion = 1;
    for (const b of value.beats)
      for (const m of Object.values<Json>(b.moves ?? {}))
        for (const c of m.choices) {
          delete c.say;
          delete c.do;
        }
    return value;
  };

  it("a line in parentheses becomes a stage direction; a leading part in parentheses is split off", () => {
    const value = v1();
    value.beats[1].lines.push(
      { speaker: "anja", text: { nl: "(Anja kijkt naar de grond.)", en: "(Anja looks at the floor.)" } },
      {
        id: "anja-fluister",
        speaker: "anja",
        text: { nl: "(fluistert) Echt waar.", en: "(whispers) Really." },
      },
    );
    const result = loadScenario(JSON.stringify(value));
    expect(result.ok).toBe(true);
    const lines = result.scenario?.beats[1]?.lines ?? [];
    expect(lines.slice(-3)).toEqual([
      {
        speaker: "anja",
        text: { nl: "Anja kijkt naar de grond.", en: "Anja looks at the floor." },
        direction: true,
      },
      { speaker: "anja", text: { nl: "fluistert", en: "whispers" }, direction: true },
      { id: "anja-fluister", speaker: "anja", text: { nl: "Echt waar.", en: "Really." } },
    ]);
  });

  it("a file without any 'do' gets a few warnings and one line for the rest, not one per choice", () => {
    const result = loadScenario(JSON.stringify(v1()));
    const silent = result.problems.filter((p) => p.code === "computer-choice-without-act");
    expect(silent).toHaveLength(4);
    expect(silent[3]?.message).toMatch(
      /^and 2 more choices the computer plays have no "say" or "do": this one, beats\[3\]/,
    );
  });

  it("a choice that is wholly quoted words says them", () => {
    const value = v1();
    value.beats[1].moves.facilitator.choices[0].text = { nl: "“Hoe was dat?”", en: '"How was that?"' };
    const result = loadScenario(JSON.stringify(value));
    expect(result.scenario?.beats[1]?.moves?.facilitator?.choices[0]?.say).toEqual({
      nl: "Hoe was dat?",
      en: "How was that?",
    });
    expect(result.scenario?.formatVersion).toBe(2);
    expect(result.problems.find((p) => p.code === "older-format")?.message).toMatch(
      /format version 1; it was read as version 2/,
    );
  });
});
