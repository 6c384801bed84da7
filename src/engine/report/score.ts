// Scores from verdicts: in total, good weight over all weight; per dimension the same, with the moments
// a rule of the dimension was kept when a choice on offer would have broken it counted as earned (see
// chances.ts), so one slip in a long meeting costs in proportion. A dimension nobody was judged on, and
// where nothing was at stake, has no score rather than a flattering 100.
import { DIMENSIONS, type Dimension, ruleInfo } from "../rules/catalog.ts";
import type { VerdictEntry } from "../runtime/context.ts";
import type { Kept } from "./chances.ts";
import { type Lang, pick } from "./localize.ts";

export interface DimensionScore {
  id: Dimension;
  title: string;
  score: number;
  /** Weights. */
  good: number;
  breach: number;
  missed: number;
  kept: number;
  /** How many moments of each kind: what the debrief shows. */
  count: { good: number; breach: number; missed: number; kept: number };
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

export function computeScores(
  verdicts: readonly VerdictEntry[],
  lang: Lang,
  kept: ReadonlyMap<Dimension, Kept> = new Map(),
): Scores {
  const per = new Map<Dimension, Omit<DimensionScore, "id" | "title" | "score">>();
  const entry = (dim: Dimension) => {
    let d = per.get(dim);
    if (!d) {
      d = { good: 0, breach: 0, missed: 0, kept: 0, count: { good: 0, breach: 0, missed: 0, kept: 0 } };
      per.set(dim, d);
    }
    return d;
  };
  let good = 0;
  let bad = 0;
  for (const v of verdicts) {
    const d = entry(ruleInfo(v.rule)?.dimension ?? "process");
    d[v.kind] += v.weight;
    d.count[v.kind]++;
    if (v.kind === "good") good += v.weight;
    else bad += v.weight;
  }
  for (const [dim, k] of kept) {
    const d = entry(dim);
    d.kept += k.weight;
    d.count.kept += k.count;
  }
  const dimensions: DimensionScore[] = [];
  for (const id of Object.keys(DIMENSIONS) as Dimension[]) {
    const d = per.get(id);
    if (!d) continue;
    const title = DIMENSIONS[id];
    dimensions.push({
      id,
      title: pick(lang, title.nl, title.en),
      score: scoreOf(d.good + d.kept, d.breach + d.missed) ?? 0,
      ...d,
    });
  }
  return { total: scoreOf(good, bad), good, bad, dimensions };
}
