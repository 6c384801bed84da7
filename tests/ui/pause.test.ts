// @vitest-environment jsdom
// Issue 11, point 4: paused means nothing moves (no line, no countdown, no clock), yet notes still work.
import { beforeEach, describe, expect, it } from "vitest";
import { click, meeting, pressEscape, pressed, startAs, text } from "./meeting-harness.ts";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("pause", () => {
  it("freezes an urge's countdown and resumes it with the time it had left", async () => {
    const { clock } = await meeting();
    startAs("listener");
    expect(text(".urge-left")).toBe("6 s");
    clock.advance(2500);
    expect(text(".urge-left")).toBe("4 s");
    click("#pause");
    clock.advance(60_000);
    // Nothing ran out: the urge still waits, nothing was logged as passed.
    expect(text("#move-title")).toContain("Je wilt zuchten.");
    expect(text("#log")).not.toContain("het moment ging voorbij");
    expect(text(".urge-left")).toBe("4 s");
    click("#pause");
    // 3.5 s were left: the next second falls after 0.5 s, the end after 3.5 s, not earlier.
    clock.advance(500);
    expect(text(".urge-left")).toBe("3 s");
    clock.advance(2999);
    expect(text("#move-title")).toContain("Je wilt zuchten.");
    clock.advance(1);
    expect(text("#log")).toContain("het moment ging voorbij");
  });

  it("shows no new line and keeps the clock still while paused, at reading pace", async () => {
    const { clock } = await meeting({ settings: { pace: "reading" } });
    startAs("facilitator");
    clock.advance(10_000);
    click("#pick-doel");
    click("#pick-stilte");
    click("#confirm");
    const lines = () => document.querySelectorAll("#log .line").length;
    const before = lines();
    const status = text("#status");
    pressEscape();
    expect(pressed("#pause")).toBe("true");
    expect(text("#pause-note")).toContain("Gepauzeerd");
    clock.advance(60_000);
    expect(lines()).toBe(before);
    expect(text("#status")).toBe(status);
    expect(document.querySelector("#move-title")).toBeNull();
    pressEscape();
    expect(pressed("#pause")).toBe("false");
    clock.advance(60_000);
    expect(lines()).toBeGreaterThan(before);
  });

  it("still takes notes while paused: the notes panel and the line's buttons show them", async () => {
    const { clock } = await meeting();
    startAs("listener");
    click("#pause");
    click('.note-buttons button.note-negative[data-line="anja-wachten"]');
    expect(text("#notes")).toContain("zes weken");
    expect(pressed('.note-buttons button.note-negative[data-line="anja-wachten"]')).toBe("true");
    // The urge on screen stays, and its countdown stays frozen.
    expect(text("#move-title")).toContain("Je wilt zuchten.");
    clock.advance(30_000);
    expect(text("#log")).not.toContain("het moment ging voorbij");
  });
});
