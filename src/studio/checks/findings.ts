// What the live checks show: validate's problems and path analysis's findings as one list, each with the
// JSON path of the place to change so a click opens that field, the same problem in many places as one
// finding with every place (the count is how many), and all of it in the studio's language.
import type { PathsResult } from "../../engine/analysis/paths.ts";
import { type Problem, problemText } from "../../engine/load/problems.ts";
import type { Role } from "../../engine/rules/catalog.ts";
import { ruleInfo } from "../../engine/rules/catalog.ts";
import type { DocPath, StudioLang } from "../panel-host.ts";

export type FindingSeverity = "error" | "warning" | "note";

export interface FindingPlace {
  path: DocPath;
  /** The place as a reader sees it: beats[3] ("welkom").next */
  where: string;
}

export interface Finding {
  severity: FindingSeverity;
  /** Which check found it: the loader's (validate) or path analysis's (paths). */
  source: "validate" | "paths";
  code: string;
  message: string;
  fix?: string;
  /** Every place it happens, in order; a finding is never without one (the top level at least). */
  places: FindingPlace[];
}

/** The outcome of one run of every check. */
export interface CheckResult {
  findings: Finding[];
  /** Per role the scenario offers, once it loads: the score range, or why paths could not tell. */
  roles: RoleSummary[];
}

export interface RoleSummary {
  role: Role;
  paths?: string;
  minScore?: number | null;
  maxScore?: number | null;
  /** Set when path analysis did not finish (too many states) or could not run. */
  skipped?: string;
}

const ROLE_WORDS: Record<Role, { nl: string; en: string }> = {
  facilitator: { nl: "gespreksleider", en: "facilitator" },
  listener: { nl: "toehoorder", en: "listener" },
  organiser: { nl: "organisator", en: "organiser" },
};
export const roleWord = (role: Role, lang: StudioLang) => ROLE_WORDS[role][lang];

const ruleName = (rule: string, lang: StudioLang) => {
  const info = ruleInfo(rule);
  return info ? `${rule} (${info.title[lang]})` : rule;
};

/** The loader's problems, told in the studio's language, each at its own path. */
export function problemFindings(problems: readonly Problem[], lang: StudioLang): Finding[] {
  return problems.map((p) => {
    const t = problemText(p, lang);
    const finding: Finding = {
      severity: p.severity,
      source: "validate",
      code: p.code,
      message: t.message,
      places: [{ path: p.path, where: t.where }],
    };
    if (t.fix !== undefined) finding.fix = t.fix;
    return finding;
  });
}

const TOP: Record<StudioLang, string> = { nl: "(bovenaan)", en: "(top level)" };

/** Path analysis's findings for one role, in plain words. */
export function pathFindings(result: PathsResult, lang: StudioLang): Finding[] {
  const nl = lang === "nl";
  const role = roleWord(result.role, lang);
  const rolePlace: FindingPlace = { path: ["roles", result.role], where: `roles.${result.role}` };
  const out: Finding[] = [];
  if (result.paths === 0)
    out.push({
      severity: "error",
      source: "paths",
      code: "no-path-ends",
      message: nl ? `als ${role} komt geen enkel pad tot een einde` : `as ${role}, no path reaches an end`,
      places: [rolePlace],
    });
  if (result.pathsWithoutScore)
    out.push({
      severity: "warning",
      source: "paths",
      code: "path-without-score",
      message: nl
        ? `als ${role} krijgt een pad geen enkel oordeel, en dus geen score`
        : `as ${role}, some path gets no verdict at all, so it has no score`,
      fix: nl
        ? "geef oordelen aan de keuzes van een zet die elk pad passeert (de opening bijvoorbeeld)"
        : "give verdicts to the choices of a move that every path passes (the opening, for one)",
      places: [rolePlace],
    });
  for (const rule of result.rulesNeverExercised)
    out.push({
      severity: "warning",
      source: "paths",
      code: "rule-never-met",
      message: nl
        ? `als ${role} beoordeelt geen enkel pad regel ${ruleName(rule, lang)}`
        : `as ${role}, no path ever judges rule ${ruleName(rule, lang)}`,
      fix: nl
        ? `geef een keuze van de ${role} een oordeel over deze regel`
        : `give some choice of the ${role} a verdict on this rule`,
      places: [rolePlace],
    });
  for (const w of result.highScoringBreaches)
    out.push({
      severity: "warning",
      source: "paths",
      code: "breach-scores-high",
      message: nl
        ? `bij beat '${w.beat}' breekt '${w.move}' regel ${ruleName(w.rule, lang)} (gewicht ${w.weight}), maar een pad daarlangs haalt nog ${w.bestScore}`
        : `at beat '${w.beat}', '${w.move}' breaks rule ${ruleName(w.rule, lang)} (weight ${w.weight}), yet a path through it still scores ${w.bestScore}`,
      fix: breachFix(w.action, lang),
      places: [{ path: w.path, where: w.where }],
    });
  for (const w of result.fullWeightBreaches)
    out.push({
      severity: "note",
      source: "paths",
      code: "breach-full-weight",
      message: nl
        ? `bij beat '${w.beat}' breekt '${w.move}' regel ${ruleName(w.rule, lang)} met het volle gewicht (${w.weight}), en een pad daarlangs haalt nog ${w.bestScore}: veel goede zetten wegen zwaarder`
        : `at beat '${w.beat}', '${w.move}' breaks rule ${ruleName(w.rule, lang)} at full weight (${w.weight}), and a path through it still scores ${w.bestScore}: many good moves outweigh it`,
      fix: breachFix("consequence", lang),
      places: [{ path: w.path, where: w.where }],
    });
  return out;
}

function breachFix(action: "raise" | "add-verdict" | "consequence", lang: StudioLang): string {
  const nl = lang === "nl";
  if (action === "raise")
    return nl ? "verhoog het gewicht van dit oordeel naar 3" : "raise the weight of this verdict to 3";
  if (action === "add-verdict")
    return nl
      ? "geef deze keuze een eigen oordeel over die regel, met gewicht 3"
      : "give this choice a verdict of its own on that rule, at weight 3";
  return nl
    ? "laat de breuk iets kosten: een gevolg (openheid, een vlag) dat later telt"
    : "make the breach cost something: a consequence (openness, a flag) that counts later";
}

/** The same message, fix and severity from the same check is one finding with all its places. */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.source}\u0000${f.severity}\u0000${f.message}\u0000${f.fix ?? ""}`;
    const had = groups.get(key);
    if (had) had.places.push(...f.places);
    else groups.set(key, { ...f, places: [...f.places] });
  }
  // Errors first, then warnings, then notes; within each, in the order found.
  const rank: Record<FindingSeverity, number> = { error: 0, warning: 1, note: 2 };
  return [...groups.values()].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The place shown for a finding at the top level (the loader says "(top level)"). */
export const topLevel = (lang: StudioLang): FindingPlace => ({ path: [], where: TOP[lang] });
