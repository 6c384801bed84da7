// Why a saved run's moves no longer replay, in words the player can act on: "the scenario changed"
// when the scenario's text is not the one the moves were made in, else the move that no longer fits.
import { formatProblemIn, type Problem } from "../../engine/load/problems.ts";
import type { Lang } from "../i18n.ts";
import { type SaveStringKey, st } from "./strings.ts";

export interface ResumeWhy {
  key: Extract<SaveStringKey, `why_${string}`>;
  detail?: string;
}

/** The 1-based number of the move a replay stopped at, from the session's "move N (…)" error. */
export function failedMove(error: string): string {
  return /^move (\d+)\b/.exec(error)?.[1] ?? "?";
}

export function resumeWhy(
  error: string,
  savedHash: string | undefined,
  currentHash: string | undefined,
): ResumeWhy {
  const n = failedMove(error);
  const changed = savedHash !== undefined && currentHash !== undefined && savedHash !== currentHash;
  return { key: changed ? "why_changed" : "why_moves", detail: n };
}

/** The reason in the player's language; `detail` fills {detail} or the move number {n}. */
export function whyText(lang: Lang, why: ResumeWhy): string {
  return st(lang, why.key, why.detail === undefined ? {} : { detail: why.detail, n: why.detail });
}

/** A loader's errors as validate words them, in the player's language: the first, and how many more. */
export function problemsText(problems: readonly Problem[], lang: Lang): string {
  const [first] = problems;
  if (!first) return "?";
  const text = formatProblemIn(first, lang);
  return problems.length > 1 ? `${text} (+${problems.length - 1})` : text;
}
