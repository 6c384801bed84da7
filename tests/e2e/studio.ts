// The studio in the browser: a new user opens it from the menu, builds a 12-beat meeting from the
// template through the forms alone (never typing JSON), undoes and redoes, reloads and finds the same
// scenario at the same place, exports a file that validate accepts and paths plays in both roles, and a
// corrupt autosave gets a message and is kept. Screenshots: test-results/studio-*.png.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { analysePaths } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { formatProblems } from "../../src/engine/load/group-problems.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { check, inBrowser, shot } from "./page.ts";

type DocPath = (string | number)[];
const at = (path: DocPath) => `[data-path='${JSON.stringify(path)}']`;

/** Types into the field at `path` and leaves it with Tab (which commits it), then waits for the redraw. */
async function fill(page: Page, path: DocPath, value: string): Promise<void> {
  const sel = at(path);
  await page.$eval(sel, (e) => {
    (e as HTMLElement).dataset.old = "1";
  });
  await page.fill(sel, value);
  await page.press(sel, "Tab");
  await page.waitForSelector(`${sel}:not([data-old])`);
}

async function choose(page: Page, path: DocPath, value: string): Promise<void> {
  const sel = at(path);
  // Choosing what is already chosen changes nothing, so there is no redraw to wait for.
  if ((await page.$eval(sel, (e) => (e as HTMLSelectElement).value)) === value) return;
  await page.$eval(sel, (e) => {
    (e as HTMLElement).dataset.old = "1";
  });
  await page.selectOption(sel, value);
  await page.waitForSelector(`${sel}:not([data-old])`);
}

/** Clicks a button that changes the document and waits for the forms to be drawn again. */
async function press(page: Page, selector: string): Promise<void> {
  await page.$eval("#forms-editor", (e) => {
    (e as HTMLElement).dataset.old = "1";
    for (const c of e.children) (c as HTMLElement).dataset.old = "1";
  });
  await page.click(selector);
  await page.waitForSelector("#forms-editor > :not([data-old])");
}

const beatIndex = (page: Page) =>
  page.$eval("#beat-form-title", (h) => {
    const input = h.parentElement?.querySelector<HTMLElement>("[data-path]");
    return (JSON.parse(input?.dataset.path ?? "[]") as DocPath)[1] as number;
  });

const NEW_BEATS = [
  {
    after: "verhaal",
    id: "tweede-verhaal",
    nl: "Ik werd drie keer doorverbonden.",
    en: "I was put through three times.",
  },
  {
    after: "tweede-verhaal",
    id: "stilte",
    nl: "Het blijft even stil in de kring.",
    en: "The circle is quiet for a moment.",
  },
  { after: "stilte", id: "derde-verhaal", nl: "Bij mij ging het juist goed.", en: "For me it went well." },
  {
    after: "voorbereide-vraag",
    id: "antwoord",
    nl: "Ik kon nooit iemand bereiken.",
    en: "I could never reach anyone.",
  },
  {
    after: "ronde-toehoorders",
    id: "nog-een-vraag",
    nl: "Mag ik nog iets vragen?",
    en: "May I ask one more thing?",
  },
  {
    after: "afsluiten",
    id: "napraten",
    nl: "De deelnemers pakken hun jassen.",
    en: "The participants take their coats.",
  },
];

