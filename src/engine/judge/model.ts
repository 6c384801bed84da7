// A linear model per role: for every feature a weight per label, softmax over the sums.
import type { JudgeRole, UtteranceLabel } from "./labels.ts";

export interface ModelFile {
  format: "spiegelspel-judge";
  version: 1;
  role: JudgeRole;
  labels: UtteranceLabel[];
  /** Weights × 1000, rounded, one per label. */
  weights: Record<string, number[]>;
}

export interface Scored {
  probabilities: number[];
  contributions: (feature: string, label: number) => number;
}

export function score(model: ModelFile, feats: Map<string, number>): Scored {
  const n = model.labels.length;
  const sums = new Array<number>(n).fill(0);
  for (const [f, count] of feats) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < n; k++) sums[k] = (sums[k] as number) + ((w[k] ?? 0) / 1000) * count;
  }
  const max = Math.max(...sums);
  const exps = sums.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return {
    probabilities: exps.map((e) => e / total),
    contributions: (feature, label) =>
      ((model.weights[feature]?.[label] ?? 0) / 1000) * (feats.get(feature) ?? 0),
  };
}
