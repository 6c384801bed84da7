// The moves a workshop seat can be offered (session/meeting.ts), built as data the way Session builds
// its pending move, and the checks a seat's move must pass against what it was offered.
import type { Beat, Move, Scenario } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { shownChoices } from "../runtime/order.ts";
import { pendingMove } from "./pending-move.ts";
import { protectChoices, protectPrompt } from "./protect.ts";
import { type Refusal, refusal } from "./refusals.ts";
import { roleOfSeat, type Seat, seatLabel, seatPerson } from "./seats.ts";
import type { MoveRecord, PendingMove } from "./session.ts";

/** What a pending move is for: the beat's move, raising a hand, giving the turn, handling a breach. */
export type SeatPurpose = "move" | "hand" | "turn" | "handle";

export interface SeatPending extends PendingMove {
  seat: Seat;
  purpose: SeatPurpose;
}

export const RAISE_HAND = "raise-hand";
export const TURN_PREFIX = "turn:";

/** The beat's own move, in the seat's order: from the seed, the seat and the beat (order.ts). */
export function movePending(seat: Seat, beat: Beat, move: Move, seed: number): SeatPending {
  // The order is drawn per seat name; the facilitator seat's name is its role, so its order is single play's.
  return {
    seat,
    purpose: "move",
    ...pendingMove(beat, move, seed, seat, roleOfSeat(seat) !== "organiser"),
  };
}

/** The facilitator seat's handling of the breach of listener seat `by` (protect.ts). */
export function handlePending(
  scenario: Scenario,
  seat: Seat,
  beat: Beat,
  by: Seat,
  seed: number,
): SeatPending {
  const name = seatPerson(scenario, by).name;
  const choices = protectChoices(name, null);
  return {
    seat,
    purpose: "handle",
    beat: beat.id,
    kind: "choose",
    prompt: protectPrompt(name),
    choices: shownChoices({ choices }, seed, seat as Role, `${beat.id}\u0000protect:${by}`).map((c) => ({
      id: c.id,
      text: c.text,
    })),
    min: 1,
    max: 1,
  };
}

/** The facilitator seat gives the floor to one of the raised hands, in the order they went up. */
export function turnPending(scenario: Scenario, seat: Seat, beat: Beat, hands: readonly Seat[]): SeatPending {
  return {
    seat,
    purpose: "turn",
    beat: beat.id,
    kind: "choose",
    prompt: { nl: "Wie krijgt het woord?", en: "Who gets the floor?" },
    choices: hands.map((s) => ({ id: `${TURN_PREFIX}${s}`, text: seatLabel(scenario, s) })),
    min: 1,
    max: 1,
  };
}

/** A listener seat in the listeners' round: raise a hand ("raise-hand") or pass ({ wait: true }). */
export function handPending(seat: Seat, beat: Beat): SeatPending {
  return {
    seat,
    purpose: "hand",
    beat: beat.id,
    kind: "choose",
    prompt: {
      nl: "De ronde van de toehoorders: steek je hand op als je iets wilt vragen, of laat deze beurt voorbijgaan.",
      en: "The listeners' round: raise your hand if you want to ask something, or let this turn pass.",
    },
    choices: [{ id: RAISE_HAND, text: { nl: "Hand opsteken", en: "Raise your hand" } }],
    min: 1,
    max: 1,
  };
}

/** The same checks as Session's, against the pending move this seat was offered. */
export function check(p: SeatPending, move: MoveRecord, hasJudge: boolean): Refusal | null {
  if ("choose" in move) {
    if (p.kind === "pick") return refusal("use-pick");
    if (!p.choices.some((c) => c.id === move.choose)) {
      return refusal("not-a-choice", { choice: move.choose, choices: p.choices.map((c) => c.id).join(", ") });
    }
    return null;
  }
  if ("pick" in move) {
    if (p.kind !== "pick") return refusal("use-choose");
    const unknown = move.pick.filter((c) => !p.choices.some((x) => x.id === c));
    if (unknown.length > 0) return refusal("not-among", { unknown: unknown.join(", ") });
    if (new Set(move.pick).size !== move.pick.length) return refusal("picked-twice");
    if (move.pick.length < p.min || move.pick.length > p.max) {
      return refusal("pick-count", { min: p.min, max: p.max, picked: move.pick.length });
    }
    return null;
  }
  if ("say" in move) {
    if (!p.freeText) return refusal("no-free-text");
    if (!hasJudge) return refusal("no-judge");
    if (move.say.trim().length === 0) return refusal("empty-text");
    return null;
  }
  if ("wait" in move) return p.kind === "urge" ? null : refusal("no-urge");
  return refusal("unknown-move");
}
