// Driving a workshop meeting in tests: every seat that has a move makes one, by a policy, until a beat
// or the end is reached.

import type { Scenario } from "../../src/engine/format/schema.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import type { Meeting, SeatPending } from "../../src/engine/session/meeting.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { readText } from "../helpers.ts";

export function scenario(file: string): Scenario {
  const loaded = loadScenario(readText(`scenarios/${file}`), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

/** Holds back, notes, takes the computer's own choice: a move every pending kind accepts. */
export function quiet(m: Meeting, p: SeatPending): MoveRecord {
  if (p.purpose === "hand") return { wait: true };
  if (p.purpose === "handle") return { choose: "protect-stop" };
  if (p.purpose === "turn") return { choose: p.choices[0]?.id ?? "" };
  const ids = p.choices.map((c) => c.id);
  if (p.kind === "pick") return { pick: ids.slice(0, p.min) };
  const beat = m.scenario.beats.find((b) => b.id === p.beat);
  const move = p.seat === "facilitator" ? beat?.moves?.facilitator : beat?.moves?.listener;
  if (ids.includes("stil")) return { choose: "stil" };
  const npc = move?.npc;
  return { choose: typeof npc === "string" ? npc : (ids[0] ?? "") };
}

/** Plays every pending move until `stop` says so (checked before each round of seats) or the end. */
export function driveUntil(
  m: Meeting,
  stop: (m: Meeting) => boolean,
  policy: (m: Meeting, p: SeatPending) => MoveRecord = quiet,
): void {
  for (let guard = 0; guard < 2000 && !m.done; guard++) {
    if (stop(m)) return;
    let moved = false;
    for (const seat of m.humanSeats) {
      const p = m.pending(seat);
      if (!p) continue;
      const result = m.apply(seat, policy(m, p));
      if (!result.ok) throw new Error(`${seat} at ${p.beat}: ${result.error}`);
      moved = true;
      if (stop(m)) return;
    }
    if (!moved) throw new Error("no seat can move and the meeting is not over");
  }
}

/** True once any seat has a pending move in this beat. */
export const atBeat = (beat: string) => (m: Meeting) => m.humanSeats.some((s) => m.pending(s)?.beat === beat);
