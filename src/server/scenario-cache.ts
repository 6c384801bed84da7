// Loading and compiling a scenario takes tens of milliseconds; a server runs many rooms of the same few
// scenarios. Both are pure functions of the text (and role), and a compiled machine is never changed by
// the sessions that run it, so the results are kept, a few dozen at most.
import { type CompiledScenario, compileScenario } from "../engine/compile/compile.ts";
import type { Scenario } from "../engine/format/schema.ts";
import { loadScenario } from "../engine/load/load.ts";
import type { Role } from "../engine/rules/catalog.ts";
import { hashText } from "./join-code.ts";

const MAX = 32;
const loaded = new Map<string, Scenario | null>();
const compiled = new Map<string, CompiledScenario>();

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

/** The checked scenario of a text, or null when the text does not pass the loader's checks. */
export function loadCached(text: string): Scenario | null {
  const key = hashText(text);
  if (loaded.has(key)) return loaded.get(key) ?? null;
  const result = loadScenario(text);
  return remember(loaded, key, result.ok ? result.scenario : null);
}

export function compileCached(text: string, scenario: Scenario, role: Role): CompiledScenario {
  const key = `${hashText(text)}:${role}`;
  return compiled.get(key) ?? remember(compiled, key, compileScenario(scenario, role));
}
