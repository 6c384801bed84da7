// A workshop in the browser, against the real server (src/server/main.ts with NODE_ENV=production, so it
// serves dist/): a trainer and three players, each in their own browser context. The trainer creates the
// workshop, the players join by code (one through the link, one on a 390 px phone) and the trainer seats
// them: Anna as facilitator, Bram and Chris as listeners. One meeting for all, played through each
// player's own meeting view: the facilitator makes the facilitator's moves; each listener gets the urges
// on their own device and decides alone; Bram gives in once, everyone sees it and Anna has to handle it
// (F-PROTECT); Bram takes notes, raises a hand in the listeners' round and asks a clarifying question
// when Anna gives him the floor; Chris plays with "more time to choose" (the trainer sees it) and
// reloads mid-meeting. Then each player's debrief. Screenshots go to test-results/, among them
// workshop-trainer-view, workshop-listener-urge, workshop-facilitator-breach and workshop-debrief.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM } from "./browser.ts";
import { check, noProblems, shot, watch } from "./page.ts";
import { followUpInBrowser } from "./workshop-follow-up.ts";

const root = new URL("../../", import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * `npm start` as a trainer would run it, on a free port, the reading pace 20× faster for the test.
 * `env`: more of the server's settings (WINDOW_SCALE "1": the seats' answer windows as in a workshop).
 */
export async function startServer(
  env: Record<string, string> = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "spiegelspel-workshop-e2e-"));
  const child: ChildProcess = spawn(join(root, "node_modules/.bin/tsx"), ["src/server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PACE_SCALE: "0.05",
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Spiegelspel on (http\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve((m[1] as string).replace(/\/?$/, "/"));
      }
    };
    child.stdout?.on("data", take);
    child.stderr?.on("data", take);
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function newPage(browser: Browser, url: string, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ""));
  return { page, problems };
}

const lineTexts = (page: Page) =>
  page.$$eval("#log li.line .text", (xs) => xs.map((x) => x.textContent ?? ""));
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

type MeetingState = "choose" | "pick" | "over";

/** A listener who keeps quiet: holds back at an urge, ignores the whispering. */
const quiet = (shown: string[]): string =>
  shown.includes("stil") ? "stil" : shown.includes("negeren") ? "negeren" : (shown[0] as string);

