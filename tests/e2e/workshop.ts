// A workshop in the browser, against the real server (src/server/main.ts with NODE_ENV=production, so it
// serves dist/): a trainer and three players, each in their own browser context. The trainer creates the
// workshop, the players join by code (one through the link, one on a 390 px phone), the trainer seats one
// player as facilitator (today's server plays one human seat) and starts; everyone sees the same lines;
// the seated player moves until the end; the seated player gets a debrief, the others the end. Screenshots
// of the trainer view, the lobby, a player's meeting and the end go to test-results/.
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

/** `npm start` as a trainer would run it, on a free port, the reading pace 20× faster for the test. */
export async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
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

/** The seated player's moves through the meeting view's own controls, until the debrief. */
async function playToTheEnd(page: Page, meetingShot: () => Promise<void>): Promise<number> {
  let moves = 0;
  let shotTaken = false;
  for (let step = 0; step < 400; step++) {
    const what = await Promise.race([
      page.waitForSelector("#move button[data-choice]", { timeout: 60_000 }).then(() => "choose"),
      page.waitForSelector("#move #confirm", { timeout: 60_000 }).then(() => "pick"),
      page.waitForSelector("#debrief-title, #follow-up-title", { timeout: 60_000 }).then(() => "end"),
    ]);
    if (what === "end") return moves;
    if (!shotTaken && (await page.locator("#log li.line").count()) > 8) {
      await meetingShot();
      shotTaken = true;
    }
    if (what === "choose") {
      await page.click("#move button[data-choice] >> nth=0");
    } else {
      // Tick one more option until the count is accepted (too few is said on the spot, nothing is sent).
      const boxes = page.locator("#move input[type=checkbox]");
      const n = await boxes.count();
      for (let k = 0; k < n; k++) {
        await boxes.nth(k).check();
        await page.click("#move #confirm");
        await page.waitForTimeout(150);
        if (!(await page.$("#move #confirm"))) break;
      }
    }
    moves++;
    // The turn is over once sent: the panel empties until the server offers the next one.
    await page
      .waitForFunction(() => !document.querySelector("#move button"), undefined, { timeout: 20_000 })
      .catch(() => {});
  }
  throw new Error("the meeting did not end within 400 moves");
}

