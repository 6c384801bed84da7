import { readFileSync } from "node:fs";
import type { CliIo } from "../src/cli/io.ts";
import type { Scenario } from "../src/engine/format/schema.ts";
import { loadScenario } from "../src/engine/load/load.ts";

// Tests run from the repository root (vitest.config.ts); jsdom tests have no file: import.meta.url.
export const root = `${process.cwd()}/`;

export function readText(relative: string): string {
  return readFileSync(`${root}${relative}`, "utf8");
}

export function miniValue(): Record<string, unknown> {
  return JSON.parse(readText("tests/fixtures/mini.json")) as Record<string, unknown>;
}

export function loadMini(): Scenario {
  const result = loadScenario(readText("tests/fixtures/mini.json"), "mini.json");
  if (!result.ok) throw new Error(`mini fixture does not load: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/** A CLI io in memory: files from a map (or the repo), stdout and stderr collected. */
export function memoryIo(
  files: Record<string, string> = {},
  stdin = "",
): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    readStdin: async () => stdin,
    readFile: async (path: string) => {
      if (path in files) return files[path] as string;
      try {
        return readFileSync(path.startsWith("/") ? path : `${root}${path}`, "utf8");
      } catch {
        throw new Error(`cannot read '${path}': no such file`);
      }
    },
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}
