// Workshop golden playthroughs: a scenario, its human seats, a seed and the ordered (seat, move) list
// in; the whole log, the group summary and every seat's own report out. Run with UPDATE_GOLDEN=1 to
// write the expected files after a change you meant to make, then review the diff.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { Meeting, type SeatMove } from "../../src/engine/session/meeting.ts";
import { roleOfSeat } from "../../src/engine/session/seats.ts";
import { readText, root } from "../helpers.ts";

const dir = `${root}tests/golden/multi/`;
const plans = readdirSync(dir).filter((f) => f.endsWith(".plan.json"));

interface Plan {
  scenario: string;
  seats: string[];
  seed: number;
  lang: "nl" | "en";
  moves: SeatMove[];
}

function playthrough(plan: Plan): string {
  const loaded = loadScenario(readText(plan.scenario), plan.scenario);
  if (!loaded.ok) throw new Error(`${plan.scenario} does not load`);
  const { meeting, result } = Meeting.replay(loaded.scenario, plan.seats, plan.moves, {
    seed: plan.seed,
    judge: defaultJudge,
  });
  expect(result).toEqual({ ok: true });
  expect(meeting.done).toBe(true);
  const reports = Object.fromEntries(
    meeting.humanSeats.map((seat) => [
      seat,
      buildReport(
        loaded.scenario,
        roleOfSeat(seat) ?? "listener",
        meeting.contextFor(seat),
        plan.lang,
        plan.seed,
      ),
    ]),
  );
  return `${JSON.stringify({ log: meeting.log(), summary: meeting.summary(), reports }, null, 1)}\n`;
}

describe("workshop golden playthroughs", () => {
  it("has plans", () => expect(plans.length).toBeGreaterThan(0));
  for (const file of plans) {
    it(file, () => {
      const plan = JSON.parse(readFileSync(dir + file, "utf8")) as Plan;
      const out = playthrough(plan);
      // The same inputs replay the same meeting, byte for byte.
      expect(playthrough(plan)).toBe(out);
      const expectedFile = dir + file.replace(".plan.json", ".expected.json");
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(expectedFile, out);
      expect(out).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
