// `npm run fuzz -- --count 10000 [--seed 1] [--workers 2]`: mutated copies of the bundled scenarios
// through load, validate, paths and seeded play (run-case.ts), in worker threads so a hang is caught.
// Failures are listed with the seed that reproduces them; the last line is the whole verdict:
//   fuzz: N files from seed S: C crashes, H hangs over 5 s, A accepted-then-failed (…)
import { Worker } from "node:worker_threads";
import type { CaseResult } from "./run-case.ts";

const HANG_MS = 5_000;
/** A case still running this long is stopped (and counted as a hang) so the run goes on. */
const KILL_MS = 60_000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(v) || v < 0) {
    process.stderr.write(`fuzz: --${name} takes a whole number, not '${process.argv[i + 1]}'\n`);
    process.exit(2);
  }
  return v;
}

const count = option("count", 1000);
const first = option("seed", 1);
const workers = Math.max(1, option("workers", 2));

let next = 0;
let finished = 0;
const tally = { crash: 0, hang: 0, "accepted-then-failed": 0, refused: 0, accepted: 0 };
const started = Date.now();
const report = (line: string) => process.stderr.write(`${line}\n`);

function spawn(): void {
  if (next >= count) return;
  const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url));
  let current = -1;
  let since = 0;
  const give = () => {
    if (next >= count) {
      clearInterval(watch);
      void worker.terminate();
      return;
    }
    current = first + next++;
    since = Date.now();
    worker.postMessage(current);
  };
  const watch = setInterval(() => {
    if (current >= 0 && Date.now() - since > KILL_MS) {
      tally.hang++;
      finished++;
      report(`hang: seed ${current} still running after ${KILL_MS / 1000} s (stopped)`);
      clearInterval(watch);
      current = -1;
      void worker.terminate().then(spawn);
    }
  }, 1_000);
  worker.on("message", (r: CaseResult) => {
    finished++;
    if (r.ms > HANG_MS) {
      tally.hang++;
      report(`hang: seed ${r.seed} took ${(r.ms / 1000).toFixed(1)} s (${r.mutations.join(", ")})`);
    }
    tally[r.outcome]++;
    if (r.outcome === "crash" || r.outcome === "accepted-then-failed")
      report(`${r.outcome}: seed ${r.seed} (${r.mutations.join(", ")}): ${r.detail}`);
    if (finished % 500 === 0) report(`… ${finished} of ${count}`);
    give();
  });
  worker.on("error", (error) => {
    tally.crash++;
    finished++;
    report(`crash: seed ${current}: the worker died: ${String(error)}`);
    clearInterval(watch);
    spawn();
  });
  give();
}

process.on("exit", () => {
  const s = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `fuzz: ${finished} files from seed ${first}: ${tally.crash} crashes, ${tally.hang} hangs over ${HANG_MS / 1000} s, ${tally["accepted-then-failed"]} accepted-then-failed (${tally.refused} refused, ${tally.accepted} accepted and played, ${s} s)\n`,
  );
  process.exitCode = tally.crash + tally.hang + tally["accepted-then-failed"] > 0 ? 1 : 0;
});

for (let i = 0; i < Math.min(workers, count); i++) spawn();
