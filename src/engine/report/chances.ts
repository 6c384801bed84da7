// Two readings of a run that the verdicts alone do not give.
//
// Kept rules: a moment where a choice on offer would have broken a rule and the trainee did not take
// it. A dimension judged only by breaches (neutrality: good questions are judged as questions, not as
// neutral) would otherwise drop to 0 after one slip in a long meeting, however often neutrality was
// kept; counting the kept moments makes every dimension earnable and one slip proportionate.
//
// Consequences: a verdict that every choice of a move carries is not about the choice made there but
// about what went before (the author's way to make an earlier mistake cost something later). Shown
// beside the repair the trainee chose, it read as if the repair were a missed chance.
import type { Beat, Scenario, Verdict } from "../format/schema.ts";
import { type Dimension, type Role, ruleInfo } from "../rules/catalog.ts";
import type { LogEntry, VerdictEntry } from "../runtime/context.ts";

export interface Kept {
  /** Weight of the breaches that were on offer and not taken. */
  weight: number;
  /** How many moments that was. */
  count: number;
}

const beatsOf = new WeakMap<Scenario, Map<string, Beat>>();
function beatById(s: Scenario, id: string): Beat | undefined {
  let map = beatsOf.get(s);
  if (!map) {
    map = new Map(s.beats.map((b) => [b.id, b]));
    beatsOf.set(s, map);
  }
  return map.get(id);
}

/** Per dimension: the breaches a choice on offer would have made, at moves where the trainee made none of that rule. */
export function keptByDimension(s: Scenario, role: Role, log: readonly LogEntry[]): Map<Dimension, Kept> {
  const out = new Map<Dimension, Kept>();
  for (let i = 0; i < log.length; i++) {
    const e = log[i];
    if (e?.t !== "move" || e.byComputer || e.role !== role) continue;
    const move = beatById(s, e.beat)?.moves?.[role];
    if (!move) continue;
    // What the move actually broke: the verdicts that follow it, up to the next move.
    const broken = new Set<string>();
    for (let j = i + 1; j < log.length; j++) {
      const f = log[j];
      if (f?.t === "move") break;
      if (f?.t === "verdict" && f.beat === e.beat && f.kind !== "good") broken.add(f.rule);
    }
    const onOffer = new Map<string, number>();
    for (const c of move.choices) {
      if (e.choices.includes(c.id)) continue;
      for (const v of c.verdicts ?? []) {
        if (v.kind !== "breach" || broken.has(v.rule)) continue;
        onOffer.set(v.rule, Math.max(onOffer.get(v.rule) ?? 0, v.weight ?? 1));
      }
    }
    for (const [rule, weight] of onOffer) {
      const dim = ruleInfo(rule)?.dimension;
      if (!dim) continue;
      const k = out.get(dim) ?? { weight: 0, count: 0 };
      out.set(dim, { weight: k.weight + weight, count: k.count + 1 });
    }
  }
  return out;
}

const same = (a: Verdict, b: VerdictEntry) =>
  a.rule === b.rule && a.kind === b.kind && a.why.nl === b.why.nl && (a.weight ?? 1) === b.weight;

/** True when every choice of the trainee's move at this verdict's beat carries this verdict. */
export function isConsequence(s: Scenario, role: Role, v: VerdictEntry): boolean {
  if (v.kind === "good" || v.auto) return false;
  const move = beatById(s, v.beat)?.moves?.[role];
  if (!move || move.choices.length < 2) return false;
  return move.choices.every((c) => (c.verdicts ?? []).some((cv) => same(cv, v)));
}
