import { playByStrategy, STRATEGIES, type Strategy } from "../../engine/analysis/strategy.ts";
import { compileScenario } from "../../engine/compile/compile.ts";
import { buildReport } from "../../engine/report/report.ts";
import { optionString, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { loadForRole } from "../load-file.ts";
import { roleOption } from "../role-option.ts";

export const scriptHelp = `script <scenario> --role facilitator|listener|organiser --strategy best|worst|passive
  Plays the scenario taking at every move the choice the method judges best (or worst) and prints
  the moves as a moves file for play (with the score it reaches on stderr). passive does as little as
  can pass: every urge goes by, no notes, the cheapest choice that breaks no rule.`;

export async function scriptCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["role", "strategy"]);
  const [file, ...extra] = parsed.positional;
  if (!file || extra.length > 0) throw new UsageError("script takes one scenario file");
  const role = roleOption(parsed);
  const strategy = optionString(parsed, "strategy") ?? "best";
  if (!STRATEGIES.includes(strategy as Strategy))
    throw new UsageError(`--strategy must be ${STRATEGIES.join(", ")}, not '${strategy}'`);
  const scenario = await loadForRole(file, role, io);
  if (!scenario) return 1;
  const { moves, session } = playByStrategy(compileScenario(scenario, role), strategy as Strategy);
  const report = buildReport(scenario, role, session.context, "en", 0);
  io.err(
    `${strategy} play as ${role}: score ${report.score.total}, ${session.done ? "finished" : "did not finish"}\n`,
  );
  io.out(`${JSON.stringify({ moves }, null, 2)}\n`);
  return session.done ? 0 : 1;
}
