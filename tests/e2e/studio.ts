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
import { at, beatIndex, choose, fill, openBeat, press, showTab } from "./studio-steps.ts";

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

    // LIVE CHECKS: the new user empties the Dutch words of two new beats (to write them later), sees
    // the checks list the one mistake with its two places, in Dutch, goes to each by clicking, writes
    // the words, then gives a verdict to every rule the checks say no path judges, until the list clears.
    await studioChecksCleared(page);

    // TRY A BEAT: the new beat, as the listener, in the try-it panel beside the forms.
    await tryNewBeat(page);

    // A reload comes back to the same scenario and the same place.
    await openBeat(page, "tweede-verhaal");
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

    await tabReachesEveryPanel(page);

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

/** Two beats whose Dutch words were emptied, and the verdicts for the rules no path judges yet. */
const EMPTIED = ["derde-verhaal", "stilte"];
const RULE_VERDICTS = [
  {
    beat: "welkom",
    role: "facilitator",
    choice: 0,
    rule: "F-INCLUDE",
    nl: "Iedereen weet dat hij aan de beurt komt.",
    en: "Everyone knows they will have a turn.",
  },
  {
    beat: "welkom",
    role: "facilitator",
    choice: 0,
    rule: "F-PROTECT",
    nl: "De regels beschermen wie vertelt.",
    en: "The rules protect whoever tells.",
  },
  {
    beat: "verhaal",
    role: "facilitator",
    choice: 0,
    rule: "F-EMOTION",
    nl: "Doorvragen laat ruimte voor wat het deed.",
    en: "Asking on leaves room for how it felt.",
  },
  {
    beat: "voorbereide-vraag",
    role: "facilitator",
    choice: 0,
    rule: "F-BALANCE",
    nl: "De vraag gaat over wat goed ging en wat beter kan.",
    en: "The question is about what went well and what could be better.",
  },
  {
    beat: "afsluiten",
    role: "facilitator",
    choice: 0,
    rule: "F-SUMMARY",
    nl: "Bij het bedanken vat je samen wat je hoorde.",
    en: "Thanking, you sum up what you heard.",
  },
  {
    beat: "tweede-verhaal",
    role: "listener",
    choice: 0,
    rule: "L-NONVERBAL",
    nl: "Stil noteren laat niets zien.",
    en: "Noting quietly shows nothing.",
  },
  {
    beat: "ronde-toehoorders",
    role: "listener",
    choice: 0,
    rule: "L-NOSOLVE",
    nl: "Een vraag belooft niets.",
    en: "A question promises nothing.",
  },
  {
    beat: "ronde-toehoorders",
    role: "listener",
    choice: 0,
    rule: "L-NOLEAD",
    nl: "De vraag stuurt niet.",
    en: "The question does not steer.",
  },
] as const;

const checksDone = (page: Page) =>
  page.waitForSelector('.studio-checks[data-state="done"]', { timeout: 30_000 });

/** Waits until the checks have caught up with the last edit and their live region says `what`. */
async function checksSay(page: Page, what: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector(".studio-checks [role=status]")?.textContent ?? "") &&
      document.querySelector(".studio-checks")?.getAttribute("data-state") === "done",
    what.source,
    { timeout: 30_000 },
  );
  return (await page.textContent(".studio-checks [role=status]")) ?? "";
}

