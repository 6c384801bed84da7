import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readCorpus, splitFor, train } from "../../src/cli/train-judge.ts";
import { classify, isAllowed, type UtteranceLabel } from "../../src/engine/judge/index.ts";
import { LABELS } from "../../src/engine/judge/labels.ts";
import { root } from "../helpers.ts";

const ROLES = ["listener", "facilitator"] as const;

function measure(role: (typeof ROLES)[number]) {
  const rows = readCorpus(role).filter((r) => r.split === "heldout");
  let allowedRight = 0;
  const f1s: number[] = [];
  const predicted = rows.map((r) => classify(r.text, role).label);
  for (const [i, r] of rows.entries())
    if (isAllowed(predicted[i] as UtteranceLabel, role) === isAllowed(r.label as UtteranceLabel, role))
      allowedRight++;
  for (const label of LABELS[role]) {
    const tp = rows.filter((r, i) => r.label === label && predicted[i] === label).length;
    const p = tp / Math.max(1, predicted.filter((l) => l === label).length);
    const rc = tp / Math.max(1, rows.filter((r) => r.label === label).length);
    f1s.push(p + rc === 0 ? 0 : (2 * p * rc) / (p + rc));
  }
  return {
    n: rows.length,
    allowed: allowedRight / rows.length,
    macroF1: f1s.reduce((a, b) => a + b) / f1s.length,
  };
}

describe("the corpus", () => {
  it.each(ROLES)("%s: labels of the role, both languages, every setting, a held-out split", (role) => {
    const rows = readCorpus(role);
    expect(rows.length).toBeGreaterThanOrEqual(role === "listener" ? 1500 : 1000);
    for (const r of rows) expect(LABELS[role]).toContain(r.label);
    expect(rows.filter((r) => r.lang === "en").length / rows.length).toBeGreaterThan(0.3);
    expect(new Set(rows.map((r) => r.setting))).toEqual(
      new Set(["district-team", "hospital-ward", "court", "company", "online"]),
    );
    const heldout = rows.filter((r) => r.split === "heldout");
    expect(heldout.length / rows.length).toBeGreaterThan(0.15);
    const train = new Set(rows.filter((r) => r.split === "train").map((r) => r.text.toLowerCase()));
    for (const r of heldout) expect(train.has(r.text.toLowerCase())).toBe(false);
  });

  it.each(ROLES)("%s: the folded-in probe is split by the hash rule like any new source", (role) => {
    const probe = readCorpus(role).filter((r) => r.source === "probe-3");
    expect(probe.length).toBeGreaterThan(150);
    for (const r of probe) expect(r.split, r.text).toBe(splitFor(r.text));
  });
});

describe("the trained model", () => {
  it.each(ROLES)("%s keeps a floor on its held-out split", (role) => {
    const m = measure(role);
    expect(m.n).toBeGreaterThan(200);
    expect(m.allowed).toBeGreaterThanOrEqual(role === "listener" ? 0.95 : 0.93);
    expect(m.macroF1).toBeGreaterThanOrEqual(role === "listener" ? 0.9 : 0.85);
  });

  it("fits the size budget of 300 KB gzip for both roles together", () => {
    const size = ROLES.map(
      (role) => gzipSync(readFileSync(`${root}src/engine/judge/model/${role}.json`)).length,
    ).reduce((a, b) => a + b);
    expect(size).toBeLessThanOrEqual(300 * 1024);
  });

  it("trains the same weights from the same rows", () => {
    const rows = readCorpus("facilitator")
      .filter((r) => r.split === "train")
      .slice(0, 150);
    const options = { l2: 0.001, minCount: 2, iterations: 25 };
    const a = train(rows, "facilitator", options);
    expect(Object.keys(a.weights).length).toBeGreaterThan(50);
    expect(JSON.stringify(train(rows, "facilitator", options))).toBe(JSON.stringify(a));
  });
});
