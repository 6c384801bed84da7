// Older scenario files are repaired on load; files from a newer Spiegelspel are refused, since guessing
// at a format we do not know would judge trainees on rules the author did not write.
import { FORMAT_VERSION } from "../format/schema.ts";
import { migrateV1 } from "./migrate-v1.ts";
import type { ProblemList } from "./problems.ts";

type Migration = (scenario: Record<string, unknown>) => void;

/** MIGRATIONS[v] turns a version-v file into version v+1. Version 1 is the first published format. */
const MIGRATIONS: Record<number, Migration> = { 1: migrateV1 };

export function migrateScenario(value: unknown, problems: ProblemList): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const scenario = value as Record<string, unknown>;
  const version = Object.hasOwn(scenario, "formatVersion") ? scenario.formatVersion : undefined;
  if (version === undefined) {
    problems.error("missing-format-version", ["formatVersion"], { current: FORMAT_VERSION });
    return undefined;
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    problems.error("bad-format-version", ["formatVersion"], {
      value: JSON.stringify(version)?.slice(0, 100) ?? String(version),
      current: FORMAT_VERSION,
    });
    return undefined;
  }
  if (version > FORMAT_VERSION) {
    problems.error("newer-format", ["formatVersion"], { version, current: FORMAT_VERSION });
    return undefined;
  }
  if (version < FORMAT_VERSION) {
    // Honest about the repair: the author sees that the file was read as a newer version, and how to
    // write it so that nothing depends on guessing.
    problems.warning("older-format", ["formatVersion"], { version, current: FORMAT_VERSION });
  }
  let current = version;
  while (current < FORMAT_VERSION) {
    const step = Object.hasOwn(MIGRATIONS, current) ? MIGRATIONS[current] : undefined;
    if (!step) {
      problems.error("no-migration", ["formatVersion"], { version: current });
      return undefined;
    }
    step(scenario);
    current++;
    scenario.formatVersion = current;
  }
  return scenario;
}
