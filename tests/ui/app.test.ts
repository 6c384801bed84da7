// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { App, type Clock } from "../../src/ui/app.ts";
import { buildCatalog } from "../../src/ui/catalog.ts";
import { noRoom } from "../../src/ui/room-view.ts";
import { silent } from "../../src/ui/sound-captions.ts";
import { readText } from "../helpers.ts";

function fakeClock() {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const clock: Clock & { advance(ms: number): void } = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: next });
      return next++;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    advance(ms) {
      now += ms;
      for (const t of [...timers].sort((a, b) => a.at - b.at)) {
        if (t.at <= now) {
          timers.splice(timers.indexOf(t), 1);
          t.fn();
        }
      }
    },
  };
  return clock;
}

async function setup(mini = readText("tests/fixtures/mini.json")) {
  document.body.innerHTML = '<div id="ui"></div>';
  const root = document.getElementById("ui") as HTMLElement;
  const clock = fakeClock();
  if (!localStorage.getItem("spiegelspel.settings"))
    localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "instant" }));
  const app = new App({
    root,
    catalog: buildCatalog({ "mini.json": mini }),
    room: noRoom,
    sound: silent,
    clock,
    newSeed: () => 1,
  });
  await app.loadJudge();
  app.start();
  return { root, clock, app };
}

const click = (selector: string) => (document.querySelector(selector) as HTMLElement).click();

describe("the game's overlay", async () => {
  beforeEach(() => localStorage.clear());

  it("brings lines at reading pace, with pause and skip", async () => {
    localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "reading" }));
    const { clock } = await setup();
    click("#start");
    click("#enter");
    // The opening line is on screen; the move waits until it has been read.
    expect(document.querySelectorAll("#log .line")).toHaveLength(1);
    expect(document.querySelector("#move-title")).toBeNull();
    clock.advance(10_000);
    expect(document.querySelector("#move-title")?.textContent).toContain("opening");
    click("#pick-doel");
    click("#confirm");
    const lines = () => document.querySelectorAll("#log .line").length;
    expect(lines()).toBe(2);
    click("#pause");
    clock.advance(20_000);
    expect(lines()).toBe(2);
    click("#skip");
    expect(lines()).toBe(3);
    expect(document.querySelector("#move-title")).not.toBeNull();
  });

  it("goes from the menu through the briefing into the meeting, with focus on each step", async () => {
    await setup();
    expect(document.activeElement?.id).toBe("scenario");
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    (document.getElementById("menu-form") as HTMLFormElement).requestSubmit();
    expect(document.activeElement?.id).toBe("enter");
    click("#enter");
    expect(document.activeElement?.id).toBe("move-title");
    expect(document.querySelector("#move-title")?.textContent).toContain("Je wilt zuchten.");
  });

  it("shows scenario text as text, never as HTML", async () => {
    const hostile = readText("tests/fixtures/mini.json").replace(
      "Ik heb <b>zes weken</b> gewacht.",
      "<img src=x onerror=alert(1)>",
    );
    await setup(hostile);
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    expect(document.querySelectorAll("#ui img")).toHaveLength(0);
    expect(document.getElementById("log")?.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("lets an urge pass when its window runs out, by the injected clock", async () => {
    const { clock } = await setup();
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    click("#start");
    click("#enter");
    clock.advance(4999);
    expect(document.querySelector("#move-title")?.textContent).toContain("Je wilt zuchten.");
    clock.advance(1);
    expect(document.querySelector("#move-title")?.textContent).toContain("verbeterpunten");
    expect(document.getElementById("log")?.textContent).toContain("Jij: Stil blijven");
  });

  it("autosaves after every move and resumes exactly there", async () => {
    await setup();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    const before = document.getElementById("log")?.textContent;
    const saved = JSON.parse(localStorage.getItem("spiegelspel.save") ?? "{}");
    expect(saved.moves).toEqual([{ pick: ["doel"] }]);
    await setup();
    click("#resume");
    expect(document.getElementById("log")?.textContent).toBe(before);
  });

  it("drops a corrupt save with a message instead of crashing", async () => {
    localStorage.setItem("spiegelspel.save", '{"format":"spiegelspel-save","version":2,"scenarioId":"mini"');
    await setup();
    expect(document.querySelector(".notice")?.textContent).toContain("kon niet worden hervat");
    expect(localStorage.getItem("spiegelspel.save")).toBeNull();
  });

  it("plays to a debrief with scores and moments", async () => {
    await setup();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#pick-stilte");
    click("#confirm");
    click('button[data-choice="open"]');
    click('button[data-choice="team"]');
    expect(document.getElementById("debrief-title")).not.toBeNull();
    expect(document.querySelector(".total")?.getAttribute("data-total")).toBe("100");
    expect(document.querySelectorAll(".moment").length).toBeGreaterThan(3);
    expect(JSON.parse(localStorage.getItem("spiegelspel.history") ?? "[]")[0]).toMatchObject({
      scenarioId: "mini",
      total: 100,
    });
  });
});

describe("trying again from a moment", () => {
  it("restarts the run just before the chosen move", async () => {
    localStorage.clear();
    await setup();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    click('button[data-choice="mening"]');
    click('button[data-choice="door"]');
    const retry = document.querySelector('.moment[data-rule="F-NEUTRAL"] button.retry') as HTMLElement;
    expect(retry).not.toBeNull();
    retry.click();
    expect(document.querySelector("#move-title")?.textContent).toContain("Hoe reageer je?");
    click('button[data-choice="open"]');
    click('button[data-choice="team"]');
    expect(document.querySelector('.moment[data-rule="F-NEUTRAL"]')).toBeNull();
  });
});
