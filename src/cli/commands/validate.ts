import { dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblems } from "../../engine/load/group-problems.ts";
import { loadScenario } from "../../engine/load/load.ts";
import { type Lang, type Problem, ProblemList, problemText } from "../../engine/load/problems.ts";
import { showInput } from "../../engine/util/show-input.ts";
import { optionString, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";

export const validateHelp = `validate <files…> [--json] [--lang en|nl]
  Checks scenario files and lists every problem with where it is and how to fix it, in English (the
  default) or Dutch; the same problem in many places is one line with the count and the first places.
  Exits 1 when any file has an error (warnings alone exit 0).`;

// The published schema of this checkout: where an editor link should point.
const SCHEMA = fileURLToPath(new URL("../../../scenarios/scenario.schema.json", import.meta.url));

/** The top-level fields of a JSON object file, or undefined when it is not one (the loader says why). */
function topLevel(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The format's own JSON Schema given to validate (as `validate scenarios/*.json` does): not a scenario. */
const isFormatSchema = (top: Record<string, unknown> | undefined) =>
  typeof top?.$schema === "string" && top.$schema.includes("json-schema.org") && !("formatVersion" in top);

/**
 * An editor completes and checks a scenario through its "$schema" line; a link that does not resolve
 * from where the file is fails silently there, so validate says so.
 */
async function schemaLink(file: string, link: unknown, io: CliIo): Promise<Problem | undefined> {
  const there = relative(dirname(file), SCHEMA) || "scenario.schema.json";
  const want = there.startsWith(".") ? there : `./${there}`;
  const problems = new ProblemList(file);
  if (link === undefined) {
    problems.warning("no-schema-link", ["$schema"], { want });
    return problems.items[0];
  }
  if (typeof link !== "string" || /^[a-z]+:/i.test(link)) return undefined;
  const target = isAbsolute(link) ? link : join(dirname(file), link);
  try {
    await io.readFile(target);
    return undefined;
  } catch {
    problems.warning("schema-link", ["$schema"], { link, want });
    return problems.items[0];
  }
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["lang"], ["json"]);
  if (parsed.positional.length === 0) throw new UsageError("validate needs at least one scenario file");
  const lang = optionString(parsed, "lang") ?? "en";
  if (lang !== "nl" && lang !== "en")
    throw new UsageError(`--lang must be en or nl, not '${showInput(lang)}'`);
  const results: { file: string; ok: boolean; problems: Problem[] }[] = [];
  for (const file of parsed.positional) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({
        file,
        ok: false,
        problems: [
          {
            severity: "error",
            code: "unreadable",
            file,
            path: [],
            where: "(file)",
            message: showInput(message, 300),
          },
        ],
      });
      continue;
    }
    const top = topLevel(text);
    if (isFormatSchema(top)) {
      io.err(
        lang === "nl"
          ? `${file}: het JSON Schema van het formaat zelf, geen scenario: overgeslagen\n`
          : `${file}: the JSON Schema of the format itself, not a scenario: skipped\n`,
      );
      continue;
    }
    const result = loadScenario(text, file);
    const link = top ? await schemaLink(file, top.$schema, io) : undefined;
    results.push({ file, ok: result.ok, problems: link ? [...result.problems, link] : result.problems });
  }
  if (parsed.options.has("json")) {
    const files = results.map((r) => ({ ...r, problems: r.problems.map((p) => inLanguage(p, lang)) }));
    io.out(`${JSON.stringify({ ok: results.every((r) => r.ok), files }, null, 2)}\n`);
  } else {
    for (const r of results) {
      const errors = r.problems.filter((p) => p.severity === "error").length;
      const warnings = r.problems.length - errors;
      for (const line of formatProblems(r.problems, lang)) io.out(`${line}\n`);
      io.out(`${r.file}: ${summary(r.ok, errors, warnings, lang)}\n`);
    }
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

function summary(ok: boolean, errors: number, warnings: number, lang: Lang): string {
  if (lang === "nl") {
    return `${ok ? "ok" : "niet speelbaar"} (${errors} fout${errors === 1 ? "" : "en"}, ${warnings} waarschuwing${warnings === 1 ? "" : "en"})`;
  }
  return `${ok ? "ok" : "not playable"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
}

/** A problem with its message and fix in the chosen language (the JSON output). */
function inLanguage(p: Problem, lang: Lang): Problem {
  if (lang === "en") return p;
  const t = problemText(p, lang);
  const out: Problem = { ...p, message: t.message };
  if (t.fix === undefined) delete out.fix;
  else out.fix = t.fix;
  return out;
}
