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
  const version = scenario.formatVersion;
  if (version === undefined) {
    problems.error(
      "missing-format-version",
      ["formatVersion"],
      "the file does not say which format version it is written in",
      `add "formatVersion": ${FORMAT_VERSION} at the top`,
    );
    return undefined;
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    problems.error(
      "bad-format-version",
      ["formatVersion"],
      `formatVersion must be a whole number from 1, not ${JSON.stringify(version)}`,
      `use "formatVersion": ${FORMAT_VERSION}`,
    );
    return undefined;
  }
  if (version > FORMAT_VERSION) {
    problems.error(
      "newer-format",
      ["formatVersion"],
      `this scenario is written in format version ${version}, newer than this Spiegelspel understands (${FORMAT_VERSION})`,
      `update Spiegelspel, or ask the author for a version-${FORMAT_VERSION} file`,
    );
    return undefined;
  }
  if (version < FORMAT_VERSION) {
    // Honest about the repair: the author sees that the file was read as a newer version, and how to
    // write it so that nothing depends on guessing.
    problems.warning(
      "older-format",
      ["formatVersion"],
      `this scenario is written in format version ${version}; it was read as version ${FORMAT_VERSION}: wholly quoted choice texts became "say", lines in parentheses became stage directions ("direction": true)`,
      `write it as version ${FORMAT_VERSION}: give the computer's choices "say" or "do", mark stage directions with "direction": true, then set "formatVersion": ${FORMAT_VERSION} (docs/scenario-format.md)`,
    );
  }
  let current = version;
  while (current < FORMAT_VERSION) {
    const step = MIGRATIONS[current];
    if (!step) {
      problems.error("no-migration", ["formatVersion"], `format version ${current} can no longer be read`);
      return undefined;
    }
    step(scenario);
    current++;
    scenario.formatVersion = current;
  }
  return scenario;
}
