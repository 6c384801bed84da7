// The menu: scenario, role and language, resume, a scenario of one's own (checked with the same messages
// as `validate`), settings and the history of earlier runs. It only gathers choices; App acts on them.
import type { Scenario } from "../engine/format/schema.ts";
import { formatGroup, groupProblems } from "../engine/load/group-problems.ts";
import { loadScenario } from "../engine/load/load.ts";
import type { Problem } from "../engine/load/problems.ts";
import { tr } from "../engine/report/localize.ts";
import { ROLES, type Role } from "../engine/rules/catalog.ts";
import type { CatalogEntry } from "./catalog.ts";
import { clear, el } from "./dom.ts";
import { type Lang, t } from "./i18n.ts";
import { type RunsHost, runsSection } from "./runs-in-progress.ts";
import { CHANNELS, type HistoryItem, type Settings } from "./save.ts";
import { studioSection } from "./screens/menu-studio.ts";
import { workshopSection } from "./screens/menu-workshop.ts";
import { moreTimeSetting } from "./time-setting.ts";

export interface OwnScenario {
  name: string;
  text: string;
  scenario?: Scenario;
  problems: Problem[];
}

export interface MenuHost {
  lang: Lang;
  settings: Settings;
  catalog: CatalogEntry[];
  notice: string | null;
  /** Runs in progress (newest first), a resume that failed, and the history: read by App from the store. */
  runs: RunsHost["runs"];
  resumeProblem: RunsHost["problem"];
  history: HistoryItem[];
  own: OwnScenario | null;
  /** What the system asks for when the player has not chosen. */
  systemReducedMotion: boolean;
  /** The scenario and role chosen before the menu was drawn again (in another language). */
  chosen?: { scenario: string; role: string } | null;
  setLang(lang: Lang, chosen: { scenario: string; role: string }): void;
  settingsChanged(): void;
  ownRead(own: OwnScenario): void;
  preview(entry: CatalogEntry, role: Role): void;
  begin(entry: CatalogEntry, role: Role): void;
  beginOwn(scenario: Scenario, role: Role, text: string): void;
  resume(key: string): void;
  setAside(key: string): void;
  viewHistory(item: HistoryItem): void;
  /** Opens the workshop screens (loaded on demand): a trainer's, or a player's Join. */
  workshop?(kind: "trainer" | "join"): void;
  /** Opens the scenario studio (loaded on demand). */
  studio?(): void;
}

