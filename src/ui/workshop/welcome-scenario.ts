// The scenario of a workshop as a player's device gets it: a bundled one from its own catalog by id, a
// trainer's own file from the welcome's text. That text is checked here again, by the same loader and
// within the same size limit as the upload: a device never runs a scenario it has not checked itself.
import type { Scenario } from "../../engine/format/schema.ts";
import { formatProblems } from "../../engine/load/group-problems.ts";
import { loadScenario } from "../../engine/load/load.ts";
import { MAX_SCENARIO_BYTES } from "../../server/protocol.ts";
import type { Lang } from "../i18n.ts";
import type { Welcome } from "./api.ts";
import { ws } from "./strings.ts";

export type WelcomeScenario = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

export async function welcomeScenario(
  welcome: Welcome,
  lang: Lang,
  bundled: (id: string) => Promise<Scenario | undefined>,
): Promise<WelcomeScenario> {
  const text = welcome.scenario.text;
  if (typeof text === "string") {
    if (new TextEncoder().encode(text).length > MAX_SCENARIO_BYTES)
      return {
        ok: false,
        problems: [ws(lang, "sharedScenarioTooLarge", { kib: MAX_SCENARIO_BYTES / 1024 })],
      };
    const loaded = loadScenario(text, "scenario.json");
    const errors = loaded.problems.filter((p) => p.severity === "error");
    if (loaded.scenario && errors.length === 0) return { ok: true, scenario: loaded.scenario };
    return { ok: false, problems: [ws(lang, "sharedScenarioProblems"), ...formatProblems(errors, lang)] };
  }
  const scenario = welcome.scenario.id ? await bundled(welcome.scenario.id) : undefined;
  return scenario ? { ok: true, scenario } : { ok: false, problems: [ws(lang, "unknownScenario")] };
}
