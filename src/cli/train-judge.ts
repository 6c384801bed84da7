// npm run train:judge — trains the utterance judge from the corpus and writes its weights to
// src/engine/judge/model/. Multinomial logistic regression with an L2 penalty, minimised over the whole
// corpus at once by L-BFGS: no shuffling and no seed, so the same corpus always gives the same model.
import { readFileSync, writeFileSync } from "node:fs";
import { features } from "../engine/judge/features.ts";
import { type JudgeRole, LABELS } from "../engine/judge/labels.ts";
import type { ModelFile } from "../engine/judge/model.ts";

export interface Row {
  text: string;
  role: JudgeRole;
  label: string;
  lang: "nl" | "en";
  setting: string;
  split: "train" | "heldout";
  hard?: string;
  /** Where a row came from, for the batches added after the first ones ("after-probe-3", "probe-3"). */
  source?: string;
}

/** The split of a new source sentence (its variants follow it): one in five, by the FNV-1a hash of the text. */
export function splitFor(text: string): Row["split"] {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % 5 === 0 ? "heldout" : "train";
}

export interface TrainOptions {
  /** L2 penalty per weight, relative to the mean loss per utterance. */
  l2: number;
  /** Features seen in fewer utterances are left out (cues are always kept). */
  minCount: number;
  iterations: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { l2: 0.001, minCount: 2, iterations: 300 };

const dir = new URL("../engine/judge/", import.meta.url);

export function readCorpus(role: JudgeRole): Row[] {
  return readFileSync(new URL(`corpus/${role}.jsonl`, dir), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
}

interface Data {
  index: Int32Array[];
  value: Float64Array[];
  y: number[];
}

/** Mean cross-entropy plus the L2 penalty, and its gradient, for weights laid out feature-major. */
function lossAndGradient(w: Float64Array, data: Data, k: number, l2: number, grad: Float64Array): number {
  grad.fill(0);
  let loss = 0;
  const n = data.y.length;
  const sums = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const idx = data.index[i] as Int32Array;
    const val = data.value[i] as Float64Array;
    sums.fill(0);
    for (let j = 0; j < idx.length; j++) {
      const base = (idx[j] as number) * k;
      const v = val[j] as number;
      for (let c = 0; c < k; c++) sums[c] = (sums[c] as number) + (w[base + c] as number) * v;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, sums[c] as number);
    let total = 0;
    for (let c = 0; c < k; c++) {
      sums[c] = Math.exp((sums[c] as number) - max);
      total += sums[c] as number;
    }
    const y = data.y[i] as number;
    loss -= Math.log((sums[y] as number) / total);
    for (let j = 0; j < idx.length; j++) {
      const base = (idx[j] as number) * k;
      const v = val[j] as number;
      for (let c = 0; c < k; c++) {
        const g = ((sums[c] as number) / total - (c === y ? 1 : 0)) * v;
        grad[base + c] = (grad[base + c] as number) + g / n;
      }
    }
  }
  loss /= n;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i] as number;
    loss += (l2 / 2) * wi * wi;
    grad[i] = (grad[i] as number) + l2 * wi;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};

/** Limited-memory BFGS with a backtracking line search: plain, deterministic, good enough for a convex loss. */
function lbfgs(
  f: (w: Float64Array, g: Float64Array) => number,
  size: number,
  iterations: number,
): Float64Array {
  const m = 8;
  let w = new Float64Array(size);
  let g = new Float64Array(size);
  let loss = f(w, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  for (let it = 0; it < iterations; it++) {
    const q = Float64Array.from(g);
    const alphas: number[] = [];
    for (let i = ss.length - 1; i >= 0; i--) {
      const s = ss[i] as Float64Array;
      const y = ys[i] as Float64Array;
      const a = dot(s, q) / dot(y, s);
      alphas[i] = a;
      for (let j = 0; j < size; j++) q[j] = (q[j] as number) - a * (y[j] as number);
    }
    if (ss.length > 0) {
      const s = ss[ss.length - 1] as Float64Array;
      const y = ys[ys.length - 1] as Float64Array;
      const gamma = dot(s, y) / dot(y, y);
      for (let j = 0; j < size; j++) q[j] = (q[j] as number) * gamma;
    } else {
      const norm = Math.sqrt(dot(q, q)) || 1;
      for (let j = 0; j < size; j++) q[j] = (q[j] as number) / norm;
    }
    for (let i = 0; i < ss.length; i++) {
      const s = ss[i] as Float64Array;
      const y = ys[i] as Float64Array;
      const b = dot(y, q) / dot(y, s);
      for (let j = 0; j < size; j++) q[j] = (q[j] as number) + (s[j] as number) * ((alphas[i] as number) - b);
    }
    // q is now the descent direction's negative.
    const slope = -dot(g, q);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(size);
    const nextG = new Float64Array(size);
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < size; j++) next[j] = (w[j] as number) - step * (q[j] as number);
      nextLoss = f(next, nextG);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      s[j] = (next[j] as number) - (w[j] as number);
      y[j] = (nextG[j] as number) - (g[j] as number);
    }
    if (dot(s, y) > 1e-12) {
      ss.push(s);
      ys.push(y);
      if (ss.length > m) {
        ss.shift();
        ys.shift();
      }
    }
    const improvement = loss - nextLoss;
    w = next;
    g = nextG;
    loss = nextLoss;
    if (improvement < 1e-9) break;
  }
  return w;
}

export function train(rows: Row[], role: JudgeRole, options: TrainOptions = DEFAULT_OPTIONS): ModelFile {
  const labels = [...LABELS[role]];
  const k = labels.length;
  const examples = rows
    .map((r) => ({ x: features(r.text), y: labels.indexOf(r.label as never) }))
    .filter((d) => d.y >= 0);
  const seen = new Map<string, number>();
  for (const d of examples) for (const f of d.x.keys()) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocab = [...seen]
    .filter(([f, n]) => n >= options.minCount || f.startsWith("cue:"))
    .map(([f]) => f)
    .sort();
  const at = new Map(vocab.map((f, i) => [f, i]));
  const data: Data = { index: [], value: [], y: [] };
  for (const d of examples) {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [f, c] of d.x) {
      const i = at.get(f);
      if (i === undefined) continue;
      idx.push(i);
      val.push(c);
    }
    data.index.push(Int32Array.from(idx));
    data.value.push(Float64Array.from(val));
    data.y.push(d.y);
  }
  const w = lbfgs(
    (wt, g) => lossAndGradient(wt, data, k, options.l2, g),
    vocab.length * k,
    options.iterations,
  );
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const ints = Array.from(w.subarray(i * k, i * k + k), (x) => Math.round(x * 1000));
    // Weights that round to almost nothing only make the file bigger.
    if (ints.some((x) => Math.abs(x) >= 30)) weights[f] = ints;
  });
  return { format: "spiegelspel-judge", version: 1, role, labels, weights };
}

function main(): void {
  for (const role of ["listener", "facilitator"] as const) {
    const rows = readCorpus(role);
    const model = train(
      rows.filter((r) => r.split === "train"),
      role,
    );
    writeFileSync(new URL(`model/${role}.json`, dir), `${JSON.stringify(model)}\n`);
    process.stdout.write(
      `${role}: ${rows.length} utterances, ${Object.keys(model.weights).length} features kept\n`,
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) main();
