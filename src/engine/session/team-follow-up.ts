// The rules of the team's follow-up in a workshop, as a pure function: who may do what at which stage,
// the grounding of a proposal in the proposer's own notes, the limits on text and number of points, and
// the stage transitions. The server only feeds it actions (and logs the accepted ones); replaying the
// same actions on the same meeting gives the same follow-up, so a room rebuilt from its log has it back.
//
// Stages (TeamFollowUp.stage):
//   reflect  each seated player writes a short reflection, alone (private to them and the trainer);
//            when every human seat has reflected the stage moves on by itself, or the lead moves it on
//   propose  listener seats put improvement points forward, each resting on participants' lines they
//            noted during the meeting (L-NOTES, L-REFLECT: a seat reflects before it proposes)
//   fix      the lead fixes (or unfixes) points into the team's list; proposals may still come in
//   done     the lead closed it with at least MIN_FIXED_POINTS fixed (or with none, in a room where no
//            listener seat is played by a person: nobody there could propose)
// The lead is the facilitator seat when a person plays it, and the trainer always (an override).
import type { LogEntry } from "../runtime/context.ts";
import { roleOfSeat, type Seat } from "./seats.ts";
import { MIN_FIXED_POINTS, type QuotedLine, type TeamFollowUp, type TeamPoint } from "./team-points.ts";

export const MAX_REFLECTION_CHARS = 1000;
export const MAX_POINT_CHARS = 300;
export const MAX_QUOTES_PER_POINT = 5;
export const MAX_POINTS_PER_SEAT = 5;
export const MAX_POINTS = 60;

export type FollowUpAction =
  | { a: "reflect"; text: string }
  | { a: "propose"; text: string; quotes: string[] }
  | { a: "fix"; point: string; fixed: boolean }
  /** reflect → propose, propose → fix. */
  | { a: "next" }
  | { a: "close" };

/** Who acts: a seat (with the player's display name at that moment) or the trainer. */
export type FollowUpActor = { trainer: true } | { seat: Seat; name: string };

/** What the rules need to know of the meeting: who played, and what each seat noted. */
export interface FollowUpRoom {
  humanSeats: readonly Seat[];
  /** The participants' lines this seat noted during the meeting, in the order noted. */
  notes(seat: Seat): readonly QuotedLine[];
}

export interface FollowUpState {
  team: TeamFollowUp;
  /** Each seat's reflection; never in `team`, which everyone sees. */
  reflections: Record<Seat, string>;
}

export type FollowUpRefusalCode =
  | "follow-up-stage"
  | "follow-up-no-seat"
  | "follow-up-listeners-propose"
  | "follow-up-lead-only"
  | "follow-up-empty"
  | "follow-up-too-long"
  | "follow-up-reflect-first"
  | "follow-up-no-quote"
  | "follow-up-not-noted"
  | "follow-up-too-many-quotes"
  | "follow-up-too-many-points"
  | "follow-up-unknown-point"
  | "follow-up-too-few-fixed";

export type FollowUpResult =
  | { ok: true; state: FollowUpState }
  | { ok: false; code: FollowUpRefusalCode; error: string };

export function startFollowUp(): FollowUpState {
  return { team: { stage: "reflect", reflected: [], points: [] }, reflections: {} };
}

/** The participants' lines among a seat's log entries that the seat noted, each line once. */
export function notedQuotes(entries: readonly LogEntry[]): QuotedLine[] {
  const out: QuotedLine[] = [];
  for (const e of entries)
    if (e.t === "note" && !out.some((q) => q.line === e.line))
      out.push({ line: e.line, speaker: e.speaker, text: e.text });
  return out;
}

/** Whether this actor leads the follow-up: the trainer, or the facilitator seat when a person plays it. */
export function leads(room: FollowUpRoom, actor: FollowUpActor): boolean {
  return "trainer" in actor || (actor.seat === "facilitator" && room.humanSeats.includes("facilitator"));
}

/** Whether any listener seat is played by a person (else nobody can propose, and the list may stay empty). */
export function hasProposers(room: FollowUpRoom): boolean {
  return room.humanSeats.some((s) => roleOfSeat(s) === "listener");
}

const no = (code: FollowUpRefusalCode, error: string): FollowUpResult => ({ ok: false, code, error });

