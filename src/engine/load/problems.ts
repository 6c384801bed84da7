// Problems found in a scenario: every one names where (file and path) and what, and where it can, a fix.

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
  message: string;
  fix?: string;
}

export class ProblemList {
  readonly items: Problem[] = [];
  constructor(
    readonly file: string,
    private readonly root?: unknown,
  ) {}

  error(code: string, path: PathPart[], message: string, fix?: string): void {
    this.add("error", code, path, message, fix);
  }

  warning(code: string, path: PathPart[], message: string, fix?: string): void {
    this.add("warning", code, path, message, fix);
  }

  private add(
    severity: Problem["severity"],
    code: string,
    path: PathPart[],
    message: string,
    fix?: string,
  ): void {
    const problem: Problem = {
      severity,
      code,
      file: this.file,
      path,
      where: describePath(path, this.root),
      message,
    };
    if (fix !== undefined) problem.fix = fix;
    this.items.push(problem);
  }

  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === "error");
  }
}

/** beats[3] ("welkom").next: array items that carry an id get it named, so an author can find them. */
export function describePath(path: PathPart[], root?: unknown): string {
  let out = "";
  let node: unknown = root;
  for (const part of path) {
    if (typeof part === "number") {
      out += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const id = node !== null && typeof node === "object" ? (node as Record<string, unknown>).id : undefined;
      if (typeof id === "string") out += ` ("${id}")`;
    } else {
      out += out === "" ? part : `.${part}`;
      node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return out === "" ? "(top level)" : out;
}

export function formatProblem(p: Problem): string {
  const head = `${p.file}: ${p.severity} at ${p.where}: ${p.message}`;
  return p.fix ? `${head}\n    fix: ${p.fix}` : head;
}

/** The closest known name, when it is close enough to be a likely typo. */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = name.toLowerCase();
  for (const candidate of known) {
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

export function suggestion(name: string, known: Iterable<string>): string {
  const guess = didYouMean(name, known);
  return guess === undefined ? "" : ` — did you mean '${guess}'?`;
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
