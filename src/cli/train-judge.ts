// npm run train:judge — trains the utterance judge from the corpus and writes its weights to
// src/engine/judge/model/. Multinomial logistic regression with AdaGrad and L2, in a fixed order from a
// fixed seed: the same corpus always gives the same model.
import { readFileSync, writeFileSync } from "node:fs";
import { CUES } from "../engine/judge/cues.ts";
import { features } from "../engine/judge/features.ts";
import { type JudgeRole, LABELS } from "../engine/judge/labels.ts";
import type { ModelFile } from "../engine/judge/model.ts";
import { Random } from "../engine/runtime/rng.ts";

export interface Row {
  text: string;
  role: JudgeRole;
  label: string;
  lang: "nl" | "en";
  split: "train" | "heldout";
  hard?: string;
}

const dir = new URL("../engine/judge/", import.meta.url);

export function readCorpus(role: JudgeRole): Row[] {
  return readFileSync(new URL(`corpus/${role}.jsonl`, dir), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
}

export function train(
  rows: Row[],
  role: JudgeRole,
  options = { epochs: 40, rate: 0.3, l2: 1e-4, minCount: 2 },
): ModelFile {
  const labels = [...LABELS[role]];
  const data = rows
    .map((r) => ({ x: features(r.text), y: labels.indexOf(r.label as never) }))
    .filter((d) => d.y >= 0);
  const seen = new Map<string, number>();
  for (const d of data) for (const f of d.x.keys()) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocab = new Set(
    [...seen].filter(([f, n]) => n >= options.minCount || f.startsWith("cue:")).map(([f]) => f),
  );
  for (const c of CUES) vocab.add(`cue:${c.id}`);
  const w = new Map<string, Float64Array>();
  const g2 = new Map<string, Float64Array>();
  for (const f of vocab) {
    w.set(f, new Float64Array(labels.length));
    g2.set(f, new Float64Array(labels.length).fill(1e-8));
  }
  const random = new Random(42);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const d = data[i] as (typeof data)[number];
      const sums = labels.map((_, k) => {
        let s = 0;
        for (const [f, c] of d.x) s += (w.get(f)?.[k] ?? 0) * c;
        return s;
      });
      const max = Math.max(...sums);
      const exps = sums.map((s) => Math.exp(s - max));
      const total = exps.reduce((a, b) => a + b, 0);
      for (const [f, c] of d.x) {
        const wf = w.get(f);
        const gf = g2.get(f);
        if (!wf || !gf) continue;
        for (let k = 0; k < labels.length; k++) {
          const grad =
            ((exps[k] as number) / total - (k === d.y ? 1 : 0)) * c + options.l2 * (wf[k] as number);
          gf[k] = (gf[k] as number) + grad * grad;
          wf[k] = (wf[k] as number) - (options.rate * grad) / Math.sqrt(gf[k] as number);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...vocab].sort()) {
    const ints = Array.from(w.get(f) ?? [], (x) => Math.round(x * 1000));
    // Only features that weigh (|w| ≥ 0.5 for some label) are kept: 6× smaller, and it generalised
    // better on the held-out split than keeping every feature.
    if (ints.some((x) => Math.abs(x) >= 500)) weights[f] = ints;
  }
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
