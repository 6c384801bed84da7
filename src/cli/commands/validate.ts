import { loadScenario } from "../../engine/load/load.ts";
import { formatProblem, type Problem } from "../../engine/load/problems.ts";
import { parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";

export const validateHelp = `validate <files…> [--json]
  Checks scenario files and lists every problem with where it is and how to fix it.
  Exits 1 when any file has an error (warnings alone exit 0).`;

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
    const result = loadScenario(text, file);
    results.push({ file, ok: result.ok, problems: result.problems });
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