export async function studioInBrowser(url: string): Promise<void> {
  await inBrowser(url, "studio: a 12-beat meeting from the template, by forms alone", async (page) => {
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector("#open-studio");
    await page.click("#open-studio");
    await page.waitForSelector(".forms-nav");
    check(new URL(page.url()).hash.startsWith("#studio"), "the studio has its own address (#studio)");
    await shot(page, "studio-start");

    // What the scenario is.
    await page.click("#forms-go-meta");
    await fill(page, ["id"], "wijk-oost");
    await fill(page, ["title", "nl"], "Wijkteam Oost luistert");
    await fill(page, ["title", "en"], "District team East listens");
    await shot(page, "studio-meta");

    // Six beats more, each after a beat of the template, each with its own words and id.
    for (const b of NEW_BEATS) {
      await press(page, `.nav-item[data-beat="${b.after}"]`);
      await press(page, "#forms-add-beat");
      const i = await beatIndex(page);
      await fill(page, ["beats", i, "lines", 0, "text", "nl"], b.nl);
      await fill(page, ["beats", i, "lines", 0, "text", "en"], b.en);
      await fill(page, ["beats", i, "id"], b.id);
    }
    const count = await page.locator(".nav-beats .nav-item").count();
    check(count === 12, `the meeting has ${count} beats (12)`);
    await shot(page, "studio-beats");

    // One new beat gets a listener's urge with two options, their verdicts picked from the listener's rules.
    await press(page, '.nav-item[data-beat="tweede-verhaal"]');
    const i = await beatIndex(page);
    const move = ["beats", i, "moves", "listener"];
    await press(page, '.add-move[data-role="listener"]');
    await choose(page, [...move, "kind"], "urge");
    await fill(page, [...move, "prompt", "nl"], "Je wilt zeggen dat het systeem toen haperde.");
    await fill(page, [...move, "prompt", "en"], "You want to say the system was down then.");
    const c0 = [...move, "choices", 0];
    await fill(page, [...c0, "id"], "zwijgen");
    await fill(page, [...c0, "text", "nl"], "Blijf stil en noteer het");
    await fill(page, [...c0, "text", "en"], "Stay silent and note it");
    await fill(page, [...c0, "do", "nl"], "blijft stil en schrijft het op");
    await fill(page, [...c0, "do", "en"], "stays silent and writes it down");
    await press(page, `[data-item='${JSON.stringify(c0)}'] .verdicts > button`);
    await choose(page, [...c0, "verdicts", 0, "rule"], "L-SILENT");
    const means = await page.textContent(`[data-item='${JSON.stringify(c0)}'] .rule-means`);
    check((means ?? "").includes("toehoorders"), `what the rule asks is shown beside it: "${means}"`);
    await fill(page, [...c0, "verdicts", 0, "why", "nl"], "De deelnemer houdt de ruimte.");
    await fill(page, [...c0, "verdicts", 0, "why", "en"], "The participant keeps the floor.");
    await press(page, '.add-choice[data-role="listener"]');
    const c1 = [...move, "choices", 1];
    await fill(page, [...c1, "id"], "uitleggen");
    await fill(page, [...c1, "text", "nl"], "Leg uit dat het systeem haperde");
    await fill(page, [...c1, "text", "en"], "Explain the system was down");
    await fill(page, [...c1, "say", "nl"], "Het systeem lag toen plat.");
    await fill(page, [...c1, "say", "en"], "The system was down then.");
    await press(page, `[data-item='${JSON.stringify(c1)}'] .verdicts > button`);
    await choose(page, [...c1, "verdicts", 0, "rule"], "L-NOEXPLAIN");
    await choose(page, [...c1, "verdicts", 0, "kind"], "breach");
    await fill(page, [...c1, "verdicts", 0, "weight"], "3");
    await fill(page, [...c1, "verdicts", 0, "why", "nl"], "Uitleg sluit het verhaal af.");
    await fill(page, [...c1, "verdicts", 0, "why", "en"], "Explaining closes the story.");
    await choose(page, [...move, "onTimeout"], "zwijgen");
    await choose(page, [...move, "npc"], "zwijgen");
    await shot(page, "studio-move");

    // Undo and redo, by keyboard, outside a field.
    await page.focus("#studio-title");
    await page.keyboard.press("Control+z");
    await page.waitForFunction(
      (sel) => !(document.querySelector(sel) as HTMLSelectElement | null)?.value,
      at([...move, "npc"]),
    );
    check(true, "Ctrl+Z takes back the last edit (the computer's choice)");
    check(
      ((await page.textContent("#studio-status")) ?? "").startsWith("Ongedaan gemaakt"),
      "undo says what it took back, in Dutch",
    );
    await page.keyboard.press("Control+Shift+z");
    await page.waitForFunction(
      (sel) => (document.querySelector(sel) as HTMLSelectElement | null)?.value === "zwijgen",
      at([...move, "npc"]),
    );
    check(true, "Ctrl+Shift+Z does it again");

    // LIVE CHECKS (studio-engine's checks panel): clear every problem it shows here, once that panel is in PANELS.
    // TRY A BEAT (studio-try's try-it panel): play beat "tweede-verhaal" as the listener here, once it is in PANELS.

    // A reload comes back to the same scenario and the same place.
    await page.focus(at([...c1, "say", "en"]));
    await page.waitForFunction(
      () => document.getElementById("studio-saved")?.textContent === "Bewaard in deze browser.",
    );
    await page.reload();
    await page.waitForSelector("#beat-form-title");
    check(
      ((await page.textContent("#beat-form-title")) ?? "").includes("tweede-verhaal"),
      "after a reload the same beat is open",
    );
    check(
      (await page.locator(".nav-beats .nav-item").count()) === 12,
      "after a reload the 12 beats are there",
    );
    check(
      (await page.evaluate(() => document.activeElement?.getAttribute("data-path"))) ===
        JSON.stringify([...c1, "say", "en"]),
      "after a reload focus is on the same field",
    );
    await shot(page, "studio-after-reload");

    // Every control has a name a screen reader can say.
    const unnamed = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          ".studio button, .studio select, .studio input, .studio textarea",
        ),
      ]
        .filter(
          (el) =>
            !(el.textContent ?? "").trim() &&
            !el.getAttribute("aria-label") &&
            !(el.id && document.querySelector(`label[for="${el.id}"]`)),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    check(
      unnamed.length === 0,
      `every control in the studio has an accessible name ${unnamed.slice(0, 3).join(" ")}`,
    );

    // Export, and the file is checked with the engine itself.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#studio-export")]);
    const file = await download.path();
    const text = readFileSync(file, "utf8");
    check(download.suggestedFilename() === "wijk-oost.json", `exported as ${download.suggestedFilename()}`);
    await shot(page, "studio-exported");
    const loaded = loadScenario(text, "wijk-oost.json");
    const errors = loaded.problems.filter((p) => p.severity === "error");
    check(
      loaded.ok && errors.length === 0,
      `validate accepts the exported file ${formatProblems(errors).slice(0, 3).join("; ")}`,
    );
    check(loaded.scenario?.beats.length === 12, "the exported file holds the 12 beats");
    if (loaded.scenario)
      for (const role of ["facilitator", "listener"] as const) {
        const r = analysePaths(compileScenario(loaded.scenario, role));
        check(
          r.paths > 0 && r.maxScore !== null,
          `paths plays it as ${role}: ${r.pathsExact} paths, best ${r.maxScore}`,
        );
      }
    console.log(
      `  (the 12-beat meeting took the scripted new user ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );

    // Opening a file: not JSON is refused with where and what; the exported file opens with its 12 beats.
    await page.click("#studio-new");
    await page.waitForFunction(() => document.querySelectorAll(".nav-beats .nav-item").length === 6);
    await page.setInputFiles("#studio-open", {
      name: "kapot.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"id": "x",'),
    });
    await page.waitForFunction(() =>
      (document.getElementById("studio-status")?.textContent ?? "").includes("kapot.json"),
    );
    const refused = (await page.textContent("#studio-status")) ?? "";
    check(
      /kapot\.json kon niet worden geopend: .*regel 1/.test(refused),
      `a file that is not JSON is refused with where: "${refused}"`,
    );
    await page.setInputFiles("#studio-open", {
      name: "wijk-oost.json",
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await page.waitForFunction(() => document.querySelectorAll(".nav-beats .nav-item").length === 12);
    check(
      ((await page.textContent("#studio-status")) ?? "") === "Geopend: wijk-oost.json",
      "the exported file opens again",
    );
    await shot(page, "studio-opened");
    // Saved, with nothing pending (a pending save is written when the page goes, over what the next step breaks).
    await page.waitForFunction(
      () => document.getElementById("studio-saved")?.textContent === "Bewaard in deze browser.",
    );

    // A corrupt autosave: a message, the studio still works, and the saved text is kept aside.
    await page.evaluate(() => localStorage.setItem("spiegelspel.studio", '{"version":1,"doc":{'));
    await page.reload();
    await page.waitForSelector("#studio-notice");
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("spiegelspel.studio.aside."))
        .map((k) => localStorage.getItem(k)),
    );
    check(kept.includes('{"version":1,"doc":{'), "the corrupt autosave is kept aside, unchanged");
    check(
      (await page.locator(".nav-beats .nav-item").count()) === 6,
      "the studio opens the template instead",
    );
    await shot(page, "studio-corrupt-autosave");
    await page.click("#studio-back");
    await page.waitForSelector("#menu-form");
    check(new URL(page.url()).hash === "", "back to the game leaves the studio's address");
  });
}
