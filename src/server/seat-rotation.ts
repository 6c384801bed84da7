// The seats for the next round: the people rotate through the seats people sat in, in the room's seat
// order (facilitator, organiser, listener-1 … listener-N). The facilitator becomes the first listener,
// each listener the next, the last one the facilitator. Seats the computer played stay the computer's
// and players without a seat stay without one, so the next round has the same shape with new roles.
import type { Seat } from "./meeting-host.ts";

/** `taken`: seat → player. Returns the same players on the rotated seats (seat → player). */
export function rotateSeats(
  order: readonly Seat[],
  taken: Readonly<Record<Seat, string>>,
): Record<Seat, string> {
  const occupied = order.filter((s) => Object.hasOwn(taken, s));
  const rotated: Record<Seat, string> = {};
  occupied.forEach((seat, k) => {
    const to = occupied[(k + 1) % occupied.length] as Seat;
    rotated[to] = taken[seat] as string;
  });
  return rotated;
}
