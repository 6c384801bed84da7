import { DIMENSIONS, ROLES, type Role, RULES, type RuleInfo } from "../../engine/rules/catalog.ts";
import { optionString, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { langOption } from "../role-option.ts";

export const rulesHelp = `rules [--role facilitator|listener|organiser] [--lang nl|en] [--markdown]
  Lists the rules of the method that verdicts can name: id, title, what the rule asks and why it matters,
  the score dimension it counts in, and what the engine judges by itself. --markdown prints docs/rules.md.`;

const ROLE_TITLES: Record<Role, { nl: string; en: string }> = {
  facilitator: { nl: "Gespreksleider", en: "Facilitator" },
  listener: { nl: "Toehoorder", en: "Listener" },
  organiser: { nl: "Organisator (voorbereiding)", en: "Organiser (preparation)" },
};

function plain(rules: readonly RuleInfo[], lang: "nl" | "en"): string {
  const out: string[] = [];
  for (const role of ROLES) {
    const own = rules.filter((r) => r.role === role);
    if (own.length === 0) continue;
    out.push(`${ROLE_TITLES[role][lang]} (${role})`);
    for (const r of own) {
      out.push(`  ${r.id.padEnd(12)} ${r.title[lang]} [${DIMENSIONS[r.dimension][lang]}]`);
      out.push(`               ${r.means[lang]}`);
      out.push(`               ${lang === "nl" ? "waarom" : "why"}: ${r.why[lang]}`);
      if (r.automatic)
        out.push(
          `               ${lang === "nl" ? "ook automatisch" : "also automatic"}: ${r.automatic[lang]}`,
        );
    }
    out.push("");
  }
  return out.join("\n");
}

/** docs/rules.md: the catalogue for trainers, in English with the Dutch titles (a test keeps it current). */
export function rulesMarkdown(): string {
  const out = [
    "# The rules a verdict can name",
    "",
    "<!-- Written by `npm run --silent cli -- rules --markdown > docs/rules.md`; do not edit by hand. -->",
    "",
    'Every verdict in a scenario names one of these rules (`"rule": "F-NEUTRAL"`). A rule belongs to one',
    "role: a verdict on a listener's move names an `L-` rule, on a facilitator's move an `F-` rule, on the",
    "organiser's a `P-` rule. The dimension is the part of the debrief's score the verdict counts in. Some",
    "rules are also judged by the engine itself; those verdicts are marked *automatic* in the report.",
    "",
  ];
  for (const role of ROLES) {
    out.push(`## ${ROLE_TITLES[role].en} — ${ROLE_TITLES[role].nl}`, "");
    out.push("| id | rule | what it asks | why it matters | dimension |", "|---|---|---|---|---|");
    for (const r of RULES.filter((x) => x.role === role)) {
      out.push(
        `| \`${r.id}\` | ${r.title.en} (*${r.title.nl}*) | ${r.means.en} | ${r.why.en} | ${DIMENSIONS[r.dimension].en} |`,
      );
    }
    const auto = RULES.filter((x) => x.role === role && x.automatic);
    if (auto.length > 0) {
      out.push("", "Judged by the engine itself:", "");
      for (const r of auto) out.push(`- \`${r.id}\`: ${r.automatic?.en}.`);
    }
    out.push("");
  }
  return `${out.join("\n")}`;
}

export async function rulesCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["role", "lang"], ["markdown"]);
  if (parsed.positional.length > 0) throw new UsageError("rules takes no files");
  if (parsed.options.has("markdown")) {
    io.out(rulesMarkdown());
    return 0;
  }
  const role = optionString(parsed, "role");
  if (role !== undefined && !(ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role must be facilitator, listener or organiser, not '${role}'`);
  const rules = role === undefined ? RULES : RULES.filter((r) => r.role === role);
  io.out(plain(rules, langOption(parsed)));
  return 0;
}
