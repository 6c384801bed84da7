// The runs in progress in the menu (title, role, date, progress, a resume button each), the question
// before a new run replaces a saved one, the message when a resume fails (with the offer to set the run
// aside), and the calm line that says a save did not work. App decides; these only show and ask.
import { tr } from "../engine/report/localize.ts";
import type { Role } from "../engine/rules/catalog.ts";
import type { CatalogEntry } from "./catalog.ts";
import { el } from "./dom.ts";
import { type Lang, t } from "./i18n.ts";
import type { RunRecord } from "./storage/records.ts";
import { st } from "./storage/strings.ts";
import "./saves.css";

/** The scenario's title (never its id when a title is known): the catalog's, else the one saved. */
export function runTitle(run: RunRecord, catalog: readonly CatalogEntry[], lang: Lang): string {
  const bundled = run.own ? undefined : catalog.find((c) => c.id === run.scenarioId)?.title;
  const title = bundled ?? run.title;
  return title ? tr(title, lang) : run.scenarioId;
}

export const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

export function progressText(run: RunRecord, lang: Lang): string {
  const n = run.moves.length;
  const moves = n === 1 ? st(lang, "moveCountOne") : st(lang, "moveCount", { n });
  const p = run.progress;
  return p ? st(lang, "progress", { moves, minute: Math.round(p.minute), planned: p.planned }) : moves;
}

export interface RunsHost {
  lang: Lang;
  runs: readonly RunRecord[];
  catalog: readonly CatalogEntry[];
  /** A resume that failed: which run, and why in words. */
  problem: { key: string; why: string } | null;
  resume(key: string): void;
  setAside(key: string): void;
}

/** The list, or null when nothing is in progress. The first resume button has the id "resume". */
export function runsSection(host: RunsHost): { section: HTMLElement; focus: HTMLElement } | null {
  const lang = host.lang;
  if (host.runs.length === 0 && !host.problem) return null;
  let focus: HTMLElement | null = null;
  const items = host.runs.map((run, i) => {
    const title = runTitle(run, host.catalog, lang);
    const role = t(lang, run.role as Role);
    const button = el("button", {
      type: "button",
      class: i === 0 ? "resume-run primary" : "resume-run",
      id: i === 0 ? "resume" : undefined,
      "data-key": run.key,
      "aria-label": `${st(lang, "resumeThis")}: ${title} · ${role}`,
      text: st(lang, "resumeThis"),
    });
    button.addEventListener("click", () => host.resume(run.key));
    const item = el(
      "li",
      { class: "run-in-progress", "data-key": run.key },
      el("strong", { class: "run-title", text: title }),
      el("span", {
        class: "run-meta",
        text: ` · ${role} · ${when(run.savedAt)} · ${progressText(run, lang)} `,
      }),
      button,
    );
    if (host.problem?.key === run.key) {
      const aside = el("button", {
        type: "button",
        id: "set-aside",
        "data-key": run.key,
        text: st(lang, "setAside"),
      });
      aside.addEventListener("click", () => host.setAside(run.key));
      const message = el("p", {
        class: "resume-problem",
        role: "alert",
        tabindex: -1,
        text: host.problem.why,
      });
      item.append(el("div", { class: "resume-problem-box" }, message, aside));
      focus = message;
    }
    focus ??= button;
    return item;
  });
  const section = el(
    "section",
    { class: "runs card", "aria-labelledby": "runs-title" },
    el("h2", { id: "runs-title", text: t(lang, "resume") }),
    el("ul", { class: "runs-list" }, ...items),
  );
  return { section, focus: focus ?? section };
}

/** Asks, under `after`, whether a new run may replace the saved one; returns the element to focus. */
export function askReplace(
  after: HTMLElement,
  lang: Lang,
  run: RunRecord,
  catalog: readonly CatalogEntry[],
  act: { replace(): void; resume(): void },
): HTMLElement {
  document.getElementById("replace-ask")?.remove();
  const yes = el("button", { type: "button", id: "replace-run", text: st(lang, "replaceYes") });
  const resume = el("button", {
    type: "button",
    id: "resume-instead",
    class: "primary",
    text: st(lang, "replaceResume"),
  });
  yes.addEventListener("click", act.replace);
  resume.addEventListener("click", act.resume);
  const question = el("p", {
    id: "replace-question",
    tabindex: -1,
    text: st(lang, "replaceAsk", {
      title: runTitle(run, catalog, lang),
      role: t(lang, run.role as Role),
      when: when(run.savedAt),
      progress: progressText(run, lang),
    }),
  });
  const box = el(
    "div",
    { id: "replace-ask", class: "replace-ask", role: "alertdialog", "aria-labelledby": "replace-question" },
    question,
    el("div", { class: "actions" }, resume, yes),
  );
  after.after(box);
  return question;
}

/** The message the player closed: not shown again until a save works (text null) or another one fails. */
let closed: string | null = null;

/** Shows (text) or removes (null) the line saying a save did not work; the player can close it. */
export function showSaveStatus(root: HTMLElement, lang: Lang, text: string | null): void {
  const existing = root.querySelector<HTMLElement>("#save-status");
  if (text === null || text === closed) {
    if (text === null) closed = null;
    existing?.remove();
    return;
  }
  const words = el("span", { text });
  const close = el("button", { type: "button", class: "close-status", text: st(lang, "close") });
  close.addEventListener("click", () => {
    closed = text;
    status.remove();
  });
  const status = el("p", { id: "save-status", class: "save-status", role: "status" }, words, close);
  if (existing) existing.replaceWith(status);
  else root.append(status);
}
