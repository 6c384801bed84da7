// An urge's window is raised to the time it takes to read it, by the engine: single play and every
// workshop seat offer the same window (the server times it from the pending move).
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import { readingSecondsOf } from "../../src/engine/runtime/reading-time.ts";
import { movePending } from "../../src/engine/session/seat-pending.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { readText } from "../helpers.ts";

const loaded = loadScenario(readText("scenarios/wijkteam-zuiderveld.json"), "wijkteam-zuiderveld.json");
if (!loaded.ok || !loaded.scenario) throw new Error("wijkteam-zuiderveld does not load");
const scenario = loaded.scenario;

describe("an urge's window", () => {
  it("is at least the reading time of its prompt and options, in the slower language", () => {
    const session = startSession(scenario, "listener", { seed: 3 });
    let p = session.pending();
    while (p && p.kind !== "urge") {
      session.apply(
        p.kind === "pick"
          ? { pick: p.choices.slice(0, p.min).map((c) => c.id) }
          : { choose: p.choices[0]?.id ?? "" },
      );
      p = session.pending();
    }
    if (!p) throw new Error("no urge in the listener's meeting");
    const beat = scenario.beats.find((b) => b.id === p.beat);
    const move = beat?.moves?.listener;
    if (!beat || !move) throw new Error("the urge's beat is missing");
    const reading = readingSecondsOf([move.prompt, ...move.choices.map((c) => c.text)]);
    expect(reading).toBeGreaterThan(move.windowSeconds ?? 6);
    expect(p.windowSeconds).toBe(reading);
    expect(movePending("listener-2", beat, move, 3).windowSeconds).toBe(reading);
  });
});