/** Renders the menu into `root`; returns the element that should get focus. */
export function renderMenu(root: HTMLElement, host: MenuHost): HTMLElement {
  const lang = host.lang;
  clear(root);
  const playable = host.catalog;
  const scenarioSelect = el("select", { id: "scenario", name: "scenario" });
  for (const c of playable)
    scenarioSelect.append(
      el("option", {
        value: c.id,
        text: c.title ? tr(c.title, lang) : c.file,
        selected: c.id === host.chosen?.scenario,
      }),
    );
  const roleSelect = el("select", { id: "role", name: "role" });
  const summary = el("p", { id: "scenario-summary", class: "summary" });
  const selected = () => playable.find((c) => c.id === scenarioSelect.value);
  const fillRoles = () => {
    const before = roleSelect.value || host.chosen?.role;
    clear(roleSelect);
    const entry = selected();
    for (const r of entry?.roles ?? [])
      roleSelect.append(el("option", { value: r, text: t(lang, r), selected: r === before }));
    summary.textContent = entry?.summary ? tr(entry.summary, lang) : "";
    if (entry) host.preview(entry, roleSelect.value as Role);
  };
  scenarioSelect.addEventListener("change", fillRoles);
  roleSelect.addEventListener("change", () => {
    const entry = selected();
    if (entry) host.preview(entry, roleSelect.value as Role);
  });
  const langSelect = el(
    "select",
    { id: "lang", name: "lang" },
    el("option", { value: "nl", text: "Nederlands", selected: lang === "nl" }),
    el("option", { value: "en", text: "English", selected: lang === "en" }),
  );
  langSelect.addEventListener("change", () =>
    host.setLang(langSelect.value === "en" ? "en" : "nl", {
      scenario: scenarioSelect.value,
      role: roleSelect.value,
    }),
  );
  const form = el(
    "form",
    { id: "menu-form", class: "card", "aria-labelledby": "new-title" },
    el("h2", { id: "new-title", text: t(lang, "newRun") }),
    el("label", { for: "scenario", text: t(lang, "scenario") }),
    scenarioSelect,
    summary,
    el("label", { for: "role", text: t(lang, "role") }),
    roleSelect,
    el("label", { for: "lang", text: t(lang, "language") }),
    langSelect,
    el("button", { type: "submit", id: "start", class: "primary", text: t(lang, "start") }),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const entry = selected();
    if (entry) host.begin(entry, roleSelect.value as Role);
  });

  const runs = runsSection({
    lang,
    runs: host.runs,
    catalog: host.catalog,
    problem: host.resumeProblem,
    resume: host.resume,
    setAside: host.setAside,
  });

  root.append(
    el(
      "main",
      { class: "menu", "aria-labelledby": "menu-title" },
      el(
        "header",
        { class: "menu-head" },
        el("h1", { id: "menu-title", text: t(lang, "appTitle") }),
        el("p", { class: "tagline", text: t(lang, "tagline") }),
      ),
      host.notice ? el("p", { class: "notice", role: "status", text: host.notice }) : null,
      el(
        "div",
        { class: "menu-columns" },
        el(
          "div",
          { class: "menu-main" },
          runs?.section,
          form,
          host.workshop ? workshopSection(lang, host.workshop) : null,
          host.studio ? studioSection(lang, host.studio) : null,
          el("div", { id: "room-slot", class: "room-slot preview" }),
          ownScenarioSection(host),
        ),
        el("div", { class: "menu-side" }, settingsSection(host), historySection(host)),
      ),
    ),
  );
  fillRoles();
  // After a change of language the menu is drawn anew: focus goes back to where the player was.
  if (host.chosen) return langSelect;
  return runs?.focus ?? scenarioSelect;
}

function ownScenarioSection(host: MenuHost): HTMLElement {
  const lang = host.lang;
  const input = el("input", { type: "file", id: "own-file", accept: ".json,application/json" });
  const output = el("div", { id: "own-result", role: "status" });
  const show = (own: OwnScenario | null) => {
    clear(output);
    if (!own) return;
    const errors = own.problems.filter((p) => p.severity === "error");
    const warnings = own.problems.length - errors.length;
    output.append(
      el("p", {
        class: errors.length ? "error" : "ok",
        text: `${own.name}: ${t(lang, "problemCount", { errors: errors.length, warnings })}`,
      }),
    );
    if (own.problems.length > 0) {
      output.append(
        el(
          "ul",
          { class: "problems", "aria-label": t(lang, "problems") },
          // The exact words of `validate --lang`, in the screen's language, one problem (or group) per item.
          ...groupProblems(own.problems, lang).map((g) =>
            el("li", { class: g.first.severity, text: formatGroup(g, lang) }),
          ),
        ),
      );
    }
    const scenario = own.scenario;
    if (!scenario || errors.length > 0) {
      output.append(el("p", { text: t(lang, "cannotPlay") }));
      return;
    }
    output.append(el("p", { class: "own-title", text: tr(scenario.title, lang) }));
    for (const r of ROLES) {
      if (!scenario.roles[r]) continue;
      const b = el("button", {
        type: "button",
        class: "play-own",
        "data-role": r,
        text: `${t(lang, "playIt")}: ${t(lang, r)}`,
      });
      b.addEventListener("click", () => host.beginOwn(scenario, r, own.text));
      output.append(b);
    }
  };
  const read = async (file: File) => {
    output.textContent = t(lang, "readingFile");
    const text = await file.text();
    const result = loadScenario(text, file.name);
    const own: OwnScenario = { name: file.name, text, problems: result.problems };
    if (result.scenario) own.scenario = result.scenario;
    host.ownRead(own);
    show(own);
  };
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void read(file);
  });
  const zone = el(
    "section",
    { class: "own card", id: "own-zone", "aria-labelledby": "own-title" },
    el("h2", { id: "own-title", text: t(lang, "ownScenario") }),
    el("label", { for: "own-file", text: t(lang, "chooseFile") }),
    input,
    el("p", { class: "hint", text: t(lang, "dropHere") }),
    output,
  );
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    const file = e.dataTransfer?.files[0];
    if (file) void read(file);
  });
  show(host.own);
  return zone;
}

