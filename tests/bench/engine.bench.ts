// npm run bench: prints the engine's figures.
// 1. steps per second of a scripted playthrough through the engine (Session over the compiled machine)
//    against a bare XState actor taking the same number of transitions in the same run;
// 2. load-and-check time of a generated 2,000-beat scenario;
// 3. `paths` time on each bundled scenario.
import { readdirSync, readFileSync } from "node:fs";
import { createActor, createMachine } from "xstate";
import { analysePaths } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import type { Scenario } from "../../src/engine/format/schema.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { Random } from "../../src/engine/runtime/rng.ts";
import { Session } from "../../src/engine/session/session.ts";
import { generateScenario } from "./generate-scenario.ts";

const root = new URL("../../", import.meta.url);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// --- 1. steps per second -------------------------------------------------------------------------
const big = loadScenario(JSON.stringify(generateScenario(2000)), "generated.json");
if (!big.ok) throw new Error(`generated scenario does not load: ${big.problems[0]?.message}`);
const compiled = compileScenario(big.scenario, "facilitator");
const random = new Random(1);
const script: string[] = [];
{
  const s = new Session(compiled);
  for (let p = s.pending(); p; p = s.pending()) {
    const id = random.pick(p.choices).id;
    script.push(id);
    s.choose(id);
  }
}
// The bare actor takes the same transitions as the compiled machine on this path: per move, an event
// into a routing state and an eventless transition on to the next beat, but does none of the engine's work.
const bare = createMachine({
  id: "bare",
  initial: "s0",
  states: Object.fromEntries(
    Array.from({ length: script.length + 1 }, (_, i) =>
      i === script.length
        ? [[`s${i}`, { type: "final" as const }]]
        : [
            [`s${i}`, { on: { choose: { target: `r${i}` } } }],
            [`r${i}`, { always: { target: `s${i + 1}` } }],
          ],
    ).flat(),
  ),
});
const engineRuns: number[] = [];
const bareRuns: number[] = [];
for (let round = 0; round < 7; round++) {
  engineRuns.push(
    time(() => {
      const s = new Session(compiled);
      for (const id of script) s.choose(id);
      if (!s.done) throw new Error("scripted playthrough did not finish");
    }),
  );
  bareRuns.push(
    time(() => {
      const actor = createActor(bare).start();
      for (const id of script) actor.send({ type: "choose", choice: id } as never);
      if (actor.getSnapshot().status !== "done") throw new Error("bare actor did not finish");
    }),
  );
}
const steps = script.length;
const engineRate = steps / (median(engineRuns) / 1000);
const bareRate = steps / (median(bareRuns) / 1000);
console.log("engine steps");
console.log(`  scripted playthrough: ${steps} moves through ${big.scenario.beats.length} beats`);
console.log(
  `  engine (Session):     ${Math.round(engineRate).toLocaleString("en")} steps/s (${ms(median(engineRuns))} per run)`,
);
console.log(
  `  bare XState actor:    ${Math.round(bareRate).toLocaleString("en")} steps/s (${ms(median(bareRuns))} per run)`,
);
console.log(
  `  overhead per step:    ${(bareRate / engineRate).toFixed(2)}× a bare actor (aim: at most 1.5×)`,
);

// --- 2. load and check ---------------------------------------------------------------------------
const text = JSON.stringify(generateScenario(2000), null, 2);
const loads: number[] = [];
for (let i = 0; i < 7; i++) loads.push(time(() => loadScenario(text, "generated.json")));
const compiles: number[] = [];
for (let i = 0; i < 7; i++) compiles.push(time(() => compileScenario(big.scenario, "listener")));
console.log("load and check");
console.log(
  `  2,000-beat scenario (${(text.length / 1024).toFixed(0)} KB): ${ms(median(loads))} median of 7 (aim: under 1 s)`,
);
console.log(`  compile to XState:   ${ms(median(compiles))}`);

// --- 3. paths ------------------------------------------------------------------------------------
console.log("paths");
const dir = new URL("scenarios/", root);
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "scenario.schema.json");
for (const file of files.length ? files : []) {
  const loaded = loadScenario(readFileSync(new URL(file, dir), "utf8"), file);
  if (!loaded.ok) {
    console.log(`  ${file}: does not load`);
    continue;
  }
  const scenario: Scenario = loaded.scenario;
  for (const role of ["facilitator", "listener", "organiser"] as const) {
    if (!scenario.roles[role]) continue;
    let result: ReturnType<typeof analysePaths> | undefined;
    const took = time(() => {
      result = analysePaths(compileScenario(scenario, role));
    });
    console.log(
      `  ${file} as ${role}: ${ms(took)} — ${result?.paths.toLocaleString("en")} paths, ${result?.states.toLocaleString("en")} states, score ${result?.minScore}–${result?.maxScore}`,
    );
  }
}
if (files.length === 0) console.log("  no bundled scenarios yet");
