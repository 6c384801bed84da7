// The trainer's live transcript: what everyone sees, one line per entry, every text as text. The trainer
// sees all entries, so a seat's breaches show here as they happen.
import type { Scenario } from "../../engine/format/schema.ts";
import { tr } from "../../engine/report/localize.ts";
import { phaseTitle, speakerName } from "../../engine/report/names.ts";
import { ruleInfo } from "../../engine/rules/catalog.ts";
import type { LogEntry } from "../../engine/runtime/context.ts";
import { el } from "../dom.ts";
import { type Lang, t } from "../i18n.ts";

/** `names`: seat → "Anna (toehoorder 1)", for what people in the workshop's seats did and said. */
export function transcriptItem(
  s: Scenario,
  e: LogEntry,
  lang: Lang,
  names: Readonly<Record<string, string>> = {},
): HTMLElement | null {
  const named = (id: string | undefined) =>
    id !== undefined && Object.hasOwn(names, id) ? names[id] : undefined;
  if (e.t === "phase") return el("li", { class: "phase", text: `— ${phaseTitle(s, e.phase, lang)} —` });
  if (e.t === "line") {
    if (e.line?.direction) return el("li", { class: "direction", text: tr(e.text, lang) });
    return el(
      "li",
      { class: "line" },
      el("span", {
        class: "speaker",
        text: `${named(e.speaker) ?? speakerName(s, e.speaker, "listener", lang)}: `,
      }),
      el("span", { class: "text", text: tr(e.text, lang) }),
    );
  }
  if (e.t === "move") {
    const who =
      (e.byComputer ? undefined : named(e.seat ?? e.role)) ??
      (e.role === "listener" ? t(lang, "listener") : speakerName(s, e.role, "listener", lang));
    const did = e.free ? `“${e.free.text}”` : e.texts.map((x) => tr(x, lang)).join(" · ");
    return el(
      "li",
      { class: e.byComputer ? "move npc" : "move human" },
      el("span", { class: "speaker", text: `${who}: ` }),
      el("span", { class: "text", text: did }),
    );
  }
  if (e.t === "verdict" && e.kind === "breach") {
    const rule = ruleInfo(e.rule);
    const title = rule ? tr(rule.title, lang) : e.rule;
    return el("li", { class: "breach", text: `⚠ ${title}: ${tr(e.why, lang)}` });
  }
  return null;
}
