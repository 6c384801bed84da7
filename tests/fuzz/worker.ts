// A fuzz worker: runs the cases it is sent, one at a time, and answers with each result. The main
// process watches the time, so a case that hangs can be stopped without stopping the whole run.
import { parentPort } from "node:worker_threads";
import { runCase } from "./run-case.ts";

parentPort?.on("message", async (seed: number) => {
  let result: Awaited<ReturnType<typeof runCase>>;
  try {
    result = await runCase(seed);
  } catch (error) {
    // runCase catches what it expects; anything else escaping it is itself a crash.
    result = { seed, outcome: "crash", mutations: [], detail: `runner threw ${String(error)}`, ms: 0 };
  }
  parentPort?.postMessage(result);
});
