// @vitest-environment jsdom
// Issue 11, point 6: the header's clock goes with the text on screen, says an overrun as one, and shows
// the follow-up's own minutes instead of the meeting's.
import { beforeEach, describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import type { LogEntry } from "../../src/engine/runtime/context.ts";
import { clockText, shownTime } from "../../src/ui/meeting-clock.ts";
import { readText } from "../helpers.ts";
import { meeting, startAs, text } from "./meeting-harness.ts";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const mini = () => {
  const s = loadScenario(readText("tests/fixtures/mini.json"), "mini.json").scenario;
  if (!s) throw new Error("mini does not load");
  return s;
};
const phase = (id: string, at: number) => ({ t: "phase", phase: id, at }) as unknown as LogEntry;
const line = (at: number) =>
  ({ t: "line", at, speaker: "anja", text: { nl: "x", en: "x" } }) as unknown as LogEntry;

describe("the meeting clock", () => {
  it("takes the time and phase of the last entry shown", () => {
    const time = shownTime([phase("opening", 0), line(0), phase("vrij", 4), line(7)]);
    expect(time.clock).toBe(7);
    expect(time.phase).toBe("vrij");
    expect(clockText(mini(), "facilitator", time, "nl")).toBe("Vrije ronde · 7 van 20 min");
    expect(clockText(mini(), "facilitator", time, "en")).toBe("Free round · 7 of 20 min");
  });

  it("says an overrun as an overrun", () => {
    const time = shownTime([phase("vragen", 10), line(32)]);
    expect(clockText(mini(), "listener", time, "nl")).toBe("Voorbereide vragen · 32 min · 12 over de tijd");
    expect(clockText(mini(), "listener", time, "en")).toBe("Prepared questions · 32 min · 12 over time");
  });

  it("shows the follow-up's own minutes, not the meeting's", () => {
    const time = shownTime([phase("vragen", 10), phase("nagesprek", 31), line(33)]);
    expect(clockText(mini(), "listener", time, "nl")).toBe("Nagesprek · 2 van 10 min");
    expect(clockText(mini(), "listener", time, "nl")).not.toContain("van 20");
  });

  it("on screen, is not ahead of the text while lines are paced", async () => {
    const { clock } = await meeting({ settings: { pace: "reading" } });
    startAs("listener");
    // Only the welcome is on screen; the engine has already run on to the free round.
    expect(document.querySelectorAll("#log .line")).toHaveLength(1);
    expect(text("#status")).toBe("Opening · 0 van 20 min");
    for (let i = 0; i < 100 && !document.getElementById("move-title"); i++) clock.advance(500);
    expect(text("#move-title")).toContain("zuchten");
    expect(text("#status")).toMatch(/^Vrije ronde · \d+ van 20 min$/);
  });
});