async function studioChecksCleared(page: Page): Promise<void> {
  await checksDone(page);
  for (const b of EMPTIED) {
    const k = await openBeat(page, b);
    await fill(page, ["beats", k, "lines", 0, "text", "nl"], "");
  }
  const said = await checksSay(page, /^2 fouten\.$/);
  check(true, `the live region counts the mistake's places: "${said}"`);
  const first = page.locator(".finding-error").first();
  const label = (await first.locator("button").first().textContent()) ?? "";
  check(
    /^fout: 'nl' ontbreekt \(2 keer\)$/.test(label),
    `one finding for both places, in Dutch, with its count: "${label}"`,
  );
  await shot(page, "studio-checks-mistake");
  // The finding opens the first place's field, in the form that is already open (stilte's).
  const stilte = await beatIndex(page);
  await first.locator("button").first().click();
  const line = (k: number) => JSON.stringify(["beats", k, "lines", 0, "text", "nl"]);
  await page.waitForFunction((p) => document.activeElement?.getAttribute("data-path") === p, line(stilte));
  check(true, "clicking the finding puts focus on the emptied Dutch text of 'stilte'");
  await page.keyboard.type("Het blijft even stil in de kring.");
  await page.keyboard.press("Tab");
  await checksSay(page, /^1 fout\.$/);
  // The other place, by keyboard: Enter on the finding's one place left.
  await page.focus(".finding-error .checks-place");
  await page.keyboard.press("Enter");
  const derde = await page.evaluate(() => {
    const p = JSON.parse(document.activeElement?.getAttribute("data-path") ?? "[]") as unknown[];
    return p.length === 6 && p[5] === "nl" ? (p[1] as number) : -1;
  });
  check(
    (await page.textContent("#beat-form-title"))?.includes("derde-verhaal") === true && derde >= 0,
    "Enter on the other place opens 'derde-verhaal' with focus on its Dutch text",
  );
  await page.keyboard.type("Bij mij ging het juist goed.");
  await page.keyboard.press("Tab");
  const warned = await checksSay(page, /^\d+ waarschuwingen\.$/);
  check(
    (await page.locator(".finding-error").count()) === 0,
    `the mistake is gone; the checks still warn: "${warned}"`,
  );
  await shot(page, "studio-checks-warnings");
  // Each warning names a rule no path judges; the fix it gives is a verdict on that rule.
  for (const v of RULE_VERDICTS) {
    const k = await openBeat(page, v.beat);
    const choice = ["beats", k, "moves", v.role, "choices", v.choice];
    const n = await page.locator(`[data-item='${JSON.stringify(choice)}'] .verdict`).count();
    await press(page, `[data-item='${JSON.stringify(choice)}'] .verdicts > button`);
    const verdict = [...choice, "verdicts", n];
    await choose(page, [...verdict, "rule"], v.rule);
    await fill(page, [...verdict, "why", "nl"], v.nl);
    await fill(page, [...verdict, "why", "en"], v.en);
  }
  const clean = await checksSay(page, /^Geen problemen gevonden\.$/);
  check(
    (await page.locator(".studio-checks .finding").count()) === 0,
    `every problem the checks showed is cleared: "${clean}"`,
  );
  await shot(page, "studio-checks-clear");
}

async function tryNewBeat(page: Page): Promise<void> {
  // The try-it panel shares the side with the JSON editor: its tab brings it forward.
  await showTab(page, "try");
  await openBeat(page, "tweede-verhaal");
  await page.waitForFunction(
    () => (document.querySelector(".try-beat") as HTMLSelectElement | null)?.value === "tweede-verhaal",
  );
  check(true, "the try-it panel offers the beat open in the forms");
  await page.selectOption(".try-role", "listener");
  await page.click(".try-play-beat");
  await page.waitForSelector('.try-choice[data-choice="zwijgen"]');
  const lines = await page.$$eval(".try-line .try-text", (els) => els.map((e) => e.textContent));
  check(lines.includes("Ik werd drie keer doorverbonden."), "the beat's own line is played");
  await page.click('.try-choice[data-choice="zwijgen"]');
  await page.waitForSelector(".try-verdict");
  const whys = await page.$$eval(".try-verdict .try-why", (els) => els.map((e) => e.textContent));
  check(
    whys.includes("Waarom: De deelnemer houdt de ruimte.") &&
      whys.includes("Waarom: Stil noteren laat niets zien."),
    `the verdicts say why, in the words written in the forms: ${whys.join(" | ")}`,
  );
  // The picture shows the verdicts (focus went on to the next move, below them).
  await page.locator(".try-verdict").first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await shot(page, "studio-try-beat");
  // A narrow window: one column, nothing cut off sideways.
  await page.setViewportSize({ width: 600, height: 720 });
  await page.waitForTimeout(300);
  const wider = await page.evaluate(() => document.documentElement.scrollWidth);
  check(wider <= 600, `at 600 px wide the studio fits the window (${wider} px)`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "studio-narrow");
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** From the title, Tab alone reaches the main, side and bottom panels, each with a visible focus ring. */
async function tabReachesEveryPanel(page: Page): Promise<void> {
  await page.focus("#studio-title");
  const reached: string[] = [];
  const unringed: string[] = [];
  for (let i = 0; i < 800 && reached.length < 3; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const s = a ? getComputedStyle(a) : null;
      return {
        place: a?.closest("[data-place]")?.getAttribute("data-place") ?? "",
        ring: !!s && s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) > 0,
        what: a?.outerHTML.slice(0, 60) ?? "",
      };
    });
    if (at.place && !reached.includes(at.place)) {
      reached.push(at.place);
      if (!at.ring) unringed.push(at.what);
    }
  }
  check(
    reached.join(",") === "main,side,bottom",
    `Tab alone reaches the main, side and bottom panels in that order (${reached.join(", ")})`,
  );
  check(unringed.length === 0, `focus is visible there ${unringed.join(" ")}`);
}
