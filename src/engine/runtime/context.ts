// What a running meeting holds. The context is plain data (it is saved, replayed and compared), and it
// is never changed in place: every step makes a new one, sharing what did not change.
import type { Line, Text } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import type { PList } from "./plist.ts";

export interface PersonState {
  openness: number;
  trust: number;
}

export type NoteTag = "positive" | "negative" | "idea";

export interface Quote {
  speaker: string;
  text: Text;
  line?: string;
}

/** A judged moment. `why` and `better` come from the scenario or, for free text, from the judge. */
export interface VerdictEntry {
  t: "verdict";
  at: number;
  beat: string;
  phase: string;
  rule: string;
  kind: "good" | "breach" | "missed";
  weight: number;
  why: Text;
  better?: Text;
  quote?: Quote;
  did?: Text;
  /** Given by the engine itself (time, agenda, notes) rather than written in the scenario. */
  auto?: true;
}

/**
 * Whose private entry this is, in a meeting with several seats (session/meeting.ts): that seat's own
 * move, verdicts and notes. Shared entries (what the room sees and hears) have none; neither has any
 * entry of single play.
 */
export interface Seated {
  seat?: string;
}

export type LogEntry = (
  | { t: "phase"; at: number; phase: string; plannedStart: number }
  | { t: "line"; at: number; beat: string; phase: string; speaker: string; text: Text; line?: Line }
  | {
      t: "move";
      at: number;
      beat: string;
      phase: string;
      role: Role;
      kind: "choose" | "urge" | "pick" | "say";
      choices: string[];
      texts: Text[];
      byComputer?: true;
      timedOut?: true;
      free?: { text: string; label: string; confidence: number; why: Text; cues: string[] };
    }
  | VerdictEntry
  | { t: "untold"; at: number; beat: string; phase: string; speaker: string; title: Text; line?: string }
  | { t: "note"; at: number; beat: string; line: string; tag: NoteTag; speaker: string; text: Text }
) &
  Seated;

export interface Context {
  role: Role;
  /** Simulated minutes since the meeting started. */
  clock: number;
  phase: string | null;
  beat: string | null;
  people: Record<string, PersonState>;
  flags: Record<string, true>;
  /** Choices made per beat (by the trainee, or by the computer in the roles the trainee does not play). */
  chosen: Record<string, string[]>;
  noted: Record<string, NoteTag>;
  prepared: string[];
  /** The participant who spoke last, for effects on the 'speaker'. */
  speaker: string | null;
  lastQuote: Quote | null;
  /** Minutes on the clock when the meeting proper ended (the follow-up is another day). */
  meetingEnd: number | null;
  judged: { time: boolean; notes: boolean };
  log: PList<LogEntry> | null;
  done: boolean;
}

export type MachineEvent =
  | ChooseEvent
  | { type: "pick"; choices: string[] }
  | { type: "say"; text: string; judgement: FreeJudgement }
  | { type: "expire" }
  | { type: "note"; line: string; tag: NoteTag };

/**
 * Choosing is one event type per choice ("choose.<id>"), so the machine finds the transition by its
 * name instead of trying a guard per choice.
 */
export type ChooseEvent = { type: `choose.${string}`; choice: string };
export const chooseEvent = (choice: string): ChooseEvent => ({ type: `choose.${choice}`, choice });

/** What the utterance judge said about typed words, as the machine needs it. */
export interface FreeJudgement {
  label: string;
  allowed: boolean;
  confidence: number;
  why: Text;
  cues: string[];
}
