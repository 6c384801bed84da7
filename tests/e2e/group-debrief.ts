// The group debrief in the browser, on the real server: a trainer and two players (facilitator and one
// listener; the computer plays the other listener) play a workshop to its end. The trainer's group view
// shows the openness chart with its phases, the breach markers numbered as the list beside it and the
// table; the trainer exports the workshop as JSON and opens the printable page (printed to PDF); then
// starts the next round: the seats rotate, round 2 plays until the trainer ends it, and the export holds
// both rounds. Screenshots: workshop-group-debrief*.png in test-results/.
import { readFileSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM } from "./browser.ts";
import { check, noProblems, SHOTS, shot } from "./page.ts";
import { newPage, startServer } from "./workshop.ts";
import { followUpInBrowser } from "./workshop-follow-up.ts";

/**
 * Plays a seat through the meeting view's own controls until the meeting ends for it (the team's
 * follow-up or its debrief), or `stop`. A listener notes the first participant's line it can, so it has
 * words to ground an improvement point in.
 */
async function playSeat(page: Page, stop: () => boolean = () => false): Promise<number> {
  let moves = 0;
  let noted = false;
  for (let step = 0; step < 600 && !stop(); step++) {
    if (!noted) {
      const note = await page.$(".note-buttons button[data-tag]");
      if (note)
        noted = await note.click({ timeout: 2000 }).then(
          () => true,
          () => false,
        );
    }
    const what = await Promise.race([
      page.waitForSelector("#move button[data-choice]", { timeout: 90_000 }).then(() => "choose"),
      page.waitForSelector("#move #confirm", { timeout: 90_000 }).then(() => "pick"),
      page
        .waitForSelector("#follow-up-title, #debrief-title, #debrief-coming", { timeout: 90_000 })
        .then(() => "end"),
    ]).catch(() => "end");
    if (what === "end" || stop()) return moves;
    try {
      if (what === "choose") await page.click("#move button[data-choice] >> nth=0", { timeout: 2000 });
      else {
        const boxes = page.locator("#move input[type=checkbox]");
        const n = await boxes.count();
        for (let k = 0; k < n; k++) {
          await boxes.nth(k).check({ timeout: 2000 });
          await page.click("#move #confirm", { timeout: 2000 });
          await page.waitForTimeout(100);
          if (!(await page.$("#move #confirm"))) break;
        }
      }
      moves++;
    } catch {
      // An urge's window may close between seeing the button and clicking it: the server played it.
    }
    await page
      .waitForFunction(() => !document.querySelector("#move button"), undefined, { timeout: 20_000 })
      .catch(() => {});
  }
  return moves;
}

/** The trainer's JSON export, as the browser saved it. */
async function download(page: Page): Promise<{
  rounds: {
    round: number;
    seats: { seat: string; name: string }[];
    moves: unknown[];
    summary: { breaches: unknown[] };
    reports: Record<string, unknown>;
  }[];
}> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#ws-export")]);
  const path = await file.path();
  return JSON.parse(readFileSync(path, "utf8"));
}

const seatOf = (page: Page) => page.textContent("#my-seat").then((t) => t ?? "");

