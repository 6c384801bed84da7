// The role's move in a try: its prompt, its choices in the order the engine shows them (buttons, or
// checkboxes and a confirm for a pick), letting an urge pass, and typed words where the beat takes them.
import { tr } from "../../engine/report/localize.ts";
import type { MoveRecord, PendingMove } from "../../engine/session/session.ts";
import { el } from "../../ui/dom.ts";
import type { StudioLang } from "../panel-host.ts";
import { word } from "./strings.ts";

export type JudgeState = "none" | "loading" | "ready" | "missing";

export function renderMove(
  pending: PendingMove,
  lang: StudioLang,
  ids: string,
  judge: JudgeState,
  play: (move: MoveRecord) => void,
): HTMLElement {
  const heading = el(
    "h3",
    { id: `${ids}move-title`, class: "try-move-title", tabindex: -1 },
    `${word(lang, "yourMove")}: `,
    tr(pending.prompt, lang),
  );
  const section = el(
    "section",
    { class: "try-move", "aria-labelledby": heading.id, "data-kind": pending.kind },
    heading,
  );
  if (pending.kind === "pick") {
    const boxes = pending.choices.map((c, i) => {
      const box = el("input", { type: "checkbox", id: `${ids}pick-${i}`, value: c.id, class: "try-pick" });
      section.append(
        el("div", { class: "try-option" }, box, el("label", { for: box.id, text: tr(c.text, lang) })),
      );
      return box;
    });
    section.append(
      el("p", { class: "try-hint", text: word(lang, "pickBetween", { min: pending.min, max: pending.max }) }),
    );
    const confirm = el("button", { type: "button", class: "try-confirm", text: word(lang, "confirm") });
    confirm.addEventListener("click", () =>
      play({ pick: boxes.filter((b) => b.checked).map((b) => b.value) }),
    );
    section.append(confirm);
  } else {
    const list = el("div", { class: "try-choices", role: "group", "aria-labelledby": heading.id });
    for (const c of pending.choices) {
      const button = el("button", {
        type: "button",
        class: "try-choice",
        "data-choice": c.id,
        text: tr(c.text, lang),
      });
      button.addEventListener("click", () => play({ choose: c.id }));
      list.append(button);
    }
    section.append(list);
    if (pending.kind === "urge" && pending.onTimeout !== undefined) {
      const wait = el("button", { type: "button", class: "try-wait", text: word(lang, "letPass") });
      wait.addEventListener("click", () => play({ wait: true }));
      section.append(wait);
    }
  }
  if (pending.freeText) section.append(freeText(pending, lang, ids, judge, play));
  return section;
}

function freeText(
  pending: PendingMove,
  lang: StudioLang,
  ids: string,
  judge: JudgeState,
  play: (move: MoveRecord) => void,
): HTMLElement {
  const box = el("div", { class: "try-free" });
  if (judge === "loading" || judge === "missing") {
    box.append(
      el("p", { class: "try-hint", text: word(lang, judge === "loading" ? "judgeLoading" : "judgeMissing") }),
    );
    return box;
  }
  const area = el("textarea", { id: `${ids}say`, class: "try-say-text", rows: 2 });
  const label = el(
    "label",
    { for: area.id },
    `${word(lang, "orType")} — `,
    tr(pending.freeText?.prompt, lang),
  );
  const say = el("button", { type: "button", class: "try-say", text: word(lang, "say") });
  say.addEventListener("click", () => play({ say: area.value }));
  box.append(label, area, say);
  return box;
}
