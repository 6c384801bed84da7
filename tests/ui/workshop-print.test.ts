// @vitest-environment jsdom
// The trainer's printable page and what the export keeps: every round on its own, ids not repeated, the
// trainer view kept (hidden) underneath; the team's list the room sent with the summary joins its round.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import type { WorkshopRound } from "../../src/engine/report/workshop-export.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { Meeting, type SeatMove } from "../../src/engine/session/meeting.ts";
import { roleOfSeat } from "../../src/engine/session/seats.ts";
import type { TeamFollowUp } from "../../src/engine/session/team-points.ts";
import { roundsToKeep, showPrintable } from "../../src/ui/screens/workshop-print.ts";
import { readText, root } from "../helpers.ts";

const plan = JSON.parse(readFileSync(`${root}tests/golden/multi/wijkteam-workshop.plan.json`, "utf8")) as {
  scenario: string;
  seats: string[];
  seed: number;
  moves: SeatMove[];
};
const loaded = loadScenario(readText(plan.scenario), plan.scenario);
if (!loaded.ok) throw new Error("the scenario does not load");
const scenario = loaded.scenario;
const { meeting } = Meeting.replay(scenario, plan.seats, plan.moves, {
  seed: plan.seed,
  judge: defaultJudge,
});
const reports: WorkshopRound["reports"] = {};
for (const seat of meeting.humanSeats) {
  const role = roleOfSeat(seat) ?? "listener";
  const ctx = meeting.contextFor(seat);
  reports[seat] = {
    nl: buildReport(scenario, role, ctx, "nl", plan.seed),
    en: buildReport(scenario, role, ctx, "en", plan.seed),
  };
}
const round = (n: number): WorkshopRound => ({
  round: n,
  seed: plan.seed,
  startedAt: 0,
  endedAt: null,
  seats: plan.seats.map((seat, k) => ({
    seat,
    player: `p${k}`,
    name: k === 0 ? "<b>Fenna</b>" : `Speler ${k}`,
  })),
  moves: [...meeting.moves()],
  reports,
  summary: meeting.summary(),
});
const team: TeamFollowUp = { stage: "done", reflected: [], points: [] };

describe("the printable page", () => {
  it("shows each round with each seat's summary and its group view, over the hidden trainer view", () => {
    document.body.replaceChildren();
    const trainer = document.createElement("main");
    trainer.className = "workshop trainer";
    document.body.append(trainer);
    showPrintable(document.body, "nl", scenario, "K4MT-XW7C", [round(1), round(2)]);
    expect(trainer.hidden).toBe(true);
    const rounds = [...document.querySelectorAll("#ws-print .print-round")];
    expect(rounds.map((r) => r.getAttribute("data-round"))).toEqual(["1", "2"]);
    expect(rounds[0]?.querySelectorAll(".print-seat")).toHaveLength(plan.seats.length);
    expect(rounds[0]?.querySelector(".print-seat strong")?.textContent).toBe("<b>Fenna</b> (Gespreksleider)");
    expect(document.querySelector("#ws-print b")).toBeNull();
    expect(rounds[1]?.querySelector("svg.openness-chart")).not.toBeNull();
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
    (document.getElementById("ws-print-back") as HTMLButtonElement).click();
    expect(document.getElementById("ws-print")).toBeNull();
    expect(trainer.hidden).toBe(false);
  });

  it("adds the team's list sent with the summary to the current round only", () => {
    const kept = roundsToKeep({ createdAt: 0, rounds: [round(1), round(2)] }, { round: 2, team });
    expect(kept.map((r) => r.team)).toEqual([undefined, team]);
  });

  it("prefers the newest list to the one the round's record left the server with", () => {
    const early = { stage: "reflect" as const, reflected: [], points: [] };
    const kept = roundsToKeep({ createdAt: 0, rounds: [{ ...round(1), team: early }] }, { round: 1, team });
    expect(kept[0]?.team).toEqual(team);
  });
});
