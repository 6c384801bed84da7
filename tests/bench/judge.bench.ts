// npm run bench:judge — the judge on its held-out split: per-label precision, recall and F1, macro-F1,
// allowed-versus-not accuracy, accuracy per kind of hard case, time per utterance and model size; then
// the same figures on tests/judge/independent/, sentences by another writer that nothing was fitted to.
// SHOW_MISSES=1 lists what it got wrong.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readCorpus } from "../../src/cli/train-judge.ts";
import { classify } from "../../src/engine/judge/index.ts";
import { isAllowed, LABELS, type UtteranceLabel } from "../../src/engine/judge/labels.ts";

const pct = (x: number) => x.toFixed(3);
let gzipTotal = 0;

for (const role of ["listener", "facilitator"] as const) {
  const rows = readCorpus(role).filter((r) => r.split === "heldout");
  const labels = LABELS[role];
  const predicted = rows.map((r) => classify(r.text, role));
  console.log(
    `\n${role}: ${rows.length} held-out utterances (${rows.filter((r) => r.lang === "en").length} English)`,
  );
  let macro = 0;
  for (const l of labels) {
    const tp = rows.filter((r, i) => r.label === l && predicted[i]?.label === l).length;
    const p = tp / Math.max(1, predicted.filter((j) => j.label === l).length);
    const rc = tp / Math.max(1, rows.filter((r) => r.label === l).length);
    const f1 = p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
    macro += f1 / labels.length;
    console.log(
      `  ${l.padEnd(14)} precision ${pct(p)}  recall ${pct(rc)}  F1 ${pct(f1)}  (n=${rows.filter((r) => r.label === l).length})`,
    );
  }
  const allowedRight = rows.filter(
    (r, i) => predicted[i]?.allowed === isAllowed(r.label as UtteranceLabel, role),
  ).length;
  console.log(`  macro-F1 ${pct(macro)}   allowed-vs-not accuracy ${pct(allowedRight / rows.length)}`);
  const hard = new Map<string, [number, number]>();
  rows.forEach((r, i) => {
    if (!r.hard) return;
    const [right, all] = hard.get(r.hard) ?? [0, 0];
    hard.set(r.hard, [right + Number(predicted[i]?.label === r.label), all + 1]);
  });
  console.log(
    `  hard cases: ${[...hard].map(([k, [right, all]]) => `${k} ${right}/${all}`).join(", ") || "none"}`,
  );
  if (process.env.SHOW_MISSES)
    rows.forEach((r, i) => {
      if (predicted[i]?.label !== r.label)
        console.log(`    miss ${r.label} → ${predicted[i]?.label} (${predicted[i]?.confidence}): ${r.text}`);
    });

  const texts = rows.map((r) => r.text);
  for (let i = 0; i < 2000; i++) classify(texts[i % texts.length] as string, role);
  const runs: number[] = [];
  for (let round = 0; round < 15; round++) {
    const t0 = performance.now();
    for (const t of texts) classify(t, role);
    runs.push(((performance.now() - t0) * 1000) / texts.length);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `  ${(runs[7] as number).toFixed(1)} µs per utterance (median of 15 passes over the split, worst pass ${(runs[14] as number).toFixed(1)} µs)`,
  );
  const model = readFileSync(new URL(`../../src/engine/judge/model/${role}.json`, import.meta.url));
  const gz = gzipSync(model, { level: 9 }).length;
  gzipTotal += gz;
  console.log(`  model ${(model.length / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`);

  const independent = readFileSync(new URL(`../judge/independent/${role}.jsonl`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { text: string; label: string; lang: string; hard: boolean });
  const judged = independent.map((r) => classify(r.text, role));
  const f1s = labels.map((l) => {
    const tp = independent.filter((r, i) => r.label === l && judged[i]?.label === l).length;
    const p = tp / Math.max(1, judged.filter((j) => j.label === l).length);
    const rc = tp / Math.max(1, independent.filter((r) => r.label === l).length);
    return p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  });
  const allowedOk = (subset: (r: (typeof independent)[number]) => boolean) => {
    const idx = independent.map((r, i) => [r, i] as const).filter(([r]) => subset(r));
    const ok = idx.filter(
      ([r, i]) => judged[i]?.allowed === isAllowed(r.label as UtteranceLabel, role),
    ).length;
    return `${pct(ok / Math.max(1, idx.length))} (n=${idx.length})`;
  };
  console.log(
    `  independent set: macro-F1 ${pct(f1s.reduce((a, b) => a + b, 0) / labels.length)}, allowed-vs-not ${allowedOk(() => true)}; hard cases ${allowedOk((r) => r.hard)}, English ${allowedOk((r) => r.lang === "en")}`,
  );
}
console.log(`\nboth models: ${(gzipTotal / 1024).toFixed(0)} KB gzip (budget 300 KB)`);
