// A linear model per role: for every feature a weight per label, softmax over the sums.
import { type JudgeRole, LABELS, type UtteranceLabel } from "./labels.ts";

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

/** A model read from outside the code (the browser fetches it): checked before it is used, or refused. */
export function checkModel(data: unknown, role: JudgeRole): ModelFile {
  const fail = (why: string): never => {
    throw new Error(`the ${role} model of the judge ${why}`);
  };
  if (typeof data !== "object" || data === null) return fail("is not an object");
  const m = data as Partial<ModelFile>;
  if (m.format !== "spiegelspel-judge" || m.version !== 1)
    return fail("is not a spiegelspel-judge model, version 1");
  if (m.role !== role) return fail(`is for the role '${String(m.role)}'`);
  const expected = LABELS[role];
  if (
    !Array.isArray(m.labels) ||
    m.labels.length !== expected.length ||
    !m.labels.every((l) => expected.includes(l))
  )
    return fail(`has the labels ${JSON.stringify(m.labels)}, not those of the role`);
  if (typeof m.weights !== "object" || m.weights === null) return fail("has no weights");
  const n = m.labels.length;
  for (const [feature, w] of Object.entries(m.weights))
    if (!Array.isArray(w) || w.length !== n || !w.every((x) => Number.isFinite(x)))
      return fail(`has a bad weight for '${feature}'`);
  return m as ModelFile;
}
