// The team's follow-up as a workshop room holds it: the engine's rules (engine/session/team-follow-up.ts)
// over the room's meeting, the client messages turned into the engine's actions, and what each client
// may be sent of it (a reflection only to its author and the trainer; points and the list to everyone).
import {
  applyFollowUp,
  type FollowUpAction,
  type FollowUpActor,
  type FollowUpResult,
  type FollowUpRoom,
  type FollowUpState,
  hasProposers,
  leads,
  notedQuotes,
  startFollowUp,
} from "../engine/session/team-follow-up.ts";
import { MIN_FIXED_POINTS, type QuotedLine, type TeamFollowUp } from "../engine/session/team-points.ts";
import { type MeetingHost, roleOfSeat, type Seat } from "./meeting-host.ts";
import type { ClientMessage } from "./protocol.ts";

/** The follow-up message to a seated player: the shared part, its own notes and reflection, its powers. */
export interface SeatFollowUp {
  team: TeamFollowUp;
  seat: Seat;
  notes: QuotedLine[];
  reflection: string | null;
  lead: boolean;
  propose: boolean;
  minFixed: number;
}
/** To the trainer: the shared part and every seat's reflection. */
export interface TrainerFollowUp {
  team: TeamFollowUp;
  reflections: Record<Seat, string>;
  minFixed: number;
}

export class RoomFollowUp {
  private state: FollowUpState = startFollowUp();
  private readonly room: FollowUpRoom;

  constructor(readonly host: MeetingHost) {
    // A seat's notes are its own log entries; in single play every note is the one seat's.
    this.room = {
      humanSeats: host.humanSeats,
      notes: (seat) => notedQuotes(host.entriesFor(seat, 0).map((e) => e.entry)),
    };
  }

  get team(): TeamFollowUp {
    return this.state.team;
  }

  /** Applies an action; an accepted one is the state at once (the caller logs it before saying so). */
  apply(actor: FollowUpActor, action: FollowUpAction): FollowUpResult {
    const result = applyFollowUp(this.room, this.state, actor, action);
    if (result.ok) this.state = result.state;
    return result;
  }

  forSeat(seat: Seat): SeatFollowUp {
    const actor = { seat, name: "" };
    return {
      team: this.state.team,
      seat,
      notes: this.room.humanSeats.includes(seat) ? [...this.room.notes(seat)] : [],
      reflection: this.state.reflections[seat] ?? null,
      lead: leads(this.room, actor),
      propose: this.room.humanSeats.includes(seat) && roleOfSeat(seat) === "listener",
      minFixed: this.minFixed(),
    };
  }

  forTrainer(): TrainerFollowUp {
    return { team: this.state.team, reflections: { ...this.state.reflections }, minFixed: this.minFixed() };
  }

  private minFixed(): number {
    return hasProposers(this.room) ? MIN_FIXED_POINTS : 0;
  }
}

/** The engine's action for a follow-up message, or undefined for any other message. */
export function followUpAction(m: ClientMessage): FollowUpAction | undefined {
  switch (m.type) {
    case "reflect":
      return { a: "reflect", text: m.text };
    case "propose":
      return { a: "propose", text: m.text, quotes: m.quotes };
    case "fix":
      return { a: "fix", point: m.point, fixed: m.fixed };
    case "follow-up-next":
      return { a: "next" };
    case "follow-up-close":
      return { a: "close" };
    default:
      return undefined;
  }
}
