// @vitest-environment jsdom
// The studio's "try it" panel over a fake host: a beat of a bundled scenario played in a chosen state
// with the real engine (lines, choices in the engine's order, verdicts, effects), the whole meeting from
// the start, typed words, a refused start state, an invalid document, and a document that changes
// during a try. One language at a time.
import { afterEach, describe, expect, it } from "vitest";
import type { Scenario } from "../../src/engine/format/schema.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { problemText } from "../../src/engine/load/problems.ts";
import { tr } from "../../src/engine/report/localize.ts";
import type { Judge } from "../../src/engine/session/session.ts";
import { replayRun, startSessionAt } from "../../src/engine/session/start-at.ts";
import type { DocPath, StudioPanel, StudioPanelHost } from "../../src/studio/panel-host.ts";
import { PANELS } from "../../src/studio/panel-list.ts";
import { WORD_KEYS, wordsOf } from "../../src/studio/try/strings.ts";
import { mountTry } from "../../src/studio/try/try-panel.ts";
import { loadMini, miniValue, readText } from "../helpers.ts";

const district = JSON.parse(readText("scenarios/wijkteam-zuiderveld.json")) as Record<string, unknown>;
const districtScenario = (() => {
  const r = loadScenario(readText("scenarios/wijkteam-zuiderveld.json"));
  if (!r.ok) throw new Error("the district scenario loads");
  return r.scenario;
})();

function fakeHost(doc: unknown, lang: "nl" | "en" = "nl", selection: DocPath | null = null) {
  let value = doc;
  let selected = selection;
  const docFns = new Set<() => void>();
  const selectFns = new Set<(p: DocPath) => void>();
  const host: StudioPanelHost & { edits: number } = {
    lang,
    edits: 0,
    doc: {
      get: () => value,
      set: (next) => {
        value = next;
        host.edits++;
        for (const f of docFns) f();
      },
      subscribe: (f) => {
        docFns.add(f);
        return () => docFns.delete(f);
      },
    },
    select: (p) => {
      selected = p;
      for (const f of selectFns) f(p);
    },
    selection: () => selected,
    onSelect: (f) => {
      selectFns.add(f);
      return () => selectFns.delete(f);
    },
  };
  return host;
}

const fakeJudge: Judge = (text) => ({
  label: text.includes("?") ? "open" : "opinion",
  allowed: text.includes("?"),
  confidence: 0.9,
  why: `oordeel: ${text}`,
  cues: [],
});

let panel: StudioPanel | undefined;
let root: HTMLElement;
afterEach(() => {
  panel?.destroy();
  root?.remove();
});

function mount(host: StudioPanelHost, judge?: Judge) {
  root = document.createElement("div");
  document.body.append(root);
  panel = mountTry(
    root,
    host,
    judge ? { loadJudge: async () => judge, reloadAfterMs: 0 } : { reloadAfterMs: 0 },
  );
  return root;
}

const q = <T extends Element = HTMLElement>(sel: string) => {
  const found = root.querySelector<T>(sel as never);
  if (!found) throw new Error(`no ${sel} in the panel`);
  return found as T;
};
const all = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const click = (sel: string) => q<HTMLElement>(sel).click();
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Words also written in Dutch, which say nothing about the language of a screen. */
const BOTH = new Set(["start", "scenario", "beat", "beats", "flags"]);

/** Words of the panel's English (5 letters or more) that are not in its Dutch: never on a Dutch screen. */
function englishWords(): RegExp {
  const words = new Set<string>();
  for (const key of WORD_KEYS) {
    const { nl, en } = wordsOf(key);
    for (const w of en.replace(/\{[^}]*\}/g, " ").split(/[^A-Za-z]+/))
      if (w.length >= 5 && !BOTH.has(w.toLowerCase()) && !nl.toLowerCase().includes(w.toLowerCase()))
        words.add(w);
  }
  return new RegExp(`\\b(${[...words].join("|")})\\b`, "i");
}

