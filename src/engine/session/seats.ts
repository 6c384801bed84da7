// The seats of a workshop meeting and who sits in them. A seat is a role plus, for listeners, a
// number: "facilitator", "organiser", "listener-1" … "listener-20". The names are the workshop
// server's (src/server/meeting-host.ts); the engine needs them to tell seats apart in the log, to draw
// each seat's own choice order and to say who in the room gave in to an urge.
import type { Scenario, Text } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";

export type Seat = string;

export const MAX_LISTENER_SEATS = 20;

/** The engine's role for a seat, or undefined for a name that is no seat. */
export function roleOfSeat(seat: Seat): Role | undefined {
  if (seat === "facilitator" || seat === "organiser") return seat;
  return /^listener-([1-9]|1[0-9]|20)$/.test(seat) ? "listener" : undefined;
}

/** 1 for "listener-1"; 0 for a seat that is not a listener's. */
export function listenerNumber(seat: Seat): number {
  const m = /^listener-(\d+)$/.exec(seat);
  return m ? Number(m[1]) : 0;
}

/**
 * Who a human seat is in the room's log: the seat itself, not a member of the scenario's cast. The
 * cast's listeners stay the computer's people (the script still gives them lines and interruptions),
 * and people in the workshop join them. Their display names are the workshop's, not the meeting's
 * inputs, so the log says "toehoorder 2" and uses the seat as the speaker id for a client to label.
 */
export function seatPerson(scenario: Scenario, seat: Seat): { id: string; name: Text } {
  const k = listenerNumber(seat);
  if (k > 0) return { id: seat, name: { nl: `toehoorder ${k}`, en: `listener ${k}` } };
  const name = seat === "organiser" ? scenario.cast.organiser?.name : scenario.cast.facilitator.name;
  return { id: seat, name: { nl: name ?? seat, en: name ?? seat } };
}

/** A seat's name as a label on its own ("Toehoorder 2"). */
export function seatLabel(scenario: Scenario, seat: Seat): Text {
  const { name } = seatPerson(scenario, seat);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { nl: cap(name.nl), en: cap(name.en ?? name.nl) };
}
