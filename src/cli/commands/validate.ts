import { dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenario } from "../../engine/load/load.ts";
import { formatProblem, type Problem } from "../../engine/load/problems.ts";
import { parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";

export const validateHelp = `validate <files…> [--json]
  Checks scenario files and lists every problem with where it is and how to fix it.
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
  const base = { severity: "warning" as const, file, path: ["$schema"], where: "$schema" };
  if (link === undefined)
    return {
      ...base,
      code: "no-schema-link",
      message: 'there is no "$schema" line, so editors cannot complete or check this file',
      fix: `add "$schema": "${want}" at the top`,
    };
  if (typeof link !== "string" || /^[a-z]+:/i.test(link)) return undefined;
  const target = isAbsolute(link) ? link : join(dirname(file), link);
  try {
    await io.readFile(target);
    return undefined;
  } catch {
    return {
      ...base,
      code: "schema-link",
      message: `"$schema" points to '${link}', which is not there seen from this file; editors cannot check it`,
      fix: `use "$schema": "${want}"`,
    };
  }
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, [], ["json"]);
  if (parsed.positional.length === 0) throw new UsageError("validate needs at least one scenario file");
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
        problems: [{ severity: "error", code: "unreadable", file, path: [], where: "(file)", message }],
      });
      continue;
    }
    const top = topLevel(text);
    if (isFormatSchema(top)) {
      io.err(`${file}: the JSON Schema of the format itself, not a scenario: skipped\n`);
      continue;
    }
    const result = loadScenario(text, file);
    const link = top ? await schemaLink(file, top.$schema, io) : undefined;
    results.push({ file, ok: result.ok, problems: link ? [...result.problems, link] : result.problems });
  }
  if (parsed.options.has("json")) {
    io.out(`${JSON.stringify({ ok: results.every((r) => r.ok), files: results }, null, 2)}\n`);
  } else {
    for (const r of results) {
      const errors = r.problems.filter((p) => p.severity === "error").length;
      const warnings = r.problems.length - errors;
      for (const p of r.problems) io.out(`${formatProblem(p)}\n`);
      const verdict = r.ok ? "ok" : "not playable";
      io.out(
        `${r.file}: ${verdict} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})\n`,
      );
    }
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
