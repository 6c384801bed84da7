import { simulate } from "../../engine/analysis/simulate.ts";
import { compileScenario } from "../../engine/compile/compile.ts";
import { optionInt, optionSeed, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { loadForRole } from "../load-file.ts";
import { roleOption } from "../role-option.ts";

export const simulateHelp = `simulate <scenario> --role facilitator|listener|organiser [--runs N] [--seed S] [--json]
  Plays N random playthroughs (default 100) from seed S (default 1) and prints the score distribution,
  how often each rule was broken and how many stories stayed untold. The same seed prints the same output.
  The seed is a whole number from 0 to 4294967295.`;

export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["role", "runs", "seed"], ["json"]);
  const [file, ...extra] = parsed.positional;
  if (!file || extra.length > 0) throw new UsageError("simulate takes one scenario file");
  const role = roleOption(parsed);
  const runs = optionInt(parsed, "runs", 100, 1);
  const seed = optionSeed(parsed, 1);
  if (runs > 1_000_000) throw new UsageError("--runs may be at most 1000000");
  const scenario = await loadForRole(file, role, io);
  if (!scenario) return 1;
  const result = simulate(compileScenario(scenario, role), runs, seed);
  if (parsed.options.has("json")) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const s = result.score;
  const lines = [
    `${result.scenario} as ${result.role}: ${result.runs} random runs from seed ${result.seed} (${result.finished} finished)`,
    `  score  min ${s.min}  p10 ${s.p10}  median ${s.median}  mean ${s.mean}  p90 ${s.p90}  max ${s.max}`,
    ...result.histogram.map(
      (h) =>
        `  ${String(h.from).padStart(3)}–${String(h.to).padEnd(3)} ${"#".repeat(Math.round((60 * h.runs) / Math.max(1, result.runs)))} ${h.runs}`,
    ),
    `  breaches per rule: ${
      Object.entries(result.breachesPerRule)
        .map(([r, n]) => `${r} ${n}`)
        .join(", ") || "none"
    }`,
    `  untold stories per run: ${result.untoldStoriesPerRun}`,
  ];
  io.out(`${lines.join("\n")}\n`);
  return 0;
}
