import type { Text } from "../format/schema.ts";

export type Lang = "nl" | "en";

/** The text in the asked language, falling back to Dutch (always present). */
export function tr(text: Text | undefined, lang: Lang): string {
  if (!text) return "";
  return (lang === "en" ? text.en : undefined) ?? text.nl;
}

export const pick = (lang: Lang, nl: string, en: string): string => (lang === "en" ? en : nl);
