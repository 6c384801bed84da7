// The labels of UTTERANCES.md, per role, and which are allowed.
export type JudgeRole = "listener" | "facilitator";
export type Lang = "nl" | "en";
export type UtteranceLabel =
  | "clarifying"
  | "acknowledging"
  | "leading"
  | "defending"
  | "explaining"
  | "solving"
  | "open"
  | "closed"
  | "summary"
  | "opinion"
  | "process";

export const LABELS: Record<JudgeRole, readonly UtteranceLabel[]> = {
  listener: ["clarifying", "acknowledging", "leading", "defending", "explaining", "solving"],
  facilitator: ["open", "closed", "leading", "summary", "opinion", "process"],
};

// A closed question is weak technique, not a breach of the method: allowed, and judged as a missed chance.
const ALLOWED = new Set<UtteranceLabel>([
  "clarifying",
  "acknowledging",
  "open",
  "closed",
  "summary",
  "process",
]);

export function isAllowed(label: UtteranceLabel, role: JudgeRole): boolean {
  return LABELS[role].includes(label) && ALLOWED.has(label);
}
