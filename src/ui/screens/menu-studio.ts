// The menu's way into the scenario studio. Only these words are in the start-up bundle; the studio itself
// loads when the button is pressed or the page is opened at #studio.
import { el } from "../dom.ts";
import type { Lang } from "../i18n.ts";

const WORDS = {
  title: { nl: "Scenario's schrijven", en: "Write scenarios" },
  hint: {
    nl: "Schrijf, controleer en probeer een eigen bijeenkomst in formulieren, zonder JSON.",
    en: "Write, check and try a meeting of your own in forms, without JSON.",
  },
  open: { nl: "Scenario's schrijven", en: "Write scenarios" },
} satisfies Record<string, Record<Lang, string>>;

export function studioSection(lang: Lang, open: () => void): HTMLElement {
  const button = el("button", { type: "button", id: "open-studio", text: WORDS.open[lang] });
  button.addEventListener("click", open);
  return el(
    "section",
    { class: "card studio-entry", "aria-labelledby": "studio-entry-title" },
    el("h2", { id: "studio-entry-title", text: WORDS.title[lang] }),
    el("p", { class: "hint", text: WORDS.hint[lang] }),
    button,
  );
}
