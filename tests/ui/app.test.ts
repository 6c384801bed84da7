// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { formatProblems } from "../../src/engine/load/group-problems.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { ruleInfo } from "../../src/engine/rules/catalog.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import type { Judge } from "../../src/engine/session/session.ts";
import { App } from "../../src/ui/app.ts";
import { buildCatalog } from "../../src/ui/catalog.ts";
import type { RoomState, RoomView } from "../../src/ui/room-view.ts";
import { type Cue, type SoundOut, silent } from "../../src/ui/sound-captions.ts";
import { readText } from "../helpers.ts";
import { fakeClock } from "./meeting-harness.ts";

interface Setup {
  mini?: string;
  sound?: SoundOut;
  room?: RoomView;
  /** The judge as the game gets it; by default at once, and loaded before the menu. */
  judge?: () => Promise<Judge>;
}

async function setup({
  mini = readText("tests/fixtures/mini.json"),
  sound = silent,
  room,
  judge,
}: Setup = {}) {
  document.body.innerHTML = '<div id="ui"></div>';
  const root = document.getElementById("ui") as HTMLElement;
  const clock = fakeClock();
  if (!localStorage.getItem("spiegelspel.settings"))
    localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "instant" }));
  const shown: RoomState[] = [];
  const app = new App({
    root,
    catalog: buildCatalog({ "mini.json": mini }),
    room: room ?? {
      show: (s) => shown.push(s),
      debrief() {},
      mount() {},
      setReducedMotion() {},
      hide() {},
    },
    sound,
    clock,
    newSeed: () => 1,
    loadJudge: judge ?? (async () => defaultJudge),
  });
  if (!judge) await app.loadJudge();
  await app.start();
  return { root, clock, app, shown };
}

const click = (selector: string) => {
  const node = document.querySelector(selector) as HTMLElement | null;
  if (!node) throw new Error(`nothing matches ${selector}`);
  node.click();
};
const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
/** jsdom has no IndexedDB: the store falls back to localStorage, one JSON record per key. */
const stored = (key: string) => JSON.parse(localStorage.getItem(`spiegelspel.db:${key}`) ?? "null");
const storedKeys = (prefix: string) =>
  Object.keys(localStorage).filter((k) => k.startsWith(`spiegelspel.db:${prefix}`));

/** Every button, link and field on screen has a name a screen reader can say. */
function expectNamed() {
  for (const node of document.querySelectorAll<HTMLElement>("button, a, select, input")) {
    const labelled =
      (node.textContent ?? "").trim() !== "" ||
      node.getAttribute("aria-label") ||
      (node.id && document.querySelector(`label[for="${node.id}"]`));
    expect(labelled, node.outerHTML).toBeTruthy();
  }
}

