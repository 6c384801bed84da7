// One fuzz case: a bundled scenario, mutated from a seed, sent through load, validate (the CLI, as an
// author would run it), paths (bounded) and seeded play in every role it offers, with the debrief built
// in both languages. What counts as a failure:
// - crash: anything throws where it must not (load, validate), or the CLI's output carries raw control
//   characters (terminal escapes) or an unbounded line;
// - accepted-then-failed: the file was accepted, yet compiling, paths or play throws, or play gets stuck.
import { readdirSync, readFileSync } from "node:fs";
import { main } from "../../src/cli/main.ts";
import { analysePaths, PathLimitError } from "../../src/engine/analysis/paths.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import { formatProblems } from "../../src/engine/load/group-problems.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { buildReport } from "../../src/engine/report/report.ts";
import { buildTranscript } from "../../src/engine/report/transcript.ts";
import type { Role } from "../../src/engine/rules/catalog.ts";
import { Random } from "../../src/engine/runtime/rng.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { Session } from "../../src/engine/session/session.ts";
import { memoryIo } from "../helpers.ts";
import { MUTATOR_NAMES, MUTATORS, NASTY_CHARS } from "./mutators.ts";
import { TEXT_MUTATOR_NAMES, TEXT_MUTATORS } from "./text-mutators.ts";

export type Outcome = "refused" | "accepted" | "crash" | "accepted-then-failed";
export interface CaseResult {
  seed: number;
  outcome: Outcome;
  mutations: string[];
  detail?: string;
  ms: number;
}

const SCENARIO_DIR = new URL("../../scenarios/", import.meta.url);
const BUNDLED: string[] = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith(".json") && f !== "scenario.schema.json")
  .sort()
  .map((f) => readFileSync(new URL(f, SCENARIO_DIR), "utf8"));

/** The mutated file for a seed: the same seed always gives the same text. */
export function makeCase(seed: number): { text: string; mutations: string[] } {
  const r = new Random(seed);
  const base = BUNDLED[r.int(BUNDLED.length)] as string;
  const mutations: string[] = [];
  if (r.next() < 0.12) {
    const name = r.pick(TEXT_MUTATOR_NAMES);
    mutations.push(name);
    return { text: (TEXT_MUTATORS[name] as (t: string, r: Random) => string)(base, r), mutations };
  }
  const value = JSON.parse(base);
  const count = 1 + r.int(3);
  for (let i = 0; i < count; i++) {
    const name = r.pick(MUTATOR_NAMES);
    mutations.push(name);
    MUTATORS[name]?.(value, r);
  }
  return { text: JSON.stringify(value, null, r.next() < 0.5 ? 2 : undefined), mutations };
}

const MAX_LINE = 4_000;
// Path analysis tries every combination of a pick move at each state (127 for seven options), so even
// a small state limit can take seconds: a few states, in half of the accepted files.
const PATHS_LIMIT = 25;

/** Raw control characters (other than line breaks and tabs) or an unbounded line in what a terminal would show. */
function badOutput(text: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.exec(
    text,
  );
  if (control) return `raw U+${control[0].charCodeAt(0).toString(16).padStart(4, "0")} in the output`;
  const long = text.split("\n").find((l) => l.length > MAX_LINE);
  if (long) return `an output line of ${long.length} characters`;
  return undefined;
}

function fail(result: CaseResult, outcome: Outcome, detail: string): CaseResult {
  return { ...result, outcome, detail };
}

function describe(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`.slice(0, 300)
    : String(error).slice(0, 300);
}

export interface CaseOptions {
  /** Run path analysis (bounded) in one role. */
  paths?: boolean;
  /** Share of files also validated through the CLI (the rest: the same formatting, called directly). */
  cliShare?: number;
}

export async function runCase(seed: number, options: CaseOptions = {}): Promise<CaseResult> {
  const { text, mutations } = makeCase(seed);
  const started = performance.now();
  const result: CaseResult = { seed, outcome: "refused", mutations, ms: 0 };
  const done = (r: CaseResult) => ({ ...r, ms: Math.round(performance.now() - started) });
  let loaded: ReturnType<typeof loadScenario>;
  try {
    loaded = loadScenario(text, "fuzz.json");
  } catch (error) {
    return done(fail(result, "crash", `load threw ${describe(error)}`));
  }
  const r = new Random(seed);
  if (r.next() < (options.cliShare ?? 0.25)) {
    const io = memoryIo({ "fuzz.json": text });
    let code: number;
    try {
      code = await main(["validate", "fuzz.json", ...(r.next() < 0.5 ? ["--lang", "nl"] : [])], io);
    } catch (error) {
      return done(fail(result, "crash", `validate threw ${describe(error)}`));
    }
    if (code === 3) return done(fail(result, "crash", `validate: ${io.stderr.slice(0, 300)}`));
    const shown = badOutput(io.stdout + io.stderr);
    if (shown) return done(fail(result, "crash", `validate printed ${shown}`));
    if ((code === 0) !== loaded.ok)
      return done(fail(result, "crash", `validate exit ${code} but load ok=${loaded.ok}`));
  } else {
    // What validate and the own-scenario screen print, without reading the file a second time.
    for (const lang of ["en", "nl"] as const) {
      const shown = badOutput(formatProblems(loaded.problems, lang).join("\n"));
      if (shown) return done(fail(result, "crash", `the ${lang} messages hold ${shown}`));
    }
  }
  if (!loaded.ok) return done(result);

  const scenario = loaded.scenario;
  const roles = Object.keys(scenario.roles) as Role[];
  // Path analysis costs about a millisecond a state: bounded, and in one role per file.
  const analysed = r.next() < 0.5 ? r.pick(roles) : undefined;
  for (const role of roles) {
    try {
      const compiled = compileScenario(scenario, role);
      if (options.paths !== false && role === analysed) {
        try {
          analysePaths(compiled, { limit: PATHS_LIMIT });
        } catch (error) {
          if (!(error instanceof PathLimitError)) throw error;
        }
      }
      const session = new Session(compiled, { seed: r.int(2 ** 31), judge: defaultJudge });
      for (let step = 0; step < 20_000 && !session.done; step++) {
        const p = session.pending();
        if (!p) break;
        let moved: { ok: boolean; error?: string };
        if (p.freeText && r.next() < 0.2)
          moved = session.say(r.pick(["Wat bedoelt u?", `x${r.pick(NASTY_CHARS)}y`, "Dat klopt niet."]));
        else if (p.kind === "pick") {
          const ids = p.choices.map((c) => c.id);
          moved = session.pick(ids.slice(0, Math.max(p.min, Math.min(p.max, 1 + r.int(ids.length)))));
        } else if (p.kind === "urge" && r.next() < 0.5) moved = session.expire();
        else moved = session.choose(r.pick(p.choices).id);
        if (!moved.ok) throw new Error(`move refused: ${moved.error}`);
      }
      if (!session.done)
        throw new Error(`play stopped before the end (at ${String(session.pending()?.beat)})`);
      for (const lang of ["nl", "en"] as const) {
        buildReport(scenario, role, session.context, lang, session.seed);
        buildTranscript(scenario, role, session.log(), lang);
      }
    } catch (error) {
      return done(fail(result, "accepted-then-failed", `${role}: ${describe(error)}`));
    }
  }
  return done({ ...result, outcome: "accepted" });
}