export function applyFollowUp(
  room: FollowUpRoom,
  state: FollowUpState,
  actor: FollowUpActor,
  action: FollowUpAction,
): FollowUpResult {
  const { team } = state;
  if (team.stage === "done") return no("follow-up-stage", "the follow-up is closed");
  switch (action.a) {
    case "reflect":
      return reflect(room, state, actor, action.text);
    case "propose":
      return propose(room, state, actor, action);
    case "fix": {
      if (!leads(room, actor))
        return no("follow-up-lead-only", "only the facilitator or the trainer fixes points");
      if (team.stage !== "fix")
        return no("follow-up-stage", `points are fixed in the fix stage (now ${team.stage})`);
      const point = team.points.find((p) => p.id === action.point);
      if (!point) return no("follow-up-unknown-point", `no point '${action.point}'`);
      const points = team.points.map((p) => (p.id === point.id ? { ...p, fixed: action.fixed } : p));
      return { ok: true, state: { ...state, team: { ...team, points } } };
    }
    case "next": {
      if (!leads(room, actor))
        return no("follow-up-lead-only", "only the facilitator or the trainer moves on");
      if (team.stage === "fix") return no("follow-up-stage", "the fix stage ends by closing the follow-up");
      const stage = team.stage === "reflect" ? "propose" : "fix";
      return { ok: true, state: { ...state, team: { ...team, stage } } };
    }
    case "close": {
      if (!leads(room, actor)) return no("follow-up-lead-only", "only the facilitator or the trainer closes");
      if (team.stage !== "fix")
        return no("follow-up-stage", `the follow-up closes in the fix stage (now ${team.stage})`);
      const fixed = team.points.filter((p) => p.fixed).length;
      if (fixed < MIN_FIXED_POINTS && hasProposers(room))
        return no("follow-up-too-few-fixed", `fix at least ${MIN_FIXED_POINTS} points (now ${fixed})`);
      return { ok: true, state: { ...state, team: { ...team, stage: "done" } } };
    }
  }
}

function cleanText(text: string, max: number): { ok: true; text: string } | FollowUpResult {
  const t = text.trim();
  if (t.length === 0) return no("follow-up-empty", "type something first");
  if (t.length > max) return no("follow-up-too-long", `at most ${max} characters`);
  return { ok: true, text: t };
}

function reflect(
  room: FollowUpRoom,
  state: FollowUpState,
  actor: FollowUpActor,
  text: string,
): FollowUpResult {
  if (!("seat" in actor) || !room.humanSeats.includes(actor.seat))
    return no("follow-up-no-seat", "only a player with a seat in the meeting reflects");
  const clean = cleanText(text, MAX_REFLECTION_CHARS);
  if (!("text" in clean)) return clean;
  const { team } = state;
  const reflected = team.reflected.includes(actor.seat) ? team.reflected : [...team.reflected, actor.seat];
  // Everyone has reflected: the proposals open by themselves (the lead need not wait for a click).
  const all = room.humanSeats.every((s) => reflected.includes(s));
  const stage = team.stage === "reflect" && all ? "propose" : team.stage;
  return {
    ok: true,
    state: {
      team: { ...team, stage, reflected },
      reflections: { ...state.reflections, [actor.seat]: clean.text },
    },
  };
}

function propose(
  room: FollowUpRoom,
  state: FollowUpState,
  actor: FollowUpActor,
  action: { text: string; quotes: string[] },
): FollowUpResult {
  const { team } = state;
  if (!("seat" in actor) || !room.humanSeats.includes(actor.seat) || roleOfSeat(actor.seat) !== "listener")
    return no("follow-up-listeners-propose", "the listeners propose improvement points");
  if (team.stage === "reflect") return no("follow-up-stage", "first everyone reflects");
  if (!team.reflected.includes(actor.seat))
    return no("follow-up-reflect-first", "reflect before you propose");
  const clean = cleanText(action.text, MAX_POINT_CHARS);
  if (!("text" in clean)) return clean;
  const lines = [...new Set(action.quotes)];
  if (lines.length === 0)
    return no("follow-up-no-quote", "a point rests on at least one participant's words you noted");
  if (lines.length > MAX_QUOTES_PER_POINT)
    return no("follow-up-too-many-quotes", `at most ${MAX_QUOTES_PER_POINT} quotes a point`);
  const noted = room.notes(actor.seat);
  const quotes: QuotedLine[] = [];
  for (const line of lines) {
    const q = noted.find((n) => n.line === line);
    if (!q) return no("follow-up-not-noted", `line '${line}' is not in your notes`);
    quotes.push({ line: q.line, speaker: q.speaker, text: q.text });
  }
  if (team.points.filter((p) => p.seat === actor.seat).length >= MAX_POINTS_PER_SEAT)
    return no("follow-up-too-many-points", `at most ${MAX_POINTS_PER_SEAT} points a seat`);
  if (team.points.length >= MAX_POINTS)
    return no("follow-up-too-many-points", `at most ${MAX_POINTS} points`);
  const point: TeamPoint = {
    id: `p${team.points.length + 1}`,
    seat: actor.seat,
    by: actor.name,
    text: clean.text,
    quotes,
    fixed: false,
  };
  return { ok: true, state: { ...state, team: { ...team, points: [...team.points, point] } } };
}
