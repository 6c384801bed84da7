import { parseScenarioText } from "../../engine/load/parse.ts";
import { formatProblem, ProblemList } from "../../engine/load/problems.ts";
import { buildReport } from "../../engine/report/report.ts";
import { buildTranscript } from "../../engine/report/transcript.ts";
import { checkStartState } from "../../engine/runtime/start-state.ts";
import { defaultJudge } from "../../engine/session/default-judge.ts";
import { parseMoves } from "../../engine/session/moves-file.ts";
import { startSessionAt } from "../../engine/session/start-at.ts";
import { parseStartOf } from "../../engine/session/start-file.ts";
import { lineAndColumn, offsetOf } from "../../engine/util/json-offsets.ts";
import { showInput } from "../../engine/util/show-input.ts";
import { optionSeed, optionString, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { loadForRole } from "../load-file.ts";
import { langOption, roleOption } from "../role-option.ts";

export const playHelp = `play <scenario> --role facilitator|listener|organiser --moves <moves.json> [--seed N] [--lang nl|en]
  Plays the moves and prints {"transcript", "report"} as JSON. The same input prints the same bytes.
  A moves file: {"moves": [{"choose": "id"}, {"pick": ["a","b"]}, {"say": "text"}, {"wait": true},
  {"note": "line-id", "tag": "positive"}]}. Exits 1 when a move does not fit (with its line and column).
  "start": {"beat": id, "flags": [...], "openness": {"who": 0-100}, "clock": minutes} beside "moves"
  starts at that beat in that state, as the studio's "try it" does.
  The seed is a whole number from 0 to 4294967295 (default 0).`;

export async function playCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["role", "moves", "seed", "lang"]);
  const [file, ...extra] = parsed.positional;
  if (!file || extra.length > 0) throw new UsageError("play takes one scenario file");
  const role = roleOption(parsed);
  const lang = langOption(parsed);
  const seed = optionSeed(parsed, 0);
  const movesFile = optionString(parsed, "moves");
  if (!movesFile) throw new UsageError("--moves is required");
  const scenario = await loadForRole(file, role, io);
  if (!scenario) return 1;
  let movesText: string;
  try {
    movesText = await io.readFile(movesFile);
  } catch (error) {
    io.err(`${showInput(error instanceof Error ? error.message : String(error), 300)}\n`);
    return 1;
  }
  // The scenario's reader: the same limits, and a syntax error with its line and column in plain words.
  const problems = new ProblemList(movesFile);
  const movesValue = parseScenarioText(movesText, problems);
  if (problems.hasErrors) {
    for (const p of problems.items) io.err(`${formatProblem(p)}\n`);
    return 1;
  }
  const moves = parseMoves(movesValue);
  if (!moves.ok) {
    io.err(`${movesFile}: ${placeOf(movesText, moves.path)}${showInput(moves.error, 300)}\n`);
    return 1;
  }
  const start = parseStartOf(movesValue);
  if (!start.ok) {
    io.err(`${movesFile}: ${placeOf(movesText, start.path)}${showInput(start.error, 300)}\n`);
    return 1;
  }
  const unfit = start.start ? checkStartState(scenario, role, start.start) : [];
  if (unfit.length > 0) {
    for (const p of unfit)
      io.err(`${movesFile}: ${placeOf(movesText, ["start", ...p.path])}${p.message[lang] ?? p.message.nl}\n`);
    return 1;
  }
  const session = startSessionAt(scenario, role, start.start, { seed, judge: defaultJudge });
  const result = session.replay(moves.moves);
  if (!result.ok) {
    const at = result.index === undefined ? "" : placeOf(movesText, ["moves", result.index]);
    io.err(`${movesFile}: ${at}${showInput(result.error, 300)}\n`);
    return 1;
  }
  const transcript = buildTranscript(scenario, role, session.log(), lang);
  const report = buildReport(scenario, role, session.context, lang, seed);
  const pending = session.pending();
  io.out(`${JSON.stringify({ transcript, report, ...(pending ? { waitingFor: pending } : {}) }, null, 2)}\n`);
  // Not an error (a trainer may look at the first half on purpose), but never to be taken for a whole run.
  if (pending)
    io.err(
      `${movesFile}: the moves ran out at beat '${pending.beat}' before the meeting ended; the report covers only what was played ("finished": false)\n`,
    );
  return 0;
}

/** "line 4, column 5: " for a place in the moves file (a list of moves, or {"moves": [...]}). */
function placeOf(text: string, path: (string | number)[]): string {
  const offset = offsetOf(text, path) ?? offsetOf(text, path.slice(1));
  if (offset === undefined) return "";
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}: `;
}
