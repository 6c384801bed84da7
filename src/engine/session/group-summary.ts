// The group's view of a workshop meeting, for the group debrief and the trainer: how open the room was
// over time, and who broke which rule when. A pure function of the log and the openness samples, so
// the server, an export and a test all get the same from the same meeting.
import type { Text } from "../format/schema.ts";
import type { LogEntry } from "../runtime/context.ts";
import type { Seat } from "./seats.ts";

/** The participants' openness when a beat started (minutes on the meeting's clock). */
export interface OpennessPoint {
  at: number;
  beat: string;
  people: Record<string, number>;
}

export interface SeatTally {
  good: number;
  breach: number;
  missed: number;
}

export interface GroupSummary {
  /** The participants' openness at each beat: the average, and the least and most open of them. */
  openness: { at: number; beat: string; average: number; min: number; max: number }[];
  /** Every breach of a human seat, in the order it happened. */
  breaches: { seat: Seat; at: number; beat: string; phase: string; rule: string; why: Text }[];
  perSeat: Record<Seat, SeatTally>;
}

/**
 * `single`: in single play entries carry no seat; they are all the one human seat's.
 */
export function groupSummary(
  seats: readonly Seat[],
  log: readonly LogEntry[],
  timeline: readonly OpennessPoint[],
  single?: Seat,
): GroupSummary {
  const perSeat: Record<Seat, SeatTally> = {};
  for (const seat of seats) perSeat[seat] = { good: 0, breach: 0, missed: 0 };
  const breaches: GroupSummary["breaches"] = [];
  for (const e of log) {
    if (e.t !== "verdict") continue;
    const seat = e.seat ?? single;
    const tally = seat === undefined ? undefined : perSeat[seat];
    if (seat === undefined || !tally) continue;
    tally[e.kind] += e.weight;
    if (e.kind === "breach")
      breaches.push({ seat, at: e.at, beat: e.beat, phase: e.phase, rule: e.rule, why: e.why });
  }
  const openness = timeline.map((p) => {
    const values = Object.values(p.people);
    const sum = values.reduce((a, b) => a + b, 0);
    const average = values.length === 0 ? 0 : Math.round(sum / values.length);
    // The spread around the average: a room whose average holds while one person closes up shows it.
    const min = values.length === 0 ? 0 : Math.round(Math.min(...values));
    const max = values.length === 0 ? 0 : Math.round(Math.max(...values));
    return { at: p.at, beat: p.beat, average, min, max };
  });
  return { openness, breaches, perSeat };
}
