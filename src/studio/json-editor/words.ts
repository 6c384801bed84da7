// Every word the JSON side editor shows, in Dutch and English, and a schema node told in those words.
// The schema's own descriptions are English only, so they are shown on an English studio alone.
import type { StudioLang } from "../panel-host.ts";
import type { SchemaNode } from "./schema-nav.ts";

export const WORDS = {
  nl: {
    editorLabel: "Scenario als JSON",
    editLabel: "Bewerking in de JSON",
    inStep: "De JSON loopt gelijk met het scenario.",
    notPassed: "Geen geldige JSON; het scenario blijft zoals het was tot dit klopt.",
    pending: "Wijziging wordt doorgegeven…",
    kinds: {
      object: "groep velden",
      array: "lijst",
      string: "tekst",
      number: "getal",
      integer: "geheel getal",
      boolean: "ja of nee (true of false)",
      null: "leeg (null)",
    },
    required: "verplicht",
    optional: "mag weg",
    oneOf: "een van",
    atLeast: "minstens",
    atMost: "hoogstens",
    characters: "tekens",
    items: "onderdelen",
    pattern: "vorm",
    beatId: "beat",
    phaseId: "fase",
    notAllowed: "Dit veld hoort hier niet.",
  },
  en: {
    editorLabel: "Scenario as JSON",
    editLabel: "Edit in the JSON",
    inStep: "The JSON is in step with the scenario.",
    notPassed: "Not valid JSON; the scenario stays as it was until this is fixed.",
    pending: "Passing the change on…",
    kinds: {
      object: "group of fields",
      array: "list",
      string: "text",
      number: "number",
      integer: "whole number",
      boolean: "yes or no (true or false)",
      null: "empty (null)",
    },
    required: "required",
    optional: "optional",
    oneOf: "one of",
    atLeast: "at least",
    atMost: "at most",
    characters: "characters",
    items: "items",
    pattern: "form",
    beatId: "beat",
    phaseId: "phase",
    notAllowed: "This field does not belong here.",
  },
} as const;

export type EditorWords = (typeof WORDS)[StudioLang];

/** What a value of these shapes is, in a few words: "text, at most 64 characters" or "one of: a, b". */
export function kindText(nodes: SchemaNode[], lang: StudioLang): string {
  const w = WORDS[lang];
  const consts = nodes.filter((n) => Object.hasOwn(n, "const")).map((n) => JSON.stringify(n.const));
  const parts: string[] = [];
  if (consts.length > 0 && consts.length === nodes.length) {
    if (consts.length === 1) return consts[0] as string;
    const shown = consts.length > 12 ? [...consts.slice(0, 12), "…"] : consts;
    return `${w.oneOf}: ${shown.join(", ")}`;
  }
  const kinds = new Set<string>();
  for (const n of nodes) {
    const t = typeof n.type === "string" ? n.type : undefined;
    if (t && t in w.kinds) kinds.add(w.kinds[t as keyof typeof w.kinds]);
  }
  parts.push([...kinds].join(` / `));
  const one = nodes.length === 1 ? nodes[0] : undefined;
  if (one) {
    const unit = one.type === "array" ? w.items : one.type === "string" ? w.characters : "";
    const min = one.minLength ?? one.minItems ?? one.minimum;
    const max = one.maxLength ?? one.maxItems ?? one.maximum;
    if (typeof min === "number" && min > 0) parts.push(`${w.atLeast} ${min} ${unit}`.trim());
    if (typeof max === "number") parts.push(`${w.atMost} ${max} ${unit}`.trim());
    if (typeof one.pattern === "string") parts.push(`${w.pattern} ${one.pattern}`);
  }
  return parts.filter((p) => p.length > 0).join(", ");
}

/** The English description of these shapes, for an English studio only. */
export function descriptionOf(nodes: SchemaNode[], lang: StudioLang): string | undefined {
  if (lang !== "en") return undefined;
  const texts = [...new Set(nodes.map((n) => n.description).filter((d) => typeof d === "string"))];
  return texts.length > 0 ? (texts as string[]).join(" / ") : undefined;
}
