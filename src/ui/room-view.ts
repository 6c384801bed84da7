// What the screens tell the drawn room. The Phaser scenes implement it; tests use a stand-in. Plain data
// only: the room draws what it is handed and decides nothing about the method.
export interface RoomPerson {
  id: string;
  name: string;
  ring: "inner" | "outer" | "facilitator";
  /** 0–100, participants only: shown as ring colour and posture. */
  openness?: number;
  emotion?: string;
  trainee?: boolean;
}

export interface RoomTimeline {
  phases: { id: string; title: string; plannedMinutes: number; actualStart: number | null }[];
  current: string | null;
  clock: number;
  planned: number;
}

/** The organiser's desk: messages from colleagues in an inbox (newest first), a resident on the phone. */
export interface DeskState {
  /** The organiser at the desk (the trainee). */
  you: { id: string; name: string } | null;
  caller: { id: string; name: string } | null;
  messages: { id: string; name: string }[];
  /** The newest line came from a colleague: the top message is new. */
  fresh: boolean;
  labels: { inbox: string; phone: string; noCall: string; onTheLine: string; empty: string };
}

export interface RoomState {
  mode: "in-person" | "online" | "hybrid";
  /** The organiser away from the meeting: the desk is drawn instead of the circle. */
  desk?: DeskState | null;
  people: RoomPerson[];
  speaker: string | null;
  /** Someone who visibly reacted just now (a listener giving in to an urge). */
  reacting: string | null;
  timeline: RoomTimeline | null;
  /** Labels drawn on the canvas, in the player's language. */
  labels: { you: string; muted: string };
}

export interface DebriefPicture {
  dimensions: { title: string; score: number }[];
  people: { name: string; start: number; end: number }[];
  labels: { you: string; muted: string };
}

export interface RoomView {
  show(state: RoomState): void;
  /** The end of a run: scores and how each participant's openness moved. */
  debrief(picture: DebriefPicture): void;
  /** Where the canvas goes on the current screen. */
  mount(slot: HTMLElement): void;
  setReducedMotion(on: boolean): void;
  hide(): void;
}

export const noRoom: RoomView = {
  show() {},
  debrief() {},
  mount() {},
  setReducedMotion() {},
  hide() {},
};
