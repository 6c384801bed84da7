// Every check over the document as the author left it: the loader's (what `validate` says) and, once the
// scenario loads, path analysis in each role it offers (what `paths` says). Pure: the worker runs it off
// the main thread, and tests call it directly.
import { analysePaths, PathLimitError } from "../../engine/analysis/paths.ts";
import { compileScenario } from "../../engine/compile/compile.ts";
import { loadScenarioValue } from "../../engine/load/load.ts";
import { ROLES } from "../../engine/rules/catalog.ts";
import type { StudioLang } from "../panel-host.ts";
import {
  type CheckResult,
  type Finding,
  groupFindings,
  pathFindings,
  problemFindings,
  type RoleSummary,
  roleWord,
} from "./findings.ts";

/** Bounds the walk per role: a scenario that branches beyond this is told so rather than walked for minutes. */
export const STUDIO_STATE_LIMIT = 400_000;

export function computeChecks(doc: unknown, lang: StudioLang, limit = STUDIO_STATE_LIMIT): CheckResult {
  const loaded = loadScenarioValue(doc, "scenario.json");
  const findings: Finding[] = problemFindings(loaded.problems, lang);
  const roles: RoleSummary[] = [];
  if (loaded.ok) {
    const scenario = loaded.scenario;
    for (const role of ROLES) {
      if (!scenario.roles[role]) continue;
      try {
        const result = analysePaths(compileScenario(scenario, role), { limit });
        findings.push(...pathFindings(result, lang));
        roles.push({ role, paths: result.pathsExact, minScore: result.minScore, maxScore: result.maxScore });
      } catch (error) {
        if (!(error instanceof PathLimitError)) throw error;
        const skipped =
          lang === "nl"
            ? `als ${roleWord(role, lang)} vertakt het scenario te veel om elk pad na te gaan (meer dan ${limit.toLocaleString("nl")} toestanden)`
            : `as ${roleWord(role, lang)} the scenario branches too much to walk every path (more than ${limit.toLocaleString("en")} states)`;
        roles.push({ role, skipped });
        findings.push({
          severity: "note",
          source: "paths",
          code: "paths-too-many-states",
          message: skipped,
          places: [{ path: ["roles", role], where: `roles.${role}` }],
        });
      }
    }
  }
  return { findings: groupFindings(findings), roles };
}
