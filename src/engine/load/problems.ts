// Problems found in a scenario: every one names where (file and path) and what, and where it can, a fix.
// A problem is structured (a code, a message key with its parameters, and a path), so it can be told in
// Dutch or English (messages.ts) wherever it is shown. Every parameter taken from the file is clipped
// and made visible (show-input.ts) before it is stored, so no message repeats hostile input raw.
import { showInput } from "../util/show-input.ts";
import { type Lang, MESSAGES, type MessageKey, type Params, renderMessage } from "./messages.ts";

export type { Lang, MessageKey, Params } from "./messages.ts";

export type PathPart = string | number;

export interface Problem {
  severity: "error" | "warning";
  /** Stable machine-readable code, e.g. "unknown-reference". */
  code: string;
  file: string;
  /** JSON path as parts, e.g. ["beats", 3, "next"]. */
  path: PathPart[];
  /** The path as a reader sees it, e.g. beats[3] ("welkom").next */
  where: string;
  /** The message in English (the CLI's default language). */
  message: string;
  fix?: string;
  /** The catalogue entry and its parameters: the same message in any language. */
  key?: MessageKey;
  params?: Params;
}

export class ProblemList {
  readonly items: Problem[] = [];
  private errorCount = 0;
  constructor(
    readonly file: string,
    private readonly root?: unknown,
  ) {}

  /** A problem from the catalogue (told in every language), or, in the older form, English text only. */
  error(key: MessageKey, path: PathPart[], params?: Params): void;
  error(code: string, path: PathPart[], message: string, fix?: string): void;
  error(key: string, path: PathPart[], third?: Params | string, fix?: string): void {
    this.add("error", key, path, third, fix);
  }

  warning(key: MessageKey, path: PathPart[], params?: Params): void;
  warning(code: string, path: PathPart[], message: string, fix?: string): void;
  warning(key: string, path: PathPart[], third?: Params | string, fix?: string): void {
    this.add("warning", key, path, third, fix);
  }

  private add(
    severity: Problem["severity"],
    key: string,
    path: PathPart[],
    third: Params | string | undefined,
    fix: string | undefined,
  ): void {
    const where = describePath(path, this.root);
    let problem: Problem;
    if (typeof third === "string") {
      problem = { severity, code: key, file: this.file, path, where, message: third };
      if (fix !== undefined) problem.fix = fix;
    } else {
      const entry = Object.hasOwn(MESSAGES, key) ? MESSAGES[key as MessageKey] : undefined;
      if (!entry) throw new Error(`no message '${key}' in the catalogue`);
      const params = safeParams(third ?? {});
      const said = renderMessage(key as MessageKey, params, "en");
      problem = { severity, code: entry.code, file: this.file, path, where, message: said.message };
      if (said.fix !== undefined) problem.fix = said.fix;
      problem.key = key as MessageKey;
      problem.params = params;
    }
    if (severity === "error") this.errorCount++;
    this.items.push(problem);
  }

  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === "error");
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }
}

/** Text parameters clipped and made visible; lists of names kept short. */
function safeParams(params: Params): Params {
  const out: Record<string, Params[string]> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string") out[k] = showInput(v);
    else if (Array.isArray(v)) out[k] = v.slice(0, 60).map((s) => showInput(String(s)));
    else out[k] = v;
  }
  return out;
}

/** beats[3] ("welkom").next: array items that carry an id get it named, so an author can find them. */
export function describePath(path: PathPart[], root?: unknown): string {
  let out = "";
  let node: unknown = root;
  for (const part of path) {
    if (typeof part === "number") {
      out += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const id =
        node !== null && typeof node === "object" && Object.hasOwn(node, "id")
          ? (node as Record<string, unknown>).id
          : undefined;
      if (typeof id === "string") out += ` ("${showInput(id)}")`;
    } else {
      const name = showInput(part);
      out += out === "" ? name : `.${name}`;
      node =
        node !== null && typeof node === "object" && Object.hasOwn(node, part)
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
  }
  return out === "" ? TOP_LEVEL : out;
}

const TOP_LEVEL = "(top level)";

const WORDS = {
  en: { error: "error", warning: "warning", at: "at", fix: "fix", top: TOP_LEVEL, file: "(file)" },
  nl: {
    error: "fout",
    warning: "waarschuwing",
    at: "bij",
    fix: "oplossing",
    top: "(bovenaan)",
    file: "(bestand)",
  },
} as const;

/** The message and fix of a problem in a language (older problems without a key are English only). */
export function problemText(p: Problem, lang: Lang = "en"): { where: string; message: string; fix?: string } {
  const where = p.where === TOP_LEVEL ? WORDS[lang].top : p.where === "(file)" ? WORDS[lang].file : p.where;
  if (p.key === undefined || lang === "en") {
    return p.fix === undefined ? { where, message: p.message } : { where, message: p.message, fix: p.fix };
  }
  const said = renderMessage(p.key, p.params ?? {}, lang);
  return said.fix === undefined
    ? { where, message: said.message }
    : { where, message: said.message, fix: said.fix };
}

/** One problem as validate prints it, in English. */
export function formatProblem(p: Problem): string {
  return formatProblemIn(p, "en");
}

/** One problem as validate prints it, in a language. */
export function formatProblemIn(p: Problem, lang: Lang): string {
  const w = WORDS[lang === "nl" ? "nl" : "en"];
  const t = problemText(p, lang === "nl" ? "nl" : "en");
  const head = `${p.file}: ${w[p.severity]} ${w.at} ${t.where}: ${t.message}`;
  return t.fix ? `${head}\n    ${w.fix}: ${t.fix}` : head;
}

/** Suggestions are only worth it for short names: a typo, not a pasted paragraph (and it keeps checks linear). */
export const SUGGEST_MAX_LENGTH = 64;

/** The closest known name, when it is close enough to be a likely typo. */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  if (name.length > SUGGEST_MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    if (candidate.length > SUGGEST_MAX_LENGTH) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(name.length, best.length) / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** The older form of a suggestion, for messages not yet in the catalogue. */
export function suggestion(name: string, known: Iterable<string>): string {
  const guess = didYouMean(name, known);
  return guess === undefined ? "" : ` — did you mean '${showInput(guess)}'?`;
}

/** `{ guess }` when there is a likely typo, else nothing: spread into a message's parameters. */
export function guessOf(name: string, known: Iterable<string>): { guess?: string } {
  const guess = didYouMean(name, known);
  return guess === undefined ? {} : { guess };
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Optimal string alignment distance: an adjacent swap ("opneing") counts as one edit.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? Number.POSITIVE_INFINITY;
}
