// @vitest-environment jsdom
// The game's saves as the player meets them (issue 12 points 5–7, issue 11 point 14): stored records
// that are bad are set aside with a message and never blank the menu; a failed save says so; a resume
// that fails says what really went wrong and keeps the run; several runs in progress, asked before one
// is replaced. jsdom has no IndexedDB: the store runs on fake-indexeddb or on the localStorage fallback.
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { App } from "../../src/ui/app.ts";
import { buildCatalog } from "../../src/ui/catalog.ts";
import { silent } from "../../src/ui/sound-captions.ts";
import { type Backend, idbBackend, localBackend } from "../../src/ui/storage/backend.ts";
import { contentHash } from "../../src/ui/storage/hash.ts";
import { readText } from "../helpers.ts";

// A loader that crashes on a marked text, as the loader did on hostile input (issue 12, point 1).
vi.mock("../../src/engine/load/load.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/engine/load/load.ts")>();
  return {
    ...real,
    loadScenario: (text: string, file: string) => {
      if (text.includes("LOADER-CRASH")) throw new TypeError("move.choices is not iterable");
      return real.loadScenario(text, file);
    },
  };
});

const mini = readText("tests/fixtures/mini.json");
let factory = new IDBFactory();

async function start(storage: "idb" | "local" = "local") {
  document.body.innerHTML = '<div id="ui"></div>';
  const root = document.getElementById("ui") as HTMLElement;
  let now = Date.parse("2026-12-07T10:00:00Z");
  const app = new App({
    root,
    catalog: buildCatalog({ "mini.json": mini }),
    room: { show() {}, debrief() {}, mount() {}, setReducedMotion() {}, hide() {} },
    sound: silent,
    clock: { setTimeout: () => 0, clearTimeout() {}, now: () => (now += 60_000) },
    newSeed: () => 1,
    loadJudge: async () => defaultJudge,
    storage: async (): Promise<Backend> =>
      storage === "idb" ? idbBackend(factory) : localBackend(localStorage),
  });
  await app.loadJudge();
  await app.start();
  return app;
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const click = (selector: string) => {
  const node = document.querySelector(selector) as HTMLElement | null;
  if (!node) throw new Error(`nothing matches ${selector}`);
  node.click();
};
const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((n) => n.textContent ?? "");
const put = (key: string, value: unknown) =>
  localStorage.setItem(`spiegelspel.db:${key}`, JSON.stringify(value));

/** Leaves a few characters of localStorage's 5,000,000 free, as on a busy site. */
function fillLocalStorage(): void {
  let i = 0;
  for (let size = 100_000; size >= 10; size = Math.floor(size / 10)) {
    const block = "x".repeat(size);
    for (;;) {
      try {
        localStorage.setItem(`filler-${i++}`, block);
      } catch {
        break;
      }
    }
  }
}

const historyItem = {
  scenarioId: "mini",
  title: "Mini",
  role: "facilitator",
  total: 100,
  finishedAt: "2026-12-01T09:00:00.000Z",
  replay: {
    lang: "nl",
    seed: 1,
    moves: [{ pick: ["doel", "stilte"] }, { choose: "open" }, { choose: "team" }],
  },
};

function ownRun(text: string, extra: Record<string, unknown> = {}) {
  const own = contentHash(text);
  const key = `own:${own}|facilitator`;
  put(`own:${own}`, { format: "spiegelspel-own", name: "eigen.json", text });
  put(`run:${key}`, {
    format: "spiegelspel-save",
    version: 3,
    key,
    scenarioId: "wijkteam-zuiderveld",
    own,
    title: { nl: "Eigen wijkteam" },
    role: "facilitator",
    lang: "nl",
    seed: 1,
    moves: [{ pick: ["doel"] }],
    savedAt: "2026-12-06T10:00:00.000Z",
    ...extra,
  });
  return key;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  localStorage.setItem("spiegelspel.settings", JSON.stringify({ pace: "instant" }));
  factory = new IDBFactory();
});

describe("stored history that is bad (12.5)", () => {
  it("sets a bad entry aside with a message and shows the good ones", async () => {
    const { finishedAt: _, ...noDate } = historyItem;
    localStorage.setItem(
      "spiegelspel.history",
      JSON.stringify([historyItem, { ...historyItem, finishedAt: 1733 }, noDate]),
    );
    await start();
    expect(document.getElementById("menu-form")).not.toBeNull();
    expect(texts(".history-item")).toHaveLength(1);
    expect(text(".notice")).toBe(
      "Niet alles wat bewaard was kon gelezen worden. Overgeslagen en apart bewaard (niet gewist): " +
        "een eerdere ronde ('finishedAt' ontbreekt of klopt niet); een eerdere ronde ('finishedAt' ontbreekt of klopt niet).",
    );
    click(".view-history");
    expect(document.querySelector(".total")?.getAttribute("data-total")).toBe("100");
  });

  it("says a history that is not JSON was set aside, instead of showing 'no history'", async () => {
    localStorage.setItem("spiegelspel.history", `[${JSON.stringify(historyItem)},`);
    await start();
    expect(text(".notice")).toContain("de lijst met eerdere rondes (geen leesbare JSON)");
  });

  it("sets an entry whose replay moves are not a list aside, so no View button does nothing", async () => {
    localStorage.setItem(
      "spiegelspel.history",
      JSON.stringify([{ ...historyItem, replay: { ...historyItem.replay, moves: "open" } }]),
    );
    await start();
    expect(document.querySelector(".view-history")).toBeNull();
    expect(text(".notice")).toContain("'replay.moves' ontbreekt of klopt niet");
  });
});

