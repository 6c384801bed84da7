// npm run bench:judge — the judge on its held-out split: per-label precision, recall and F1, macro-F1,
// allowed-versus-not accuracy, time per utterance and model size.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readCorpus } from "../../src/cli/train-judge.ts";
import { classify } from "../../src/engine/judge/index.ts";
import { isAllowed, LABELS, type UtteranceLabel } from "../../src/engine/judge/labels.ts";

for (const role of ["listener", "facilitator"] as const) {
  const rows = readCorpus(role).filter((r) => r.split === "heldout");
  const labels = LABELS[role];
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  let allowedRight = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const j = classify(r.text, role);
    if (j.label === r.label) tp.set(r.label, (tp.get(r.label) ?? 0) + 1);
    else {
      fp.set(j.label, (fp.get(j.label) ?? 0) + 1);
      fn.set(r.label, (fn.get(r.label) ?? 0) + 1);
      misses.push(`${r.label} → ${j.label}: ${r.text}`);
    }
    if (j.allowed === isAllowed(r.label as UtteranceLabel, role)) allowedRight++;
  }
  console.log(`${role}: ${rows.length} held-out utterances`);
  let macro = 0;
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const p = t / Math.max(1, t + (fp.get(l) ?? 0));
    const r = t / Math.max(1, t + (fn.get(l) ?? 0));
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    macro += f1 / labels.length;
    console.log(`  ${l.padEnd(14)} precision ${p.toFixed(2)}  recall ${r.toFixed(2)}  F1 ${f1.toFixed(2)}`);
  }
  console.log(
    `  macro-F1 ${macro.toFixed(3)}   allowed-vs-not accuracy ${(allowedRight / rows.length).toFixed(3)}`,
  );
  if (process.env.SHOW_MISSES) for (const m of misses) console.log(`    miss ${m}`);
  const texts = rows.map((r) => r.text);
  const runs: number[] = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) classify(texts[i % texts.length] as string, role);
    runs.push(((performance.now() - t0) * 1000) / 2000);
  }
  runs.sort((a, b) => a - b);
  const model = readFileSync(new URL(`../../src/engine/judge/model/${role}.json`, import.meta.url));
  console.log(`  ${(runs[2] as number).toFixed(1)} µs per utterance (median of 5 × 2000)`);
  console.log(
    `  model ${(model.length / 1024).toFixed(0)} KB raw, ${(gzipSync(model).length / 1024).toFixed(0)} KB gzip`,
  );
}
