// @vitest-environment jsdom
// The game's log shows the computer's moves as what that person does (a stage direction, third person)
// and says (speech), and a stage direction in a scenario line as action: never as the trainee's choice,
// never as speech, never with note buttons.
import { describe, expect, it } from "vitest";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { App, type Clock } from "../../src/ui/app.ts";
import { buildCatalog } from "../../src/ui/catalog.ts";
import { silent } from "../../src/ui/sound-captions.ts";
import { readText } from "../helpers.ts";

const clock: Clock = { now: () => 0, setTimeout: () => 0, clearTimeout: () => {} };

// biome-ignore lint/suspicious/noExplicitAny: tests change the scenario's JSON.
type Json = Record<string, any>;

async function start(
  role: "facilitator" | "listener",
  change: (s: Json) => void = () => {},
  readAloud = false,
) {
  const mini = JSON.parse(readText("tests/fixtures/mini.json"));
  change(mini);
  document.body.innerHTML = '<div id="ui"></div>';
  localStorage.clear();
  localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "instant", readAloud }));
  const spoken: string[] = [];
  const app = new App({
    root: document.getElementById("ui") as HTMLElement,
    catalog: buildCatalog({ "mini.json": JSON.stringify(mini) }),
    room: { show() {}, debrief() {}, mount() {}, setReducedMotion() {}, hide() {} },
    sound: { ...silent, speak: (text: string) => void spoken.push(text) },
    clock,
    newSeed: () => 1,
    loadJudge: async () => defaultJudge,
  });
  await app.loadJudge();
  await app.start();
  (document.getElementById("role") as HTMLSelectElement).value = role;
  (document.getElementById("start") as HTMLElement).click();
  (document.getElementById("enter") as HTMLElement).click();
  return { spoken };
}

const items = (selector: string) => [...document.querySelectorAll(selector)].map((n) => n.textContent ?? "");

describe("the log shows who does and says what", () => {
  it("as listener: the computer's facilitator does the opening's parts and says her question", async () => {
    await start("listener");
    expect(items("#log .move.npc.direction")).toEqual([
      "Fien noemt het doel: het team wil leren van uw ervaringen.",
      "Fien zegt dat de toehoorders zwijgen tot hun eigen ronde.",
    ]);
    expect(items("#log .move.npc:not(.direction)")).toEqual(["Fien: Hoe was dat wachten voor u?"]);
    expect(document.querySelector("#log .move.npc.direction")?.textContent).not.toContain("Jij");
  });

  it("as facilitator: a computer listener holds back in the third person, not as 'Jij'", async () => {
    await start("facilitator");
    (document.getElementById("pick-doel") as HTMLElement).click();
    (document.getElementById("confirm") as HTMLElement).click();
    (document.querySelector('button[data-choice="open"]') as HTMLElement).click();
    expect(items("#log .move.npc.direction")).toContain("Een toehoorder blijft stil zitten.");
    expect(items("#log .move.own")[0]).toMatch(/^Jij: /);
  });

  it("a stage direction is shown as action: no name, no note buttons, not read aloud", async () => {
    const { spoken } = await start(
      "listener",
      (s) =>
        s.beats[1].lines.unshift({
          speaker: "anja",
          direction: true,
          text: { nl: "Anja kijkt naar de grond.", en: "Anja looks at the floor." },
        }),
      true,
    );
    // Read aloud is on: spoken lines are read, the direction is not.
    expect(spoken.length).toBeGreaterThan(0);
    const direction = [...document.querySelectorAll("#log li.direction")].find((n) =>
      n.textContent?.includes("Anja kijkt"),
    );
    expect(direction?.textContent).toBe("Anja kijkt naar de grond.");
    expect(direction?.querySelector("button")).toBeNull();
    expect(spoken).not.toContain("Anja kijkt naar de grond.");
  });
});