function playFacilitatorWell() {
  click("#start");
  click("#enter");
  click("#pick-doel");
  click("#pick-stilte");
  click("#confirm");
  click('button[data-choice="open"]');
  click('button[data-choice="team"]');
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("the game's overlay", () => {
  it("brings lines at reading pace, with pause and skip", async () => {
    localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "reading" }));
    const { clock } = await setup();
    click("#start");
    click("#enter");
    // The opening line is on screen; the move waits until it has been read.
    expect(document.querySelectorAll("#log .line")).toHaveLength(1);
    expect(document.querySelector("#move-title")).toBeNull();
    clock.advance(10_000);
    expect(text("#move-title")).toContain("opening");
    click("#pick-doel");
    click("#confirm");
    const lines = () => document.querySelectorAll("#log .line").length;
    expect(lines()).toBe(2);
    click("#pause");
    expect(document.getElementById("pause")?.getAttribute("aria-pressed")).toBe("true");
    clock.advance(20_000);
    expect(lines()).toBe(2);
    click("#skip");
    expect(lines()).toBe(3);
    expect(document.querySelector("#move-title")).not.toBeNull();
  });

  it("goes from the menu through the briefing into the meeting, with focus on each step", async () => {
    await setup();
    expect(document.activeElement?.id).toBe("scenario");
    expectNamed();
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    (document.getElementById("menu-form") as HTMLFormElement).requestSubmit();
    expect(document.activeElement?.id).toBe("enter");
    expect(text(".key-rules")).toContain(ruleInfo("L-SILENT")?.title.nl);
    expectNamed();
    click("#enter");
    expect(document.activeElement?.id).toBe("move-title");
    expect(text("#move-title")).toContain("Je wilt zuchten.");
    expectNamed();
  });

  it("shows scenario text as text, never as HTML", async () => {
    const hostile = readText("tests/fixtures/mini.json")
      .replace("Ik heb <b>zes weken</b> gewacht.", "<img src=x onerror=alert(1)>")
      .replace('"name": "Anja"', '"name": "<script>x</script>Anja"');
    await setup({ mini: hostile });
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    expect(document.querySelectorAll("#ui img, #ui script")).toHaveLength(0);
    expect(text("#log")).toContain("<img src=x onerror=alert(1)>");
    expect(text("#caption")).toContain("<script>x</script>Anja");
  });

  it("counts an urge's window down and lets it pass by the injected clock", async () => {
    const { clock } = await setup();
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    click("#start");
    click("#enter");
    // The scenario's 5 s are raised to the 6 s it takes to read the prompt and the three options.
    expect(text(".urge-left")).toBe("6 s");
    clock.advance(2000);
    expect(text(".urge-left")).toBe("4 s");
    clock.advance(3999);
    expect(text("#move-title")).toContain("Je wilt zuchten.");
    clock.advance(1);
    expect(text("#move-title")).toContain("verbeterpunten");
    expect(text("#log")).toContain("Jij: Stil blijven");
  });

  it("autosaves after every move; a reload returns straight into the meeting", async () => {
    await setup();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    const before = text("#log");
    expect(stored("run:mini|facilitator").moves).toEqual([{ pick: ["doel"] }]);
    // Same tab (sessionStorage kept): the reload lands in the meeting at the same move.
    await setup();
    expect(text("#log")).toBe(before);
    expect(document.activeElement?.id).toBe("move-title");
    // A new visit (sessionStorage empty) offers to resume from the menu.
    sessionStorage.clear();
    await setup();
    expect(document.activeElement?.id).toBe("resume");
    click("#resume");
    expect(text("#log")).toBe(before);
  });

  it("keeps the run when leaving to the menu", async () => {
    await setup();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    click("#leave");
    expect(document.getElementById("resume")).not.toBeNull();
    expect(sessionStorage.getItem("spiegelspel.active")).toBeNull();
  });

  it("sets a corrupt save aside with a message instead of crashing", async () => {
    const corrupt = '{"format":"spiegelspel-save","version":2,"scenarioId":"mini"';
    localStorage.setItem("spiegelspel.save", corrupt);
    sessionStorage.setItem("spiegelspel.active", "1");
    await setup();
    expect(text(".notice")).toContain(
      "apart bewaard (niet gewist): een bewaarde ronde (het bestand is beschadigd)",
    );
    expect(localStorage.getItem("spiegelspel.save")).toBeNull();
    expect(
      storedKeys("aside:")
        .map((k) => JSON.parse(localStorage.getItem(k) ?? ""))
        .map((a) => a.value),
    ).toEqual([corrupt]);
    expect(document.getElementById("menu-form")).not.toBeNull();
  });

  it("keeps a save whose moves no longer fit the scenario, says which move, and offers to set it aside", async () => {
    localStorage.setItem(
      "spiegelspel.save",
      JSON.stringify({
        format: "spiegelspel-save",
        version: 2,
        scenarioId: "mini",
        role: "facilitator",
        lang: "en",
        seed: 1,
        moves: [{ choose: "gone" }],
        savedAt: "",
      }),
    );
    await setup();
    click("#resume");
    expect(text(".resume-problem")).toBe(
      "This run (Mini · Facilitator) could not be resumed: the moves no longer fit from move 1. The run has been kept.",
    );
    expect(document.activeElement?.className).toBe("resume-problem");
    expect(storedKeys("run:")).toHaveLength(1);
    click("#set-aside");
    await new Promise((r) => setTimeout(r, 0));
    expect(storedKeys("run:")).toHaveLength(0);
    expect(storedKeys("aside:")).toHaveLength(1);
    expect(text(".notice")).toBe("The run was set aside (not deleted).");
  });

  it("converts a save from an older version and says so", async () => {
    localStorage.setItem(
      "spiegelspel.save",
      JSON.stringify({
        format: "spiegelspel-save",
        version: 1,
        scenarioId: "mini",
        role: "facilitator",
        language: "nl",
        seed: 1,
        moves: [{ pick: ["doel"] }],
      }),
    );
    await setup();
    expect(text(".notice")).toContain("oudere versie");
    click("#resume");
    expect(text("#move-title")).toContain("Hoe reageer je?");
  });

  it("plays to a debrief with scores, moments linked to the transcript, and a history entry", async () => {
    await setup();
    playFacilitatorWell();
    expect(document.activeElement?.id).toBe("debrief-title");
    expect(document.querySelector(".total")?.getAttribute("data-total")).toBe("100");
    expect(document.querySelectorAll(".moment").length).toBeGreaterThan(3);
    const link = document.querySelector(".moment a.to-transcript") as HTMLAnchorElement;
    const target = document.getElementById(link.getAttribute("href")?.slice(1) ?? "");
    expect(target?.classList.contains("verdict")).toBe(true);
    link.click();
    expect(document.activeElement).toBe(target);
    expectNamed();
    expect(stored("history")[0]).toMatchObject({ scenarioId: "mini", total: 100 });
    expect(storedKeys("run:")).toEqual([]);
  });

  it("shows an earlier run's debrief again from the history, rebuilt by the engine", async () => {
    await setup();
    playFacilitatorWell();
    const moments = text(".moments");
    click("#back");
    click(".view-history");
    expect(document.querySelector(".total")?.getAttribute("data-total")).toBe("100");
    expect(text(".moments")).toBe(moments);
  });

  it("gives every sound a caption", async () => {
    const played: Cue[] = [];
    const sound: SoundOut = { ...silent, cue: (c) => played.push(c) };
    await setup({ sound });
    click("#start");
    click("#enter");
    expect(played).toContain("phase");
    expect(text("#captions")).toContain("nieuwe fase");
    click("#pick-doel");
    click("#confirm");
    // Forgetting the listeners' silence is a miss, not a breach; an opinion is a breach.
    click('button[data-choice="mening"]');
    expect(played).toContain("breach");
  });

  it("tells the room who speaks and how open each participant is", async () => {
    const { shown } = await setup();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    const last = shown.at(-1) as RoomState;
    expect(last.speaker).toBe("anja");
    expect(last.people.find((p) => p.id === "anja")).toMatchObject({
      ring: "inner",
      openness: 50,
      emotion: "sad",
    });
    expect(last.people.find((p) => p.id === "fien")).toMatchObject({ ring: "facilitator", trainee: true });
    expect(last.timeline?.current).toBe("vrij");
  });

  it("marks the listener's seat when an urge is given in to, and the room closes", async () => {
    const { shown } = await setup();
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    click("#start");
    click("#enter");
    const anja = (s: RoomState) => s.people.find((p) => p.id === "anja")?.openness ?? Number.NaN;
    const before = anja(shown.at(-1) as RoomState);
    expect((shown.at(-1) as RoomState).reacting).toBeNull();
    click('button[data-choice="zucht"]');
    const last = shown.at(-1) as RoomState;
    expect(last.reacting).toBe("lars");
    expect(anja(last)).toBe(before - 20);
  });

  it("keeps notes of participants' own words for a listener", async () => {
    await setup();
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    click("#start");
    click("#enter");
    click('.note-buttons button.note-positive[data-line="anja-hulp"]');
    expect(text("#notes")).toContain("Maar de hulp daarna was goed.");
    expect(
      document.querySelector('button.note-positive[data-line="anja-hulp"]')?.getAttribute("aria-pressed"),
    ).toBe("true");
    expect(stored("run:mini|listener").moves).toEqual([{ note: "anja-hulp", tag: "positive" }]);
  });

  it("judges typed words where the scenario allows them", async () => {
    await setup();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    (document.getElementById("free-text") as HTMLInputElement).value = "Kunt u daar meer over vertellen?";
    (document.querySelector("form.free-text") as HTMLFormElement).requestSubmit();
    expect(text("#log")).toContain("“Kunt u daar meer over vertellen?”");
  });

  it("lets a run that starts before the judge has arrived wait for it, then offers typed words", async () => {
    let arrive: (j: Judge) => void = () => {};
    const { clock } = await setup({ judge: () => new Promise<Judge>((r) => (arrive = r)) });
    click("#start");
    click("#enter");
    expect(document.getElementById("move-title")).toBeNull();
    clock.advance(500);
    arrive(defaultJudge);
    await new Promise((r) => setTimeout(r, 0));
    click("#pick-doel");
    click("#confirm");
    expect(document.getElementById("free-text")).not.toBeNull();
  });

  it("speaks English when asked, everywhere", async () => {
    await setup();
    const lang = document.getElementById("lang") as HTMLSelectElement;
    lang.value = "en";
    lang.dispatchEvent(new Event("change"));
    expect(text("#start")).toBe("Start");
    expect(text(".settings")).toContain("room tone");
    click("#start");
    expect(text("#briefing-title")).toContain("Briefing");
    click("#enter");
    expect(text("#move-title")).toContain("What do you say in the opening?");
  });
});

