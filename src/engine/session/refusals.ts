// Why the Session refuses a move, as data: a code and its parameters, so each front end words it in its
// own language (the game in Dutch or English), plus the English sentence the CLI and logs print.
export type RefusalCode =
  | "no-move"
  | "use-pick"
  | "use-choose"
  | "not-a-choice"
  | "not-among"
  | "picked-twice"
  | "pick-count"
  | "no-free-text"
  | "no-judge"
  | "empty-text"
  | "no-urge"
  | "meeting-over"
  | "not-spoken"
  | "already-noted"
  | "unknown-move"
  | "computer-seat";

export type RefusalParams = Record<string, string | number>;

export interface Refusal {
  ok: false;
  /** The English sentence, for the CLI and for logs. */
  error: string;
  code: RefusalCode;
  params: RefusalParams;
}

const ENGLISH: Record<RefusalCode, (p: RefusalParams) => string> = {
  "no-move": () => "there is no move to make now",
  "use-pick": () => "this move picks several options: use pick",
  "use-choose": () => "this move takes one choice: use choose",
  "not-a-choice": (p) => `'${p.choice}' is not one of the choices (${p.choices})`,
  "not-among": (p) => `not among the options: ${p.unknown}`,
  "picked-twice": () => "an option is picked twice",
  "pick-count": (p) => `pick between ${p.min} and ${p.max} options (you picked ${p.picked})`,
  "no-free-text": () => "this moment does not take typed words",
  "no-judge": () => "no utterance judge is available",
  "empty-text": () => "type what you would say first",
  "no-urge": () => "no urge is waiting",
  "meeting-over": () => "the meeting is over",
  "not-spoken": (p) => `line '${p.line}' has not been spoken (or cannot be noted)`,
  "already-noted": () => "already in your notes",
  "unknown-move": () => "unknown kind of move",
  "computer-seat": (p) => `the ${p.seat} seat is played by the computer`,
};

export function refusal(code: RefusalCode, params: RefusalParams = {}): Refusal {
  return { ok: false, error: ENGLISH[code](params), code, params };
}
