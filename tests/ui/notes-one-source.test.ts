// @vitest-environment jsdom
// Issue 11, point 12: one source for notes. A line noted through an urge choice shows on its buttons as
// well as in the notes panel, and can be given another tag.
import { beforeEach, describe, expect, it } from "vitest";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { Session } from "../../src/engine/session/session.ts";
import { readText } from "../helpers.ts";
import { click, meeting, pressed, startAs, text } from "./meeting-harness.ts";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const button = (tag: string) => `.note-buttons button.note-${tag}[data-line="anja-wachten"]`;

describe("notes", () => {
  it("shows a note made by an urge choice on the line's buttons, and lets it be re-tagged", async () => {
    await meeting();
    startAs("listener");
    click('button[data-choice="noteer"]');
    expect(text("#notes")).toContain("zes weken");
    expect(pressed(button("negative"))).toBe("true");
    expect(pressed(button("positive"))).toBe("false");
    click(button("idea"));
    expect(pressed(button("idea"))).toBe("true");
    expect(pressed(button("negative"))).toBe("false");
    expect(document.querySelectorAll("#notes li")).toHaveLength(1);
    expect(document.querySelector("#notes li")?.className).toContain("idea");
  });

  it("the engine replaces a note's tag when the line is noted again with another", () => {
    const scenario = loadScenario(readText("tests/fixtures/mini.json"), "mini.json").scenario;
    if (!scenario) throw new Error("mini does not load");
    const session = new Session(compileScenario(scenario, "listener"), { seed: 1 });
    expect(session.choose("noteer").ok).toBe(true);
    expect(session.context.noted["anja-wachten"]).toBe("negative");
    expect(session.note("anja-wachten", "positive").ok).toBe(true);
    expect(session.context.noted["anja-wachten"]).toBe("positive");
    const again = session.note("anja-wachten", "positive");
    expect(again.ok ? "" : again.code).toBe("already-noted");
  });
});
