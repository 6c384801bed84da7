// The form that says where a try starts: the role, the beat (grouped by phase) with the phase it implies,
// the flags that are on and each participant's openness. It only gathers a choice; the panel starts the
// engine with it, and the engine refuses anything that does not fit.
import type { Scenario } from "../../engine/format/schema.ts";
import { tr } from "../../engine/report/localize.ts";
import { phaseTitle } from "../../engine/report/names.ts";
import type { Role } from "../../engine/rules/catalog.ts";
import { flagsOf } from "../../engine/runtime/start-state.ts";
import { makeWorld } from "../../engine/runtime/steps.ts";
import { el } from "../../ui/dom.ts";
import type { StudioLang } from "../panel-host.ts";
import { word } from "./strings.ts";

export interface TrySetup {
  role: Role;
  beat: string;
  flags: string[];
  openness: Record<string, number>;
}

const ROLES: Role[] = ["facilitator", "listener", "organiser"];

export const rolesOf = (scenario: Scenario): Role[] => ROLES.filter((r) => scenario.roles[r] !== undefined);

/** The setup kept where it still fits the scenario (after an edit), else the scenario's defaults. */
export function fitSetup(scenario: Scenario, wanted: Partial<TrySetup>): TrySetup {
  const roles = rolesOf(scenario);
  const role = wanted.role && roles.includes(wanted.role) ? wanted.role : (roles[0] as Role);
  const beats = scenario.beats.map((b) => b.id);
  const beat = wanted.beat && beats.includes(wanted.beat) ? wanted.beat : (beats[0] as string);
  const known = flagsOf(scenario);
  const flags = (wanted.flags ?? []).filter((f) => known.includes(f));
  const openness: Record<string, number> = {};
  for (const p of scenario.cast.participants) openness[p.id] = wanted.openness?.[p.id] ?? p.openness;
  return { role, beat, flags, openness };
}

export function renderSetup(
  scenario: Scenario,
  setup: TrySetup,
  lang: StudioLang,
  ids: string,
  on: { change: (next: TrySetup) => void; playBeat: () => void; playAll: () => void },
): HTMLFormElement {
  // Edits go to the panel as they happen, without redrawing the form (a slider keeps its focus).
  let current = setup;
  const changed = (patch: Partial<TrySetup>) => {
    current = { ...current, ...patch };
    on.change(current);
  };

  const role = el("select", { id: `${ids}role`, class: "try-role" });
  for (const r of rolesOf(scenario)) {
    const option = el("option", { value: r, text: word(lang, r) });
    option.selected = r === setup.role;
    role.append(option);
  }
  role.addEventListener("change", () => changed({ role: role.value as Role }));

  const beat = el("select", { id: `${ids}beat`, class: "try-beat" });
  for (const phase of scenario.phases) {
    const group = el("optgroup", { label: tr(phase.title, lang) });
    for (const b of scenario.beats.filter((x) => x.phase === phase.id)) {
      const option = el("option", { value: b.id, text: b.id });
      option.selected = b.id === setup.beat;
      group.append(option);
    }
    if (group.children.length > 0) beat.append(group);
  }

  const plannedStart = makeWorld(scenario, setup.role).plannedStart;
  const phase = el("p", { class: "try-phase", id: `${ids}phase` });
  const showPhase = () => {
    const phaseId = scenario.beats.find((b) => b.id === current.beat)?.phase ?? "";
    phase.textContent = word(lang, "phaseAt", {
      phase: phaseTitle(scenario, phaseId, lang),
      minutes: plannedStart.get(phaseId) ?? 0,
    });
  };
  showPhase();
  beat.setAttribute("aria-describedby", phase.id);
  beat.addEventListener("change", () => {
    changed({ beat: beat.value });
    showPhase();
  });

  const flags = flagsOf(scenario);
  const flagSet = el("fieldset", { class: "try-flags" }, el("legend", { text: word(lang, "flags") }));
  if (flags.length === 0) flagSet.append(el("p", { text: word(lang, "noFlags") }));
  flags.forEach((flag, i) => {
    const box = el("input", { type: "checkbox", id: `${ids}flag-${i}`, "data-flag": flag });
    box.checked = setup.flags.includes(flag);
    box.addEventListener("change", () =>
      changed({ flags: box.checked ? [...current.flags, flag] : current.flags.filter((f) => f !== flag) }),
    );
    flagSet.append(el("div", { class: "try-flag" }, box, el("label", { for: box.id, text: flag })));
  });

  const people = el("fieldset", { class: "try-openness" }, el("legend", { text: word(lang, "openness") }));
  scenario.cast.participants.forEach((p, i) => {
    const value = setup.openness[p.id] ?? p.openness;
    const name = word(lang, "opennessOf", { name: p.name });
    const slider = el("input", {
      type: "range",
      min: 0,
      max: 100,
      step: 1,
      value,
      id: `${ids}open-${i}`,
      "data-person": p.id,
      "aria-label": name,
    });
    const number = el("input", {
      type: "number",
      min: 0,
      max: 100,
      step: 1,
      value,
      class: "try-open-number",
      "data-person": p.id,
      "aria-label": name,
    });
    // The two fields show one value: each writes it to the other as it moves, and to the setup.
    const set = (raw: string, other: HTMLInputElement) => {
      other.value = raw;
      changed({ openness: { ...current.openness, [p.id]: raw.trim() === "" ? Number.NaN : Number(raw) } });
    };
    slider.addEventListener("input", () => set(slider.value, number));
    number.addEventListener("change", () => set(number.value, slider));
    people.append(
      el("div", { class: "try-person" }, el("label", { for: slider.id, text: p.name }), slider, number),
    );
  });

  const playBeat = el("button", { type: "submit", class: "try-play-beat", text: word(lang, "playBeat") });
  const playAll = el("button", { type: "button", class: "try-play-all", text: word(lang, "playAll") });
  playAll.addEventListener("click", () => on.playAll());
  const form = el(
    "form",
    // The engine checks the state and says what is wrong in the studio's language, not the browser.
    { class: "try-setup", novalidate: true },
    el("div", { class: "try-field" }, el("label", { for: role.id, text: word(lang, "role") }), role),
    el("div", { class: "try-field" }, el("label", { for: beat.id, text: word(lang, "beat") }), beat),
    phase,
    el("fieldset", { class: "try-state" }, el("legend", { text: word(lang, "state") }), flagSet, people),
    el("div", { class: "try-buttons" }, playBeat, playAll),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    on.playBeat();
  });
  return form;
}