describe("a scenario of one's own", () => {
  async function choose(content: string, name = "own.json") {
    const input = document.getElementById("own-file") as HTMLInputElement;
    const file = new File([content], name, { type: "application/json" });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change"));
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
  }

  it("lists the same messages as validate and refuses to play a file with errors", async () => {
    await setup();
    const broken = readText("tests/fixtures/mini.json").replace('"start": "welkom"', '"start": "nergens"');
    await choose(broken);
    const expected = formatProblems(loadScenario(broken, "own.json").problems, "nl");
    expect(expected.length).toBeGreaterThan(0);
    const shown = [...document.querySelectorAll(".problems li")].map((li) => li.textContent);
    expect(shown).toEqual(expected);
    // In the screen's language (Dutch here): no "error at … fix: add …" on a Dutch screen.
    expect(shown[0]).toMatch(/^own\.json: fout bij start: onbekende beat 'nergens'/);
    expect(shown.join(" ")).not.toMatch(/\b(error|fix|unknown)\b/);
    expect(document.querySelector(".play-own")).toBeNull();
  });

  it("plays a good file, with its text shown as text", async () => {
    await setup();
    const own = readText("tests/fixtures/mini.json")
      .replace('"id": "mini"', '"id": "eigen"')
      .replace("Welkom allemaal.", "<img src=x onerror=alert(1)> Welkom");
    await choose(own);
    click('.play-own[data-role="facilitator"]');
    click("#enter");
    expect(document.querySelectorAll("#ui img")).toHaveLength(0);
    expect(text("#log")).toContain("<img src=x onerror=alert(1)> Welkom");
    // Its text is stored once, by content hash, and the run names the hash: a reload resumes it too.
    const [runKey] = storedKeys("run:");
    const run = JSON.parse(localStorage.getItem(runKey ?? "") ?? "{}");
    expect(JSON.stringify(run)).not.toContain("Welkom");
    expect(stored(`own:${run.own}`).text).toBe(own);
  });

  it("reports a file that is not JSON without crashing", async () => {
    await setup();
    await choose("{ not json", "kapot.json");
    expect(document.querySelectorAll(".problems li").length).toBeGreaterThan(0);
    expect(text("#own-result")).toContain("kapot.json");
  });
});

describe("trying again from a moment", () => {
  it("restarts the run just before the chosen move", async () => {
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
    expect(text("#move-title")).toContain("Hoe reageer je?");
    click('button[data-choice="open"]');
    click('button[data-choice="door"]');
    expect(document.querySelector('.moment[data-rule="F-NEUTRAL"]')).toBeNull();
  });
});
