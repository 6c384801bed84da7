// The team's follow-up in a workshop, as data: what each player reflected alone, the improvement points
// the listeners proposed (each grounded in participants' words they noted) and the ones the facilitator
// or trainer fixed as the team's list. Shared by the server (which decides and logs it), the group
// debrief, the export and the screens, so all of them read the same shape.
import type { Text } from "../format/schema.ts";
import type { Seat } from "./seats.ts";

/** A participant's line a proposal rests on: its id in the scenario and its words as spoken. */
export interface QuotedLine {
  line: string;
  speaker: string;
  text: Text;
}

export interface TeamPoint {
  /** Stable within the room ("p1", "p2", …), in the order proposed. */
  id: string;
  /** The seat that proposed it, and the player's display name at that moment. */
  seat: Seat;
  by: string;
  text: string;
  quotes: QuotedLine[];
  /** Fixed into the team's list by the facilitator seat or the trainer. */
  fixed: boolean;
}

export interface TeamFollowUp {
  /** reflect: each alone; propose: listeners put points forward; fix: the list is settled; done. */
  stage: "reflect" | "propose" | "fix" | "done";
  /** Seats that finished reflecting (their words stay private to them and the trainer). */
  reflected: Seat[];
  points: TeamPoint[];
}

/** The least number of fixed points a team's list has before the follow-up can close. */
export const MIN_FIXED_POINTS = 3;
