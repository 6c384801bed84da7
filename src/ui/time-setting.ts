// The "more time to choose" setting, remembered in the browser beside the other settings (its own key,
// so the saved settings' format stays as it is).

import { el } from "./dom.ts";
import type { Lang } from "./i18n.ts";
import { MORE_TIME, type MoreTime } from "./urge-window.ts";

export const MORE_TIME_KEY = "spiegelspel.moreTime";

export function readMoreTime(): MoreTime {
  try {
    const v = globalThis.localStorage?.getItem(MORE_TIME_KEY);
    return (MORE_TIME as readonly string[]).includes(v ?? "") ? (v as MoreTime) : "normal";
  } catch {
    return "normal";
  }
}

export function writeMoreTime(v: MoreTime): void {
  try {
    globalThis.localStorage?.setItem(MORE_TIME_KEY, v);
  } catch {
    // A browser that keeps nothing still plays; the choice holds for this visit only.
  }
}

const WORDS: Record<Lang, { label: string } & Record<MoreTime, string>> = {
  nl: {
    label: "Meer tijd om te kiezen bij een impuls",
    normal: "normaal",
    half: "anderhalf keer zo lang",
    double: "twee keer zo lang",
    none: "geen tijdslimiet",
  },
  en: {
    label: "More time to choose at an urge",
    normal: "normal",
    half: "one and a half times as long",
    double: "twice as long",
    none: "no time limit",
  },
};

/** The setting as a labelled select for the menu's settings card. */
export function moreTimeSetting(lang: Lang, onChange: (v: MoreTime) => void = () => {}): HTMLElement {
  const words = WORDS[lang];
  const current = readMoreTime();
  const select = el(
    "select",
    { id: "more-time" },
    ...MORE_TIME.map((v) => el("option", { value: v, text: words[v], selected: v === current })),
  );
  select.addEventListener("change", () => {
    const v = select.value as MoreTime;
    writeMoreTime(v);
    onChange(v);
  });
  return el(
    "div",
    { class: "setting more-time" },
    el("label", { for: "more-time", text: words.label }),
    select,
  );
}