/** What this player's screen asks now: a choice, a pick, or nothing more (the meeting view is gone). */
async function nextState(page: Page): Promise<MeetingState> {
  const handle = await page.waitForFunction(
    () => {
      if (!document.getElementById("log")) return "over";
      if (document.querySelector("#move #confirm")) return "pick";
      if (document.querySelector("#move button[data-choice]")) return "choose";
      return null;
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  return (await handle.jsonValue()) as MeetingState;
}

/** Decides a choice from the ids shown (may look at the page, take screenshots); returns the id to click. */
type Decide = (ids: string[]) => Promise<string>;

/**
 * One player's seat through the meeting view's own controls until the meeting view goes (the meeting
 * has ended for this player). `between` runs before each decision (notes, a reload).
 */
async function playSeat(page: Page, decide: Decide, between: () => Promise<void> = async () => {}) {
  let moves = 0;
  for (let step = 0; step < 400; step++) {
    await between();
    const what = await nextState(page);
    if (what === "over") return moves;
    if (what === "choose") {
      const ids = await page.$$eval("#move button[data-choice]", (bs) =>
        bs.map((b) => b.getAttribute("data-choice") ?? ""),
      );
      if (ids.length === 0) continue;
      const id = await decide(ids);
      // The turn may have gone meanwhile (another seat's move came first): then the next state is read.
      const clicked = await page
        .click(`#move button[data-choice="${id}"]`, { timeout: 2000 })
        .then(() => true)
        .catch(() => false);
      if (!clicked) continue;
    } else {
      // Tick one more option until the count is accepted (too few is said on the spot, nothing is sent).
      const boxes = page.locator("#move input[type=checkbox]");
      const n = await boxes.count();
      for (let k = 0; k < n; k++) {
        const ok = await boxes
          .nth(k)
          .check({ timeout: 2000 })
          .then(() => true)
          .catch(() => false);
        if (!ok) break;
        await page.click("#move #confirm", { timeout: 2000 }).catch(() => {});
        await page.waitForTimeout(150);
        if (!(await page.$("#move #confirm"))) break;
      }
    }
    moves++;
    // Sent: the panel empties until the server offers the next turn.
    await page
      .waitForFunction(() => !document.querySelector("#move button"), undefined, { timeout: 10_000 })
      .catch(() => {});
  }
  throw new Error("the meeting did not end within 400 moves");
}

export async function workshopInBrowser(): Promise<void> {
  console.log("workshop: a trainer, a facilitator and two listeners on the real server");
  // Lines 20× faster, but the seats' answer windows as long as in a workshop: people decide here.
  const server = await startServer({ WINDOW_SCALE: "1" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const url = server.url;
    // 1280×720: the size the screenshots in docs/workshop.md are kept at.
    const trainer = await newPage(browser, url, 1280, 720);
    const anna = await newPage(browser, url, 1280, 720);
    const bram = await newPage(browser, url, 1280, 720);
    const chris = await newPage(browser, url, 390, 844);
    // Chris asked for more time to choose (the menu's setting, kept in the browser).
    await chris.page.addInitScript(() => localStorage.setItem("spiegelspel.moreTime", "double"));

    // The trainer: Workshop in the menu, a bundled scenario, two listener seats, create.
    await trainer.page.goto(url);
    await trainer.page.click("#open-workshop");
    await trainer.page.selectOption("#ws-scenario", "wijkteam-zuiderveld");
    await trainer.page.fill("#ws-listeners", "2");
    await trainer.page.click("#ws-create");
    await trainer.page.waitForSelector("#join-code");
    const code = ((await trainer.page.textContent("#join-code")) ?? "").trim();
    check(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code), `the join code is shown large: ${code}`);
    const link = (await trainer.page.getAttribute("#join-link", "href")) ?? "";
    check(link.endsWith(`?join=${encodeURIComponent(code)}`), "the link opens Join with the code");

    // Three players: by the link; by Join with the code typed loosely; on a phone.
    await anna.page.goto(link);
    await anna.page.waitForSelector("#join-form");
    check((await anna.page.inputValue("#join-code-input")) === code, "the link fills in the code");
    await anna.page.fill("#join-name", "Anna");
    await anna.page.click("#join-submit");
    for (const [p, name] of [
      [bram.page, "Bram"],
      [chris.page, "<b>Chris</b>"],
    ] as const) {
      await p.goto(url);
      await p.click("#open-join");
      await p.fill("#join-code-input", ` ${code.toLowerCase().replace("-", " ")} `);
      await p.fill("#join-name", name);
      await p.click("#join-submit");
      // One after the other, so the lobby lists them in this order.
      await p.waitForSelector("#lobby-title");
    }
    await anna.page.waitForSelector("#lobby-title");
    await trainer.page.waitForFunction(
      () => document.querySelectorAll("#ws-people tr[data-player]").length === 3,
    );
    check(
      ((await trainer.page.textContent("#ws-people")) ?? "").includes("<b>Chris</b>"),
      "a name that looks like HTML shows as those characters",
    );
    check(await fitsWidth(chris.page), "the lobby fits a 390 px phone");

    // The trainer assigns the seats: Anna facilitator, Bram listener 1, Chris listener 2.
    const ids = await trainer.page.$$eval("#ws-people tr[data-player]", (trs) =>
      trs.map((tr) => tr.getAttribute("data-player") ?? ""),
    );
    const seats = ["facilitator", "listener-1", "listener-2"];
    for (const [k, seat] of seats.entries()) {
      await trainer.page.selectOption(`select.assign[data-player="${ids[k]}"]`, seat);
      await trainer.page.waitForFunction(
        (s) => document.querySelector(`#ws-seats [data-seat="${s}"]`)?.classList.contains("taken"),
        seat,
      );
    }
    await anna.page.waitForFunction(() =>
      document.getElementById("my-seat")?.textContent?.includes("Gespreksleider"),
    );
    await bram.page.waitForFunction(() => document.getElementById("my-seat")?.textContent?.includes("1"));
    check(
      /meer tijd: 2×/.test((await trainer.page.textContent('#ws-seats [data-seat="listener-2"]')) ?? ""),
      "the trainer sees that Chris plays with more time to choose",
    );
    await shot(trainer.page, "workshop-trainer-lobby");
    await shot(chris.page, "workshop-lobby-phone");
    await shot(anna.page, "workshop-lobby");

    // Start: every player's meeting view opens.
    await trainer.page.click("#ws-start");
    for (const p of [anna.page, bram.page, chris.page]) await p.waitForSelector("#log");
    check(
      (await anna.page.$("#pause")) === null,
      "a workshop meeting has no pause of its own (the trainer's)",
    );

    const seen = {
      urgeShot: false,
      newestInView: false,
      gaveIn: false,
      handled: false,
      noted: false,
      raised: false,
      asked: false,
      sameLines: false,
      /** Each listener's urge windows, by the options shown (the same urge shows the same options). */
      windows: { bram: new Map<string, number>(), chris: new Map<string, number>() },
      rejoined: false,
      phoneFits: false,
    };
    const everyoneSameLines = async () => {
      // Lines reach everyone at once; one may be on its way to one page: compared for up to 3 s.
      for (let k = 0; k < 15; k++) {
        const [a, b, c] = await Promise.all([
          lineTexts(anna.page),
          lineTexts(bram.page),
          lineTexts(chris.page),
        ]);
        if (
          a.length > 8 &&
          JSON.stringify(a) === JSON.stringify(b) &&
          JSON.stringify(a) === JSON.stringify(c)
        )
          return true;
        await anna.page.waitForTimeout(200);
      }
      return false;
    };

    const annaPlays = playSeat(anna.page, async (shown) => {
      if (!seen.sameLines && (await anna.page.locator("#log li.line").count()) > 8)
        seen.sameLines = await everyoneSameLines();
      // A listener gave in: the facilitator has to handle it (F-PROTECT), with the outburst on screen.
      if (shown.some((id) => id.startsWith("protect-"))) {
        if (!seen.handled) {
          await anna.page.waitForTimeout(300);
          await shot(anna.page, "workshop-facilitator-breach");
          // The trainer's seats (who is on which, breaches so far) and the live transcript.
          await trainer.page.$eval("#ws-seats", (e) => e.scrollIntoView({ block: "start" }));
          await shot(trainer.page, "workshop-trainer-view");
        }
        seen.handled = true;
        return "protect-stop";
      }
      // The listeners' round: Bram gets the floor.
      if (shown.includes("turn:listener-1")) return "turn:listener-1";
      return shown[0] as string;
    });

    const bramPlays = playSeat(
      bram.page,
      async (shown) => {
        if (shown.includes("raise-hand")) {
          seen.raised = true;
          return "raise-hand";
        }
        if (shown.includes("verheldering")) {
          seen.asked = true;
          return "verheldering";
        }
        const timer = await bram.page.$("#move .urge-timer");
        if (timer) {
          seen.windows.bram.set([...shown].sort().join(), Number(await timer.getAttribute("data-seconds")));
          if (!seen.urgeShot) {
            // The newest line, the one the urge is about, is in view beside the question.
            seen.newestInView = await bram.page.evaluate(() => {
              const box = document.getElementById("transcript")?.getBoundingClientRect();
              const last = document.querySelector("#log li:last-child")?.getBoundingClientRect();
              return !!box && !!last && last.bottom <= box.bottom + 1 && last.top >= box.top - 1;
            });
            await shot(bram.page, "workshop-listener-urge");
            seen.urgeShot = true;
          }
          // Bram gives in once, when Kees gets the facts wrong.
          if (shown.includes("rechtzetten") && !seen.gaveIn) {
            seen.gaveIn = true;
            return "rechtzetten";
          }
        }
        return quiet(shown);
      },
      async () => {
        // Bram notes the first participant's line he can.
        if (seen.noted) return;
        const note = await bram.page.$(".note-buttons button[data-tag='positive']");
        if (!note) return;
        await note.click().catch(() => {});
        seen.noted = await bram.page
          .waitForSelector("#notes li", { timeout: 3000 })
          .then(() => true)
          .catch(() => false);
      },
    );

    const chrisPlays = playSeat(
      chris.page,
      async (shown) => {
        if (shown.includes("raise-hand")) return "raise-hand";
        const timer = await chris.page.$("#move .urge-timer");
        if (timer)
          seen.windows.chris.set([...shown].sort().join(), Number(await timer.getAttribute("data-seconds")));
        return quiet(shown);
      },
      async () => {
        // Once well into the meeting, Chris reloads: back through Join with the key this tab kept.
        if (seen.rejoined || (await chris.page.locator("#log li.line").count()) < 12) return;
        seen.phoneFits = await fitsWidth(chris.page);
        await shot(chris.page, "workshop-listener-phone");
        const before = (await lineTexts(chris.page)).length;
        await chris.page.reload();
        await chris.page.click("#open-join");
        await chris.page.click("#join-again");
        await chris.page.waitForSelector("#log li.line");
        await chris.page.waitForFunction(
          (n) => document.querySelectorAll("#log li.line").length >= n,
          before,
          { timeout: 10_000 },
        );
        seen.rejoined = true;
      },
    );

    const [annaMoves, bramMoves, chrisMoves] = await Promise.all([annaPlays, bramPlays, chrisPlays]);

    // The meeting has ended: every player's meeting view is gone, the team's follow-up comes first.
    await followUpInBrowser(trainer.page, anna.page, [bram.page, chris.page]);

    check(
      annaMoves > 5 && bramMoves > 3 && chrisMoves > 3,
      `moves made: Anna ${annaMoves}, Bram ${bramMoves}, Chris ${chrisMoves}`,
    );
    check(seen.sameLines, "every player shows the same lines");
    check(seen.urgeShot, "a listener got an urge on their own device");
    check(seen.newestInView, "beside the urge, the transcript shows its newest line");
    check(seen.gaveIn && seen.handled, "Bram gave in once and Anna, the facilitator, had to handle it");
    check(seen.noted, "Bram took a note");
    check(
      seen.raised && seen.asked,
      "Bram raised a hand in the listeners' round and asked a clarifying question",
    );
    const both = [...seen.windows.chris].filter(([k]) => seen.windows.bram.has(k));
    check(
      both.length > 0 && both.every(([k, s]) => s === 2 * (seen.windows.bram.get(k) as number)),
      `Chris's urges wait twice as long as Bram's, as his setting asks (${both.map(([, s]) => s).join(", ")} s)`,
    );
    check(seen.rejoined, "a player who reloads mid-meeting is back in it with every line so far");
    check(seen.phoneFits, "the meeting fits a 390 px phone");

    // Each player's debrief (the server's report for the seat), with the group's story.
    for (const p of [anna.page, bram.page, chris.page]) await p.waitForSelector("#debrief-title");
    for (const p of [anna.page, bram.page, chris.page]) await p.waitForSelector("#ws-group");
    check(
      (await bram.page.$('.moment[data-kind="breach"]')) !== null,
      "Bram's debrief shows the moment he gave in",
    );
    check(
      (await anna.page.$(".debrief-circle")) !== null && (await anna.page.$("#no-openness")) === null,
      "the debrief shows the participants' openness from the server's report",
    );
    check(
      /Openheid van de kring: \d+ bij het begin/.test(
        (await anna.page.textContent("#ws-group-openness")) ?? "",
      ),
      "the player sees the group's story: the circle's openness over the meeting",
    );
    await bram.page.waitForTimeout(300);
    await shot(bram.page, "workshop-debrief");
    await shot(anna.page, "workshop-debrief-facilitator");
    await shot(chris.page, "workshop-debrief-phone");

    // What everyone saw of Bram's outburst and question: his words, under his name.
    for (const [who, p] of [
      ["Anna", anna],
      ["the trainer", trainer],
    ] as const) {
      const text = (await p.page.textContent("body")) ?? "";
      check(
        text.includes("Sorry, maar dat was de Wmo-balie") && text.includes("wat had u in die zes weken"),
        `${who} saw Bram's outburst and his question`,
      );
    }

    await trainer.page.waitForFunction(() =>
      /Afgelopen/.test(document.getElementById("ws-status")?.textContent ?? ""),
    );
    check(
      (await trainer.page.locator("#ws-log li.breach").count()) > 0,
      "the trainer saw the breach in the live transcript",
    );
    for (const seat of seats) {
      await trainer.page.waitForSelector(`#ws-group .group-seats li[data-seat="${seat}"]`);
      check(
        /ging goed \d+ · regel gebroken \d+ · kans gemist \d+ · totaal \d+/.test(
          (await trainer.page.textContent(`#ws-group .group-seats li[data-seat="${seat}"]`)) ?? "",
        ),
        `the trainer's group section tallies the ${seat} seat with its total`,
      );
    }
    await shot(trainer.page, "workshop-trainer-end", true);
    // The trainer reloads: the menu's Workshop offers their workshop again (the key kept in this tab).
    await trainer.page.reload();
    await trainer.page.click("#open-workshop");
    await trainer.page.click("#ws-again");
    await trainer.page.waitForFunction(
      (c) =>
        document.getElementById("join-code")?.textContent === c &&
        /Afgelopen/.test(document.getElementById("ws-status")?.textContent ?? ""),
      code,
    );
    check(true, "the trainer comes back to the workshop after a reload");
    check(
      await trainer.page.$$eval("#ws-start, #ws-pause, #ws-resume, #ws-skip, #ws-end", (bs) =>
        bs.every((b) => (b as HTMLButtonElement).disabled),
      ),
      "once the meeting is over, no control is offered",
    );
    for (const x of [trainer, anna, bram, chris]) noProblems(x.problems);
  } finally {
    await browser.close();
    await server.stop();
  }
}