describe("saving when storage is full (12.6)", () => {
  it("says so calmly when the run cannot be saved", async () => {
    await start("local");
    fillLocalStorage();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    await settle();
    expect(text("#save-status")).toContain("Je ronde kon niet worden bewaard");
    expect(document.getElementById("move-title")).not.toBeNull();
  });

  it("keeps the run and the history in IndexedDB, whatever localStorage holds", async () => {
    fillLocalStorage();
    await start("idb");
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#pick-stilte");
    click("#confirm");
    await settle();
    const log = text("#log");
    expect(document.getElementById("save-status")).toBeNull();
    // Reload of the same tab: straight back into the meeting.
    await start("idb");
    expect(text("#log")).toBe(log);
    click('button[data-choice="open"]');
    click('button[data-choice="team"]');
    expect(document.getElementById("debrief-title")).not.toBeNull();
    await settle();
    await start("idb");
    expect(texts(".history-item")).toHaveLength(1);
    expect(document.getElementById("resume")).toBeNull();
  });

  it("stores an own scenario once, not in every save", async () => {
    await start("local");
    const text = mini.replace('"id": "mini"', '"id": "eigen"');
    const input = document.getElementById("own-file") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [new File([text], "eigen.json")], configurable: true });
    input.dispatchEvent(new Event("change"));
    await settle();
    await settle();
    click('.play-own[data-role="facilitator"]');
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    const keys = Object.keys(localStorage).filter((k) => k.startsWith("spiegelspel.db:"));
    expect(keys.sort()).toEqual([
      `spiegelspel.db:own:${contentHash(text)}`,
      `spiegelspel.db:run:own:${contentHash(text)}|facilitator`,
    ]);
    expect(localStorage.getItem(keys[1] ?? "")?.length).toBeLessThan(1000);
  });
});

describe("a resume that fails (12.7)", () => {
  it("says the own scenario cannot be read when the loader crashes, keeps the run, offers to set it aside", async () => {
    const key = ownRun(mini.replace("Welkom allemaal.", "LOADER-CRASH"));
    sessionStorage.setItem("spiegelspel.active", key);
    await start();
    await settle();
    expect(text(".resume-problem")).toBe(
      "Deze ronde (Eigen wijkteam · Gespreksleider) kon niet worden hervat: je eigen scenario is niet meer te lezen " +
        "(TypeError: move.choices is not iterable). De ronde is bewaard gebleven.",
    );
    expect(document.activeElement?.className).toBe("resume-problem");
    // A reload is the menu again, never a blank page.
    await start();
    expect(document.getElementById("menu-form")).not.toBeNull();
    click("#resume");
    await settle();
    click("#set-aside");
    await settle();
    expect(document.getElementById("resume")).toBeNull();
    const aside = Object.keys(localStorage).filter((k) => k.startsWith("spiegelspel.db:aside:"));
    expect(JSON.parse(localStorage.getItem(aside[0] ?? "") ?? "{}").value.ownText).toContain("LOADER-CRASH");
  });

  it("says an own scenario that no longer reads is unreadable, not that the scenario is gone", async () => {
    // An old one-slot save holding a 4 MB own scenario that is not JSON.
    localStorage.setItem(
      "spiegelspel.save",
      JSON.stringify({
        format: "spiegelspel-save",
        version: 2,
        scenarioId: "wijkteam-zuiderveld",
        customScenario: `{"id": "wijkteam-zuiderveld", ${"x".repeat(4_000_000)}`,
        role: "facilitator",
        lang: "nl",
        seed: 1,
        moves: [],
        savedAt: "2026-12-06T10:00:00.000Z",
      }),
    );
    await start("idb");
    click("#resume");
    await settle();
    expect(text(".resume-problem")).toContain("je eigen scenario is niet meer te lezen (own.json");
    expect(text(".resume-problem")).not.toContain("is er niet meer");
  });

  it("tells a changed scenario from moves that do not fit, with the move number", async () => {
    put("run:mini|facilitator", {
      format: "spiegelspel-save",
      version: 3,
      key: "mini|facilitator",
      scenarioId: "mini",
      scenarioHash: "of-an-older-text",
      role: "facilitator",
      lang: "en",
      seed: 1,
      moves: [{ pick: ["doel", "stilte"] }, { choose: "weg" }],
      savedAt: "2026-12-06T10:00:00.000Z",
    });
    await start();
    click("#resume");
    expect(text(".resume-problem")).toBe(
      "This run (Mini · Facilitator) could not be resumed: the scenario has changed since this run was saved; " +
        "the moves no longer fit from move 2. The run has been kept.",
    );
  });
});

describe("several runs in progress (11.14)", () => {
  it("lists each with title, role, date and progress, and asks before replacing one", async () => {
    await start();
    click("#start");
    click("#enter");
    click("#pick-doel");
    click("#confirm");
    const log = text("#log");
    click("#leave");
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    click("#start");
    click("#enter");
    click("#leave");
    const runs = texts(".run-in-progress").map((r) => r.replace(/\d{4}-\d\d-\d\d \d\d:\d\d/, "DATE"));
    expect(runs).toEqual([
      "Mini · Toehoorder · DATE · 0 zetten · 5 van 20 min Verder spelen",
      "Mini · Gespreksleider · DATE · 1 zet · 5 van 20 min Verder spelen",
    ]);
    // The same scenario and role again: asked first; resuming instead brings the saved run back.
    click("#start");
    click("#enter");
    expect(text("#replace-question")).toContain("Je hebt al een bewaarde ronde van Mini als Gespreksleider");
    expect(document.activeElement?.id).toBe("replace-question");
    click("#resume-instead");
    expect(text("#log")).toBe(log);
    click("#leave");
    click("#start");
    click("#enter");
    click("#replace-run");
    expect(text("#log")).not.toBe(log);
    click("#leave");
    expect(texts(".run-in-progress")).toHaveLength(2);
  });
});
