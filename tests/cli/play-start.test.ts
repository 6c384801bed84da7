// `play` with a start state in the moves file: a run tried from a beat in the studio replays from the
// command line, byte for byte, and a start state that does not fit is refused with where and what.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { buildTranscript } from "../../src/engine/report/transcript.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { replayRun } from "../../src/engine/session/start-at.ts";
import { loadMini, memoryIo } from "../helpers.ts";

const play = (file: string, text: string, lang = "en") => {
  const io = memoryIo({ [file]: text });
  return main(
    [
      "play",
      "tests/fixtures/mini.json",
      "--role",
      "facilitator",
      "--moves",
      file,
      "--seed",
      "4",
      "--lang",
      lang,
    ],
    io,
  ).then((code) => ({ code, io }));
};

describe("play from a start state", () => {
  const start = { beat: "anja-vertelt", flags: ["geen-stilte"], openness: { anja: 75 } };
  const moves = [{ choose: "open" }, { choose: "team" }];

  it("plays the moves from the beat and state, as the engine's replay of the same run does", async () => {
    const text = JSON.stringify({ start, moves });
    const first = await play("try.json", text);
    expect(first.io.stderr).toBe("");
    expect(first.code).toBe(0);
    const again = await play("try.json", text);
    expect(again.io.stdout).toBe(first.io.stdout);
    const out = JSON.parse(first.io.stdout) as { transcript: unknown };
    const scenario = loadMini();
    const { session, result } = replayRun(
      scenario,
      { role: "facilitator", seed: 4, start, moves },
      defaultJudge,
    );
    expect(result.ok).toBe(true);
    expect(out.transcript).toEqual(
      JSON.parse(JSON.stringify(buildTranscript(scenario, "facilitator", session.log(), "en"))),
    );
    // Nothing of the opening was played: the first thing said is in the start beat.
    expect(session.log().some((e) => "beat" in e && e.beat === "welkom")).toBe(false);
  });

  it("refuses a start state that does not fit, saying where, in the language asked", async () => {
    const text = `{\n  "start": {"beat": "anja-vertelt", "openness": {"anja": 120}},\n  "moves": []\n}`;
    const en = await play("bad.json", text);
    expect(en.code).toBe(1);
    expect(en.io.stderr).toBe(
      "bad.json: line 2, column 58: The openness of 'anja' is 120; it must be a whole number from 0 to 100.\n",
    );
    const nl = await play("bad.json", text, "nl");
    expect(nl.io.stderr).toContain(
      "De openheid van 'anja' is 120; dat moet een heel getal van 0 tot en met 100 zijn.",
    );
    const shape = await play("shape.json", JSON.stringify({ start: { beat: 3 }, moves: [] }));
    expect(shape.code).toBe(1);
    expect(shape.io.stderr).toContain("start.beat: give the id of the beat to start at");
  });
});
