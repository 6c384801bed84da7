// The same problem in many places (396 lines without their English text) is one line with a count and
// the first few places, not 396 lines that bury everything else. Grouping is by what a reader sees: the
// same severity, message and fix in the same file.
import { formatProblemIn, type Lang, type Problem, problemText } from "./problems.ts";

export interface ProblemGroup {
  first: Problem;
  count: number;
  /** Where it happens, in order (all of them; the text shows the first few). */
  wheres: string[];
}

export const PLACES_SHOWN = 3;

export function groupProblems(problems: readonly Problem[], lang: Lang = "en"): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const t = problemText(p, lang);
    const key = `${p.file}\u0000${p.severity}\u0000${t.message}\u0000${t.fix ?? ""}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.wheres.push(t.where);
    } else groups.set(key, { first: p, count: 1, wheres: [t.where] });
  }
  return [...groups.values()];
}

const WORDS = {
  en: { error: "error", warning: "warning", fix: "fix", times: "times", at: "at", more: "and {n} more" },
  nl: {
    error: "fout",
    warning: "waarschuwing",
    fix: "oplossing",
    times: "keer",
    at: "bij",
    more: "en nog {n}",
  },
} as const;

/** A group as validate prints it: one problem as ever, or one line with the count and the first places. */
export function formatGroup(group: ProblemGroup, lang: Lang = "en"): string {
  if (group.count === 1) return formatProblemIn(group.first, lang);
  const w = WORDS[lang];
  const t = problemText(group.first, lang);
  const shown = group.wheres.slice(0, PLACES_SHOWN).join(", ");
  const rest = group.count - PLACES_SHOWN;
  const places = rest > 0 ? `${shown} ${w.more.replace("{n}", String(rest))}` : shown;
  const head = `${group.first.file}: ${w[group.first.severity]}: ${t.message} (${group.count} ${w.times}, ${w.at} ${places})`;
  return t.fix ? `${head}\n    ${w.fix}: ${t.fix}` : head;
}

/** Every problem, grouped, as lines of text. */
export function formatProblems(problems: readonly Problem[], lang: Lang = "en"): string[] {
  return groupProblems(problems, lang).map((g) => formatGroup(g, lang));
}
