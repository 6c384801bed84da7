// The trainee's move as a form: one button per choice, checkboxes for picking several, a countdown for
// an urge, and a text field where the scenario allows own words. Results go back to the engine through
// the handlers; this file decides nothing about what is right.
import { tr } from "../engine/report/localize.ts";
import type { MoveResult, PendingMove } from "../engine/session/session.ts";
import { el } from "./dom.ts";
import { type Lang, t } from "./i18n.ts";
import { refusalText } from "./refusal-text.ts";

export interface MoveHandlers {
  choose(id: string): MoveResult;
  pick(ids: string[]): MoveResult;
  say(text: string): MoveResult;
}

/** Fills `panel` for the pending move; returns the heading that takes focus. */
export function renderMovePanel(
  panel: HTMLElement,
  p: PendingMove,
  lang: Lang,
  judgeReady: boolean,
  handlers: MoveHandlers,
): HTMLElement {
  const title = el("h2", {
    id: "move-title",
    tabindex: "-1",
    class: p.kind === "urge" ? "urge" : undefined,
    text: `${t(lang, p.kind === "urge" ? "urgeTitle" : "yourMove")}: ${tr(p.prompt, lang)}`,
  });
  panel.append(title);
  const error = el("p", { class: "error", role: "alert" });
  const report = (result: MoveResult) => {
    error.textContent = refusalText(result, lang);
    // The panel scrolls; a refusal below its fold would go unseen.
    if (!result.ok) error.scrollIntoView?.({ block: "nearest" });
  };
  if (p.kind === "pick") {
    const legend = el("legend", { text: t(lang, "pickBetween", { min: p.min, max: p.max }) });
    const fieldset = el("fieldset", { class: "picks" }, legend);
    for (const c of p.choices) {
      const id = `pick-${c.id}`;
      fieldset.append(
        el(
          "div",
          { class: "pick" },
          el("input", { type: "checkbox", id, value: c.id }),
          el("label", { for: id, text: tr(c.text, lang) }),
        ),
      );
    }
    const count = el("p", { class: "pick-count", "aria-live": "polite" });
    const update = () => {
      const n = fieldset.querySelectorAll("input:checked").length;
      count.textContent = t(lang, "pickedCount", { n, min: p.min, max: p.max });
    };
    fieldset.addEventListener("change", update);
    update();
    const confirm = el("button", {
      type: "button",
      id: "confirm",
      class: "primary",
      text: t(lang, "confirm"),
    });
    confirm.addEventListener("click", () => {
      const ids = [...fieldset.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value);
      report(handlers.pick(ids));
    });
    panel.append(fieldset, count, confirm);
  } else {
    const list = el("div", { class: "choices", role: "group", "aria-labelledby": "move-title" });
    for (const c of p.choices) {
      const b = el("button", {
        type: "button",
        class: "choice",
        "data-choice": c.id,
        text: tr(c.text, lang),
      });
      b.addEventListener("click", () => report(handlers.choose(c.id)));
      list.append(b);
    }
    panel.append(list);
    if (p.kind === "urge" && p.windowSeconds) {
      panel.append(
        el(
          "div",
          { class: "urge-timer", "data-seconds": p.windowSeconds },
          el("p", { text: t(lang, "urgeWindow") }),
          el(
            "span",
            { class: "urge-bar", "aria-hidden": "true" },
            el("span", { style: `animation-duration:${p.windowSeconds}s` }),
          ),
          el("span", { class: "urge-left", text: t(lang, "secondsLeft", { s: p.windowSeconds }) }),
        ),
      );
    }
  }
  if (p.freeText) {
    if (judgeReady) {
      const input = el("input", { type: "text", id: "free-text", maxlength: 500, autocomplete: "off" });
      const form = el(
        "form",
        { class: "free-text" },
        // The scenario words its own invitation ("Of zeg het in je eigen woorden:"); ours only stands in.
        el("label", {
          for: "free-text",
          text: tr(p.freeText.prompt, lang).trim() || `${t(lang, "orType")}:`,
        }),
        el(
          "div",
          { class: "free-row" },
          input,
          el("button", { type: "submit", id: "say", text: t(lang, "say") }),
        ),
      );
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        report(handlers.say(input.value));
      });
      panel.append(form);
    } else panel.append(el("p", { class: "hint", text: t(lang, "judgeMissing") }));
  }
  panel.append(error);
  return title;
}
