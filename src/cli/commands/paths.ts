import { analysePaths, HIGH_SCORE, PathLimitError } from "../../engine/analysis/paths.ts";
import { compileScenario } from "../../engine/compile/compile.ts";
import { optionInt, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { loadForRole } from "../load-file.ts";
import { roleOption } from "../role-option.ts";

export const pathsHelp = `paths <scenario> --role facilitator|listener|organiser [--json] [--limit N]
  Walks every path of the scenario in that role (over the compiled machine): the number of paths, the best and
  worst score, the rules exercised, and warnings where a serious breach (weight 3+) still scores ${HIGH_SCORE} or more (each
  with the field to change) or a rule of the role is never judged; notes where it does so at full weight. Exits 1 when the scenario cannot be played in that role.`;

export async function pathsCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["role", "limit"], ["json"]);
  const [file, ...extra] = parsed.positional;
  if (!file || extra.length > 0) throw new UsageError("paths takes one scenario file");
  const role = roleOption(parsed);
  const limit = optionInt(parsed, "limit", 400_000, 1);
  const scenario = await loadForRole(file, role, io);
  if (!scenario) return 1;
  let result: ReturnType<typeof analysePaths>;
  try {
    result = analysePaths(compileScenario(scenario, role), { limit });
  } catch (error) {
    if (error instanceof PathLimitError) {
      io.err(`${file}: ${error.message} (raise --limit, or merge branches sooner)\n`);
      return 1;
    }
    throw error;
  }
  if (result.paths === 0) {
    io.err(`${file}: no path reaches an end as ${role}\n`);
    if (parsed.options.has("json")) io.out(`${JSON.stringify(forJson(result), null, 2)}\n`);
    return 1;
  }
  if (parsed.options.has("json")) {
    io.out(`${JSON.stringify(forJson(result), null, 2)}\n`);
    return 0;
  }
  const fmt = (n: number | null) => (n === null ? "none" : String(n));
  io.out(
    [
      `${result.scenario} as ${role}`,
      `  paths:            ${BigInt(result.pathsExact).toLocaleString("en")}`,
      `  states walked:    ${result.states.toLocaleString("en")}`,
      `  score:            ${fmt(result.minScore)} (worst) to ${fmt(result.maxScore)} (best)`,
      `  rules exercised:  ${result.rulesExercised.join(", ") || "none"}`,
      "",
    ].join("\n"),
  );
  if (result.pathsWithoutScore)
    io.out(
      "warning: some path gets no verdict at all, so it has no score\n    fix: give verdicts to the choices of a move that every path passes (the opening, for one)\n",
    );
  if (result.rulesNeverExercised.length > 0) {
    io.out(`warning: rules of the ${role} that no path judges: ${result.rulesNeverExercised.join(", ")}\n`);
    io.out(
      `    fix: give some choice of the ${role} a verdict on each of these rules (what each rule asks: npm run --silent cli -- rules --role ${role})\n`,
    );
  }
  // Every warning names the field to change: an author can clear each one (docs/authoring.md, "Check it").
  for (const w of result.highScoringBreaches) {
    io.out(
      `warning: at beat '${w.beat}', '${w.move}' breaks ${w.rule} (weight ${w.weight}) yet a path through it scores ${w.bestScore}\n    fix: ${w.fix}\n`,
    );
  }
  for (const w of result.fullWeightBreaches)
    io.out(
      `note: at beat '${w.beat}', '${w.move}' breaks ${w.rule} at full weight (${w.weight}) and a path through it still scores ${w.bestScore}: many good moves outweigh it; a consequence makes it cost more\n`,
    );
  return 0;
}

/**
 * The JSON result: "paths" is a number while a double holds it exactly, else the exact count as a
 * decimal string (JSON.stringify would print a count past 1e308 as null).
 */
function forJson(result: ReturnType<typeof analysePaths>): Record<string, unknown> {
  const { pathsExact, ...rest } = result;
  const exact = BigInt(pathsExact);
  return { ...rest, paths: exact <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(exact) : pathsExact };
}