export async function workshopInBrowser(): Promise<void> {
  console.log("workshop: a trainer and three players on the real server");
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const url = server.url;
    const trainer = await newPage(browser, url, 1280, 900);
    const seated = await newPage(browser, url, 1280, 800);
    const phone = await newPage(browser, url, 390, 844);
    const third = await newPage(browser, url, 1024, 768);

    // The trainer: Workshop in the menu, a bundled scenario, create.
    await trainer.page.goto(url);
    await trainer.page.click("#open-workshop");
    await trainer.page.selectOption("#ws-scenario", "wijkteam-zuiderveld");
    await trainer.page.click("#ws-create");
    await trainer.page.waitForSelector("#join-code");
    const code = ((await trainer.page.textContent("#join-code")) ?? "").trim();
    check(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code), `the join code is shown large: ${code}`);
    const link = (await trainer.page.getAttribute("#join-link", "href")) ?? "";
    check(link.endsWith(`?join=${encodeURIComponent(code)}`), "the link opens Join with the code");

    // Three players: by the link; by Join with the code typed loosely; on a phone.
    await seated.page.goto(link);
    await seated.page.waitForSelector("#join-form");
    check((await seated.page.inputValue("#join-code-input")) === code, "the link fills in the code");
    await seated.page.fill("#join-name", "Anna");
    await seated.page.click("#join-submit");
    for (const [p, name] of [
      [third.page, "<b>Bram</b>"],
      [phone.page, "Chris"],
    ] as const) {
      await p.goto(url);
      await p.click("#open-join");
      await p.fill("#join-code-input", ` ${code.toLowerCase().replace("-", " ")} `);
      await p.fill("#join-name", name);
      await p.click("#join-submit");
    }
    for (const p of [seated.page, third.page, phone.page]) await p.waitForSelector("#lobby-title");
    await trainer.page.waitForFunction(
      () => document.querySelectorAll("#ws-people tr[data-player]").length === 3,
    );
    check(
      ((await trainer.page.textContent("#ws-people")) ?? "").includes("<b>Bram</b>"),
      "a name that looks like HTML shows as those characters",
    );
    check(await fitsWidth(phone.page), "the lobby fits a 390 px phone");

    // The trainer seats Anna as facilitator; her lobby says so.
    const anna = await trainer.page.$eval("#ws-people tr[data-player]", (tr) =>
      tr.getAttribute("data-player"),
    );
    await trainer.page.selectOption(`select.assign[data-player="${anna}"]`, "facilitator");
    await seated.page.waitForFunction(() =>
      document.getElementById("my-seat")?.textContent?.includes("Gespreksleider"),
    );
    await trainer.page.waitForFunction(() =>
      document.querySelector('#ws-seats [data-seat="facilitator"]')?.textContent?.includes("Anna"),
    );
    await shot(trainer.page, "workshop-trainer-lobby");
    await shot(phone.page, "workshop-lobby-phone");
    await shot(seated.page, "workshop-lobby");

    // Start: every player's meeting view opens.
    await trainer.page.click("#ws-start");
    for (const p of [seated.page, third.page, phone.page]) await p.waitForSelector("#log");
    check(
      (await seated.page.$("#pause")) === null,
      "a workshop meeting has no pause of its own (the trainer's)",
    );

    let sameLines = false;
    let rejoined = false;
    let phoneFits = false;
    const moves = await playToTheEnd(seated.page, async () => {
      // At the seat's turn every line has been released to everyone: all three show the same lines.
      await seated.page.waitForTimeout(400);
      const [a, b, c] = await Promise.all([
        lineTexts(seated.page),
        lineTexts(third.page),
        lineTexts(phone.page),
      ]);
      sameLines =
        a.length > 8 && JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(a) === JSON.stringify(c);
      await shot(seated.page, "workshop-player-meeting");
      await shot(phone.page, "workshop-follower-phone");
      phoneFits = await fitsWidth(phone.page);
      await shot(trainer.page, "workshop-trainer-live");
      // A player who reloads mid-meeting comes back through Join with the key this tab kept.
      await third.page.reload();
      await third.page.click("#open-join");
      await third.page.click("#join-again");
      await third.page.waitForSelector("#log li.line");
      rejoined = (await lineTexts(third.page)).length >= a.length;
    });
    check(sameLines, "every player shows the same lines");
    check(phoneFits, "the meeting fits a 390 px phone");
    check(rejoined, "a player who reloads mid-meeting is back in it with every line so far");
    check(moves > 3, `the seated player made ${moves} moves until the end`);
    await followUpInBrowser(browser, url, trainer.page, [seated.page]);
    await seated.page.waitForSelector("#debrief-title");
    // The server's own report for the seat and the group's story follow the end and redraw the debrief.
    await seated.page.waitForSelector("#ws-group");
    check(
      (await seated.page.$(".debrief-circle")) !== null && (await seated.page.$("#no-openness")) === null,
      "the debrief shows the participants' openness from the server's report",
    );
    check(
      /Openheid van de kring: \d+ bij het begin/.test(
        (await seated.page.textContent("#ws-group-openness")) ?? "",
      ),
      "the player sees the group's story: the circle's openness over the meeting",
    );
    await shot(seated.page, "workshop-end-debrief");
    for (const p of [third.page, phone.page]) await p.waitForSelector("#follow-end");
    await shot(phone.page, "workshop-end-phone");
    await trainer.page.waitForFunction(() =>
      /Afgelopen/.test(document.getElementById("ws-status")?.textContent ?? ""),
    );
    check(
      ((await trainer.page.textContent("#ws-log")) ?? "").length > 200,
      "the trainer followed the transcript live",
    );
    await trainer.page.waitForSelector('#ws-group .group-seats li[data-seat="facilitator"]');
    check(
      /ging goed \d+ · regel gebroken \d+ · kans gemist \d+ · totaal \d+/.test(
        (await trainer.page.textContent('#ws-group .group-seats li[data-seat="facilitator"]')) ?? "",
      ),
      "the trainer's group section tallies the facilitator's seat with its total",
    );
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
    for (const x of [trainer, seated, phone, third]) noProblems(x.problems);
  } finally {
    await browser.close();
    await server.stop();
  }
}
