// A branch's condition as a short label for an edge of the graph, in the studio's language. Ids from the
// scenario are quoted as they are; the words around them are ours, one language at a time.
import type { StudioLang } from "../panel-host.ts";

const WORDS = {
  nl: {
    flag: "vlag",
    not: "niet",
    and: "en",
    or: "of",
    openness: "openheid",
    trust: "vertrouwen",
    minutes: "minuten",
    chose: "koos",
    noted: "genoteerd",
    otherwise: "anders",
    condition: "voorwaarde",
  },
  en: {
    flag: "flag",
    not: "not",
    and: "and",
    or: "or",
    openness: "openness",
    trust: "trust",
    minutes: "minutes",
    chose: "chose",
    noted: "noted",
    otherwise: "otherwise",
    condition: "condition",
  },
} as const;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const MAX = 48;

function range(r: Rec): string {
  const parts: string[] = [];
  if (typeof r.atLeast === "number") parts.push(`≥ ${r.atLeast}`);
  if (typeof r.below === "number") parts.push(`< ${r.below}`);
  return parts.join(" ");
}

function say(c: unknown, lang: StudioLang, depth: number): string {
  const w = WORDS[lang];
  if (!isRec(c) || depth > 4) return w.condition;
  if (typeof c.flag === "string") return `${w.flag} ${c.flag}`;
  if (c.not !== undefined) return `${w.not} (${say(c.not, lang, depth + 1)})`;
  if (Array.isArray(c.all)) return c.all.map((x) => say(x, lang, depth + 1)).join(` ${w.and} `);
  if (Array.isArray(c.any)) return c.any.map((x) => say(x, lang, depth + 1)).join(` ${w.or} `);
  for (const key of ["openness", "trust"] as const) {
    const v = c[key];
    if (isRec(v)) return `${w[key]} ${typeof v.who === "string" ? v.who : "?"} ${range(v)}`.trim();
  }
  if (isRec(c.minutesUsed)) return `${w.minutes} ${range(c.minutesUsed)}`.trim();
  if (isRec(c.chose)) return `${w.chose} ${String(c.chose.beat)}/${String(c.chose.choice)}`;
  if (typeof c.noted === "string") return `${w.noted} ${c.noted}`;
  return w.condition;
}

/** The label of a branch: its condition in words, or "otherwise" for the last branch without one. */
export function conditionText(when: unknown, lang: StudioLang): string {
  if (when === undefined) return WORDS[lang].otherwise;
  const text = say(when, lang, 0);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
