// Where an author changes a high-scoring breach, said as the field to edit. A `paths` warning has to
// be one a careful author can clear: it names the verdict's weight to raise (with its path in the
// file), or, for a verdict the engine gives itself (typed words judged by their label, a prepared
// question brought in early), the place to write a verdict of their own that replaces it.
import type { Choice, Move, Outcome, Scenario, Verdict } from "../format/schema.ts";
import { describePath, type PathPart } from "../load/problems.ts";
import type { Role } from "../rules/catalog.ts";
import type { MachineEvent } from "../runtime/context.ts";

export const MAX_WEIGHT = 5;

export interface BreachPlace {
  /** The field to change, as `validate` names places: beats[3] ("v-kees-1").moves.… */
  where: string;
  /** What to change there. */
  fix: string;
  /** The same for tools and tests: the path of the field, and whether to raise it or add verdicts there. */
  path: PathPart[];
  action: "raise" | "add-verdict" | "consequence";
}

const verdictIndex = (verdicts: Verdict[] | undefined, rule: string) =>
  (verdicts ?? []).findIndex((v) => v.rule === rule && v.kind === "breach");

const consequence = (highScore: number) =>
  `or give it a consequence that keeps every run through it below ${highScore} (a flag that a later beat tests, so a participant closes up, a story stays untold or a later move is judged missed)`;

export function locateBreach(
  s: Scenario,
  role: Role,
  beatId: string,
  event: MachineEvent,
  rule: string,
  weight: number,
  highScore: number,
): BreachPlace {
  const b = s.beats.findIndex((x) => x.id === beatId);
  const move = s.beats[b]?.moves?.[role] as Move | undefined;
  const at: PathPart[] = ["beats", b, "moves", role];
  const place = (path: PathPart[]) => describePath(path, s);
  const raise = (path: PathPart[]): BreachPlace => ({
    path,
    action: "raise",
    where: place(path),
    fix: `raise "weight" at ${place(path)} from ${weight} to ${MAX_WEIGHT}, ${consequence(highScore)}`,
  });
  const own = (path: PathPart[], what: string): BreachPlace => ({
    path,
    action: "add-verdict",
    where: place(path),
    fix: `${what} at ${place(path)} a verdict of its own in "verdicts": { "rule": "${rule}", "kind": "breach", "weight": ${MAX_WEIGHT}, "why": {…}, "better": {…} } (it replaces the verdict the engine gives itself), ${consequence(highScore)}`,
  });
  if (!move) return { path: at, action: "consequence", where: place(at), fix: consequence(highScore) };
  const inChoice = (c: Choice, i: number): BreachPlace | undefined => {
    const k = verdictIndex(c.verdicts, rule);
    if (k >= 0) return raise([...at, "choices", i, "verdicts", k, "weight"]);
    return undefined;
  };
  if (event.type === "say" && move.freeText) {
    const label = event.judgement.label;
    const outcomes = move.freeText.outcomes as Record<string, Outcome | undefined>;
    const key: PathPart[] = outcomes[label] ? ["outcomes", label] : ["otherwise"];
    const outcome = outcomes[label] ?? move.freeText.otherwise;
    const k = verdictIndex(outcome.verdicts, rule);
    if (k >= 0) return raise([...at, "freeText", ...key, "verdicts", k, "weight"]);
    // The utterance judge's verdict: an outcome for this label with verdicts of its own replaces it.
    return own(
      [...at, "freeText", "outcomes", label],
      outcomes[label] ? "give the outcome" : `add the outcome "${label}" and give it`,
    );
  }
  const chosen =
    event.type === "pick"
      ? event.choices
      : event.type === "expire"
        ? [move.onTimeout ?? ""]
        : "choice" in event
          ? [(event as { choice: string }).choice]
          : [];
  for (const id of chosen) {
    const i = move.choices.findIndex((c) => c.id === id);
    const c = move.choices[i];
    const found = c ? inChoice(c, i) : undefined;
    if (found) return found;
  }
  if (event.type === "pick") {
    for (const [i, c] of move.choices.entries()) {
      if (chosen.includes(c.id)) continue;
      const k = verdictIndex(c.ifNotPicked?.verdicts, rule);
      if (k >= 0) return raise([...at, "choices", i, "ifNotPicked", "verdicts", k, "weight"]);
    }
  }
  // No verdict of the scenario's own: the engine judged it (a prepared question brought in early).
  const i = move.choices.findIndex((c) => c.id === chosen[0]);
  return own([...at, "choices", Math.max(i, 0)], "give the choice");
}