function settingsSection(host: MenuHost): HTMLElement {
  const lang = host.lang;
  const s = host.settings;
  const box = (id: string, label: string, checked: boolean, on: (v: boolean) => void) => {
    const input = el("input", { type: "checkbox", id, checked });
    input.addEventListener("change", () => {
      on(input.checked);
      host.settingsChanged();
    });
    return el("div", { class: "setting" }, input, el("label", { for: id, text: label }));
  };
  const channels = CHANNELS.map((channel) => {
    const name = t(lang, `channel_${channel}`);
    const volume = el("input", {
      type: "range",
      id: `volume-${channel}`,
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(s.volume[channel] * 100),
    });
    volume.addEventListener("change", () => {
      s.volume[channel] = Number(volume.value) / 100;
      host.settingsChanged();
    });
    return el(
      "fieldset",
      { class: "channel" },
      el("legend", { text: name }),
      box(`mute-${channel}`, t(lang, "soundOn", { channel: name }), !s.muted[channel], (v) => {
        s.muted[channel] = !v;
      }),
      el(
        "div",
        { class: "setting" },
        el("label", { for: `volume-${channel}`, text: t(lang, "volumeOf", { channel: name }) }),
        volume,
      ),
    );
  });
  return el(
    "section",
    { class: "settings card", "aria-labelledby": "settings-title" },
    el("h2", { id: "settings-title", text: t(lang, "settings") }),
    box("instant", t(lang, "instantLines"), s.pace === "instant", (v) => {
      s.pace = v ? "instant" : "reading";
    }),
    moreTimeSetting(lang),
    box("read-aloud", t(lang, "readAloud"), s.readAloud, (v) => {
      s.readAloud = v;
    }),
    box("reduced-motion", t(lang, "reducedMotionHint"), s.reducedMotion ?? host.systemReducedMotion, (v) => {
      s.reducedMotion = v;
    }),
    ...channels,
  );
}

function historySection(host: MenuHost): HTMLElement {
  const lang = host.lang;
  const items = host.history;
  const canView = (h: HistoryItem) => h.replay && host.catalog.some((c) => c.id === h.scenarioId);
  return el(
    "section",
    { class: "history card", "aria-labelledby": "history-title" },
    el("h2", { id: "history-title", text: t(lang, "history") }),
    items.length === 0
      ? el("p", { text: t(lang, "noHistory") })
      : el(
          "ol",
          {},
          ...items.map((h, i) => {
            const when = h.finishedAt.slice(0, 16).replace("T", " ");
            const role = (ROLES as readonly string[]).includes(h.role) ? t(lang, h.role as Role) : h.role;
            const item = el("li", {
              class: "history-item",
              text: `${when} · ${h.title} · ${role} · ${t(lang, "total")} ${h.total ?? "–"}`,
            });
            if (canView(h)) {
              const b = el("button", {
                type: "button",
                class: "view-history",
                "data-index": i,
                "aria-label": `${t(lang, "view")}: ${h.title}, ${when}`,
                text: t(lang, "view"),
              });
              b.addEventListener("click", () => host.viewHistory(h));
              item.append(" ", b);
            }
            return item;
          }),
        ),
  );
}
