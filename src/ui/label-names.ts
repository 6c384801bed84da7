// The judge's labels (src/engine/judge/labels.ts) as the player reads them: the engine's ids are English
// words, which must not appear on a Dutch screen.
import type { UtteranceLabel } from "../engine/judge/labels.ts";
import type { Lang } from "./i18n.ts";

const NAMES: Record<UtteranceLabel, Record<Lang, string>> = {
  clarifying: { nl: "verduidelijken", en: "clarifying" },
  acknowledging: { nl: "erkennen", en: "acknowledging" },
  leading: { nl: "sturen", en: "leading" },
  defending: { nl: "verdedigen", en: "defending" },
  explaining: { nl: "uitleggen", en: "explaining" },
  solving: { nl: "oplossen", en: "solving" },
  open: { nl: "open vraag", en: "open question" },
  closed: { nl: "gesloten vraag", en: "closed question" },
  summary: { nl: "samenvatten", en: "summarising" },
  opinion: { nl: "mening", en: "opinion" },
  process: { nl: "het gesprek leiden", en: "guiding the meeting" },
};

/** A label's name in `lang`; a label this table does not know is shown as it is (never hidden). */
export function labelName(label: string, lang: Lang): string {
  return (NAMES as Record<string, Record<Lang, string>>)[label]?.[lang] ?? label;
}

export const LABEL_IDS = Object.keys(NAMES) as UtteranceLabel[];
