// @vitest-environment jsdom
// Issue 11, point 16: after a choice focus never falls to the page; Escape pauses the meeting and goes on.
import { beforeEach, describe, expect, it } from "vitest";
import { click, meeting, pressEscape, pressed, startAs, text } from "./meeting-harness.ts";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("focus and Escape in the meeting", () => {
  it("keeps focus off the page body after a choice, and brings it to the next move", async () => {
    const { clock } = await meeting({ settings: { pace: "reading" } });
    startAs("facilitator");
    clock.advance(10_000);
    (document.getElementById("pick-doel") as HTMLInputElement).focus();
    click("#pick-doel");
    (document.getElementById("confirm") as HTMLElement).focus();
    click("#confirm");
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.id).toBe("transcript");
    for (let i = 0; i < 100 && !document.getElementById("move-title"); i++) clock.advance(500);
    expect(document.activeElement?.id).toBe("move-title");
  });

  it("does not take focus from the notes when the next move appears", async () => {
    const { clock } = await meeting({ settings: { pace: "reading" } });
    startAs("listener");
    const note = () => document.querySelector<HTMLElement>('.note-buttons button[data-line="anja-wachten"]');
    for (let i = 0; i < 100 && !note(); i++) clock.advance(200);
    note()?.focus();
    for (let i = 0; i < 100 && !document.getElementById("move-title"); i++) clock.advance(500);
    expect(document.activeElement).toBe(note());
  });

  it("pauses on Escape and goes on at the next, with the pause said on screen", async () => {
    const { clock } = await meeting();
    startAs("listener");
    pressEscape();
    expect(pressed("#pause")).toBe("true");
    expect(text("#pause-note")).toContain("Esc");
    clock.advance(30_000);
    expect(text("#move-title")).toContain("zuchten");
    pressEscape();
    expect(pressed("#pause")).toBe("false");
    expect(text("#pause-note")).toBe("");
    clock.advance(30_000);
    expect(text("#log")).toContain("het moment ging voorbij");
  });
});
