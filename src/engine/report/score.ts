// Scores from verdicts: per dimension and in total, good weight over all weight. A dimension nobody was
// judged on has no score rather than a flattering 100.
import { DIMENSIONS, type Dimension, ruleInfo } from "../rules/catalog.ts";
import type { VerdictEntry } from "../runtime/context.ts";
import { type Lang, pick } from "./localize.ts";

export interface DimensionScore {
  id: Dimension;
  title: string;
  score: number;
  good: number;
  breach: number;
  missed: number;
}

export interface Scores {
  total: number | null;
  good: number;
  bad: number;
  dimensions: DimensionScore[];
}

export function scoreOf(good: number, bad: number): number | null {
  return good + bad === 0 ? null : Math.round((100 * good) / (good + bad));
}

export function computeScores(verdicts: readonly VerdictEntry[], lang: Lang): Scores {
  const per = new Map<Dimension, { good: number; breach: number; missed: number }>();
  let good = 0;
  let bad = 0;
  for (const v of verdicts) {
    const dim = ruleInfo(v.rule)?.dimension ?? "process";
    const d = per.get(dim) ?? { good: 0, breach: 0, missed: 0 };
    d[v.kind] += v.weight;
    per.set(dim, d);
    if (v.kind === "good") good += v.weight;
    else bad += v.weight;
  }
  const dimensions: DimensionScore[] = [];
  for (const id of Object.keys(DIMENSIONS) as Dimension[]) {
    const d = per.get(id);
    if (!d) continue;
    const title = DIMENSIONS[id];
    dimensions.push({
      id,
      title: pick(lang, title.nl, title.en),
      score: scoreOf(d.good, d.breach + d.missed) ?? 0,
      ...d,
    });
  }
  return { total: scoreOf(good, bad), good, bad, dimensions };
}