export async function groupDebriefInBrowser(): Promise<void> {
  console.log("group debrief: a trainer and two players, the export, the next round");
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const url = server.url;
    const trainer = await newPage(browser, url, 1280, 900);
    const anna = await newPage(browser, url, 1100, 800);
    const bram = await newPage(browser, url, 1100, 800);
    // "End" and "Next round" ask first; the trainer says yes here (the watcher counts any other dialog).
    await trainer.page.addInitScript(() => {
      window.confirm = () => true;
    });
    await trainer.page.goto(url);
    await trainer.page.click("#open-workshop");
    await trainer.page.selectOption("#ws-scenario", "wijkteam-zuiderveld");
    await trainer.page.fill("#ws-listeners", "2");
    await trainer.page.click("#ws-create");
    await trainer.page.waitForSelector("#join-code");
    const link = (await trainer.page.getAttribute("#join-link", "href")) ?? "";
    for (const [p, name] of [
      [anna.page, "Anna"],
      [bram.page, "<i>Bram</i>"],
    ] as const) {
      await p.goto(link);
      await p.waitForSelector("#join-form");
      await p.fill("#join-name", name);
      await p.click("#join-submit");
      await p.waitForSelector("#lobby-title");
    }
    await trainer.page.waitForFunction(
      () => document.querySelectorAll("#ws-people tr[data-player]").length === 2,
    );
    const ids = await trainer.page.$$eval("#ws-people tr[data-player]", (trs) =>
      trs.map((tr) => tr.getAttribute("data-player") ?? ""),
    );
    await trainer.page.selectOption(`select.assign[data-player="${ids[0]}"]`, "facilitator");
    await anna.page.waitForFunction(() =>
      document.getElementById("my-seat")?.textContent?.includes("Gespreksleider"),
    );
    await trainer.page.selectOption(`select.assign[data-player="${ids[1]}"]`, "listener-1");
    await bram.page.waitForFunction(() =>
      document.getElementById("my-seat")?.textContent?.includes("Toehoorder 1"),
    );

    // Rotate in the lobby: Anna to listener 1, Bram (the last seated) leads.
    await trainer.page.click("#ws-rotate");
    await anna.page.waitForFunction(() =>
      document.getElementById("my-seat")?.textContent?.includes("Toehoorder 1"),
    );
    check(
      (await seatOf(bram.page)).includes("Gespreksleider"),
      "rotating seats in the lobby: the last listener leads",
    );

    // Round 1: both seats play to the end.
    await trainer.page.click("#ws-start");
    const [annaMoves, bramMoves] = await Promise.all([playSeat(anna.page), playSeat(bram.page)]);
    check(
      annaMoves > 3 && bramMoves > 3,
      `both seats played (listener ${annaMoves}, facilitator ${bramMoves} moves)`,
    );
    // The team's follow-up first (its own screenshots come from the main workshop test).
    await followUpInBrowser(trainer.page, bram.page, [anna.page], false);
    await trainer.page.waitForSelector("#ws-group #ws-openness-chart");
    await trainer.page.waitForFunction(
      () => !(document.getElementById("ws-export") as HTMLButtonElement).disabled,
    );
    const bands = await trainer.page.$$eval("#ws-openness-chart .phase-name", (ts) =>
      ts.map((t) => t.textContent ?? ""),
    );
    check(
      bands.length >= 3 && bands.every((b) => b.length > 0),
      `the chart names the phases: ${bands.join(", ")}`,
    );
    const markers = await trainer.page.locator("#ws-openness-chart .breach-marker").count();
    const listed = await trainer.page.locator("#ws-group .group-breaches li").count();
    check(
      markers === listed,
      `each breach has its marker on the time axis (${markers}) and its line in the list`,
    );
    check(
      (await trainer.page.locator("#ws-openness-table tbody tr").count()) > 3,
      "the chart's figures are there as a table",
    );
    check(
      (
        await trainer.page.$$eval("#ws-openness-chart .lane-name", (ts) => ts.map((t) => t.textContent ?? ""))
      ).some((t) => t.includes("<i>Bram</i>")) && (await trainer.page.$("#ws-group i")) === null,
      "a player's name on the chart is text",
    );
    await trainer.page.locator("#ws-group").scrollIntoViewIfNeeded();
    await shot(trainer.page, "workshop-group-debrief", true);
    await trainer.page
      .locator("#ws-group")
      .screenshot({ path: new URL("workshop-group-debrief-view.png", SHOTS).pathname });
    await anna.page.waitForSelector("#ws-group #ws-openness-chart");
    await anna.page.locator("#ws-openness-chart").scrollIntoViewIfNeeded();
    await shot(anna.page, "workshop-group-debrief-player");

    // The export: the whole workshop as JSON.
    const first = await download(trainer.page);
    const r1 = first.rounds[0];
    check(first.rounds.length === 1 && r1?.round === 1, "the export holds round 1");
    check(
      JSON.stringify(r1?.seats.map((s) => [s.seat, s.name])) ===
        JSON.stringify([
          ["facilitator", "<i>Bram</i>"],
          ["listener-1", "Anna"],
        ]),
      "with the seats and the players' names as typed",
    );
    // A click is not always a move: the server rightly refuses one whose turn another seat's move took
    // back while it was on its way (a listener giving in). Nearly all are, and both seats' are there.
    const bySeat = (seat: string) =>
      (r1?.moves ?? []).filter((m) => (m as { seat?: string }).seat === seat).length;
    check(
      (r1?.moves.length ?? 0) >= 0.9 * (annaMoves + bramMoves) &&
        bySeat("facilitator") > 0 &&
        bySeat("listener-1") > 0 &&
        Object.keys(r1?.reports ?? {}).length === 2,
      `with the ordered moves (${r1?.moves.length} for ${annaMoves + bramMoves} clicks) and both seats' reports`,
    );

    // The printable page: every round's seats and group view; print to PDF works.
    await trainer.page.click("#ws-printable");
    await trainer.page.waitForSelector('#ws-print .print-round[data-round="1"] .print-seat');
    check(await trainer.page.isHidden("main.trainer"), "the printable page stands alone");
    await shot(trainer.page, "workshop-group-debrief-print", true);
    await trainer.page.emulateMedia({ media: "print" });
    check(await trainer.page.isHidden("#ws-print-now"), "its buttons are not printed");
    await trainer.page.pdf({ path: new URL("workshop-group-debrief.pdf", SHOTS).pathname, format: "A4" });
    await trainer.page.emulateMedia({ media: "screen" });
    await trainer.page.click("#ws-print-back");
    await trainer.page.waitForSelector("main.trainer:not([hidden])");

    // The next round: seats rotate back, a fresh meeting, the trainer ends it; the export holds both.
    await trainer.page.click("#ws-next-round");
    await anna.page.waitForSelector("#lobby-title");
    await anna.page.waitForFunction(() =>
      document.getElementById("my-seat")?.textContent?.includes("Gespreksleider"),
    );
    check((await seatOf(bram.page)).includes("Toehoorder 1"), "the next round rotates the seats");
    check(
      /Ronde 2/.test((await trainer.page.textContent("#ws-status")) ?? "") &&
        (await trainer.page.locator("#ws-log li").count()) === 0,
      "the trainer view starts round 2 with an empty transcript",
    );
    await shot(trainer.page, "workshop-group-debrief-next-round");
    await trainer.page.click("#ws-start");
    let stop = false;
    const playing = Promise.all([playSeat(anna.page, () => stop), playSeat(bram.page, () => stop)]);
    await anna.page.waitForFunction(() => document.querySelectorAll("#log li.line").length > 6);
    stop = true;
    await trainer.page.click("#ws-end");
    await playing;
    await trainer.page.waitForSelector("#ws-group #ws-openness-chart");
    await trainer.page.waitForFunction(() =>
      document.querySelector("#ws-status")?.textContent?.includes("Afgelopen"),
    );
    await trainer.page.waitForTimeout(300);
    const both = await download(trainer.page);
    check(
      JSON.stringify(both.rounds.map((r) => r.round)) === "[1,2]" &&
        JSON.stringify(both.rounds[0]) === JSON.stringify(r1) &&
        both.rounds[1]?.seats.find((s) => s.seat === "facilitator")?.name === "Anna",
      "the export keeps round 1 as it was and adds round 2, Anna leading",
    );
    for (const x of [trainer, anna, bram]) noProblems(x.problems);
  } finally {
    await browser.close();
    await server.stop();
  }
}
