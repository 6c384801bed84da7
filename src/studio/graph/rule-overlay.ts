// Where each rule of a role can be met or broken: the beats where a move of that role carries a verdict
// on the rule (a choice, what not picking an option means, typed words' outcomes). Pure, from the
// document as authored.
import type { Role } from "../../engine/rules/catalog.ts";

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

export interface RuleSpot {
  /** Index of the beat in the document's beats. */
  index: number;
  met: boolean;
  broken: boolean;
}

function verdictsOf(move: Rec): unknown[] {
  const out: unknown[] = [];
  const take = (v: unknown) => {
    if (isRec(v) && Array.isArray(v.verdicts)) out.push(...v.verdicts);
  };
  for (const c of Array.isArray(move.choices) ? move.choices : []) {
    take(c);
    if (isRec(c)) take(c.ifNotPicked);
  }
  if (isRec(move.freeText)) {
    if (isRec(move.freeText.outcomes)) for (const o of Object.values(move.freeText.outcomes)) take(o);
    take(move.freeText.otherwise);
  }
  return out;
}

/** Per rule id, the beats where the role's move can meet or break it, in document order. */
export function ruleSpots(doc: unknown, role: Role): Map<string, RuleSpot[]> {
  const spots = new Map<string, RuleSpot[]>();
  const beats = isRec(doc) && Array.isArray(doc.beats) ? doc.beats : [];
  beats.forEach((b, index) => {
    const move = isRec(b) && isRec(b.moves) ? b.moves[role] : undefined;
    if (!isRec(move)) return;
    const here = new Map<string, RuleSpot>();
    for (const v of verdictsOf(move)) {
      if (!isRec(v) || typeof v.rule !== "string") continue;
      const spot = here.get(v.rule) ?? { index, met: false, broken: false };
      if (v.kind === "good") spot.met = true;
      else if (v.kind === "breach" || v.kind === "missed") spot.broken = true;
      here.set(v.rule, spot);
    }
    for (const [rule, spot] of here) spots.set(rule, [...(spots.get(rule) ?? []), spot]);
  });
  return spots;
}
