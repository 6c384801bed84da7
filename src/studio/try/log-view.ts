// What a try shows of the meeting's log: lines with their speaker, moves, verdicts with why and better,
// untold stories, and after each move what it changed in openness, trust and flags. Scenario text is
// always set as text.
import type { Scenario } from "../../engine/format/schema.ts";
import { tr } from "../../engine/report/localize.ts";
import { phaseTitle, speakerName } from "../../engine/report/names.ts";
import { type Role, ruleInfo } from "../../engine/rules/catalog.ts";
import type { Context, LogEntry, NoteTag } from "../../engine/runtime/context.ts";
import { el } from "../../ui/dom.ts";
import { labelName } from "../../ui/label-names.ts";
import type { StudioLang } from "../panel-host.ts";
import { word } from "./strings.ts";

export function entryItem(
  e: LogEntry,
  scenario: Scenario,
  role: Role,
  lang: StudioLang,
): HTMLLIElement | null {
  switch (e.t) {
    case "phase":
      return el("li", {
        class: "try-phase-entry",
        text: word(lang, "phaseBegins", { phase: phaseTitle(scenario, e.phase, lang) }),
      });
    case "line": {
      const item = el(
        "li",
        { class: e.line?.direction ? "try-line try-direction" : "try-line" },
        el("span", { class: "try-speaker", text: speakerName(scenario, e.speaker, role, lang) }),
        ": ",
        el("span", { class: "try-text", text: tr(e.text, lang) }),
      );
      return item;
    }
    case "move": {
      const who = e.byComputer
        ? word(lang, "computerChose", { who: word(lang, e.role) })
        : word(lang, "youChose");
      const said = e.free
        ? `“${e.free.text}” (${word(lang, "judgeSaid", { label: labelName(e.free.label, lang) })})`
        : e.texts.map((t) => tr(t, lang)).join(" · ");
      return el(
        "li",
        {
          class: e.byComputer ? "try-move-entry try-computer" : "try-move-entry",
          "data-choices": e.choices.join(" "),
        },
        el("span", { class: "try-speaker", text: who }),
        ": ",
        el("span", { class: "try-text", text: said }),
        e.timedOut ? ` ${word(lang, "timedOut")}` : "",
      );
    }
    case "verdict": {
      const info = ruleInfo(e.rule);
      const item = el(
        "li",
        { class: `try-verdict try-${e.kind}`, "data-rule": e.rule, "data-kind": e.kind },
        el("strong", { text: `${word(lang, e.kind)} — ${e.rule}${info ? ` ${info.title[lang]}` : ""}` }),
        el("p", { class: "try-why" }, `${word(lang, "why")}: `, tr(e.why, lang)),
      );
      if (e.better)
        item.append(el("p", { class: "try-better" }, `${word(lang, "better")}: `, tr(e.better, lang)));
      return item;
    }
    case "untold":
      return el("li", {
        class: "try-untold",
        text: word(lang, "untold", {
          title: tr(e.title, lang),
          who: speakerName(scenario, e.speaker, role, lang),
        }),
      });
    case "note":
      return el("li", {
        class: "try-note",
        text: word(lang, "noted", {
          tag: word(lang, NOTE_WORD[e.tag]),
          who: speakerName(scenario, e.speaker, role, lang),
          text: tr(e.text, lang),
        }),
      });
    default:
      return null;
  }
}

export const NOTE_WORD = { positive: "notePositive", negative: "noteNegative", idea: "noteIdea" } as const;

/** A listener notes a participant's words: three buttons by a line that can be noted. */
export function noteButtons(
  e: Extract<LogEntry, { t: "line" }>,
  lang: StudioLang,
  note: (line: string, tag: NoteTag) => void,
): HTMLElement | null {
  const id = e.line?.id;
  if (id === undefined || e.line?.direction) return null;
  const box = el("span", { class: "try-note-buttons" });
  const short = tr(e.text, lang).slice(0, 60);
  for (const tag of ["positive", "negative", "idea"] as const) {
    const button = el("button", {
      type: "button",
      class: `try-note-${tag}`,
      "data-line": id,
      "data-tag": tag,
      "aria-pressed": "false",
      "aria-label": word(lang, "noteAs", { tag: word(lang, NOTE_WORD[tag]), text: short }),
      text: word(lang, NOTE_WORD[tag]),
    });
    button.addEventListener("click", () => note(id, tag));
    box.append(button);
  }
  return box;
}

/** What a move changed: openness and trust per participant, and flags turned on or off. */
export function changes(before: Context, after: Context, scenario: Scenario, lang: StudioLang): string[] {
  const out: string[] = [];
  for (const p of scenario.cast.participants) {
    const a = before.people[p.id];
    const b = after.people[p.id];
    if (!a || !b) continue;
    if (a.openness !== b.openness)
      out.push(word(lang, "opennessChange", { name: p.name, from: a.openness, to: b.openness }));
    if (a.trust !== b.trust)
      out.push(word(lang, "trustChange", { name: p.name, from: a.trust, to: b.trust }));
  }
  for (const flag of Object.keys(after.flags))
    if (!before.flags[flag]) out.push(word(lang, "flagOn", { flag }));
  for (const flag of Object.keys(before.flags))
    if (!after.flags[flag]) out.push(word(lang, "flagOff", { flag }));
  return out;
}

export function changesItem(list: string[], lang: StudioLang): HTMLLIElement {
  return el(
    "li",
    { class: "try-effects" },
    el("span", { class: "try-speaker", text: word(lang, "effects") }),
    ": ",
    el("span", { class: "try-text", text: list.length > 0 ? list.join("; ") : word(lang, "noEffects") }),
  );
}
