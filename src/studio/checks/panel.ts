// The live checks panel: validate's and paths' findings for the scenario being written, refreshed a
// moment after each edit (in a worker: runner.ts), each finding a button that opens the field it is
// about. A screen reader hears the count when a check finishes and it changed, not every keystroke.
import { clear, el } from "../../ui/dom.ts";
import type { DocPath, MountPanel, StudioLang, StudioPanelHost } from "../panel-host.ts";
import type { CheckResult, Finding, FindingPlace } from "./findings.ts";
import { inThreadWorker } from "./in-thread-worker.ts";
import { type CheckRunner, type CheckWorker, checkRunner } from "./runner.ts";
import { checkWords, summary } from "./words.ts";
import "./checks.css";

/**
 * The worker as Vite bundles it (its own file, same origin: the page's worker-src 'self' allows it);
 * without Worker (jsdom, a locked-down browser) the same checks on the page's own thread.
 */
export const makeCheckWorker = (): CheckWorker =>
  typeof Worker === "undefined"
    ? inThreadWorker()
    : (new Worker(new URL("./checks.worker.ts", import.meta.url), {
        type: "module",
      }) as unknown as CheckWorker);

export const pathText = (path: DocPath) => JSON.stringify(path);

export interface ChecksPanelOptions {
  makeWorker?: () => CheckWorker;
  delay?: number;
}

export function mountChecks(el0: HTMLElement, host: StudioPanelHost, options: ChecksPanelOptions = {}) {
  const lang: StudioLang = host.lang;
  const w = checkWords(lang);
  const heading = el("h2", { id: "checks-title", text: w.title });
  const status = el("p", { class: "checks-status", role: "status", "aria-live": "polite" });
  const list = el("ul", { class: "checks-list", "aria-labelledby": "checks-title" });
  const scores = el("p", { class: "checks-scores" });
  const root = el(
    "section",
    { class: "studio-checks", "aria-labelledby": "checks-title" },
    heading,
    status,
    list,
    scores,
  );
  el0.append(root);
  let announced = "";
  const announce = (text: string) => {
    // Only a change is announced: the same count after another keystroke says nothing new.
    if (text === announced) return;
    announced = text;
    status.textContent = text;
  };

  const placeButton = (place: FindingPlace, label: string) =>
    el("button", { type: "button", class: "checks-place", "data-path": pathText(place.path), text: label });

  const render = (result: CheckResult) => {
    clear(list);
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of result.findings) {
      counts[f.severity] += f.places.length;
      list.append(findingItem(f));
    }
    root.dataset.state = "done";
    root.dataset.count = String(counts.error + counts.warning + counts.note);
    announce(summary(counts, lang));
    clear(scores);
    const parts = result.roles.map((r) => {
      const role = roleName(r.role, lang);
      if (r.skipped !== undefined) return `${role}: ${r.skipped}`;
      const range = r.minScore == null ? w.none : `${r.minScore}–${r.maxScore}`;
      return `${role}: ${w.worst}–${w.best} ${range} (${BigInt(r.paths ?? "0").toLocaleString(lang)} ${w.paths})`;
    });
    if (parts.length > 0) scores.append(el("strong", { text: `${w.scores}: ` }), parts.join("; "));
  };

  const findingItem = (f: Finding) => {
    const first = f.places[0] as FindingPlace;
    const count = f.places.length;
    const label = `${w[f.severity]}: ${f.message}${count > 1 ? ` (${count} ${w.times})` : ""}`;
    const item = el(
      "li",
      {
        class: `finding finding-${f.severity}`,
        "data-code": f.code,
        "data-source": f.source,
        "data-count": count,
      },
      placeButton(first, label),
      el("span", { class: "checks-where", text: ` ${first.where}` }),
    );
    if (f.fix) item.append(el("p", { class: "checks-fix", text: `${w.fix}: ${f.fix}` }));
    if (count > 1) {
      const places = el("ul", { class: "checks-places", "aria-label": w.places });
      for (const p of f.places) places.append(el("li", {}, placeButton(p, p.where)));
      item.append(places);
    }
    return item;
  };

  list.addEventListener("click", (e) => {
    const button = (e.target as Element | null)?.closest?.("button[data-path]");
    if (!button) return;
    host.select(JSON.parse(button.getAttribute("data-path") ?? "[]") as DocPath);
  });

  const runner: CheckRunner = checkRunner({
    makeWorker: options.makeWorker ?? makeCheckWorker,
    delay: options.delay,
    onResult: render,
    onError: (message) => {
      root.dataset.state = "failed";
      announce(message ? `${w.failed}: ${message}` : `${w.failed}.`);
    },
    onBusy: (busy) => {
      if (busy) root.dataset.state = "checking";
      root.setAttribute("aria-busy", busy ? "true" : "false");
    },
  });
  status.textContent = w.checking;
  announced = w.checking;
  runner.request(host.doc.get(), lang);
  const unsubscribe = host.doc.subscribe(() => runner.request(host.doc.get(), lang));
  return {
    destroy() {
      unsubscribe();
      runner.destroy();
      root.remove();
    },
  };
}

const ROLE_NAMES = {
  nl: { facilitator: "Gespreksleider", listener: "Toehoorder", organiser: "Organisator" },
  en: { facilitator: "Facilitator", listener: "Listener", organiser: "Organiser" },
} as const;
const roleName = (role: keyof (typeof ROLE_NAMES)["en"], lang: StudioLang) => ROLE_NAMES[lang][role];

export const mount: MountPanel = (el0, host) => mountChecks(el0, host);
