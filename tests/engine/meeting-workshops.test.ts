// Every bundled scenario plays to the end as a workshop: a facilitator seat and listener seats making
// seeded random moves (hands, turns, typed questions, notes, windows passing), the computer alone,
// and the organiser's scenario with its one seat; each replays from its (seat, move) list.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/engine/report/report.ts";
import { buildTranscript } from "../../src/engine/report/transcript.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { Meeting, type SeatPending } from "../../src/engine/session/meeting.ts";
import { roleOfSeat } from "../../src/engine/session/seats.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { root } from "../helpers.ts";
import { driveUntil, scenario } from "./meeting-helpers.ts";

const files = readdirSync(`${root}scenarios`).filter(
  (f) => f.endsWith(".json") && f !== "scenario.schema.json",
);

function randomPolicy(seed: number) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
  return (m: Meeting, p: SeatPending): MoveRecord => {
    // Now and then a seat notes the last line it heard before moving (notes are not turns).
    const said = [...m.entriesFor(p.seat)]
      .reverse()
      .find(({ entry }) => entry.t === "line" && entry.line?.id);
    const line = said?.entry.t === "line" ? said.entry.line?.id : undefined;
    if (line && next(4) === 0 && m.contextFor(p.seat).noted[line] === undefined) {
      expect(m.apply(p.seat, { note: line, tag: next(2) === 0 ? "positive" : "negative" })).toEqual({
        ok: true,
      });
    }
    if (p.purpose === "hand") return next(3) === 0 ? { wait: true } : { choose: "raise-hand" };
    if (p.kind === "pick") {
      const ids = p.choices.map((c) => c.id);
      const count = p.min + next(p.max - p.min + 1);
      return { pick: ids.slice(0, count) };
    }
    if (p.freeText && next(3) === 0) return { say: "Wat bedoelt u precies met dat laatste?" };
    if (p.kind === "urge" && next(5) === 0) return { wait: true };
    return { choose: p.choices[next(p.choices.length)]?.id ?? "" };
  };
}

describe("all bundled scenarios play as workshops", () => {
  for (const file of files) {
    const s = scenario(file);
    const roomSeats = s.roles.facilitator
      ? [
          ["facilitator", "listener-1", "listener-2", "listener-3"],
          ["listener-1", "listener-2", "listener-3", "listener-4", "listener-5"],
          [],
        ]
      : [["organiser"], []];
    for (const seats of roomSeats) {
      it(`${file} with ${seats.length === 0 ? "no human seats" : seats.join(", ")}`, () => {
        for (const seed of [1, 2]) {
          const m = new Meeting(s, seats, { seed, judge: defaultJudge });
          driveUntil(m, () => false, randomPolicy(seed));
          expect(m.done).toBe(true);
          const { meeting, result } = Meeting.replay(s, seats, m.moves(), { seed, judge: defaultJudge });
          expect(result).toEqual({ ok: true });
          expect(JSON.stringify(meeting.log())).toBe(JSON.stringify(m.log()));
          for (const seat of seats) {
            const role = roleOfSeat(seat) ?? "listener";
            const report = buildReport(s, role, m.contextFor(seat), "nl", seed);
            expect(report.score.total).not.toBeNull();
            // What each seat reads names the workshop's listeners in Dutch, never by seat id.
            const transcript = buildTranscript(
              s,
              role,
              m.entriesFor(seat).map(({ entry }) => entry),
              "nl",
            );
            // (speaker ids are ids, for labels; what is shown is the rest)
            const shown = JSON.stringify(transcript, (key, value) => (key === "speaker" ? undefined : value));
            expect(shown).not.toMatch(/listener-\d/);
            expect(shown).toMatch(/Toehoorder|Jij/);
          }
          const summary = m.summary();
          expect(summary.openness.length).toBeGreaterThan(3);
          if (seats.length === 0) expect(summary.breaches).toEqual([]);
        }
      });
    }
  }
});