describe("the studio's try-it panel", () => {
  it("is one side panel in the studio's list, loaded when first shown", async () => {
    const entry = PANELS.find((p) => p.id === "try");
    expect(entry?.place).toBe("side");
    expect(entry?.title).toEqual({ nl: "Uitproberen", en: "Try it" });
    expect(typeof (await entry?.load())?.mount).toBe("function");
  });

  it("plays the selected beat of a bundled scenario in the chosen state with the real engine", () => {
    const index = districtScenario.beats.findIndex((b) => b.id === "v-kees-2");
    const host = fakeHost(district, "nl", ["beats", index, "moves", "facilitator"]);
    mount(host);
    expect(q<HTMLSelectElement>(".try-beat").value).toBe("v-kees-2");
    expect(q(".try-phase").textContent).toContain("Vrije ronde");
    // A flag on and Kees's openness set through the number field.
    const flag = all(".try-flags input")[0] as HTMLInputElement;
    flag.click();
    const kees = q<HTMLInputElement>('.try-open-number[data-person="kees"]');
    kees.value = "80";
    kees.dispatchEvent(new Event("change"));
    expect(q<HTMLInputElement>('input[type="range"][data-person="kees"]').value).toBe("80");
    click(".try-play-beat");

    const expected = startSessionAt(districtScenario, "facilitator", {
      beat: "v-kees-2",
      flags: [flag.dataset.flag as string],
      openness: {
        ...Object.fromEntries(districtScenario.cast.participants.map((p) => [p.id, p.openness])),
        kees: 80,
      },
    });
    const lines = expected.log().flatMap((e) => (e.t === "line" ? [tr(e.text, "nl")] : []));
    expect(all(".try-line .try-text").map((e) => e.textContent)).toEqual(lines);
    const pending = expected.pending();
    expect(q(".try-move-title").textContent).toContain(tr(pending?.prompt, "nl"));
    expect(all(".try-choice").map((b) => b.dataset.choice)).toEqual(pending?.choices.map((c) => c.id));
    expect(document.activeElement).toBe(q(".try-move-title"));

    const choice = pending?.choices[0]?.id as string;
    const before = expected.context;
    expected.choose(choice);
    click(`.try-choice[data-choice="${choice}"]`);
    const verdicts = expected.log().filter((e) => e.t === "verdict");
    expect(verdicts.length).toBeGreaterThan(0);
    expect(all(".try-verdict").map((v) => v.dataset.rule)).toEqual(
      verdicts.map((v) => (v as { rule: string }).rule),
    );
    expect(all(".try-verdict .try-why").map((v) => v.textContent)).toEqual(
      verdicts.map((v) => `Waarom: ${tr((v as { why: { nl: string } }).why, "nl")}`),
    );
    const effects = q(".try-effects").textContent ?? "";
    const kAfter = expected.context.people.kees?.openness;
    if (kAfter !== before.people.kees?.openness)
      expect(effects).toContain(`openheid Kees Mulder: 80 → ${kAfter}`);
    expect(effects.startsWith("Gevolgen: ")).toBe(true);
    const nowLine = q(".try-now").textContent ?? "";
    expect(nowLine).toContain(`Kees Mulder ${kAfter}`);
    expect(nowLine).toContain(`vlaggen aan: ${Object.keys(expected.context.flags).join(", ")}`);
    expect(nowLine).toContain(`fase Vrije ronde, ${expected.context.clock} min`);
    // On to the next beat: its heading, and the next move waiting with focus on it.
    const next = expected.pending();
    expect(all(".try-beat-head").map((h) => h.textContent)).toContain(`Beat ${next?.beat}`);
    expect(q(".try-move-title").textContent).toContain(tr(next?.prompt, "nl"));
    // The moves file is JSON, whose field names are the format's (as in a scenario file), and `play` is
    // a command's name: code, not words.
    const words = root.cloneNode(true) as HTMLElement;
    for (const code of words.querySelectorAll("pre, code")) code.remove();
    const shown = words.textContent ?? "";
    expect(shown.match(englishWords())?.[0]).toBeUndefined();
    expect("You play as a listener").toMatch(englishWords());
  });

  it("plays the whole meeting from the start, and starts again on reset", () => {
    const host = fakeHost(miniValue(), "en");
    mount(host);
    q<HTMLSelectElement>(".try-role").value = "listener";
    q<HTMLSelectElement>(".try-role").dispatchEvent(new Event("change"));
    click(".try-play-all");
    expect(q(".try-status").textContent).toBe("You play as a listener the whole meeting from the start.");
    expect(all(".try-phase-entry")[0]?.textContent).toBe("Phase: Opening");
    let moves = 0;
    while (root.querySelector(".try-move") && moves < 20) {
      const pick = root.querySelector<HTMLInputElement>(".try-pick");
      if (pick) {
        pick.click();
        click(".try-confirm");
      } else click(".try-choice");
      moves++;
    }
    expect(q(".try-done").textContent).toBe("The meeting is over.");
    expect(all(".try-verdict").length).toBeGreaterThan(0);
    click(".try-reset");
    expect(root.querySelector(".try-done")).toBeNull();
    expect(all(".try-move-entry:not(.try-computer)")).toHaveLength(0);
  });

  it("judges typed words where the beat takes them", async () => {
    const index = districtScenario.beats.findIndex((b) => b.id === "v-kees-1");
    mount(fakeHost(district, "nl", ["beats", index]), fakeJudge);
    click(".try-play-beat");
    await tick();
    const area = q<HTMLTextAreaElement>(".try-say-text");
    area.value = "Wat bedoelt u precies?";
    click(".try-say");
    expect(q(".try-move-entry:not(.try-computer)").textContent).toContain("“Wat bedoelt u precies?”");
    expect(q(".try-move-entry:not(.try-computer)").textContent).toContain("open vraag");
  });

  it("lets a listener note participants' words, and keeps the run as a moves file that play replays", () => {
    mount(fakeHost(miniValue(), "nl"));
    q<HTMLSelectElement>(".try-role").value = "listener";
    q<HTMLSelectElement>(".try-role").dispatchEvent(new Event("change"));
    q<HTMLSelectElement>(".try-beat").value = "anja-vertelt";
    q<HTMLSelectElement>(".try-beat").dispatchEvent(new Event("change"));
    click(".try-play-beat");
    const prompt = q(".try-move-title").textContent;
    const positive = q<HTMLButtonElement>('.try-note-positive[data-line="anja-hulp"]');
    expect(positive.getAttribute("aria-label")).toMatch(/^Noteer als ‘gaat goed’: /);
    positive.click();
    expect(positive.getAttribute("aria-pressed")).toBe("true");
    expect(q(".try-note").textContent).toMatch(/^Genoteerd \(gaat goed\): Anja — /);
    // A note is not the move: the same move still waits.
    expect(q(".try-move-title").textContent).toBe(prompt);
    click(".try-choice");
    const file = JSON.parse(q(".try-replay-text").textContent ?? "") as {
      start: { beat: string };
      moves: unknown[];
    };
    expect(file.start.beat).toBe("anja-vertelt");
    expect(file.moves[0]).toEqual({ note: "anja-hulp", tag: "positive" });
    // What play does with that file (tests/cli/play-start.test.ts): the engine's replay of it.
    const again = replayRun(loadMini(), { role: "listener", seed: 0, ...(file as unknown as { moves: [] }) });
    expect(again.result.ok).toBe(true);
    const lines = again.session.log().flatMap((e) => (e.t === "line" ? [tr(e.text, "nl")] : []));
    expect(all(".try-line .try-text").map((e) => e.textContent)).toEqual(lines);
    expect(again.session.log().filter((e) => e.t === "note")).toHaveLength(1);
  });

  it("refuses a start state out of range with a message in the studio's language", () => {
    mount(fakeHost(miniValue(), "nl"));
    const anja = q<HTMLInputElement>('.try-open-number[data-person="anja"]');
    anja.value = "150";
    anja.dispatchEvent(new Event("change"));
    click(".try-play-beat");
    expect(q(".try-problems").textContent).toContain(
      "De openheid van 'anja' is 150; dat moet een heel getal van 0 tot en met 100 zijn.",
    );
    expect(root.querySelector(".try-log")).toBeNull();
  });

  it("says in a sentence why an invalid scenario cannot be tried, and offers nothing to play", () => {
    const broken = { ...miniValue(), start: "nergens", durationMinutes: "twintig" };
    mount(fakeHost(broken, "nl"));
    const loaded = loadScenario(JSON.stringify(broken));
    const errors = loaded.problems.filter((p) => p.severity === "error");
    expect(q(".try-invalid p").textContent).toBe(
      `Dit scenario kan nog niet gespeeld worden: er ${errors.length === 1 ? "is" : "zijn"} ${errors.length} ${errors.length === 1 ? "fout" : "fouten"} in. Los eerst deze op:`,
    );
    const first = problemText(errors[0] as never, "nl");
    expect(all(".try-invalid-list li")[0]?.textContent).toBe(`${first.where}: ${first.message}`);
    expect(root.querySelector("button")).toBeNull();
  });

  it("keeps a try going when the document changes, and offers to restart with the new version", async () => {
    const value = miniValue();
    const host = fakeHost(value, "nl");
    mount(host);
    click(".try-play-beat");
    const firstLine = q(".try-line .try-text").textContent;
    const changed = JSON.parse(
      JSON.stringify(value).replace("Welkom allemaal.", "<b>Goedemorgen</b> allemaal."),
    );
    host.doc.set(changed, "edit");
    expect(q(".try-changed p").textContent).toContain("Het scenario is veranderd");
    expect(q(".try-line .try-text").textContent).toBe(firstLine);
    // The old version still plays.
    (all(".try-pick")[0] as HTMLInputElement).click();
    click(".try-confirm");
    expect(all(".try-move-entry:not(.try-computer)")).toHaveLength(1);
    click(".try-restart");
    expect(q(".try-line .try-text").textContent).toBe("<b>Goedemorgen</b> allemaal.");
    expect(root.querySelector(".try-line b")).toBeNull();
    expect(root.querySelector(".try-changed p")).toBeNull();
    // A change to something invalid while trying: still no crash; restarting shows why.
    host.doc.set({ formatVersion: 2 }, "break");
    click(".try-restart");
    expect(root.querySelector(".try-invalid")).not.toBeNull();
    host.doc.set(value, "mend");
    // Checked again once edits pause, not on every keystroke.
    expect(root.querySelector(".try-setup")).toBeNull();
    await tick();
    expect(root.querySelector(".try-setup")).not.toBeNull();
    // In the setup, an edit shows at once the panel checks again: a renamed beat is offered.
    host.doc.set(JSON.parse(JSON.stringify(value).replaceAll('"welkom"', '"begroeting"')), "rename");
    await tick();
    expect([...q<HTMLSelectElement>(".try-beat").options].map((o) => o.value)).toContain("begroeting");
    expect(host.edits).toBe(4);
  });

  it("follows the shared selection to a beat while setting up", () => {
    const host = fakeHost(miniValue(), "nl");
    mount(host);
    expect(q<HTMLSelectElement>(".try-beat").value).toBe("welkom");
    host.select(["beats", 2, "lines", 0]);
    expect(q<HTMLSelectElement>(".try-beat").value).toBe((miniValue().beats as Scenario["beats"])[2]?.id);
    host.select(["cast"]);
    expect(q<HTMLSelectElement>(".try-beat").value).toBe((miniValue().beats as Scenario["beats"])[2]?.id);
  });

  it("gives every control a name a screen reader can say", () => {
    mount(fakeHost(miniValue(), "nl"));
    const nameless = (scope: ParentNode) =>
      [...scope.querySelectorAll<HTMLElement>("button, select, input, textarea")].filter(
        (c) =>
          !(c.textContent ?? "").trim() &&
          !c.getAttribute("aria-label") &&
          !(c.id && root.querySelector(`label[for="${c.id}"]`)),
      );
    expect(nameless(root)).toEqual([]);
    click(".try-play-beat");
    expect(nameless(root)).toEqual([]);
    expect(q(".try-log").getAttribute("role")).toBe("log");
  });
});
