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
 * The cast listener a listener seat sits as: listener-1 as the first listener of the cast, and so on.
 * Seats beyond the cast get no cast member and are named by number. Fixed by the scenario and the
 * seat alone, so a replay names everyone the same.
 */
export function seatPerson(scenario: Scenario, seat: Seat): { id: string; name: Text } {
  const k = listenerNumber(seat);
  const person = k > 0 ? scenario.cast.listeners[k - 1] : undefined;
  if (person) return { id: person.id, name: { nl: person.name, en: person.name } };
  if (seat === "facilitator")
    return {
      id: "facilitator",
      name: { nl: scenario.cast.facilitator.name, en: scenario.cast.facilitator.name },
    };
  return { id: seat, name: { nl: `toehoorder ${k}`, en: `listener ${k}` } };
}
