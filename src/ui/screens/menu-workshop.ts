// The menu's way into a workshop: a trainer runs one, a player joins one. Only these few words are in the
// start-up bundle; the screens themselves (and colyseus.js) load when a button is pressed.
import { el } from "../dom.ts";
import type { Lang } from "../i18n.ts";

const WORDS = {
  title: { nl: "Samen oefenen", en: "Practise together" },
  hint: {
    nl: "Een trainer leidt een workshop; deelnemers doen mee op hun eigen apparaat.",
    en: "A trainer runs a workshop; players join on their own device.",
  },
  trainer: { nl: "Workshop (trainer)", en: "Workshop (trainer)" },
  join: { nl: "Meedoen", en: "Join" },
} satisfies Record<string, Record<Lang, string>>;

export function workshopSection(lang: Lang, open: (kind: "trainer" | "join") => void): HTMLElement {
  const trainer = el("button", { type: "button", id: "open-workshop", text: WORDS.trainer[lang] });
  const join = el("button", { type: "button", id: "open-join", class: "primary", text: WORDS.join[lang] });
  trainer.addEventListener("click", () => open("trainer"));
  join.addEventListener("click", () => open("join"));
  return el(
    "section",
    { class: "card workshop-entry", "aria-labelledby": "workshop-entry-title" },
    el("h2", { id: "workshop-entry-title", text: WORDS.title[lang] }),
    el("p", { class: "hint", text: WORDS.hint[lang] }),
    el("div", { class: "row" }, join, trainer),
  );
}
