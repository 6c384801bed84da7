// The workshop export: every round played in the room, built from the server's round records by a pure
// function. Fed a real meeting (the multi-seat golden plan), it keeps what replays the round (seed, seats,
// the ordered moves), the reports, the summary and the team's list, and names stay as typed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import {
  buildWorkshopExport,
  type WorkshopRound,
  workshopExportName,
} from "../../src/engine/report/workshop-export.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { Meeting, type SeatMove } from "../../src/engine/session/meeting.ts";
import { roleOfSeat } from "../../src/engine/session/seats.ts";
import type { TeamFollowUp } from "../../src/engine/session/team-points.ts";
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

function round(n: number, names: string[], team?: TeamFollowUp): WorkshopRound {
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
  const summary = team ? { ...meeting.summary(), team } : meeting.summary();
  return {
    round: n,
    seed: plan.seed,
    startedAt: Date.UTC(2026, 11, 8, 9, 0),
    endedAt: n === 2 ? null : Date.UTC(2026, 11, 8, 9, 40),
    seats: plan.seats.map((seat, k) => ({ seat, player: `p${k + 1}`, name: names[k] ?? "" })),
    moves: meeting.moves().map((m) => ({ seat: m.seat, move: m.move })),
    reports,
    summary,
  };
}

const team: TeamFollowUp = {
  stage: "done",
  reflected: ["listener-1"],
  points: [
    { id: "p1", seat: "listener-1", by: "Lotte", text: "Laat stiltes vallen", quotes: [], fixed: true },
    { id: "p2", seat: "listener-2", by: "Luuk", text: "Vat samen", quotes: [], fixed: false },
  ],
};

describe("the workshop export", () => {
  const names = ["<b>Fenna</b>", "Lotte", "Luuk", "Mo"];
  const first = round(1, names, team);
  const second = round(2, [...names].reverse());
  const out = buildWorkshopExport({
    code: "K4MT-XW7C",
    scenario: { id: scenario.id, title: scenario.title.nl },
    createdAt: Date.UTC(2026, 11, 8, 8, 55),
    rounds: [second, first],
    exportedAt: Date.UTC(2026, 11, 8, 10, 0),
  });

  it("keeps the rounds in order, each with what replays it", () => {
    expect(out.format).toBe("spiegelspel-workshop");
    expect(out.workshop).toEqual({
      code: "K4MT-XW7C",
      scenario: { id: "wijkteam-zuiderveld", title: scenario.title.nl },
      createdAt: "2026-12-08T08:55:00.000Z",
    });
    expect(out.exportedAt).toBe("2026-12-08T10:00:00.000Z");
    expect(out.rounds.map((r) => r.round)).toEqual([1, 2]);
    const r1 = out.rounds[0];
    if (!r1) throw new Error("no round");
    expect(r1.seed).toBe(plan.seed);
    expect(r1.startedAt).toBe("2026-12-08T09:00:00.000Z");
    expect(r1.endedAt).toBe("2026-12-08T09:40:00.000Z");
    expect(out.rounds[1]?.endedAt).toBeNull();
    // The export alone replays the round: scenario, seats, seed, the ordered (seat, move) list.
    const again = Meeting.replay(
      scenario,
      r1.seats.map((s) => s.seat),
      r1.moves,
      { seed: r1.seed, judge: defaultJudge },
    );
    expect(again.result).toEqual({ ok: true });
    expect(JSON.stringify(again.meeting.summary())).toBe(JSON.stringify(r1.summary));
  });

  it("lists each seat's moves in order, with the player's name as typed", () => {
    const r1 = out.rounds[0];
    if (!r1) throw new Error("no round");
    for (const seat of plan.seats)
      expect(r1.movesPerSeat[seat]).toEqual(plan.moves.filter((m) => m.seat === seat).map((m) => m.move));
    expect(r1.seats[0]).toEqual({ seat: plan.seats[0], player: "p1", name: "<b>Fenna</b>" });
    expect(out.rounds[1]?.seats[0]?.name).toBe("Mo");
  });

  it("carries every seat's report in both languages, the summary, and the team's list apart", () => {
    const r1 = out.rounds[0];
    if (!r1) throw new Error("no round");
    for (const seat of plan.seats) {
      expect(r1.reports[seat]?.nl.lang).toBe("nl");
      expect(r1.reports[seat]?.en.lang).toBe("en");
    }
    expect(r1.summary.openness.length).toBeGreaterThan(3);
    expect("team" in r1.summary).toBe(false);
    expect(r1.team?.points.map((p) => [p.by, p.fixed])).toEqual([
      ["Lotte", true],
      ["Luuk", false],
    ]);
    expect(out.rounds[1]?.team).toBeNull();
  });

  it("is plain JSON that reads back the same", () => {
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it("names the file after the scenario and the code, nothing else", () => {
    expect(workshopExportName(out)).toBe("spiegelspel-workshop-wijkteam-zuiderveld-K4MT-XW7C.json");
    expect(
      workshopExportName({ ...out, workshop: { ...out.workshop, scenario: { id: null, title: "../x" } } }),
    ).toBe("spiegelspel-workshop-eigen-scenario-K4MT-XW7C.json");
  });
});
