// The parts of a scenario above the beats, as forms: what it is (meta), the roles a trainee can play,
// the cast, and the phases with the team's prepared questions.

import { PERSONAS, PHASE_KINDS } from "../../engine/format/schema.ts";
import { ROLES, type Role, rulesOfRole } from "../../engine/rules/catalog.ts";
import { el } from "../../ui/dom.ts";
import { getAt, insertAt, moveItem } from "../model/edit.ts";
import { freshId } from "../model/ids.ts";
import { idsOf } from "../model/rename-id.ts";
import type { DocPath } from "../panel-host.ts";
import { action, commit, type FormCtx, numberField, selectField, textField, textPair } from "./fields.ts";
import { f } from "./form-words.ts";
import { idField } from "./id-field.ts";
import { beatOptions } from "./logic-form.ts";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const section = (id: string, title: string, ...children: (HTMLElement | null)[]) =>
  el("section", { class: "form-section", "aria-labelledby": id }, el("h2", { id, text: title }), ...children);

function tools(ctx: FormCtx, listPath: DocPath, i: number, name: string): HTMLElement {
  const lang = ctx.host.lang;
  return el(
    "div",
    { class: "item-tools" },
    action("↑", f(lang, "moveUp", { what: name }), () =>
      ctx.host.doc.set(moveItem(ctx.host.doc.get(), listPath, i, -1), f(lang, "moveUp", { what: name })),
    ),
    action("↓", f(lang, "moveDown", { what: name }), () =>
      ctx.host.doc.set(moveItem(ctx.host.doc.get(), listPath, i, 1), f(lang, "moveDown", { what: name })),
    ),
    action(f(lang, "remove"), f(lang, "removeWhat", { what: name }), () =>
      commit(ctx, [...listPath, i], undefined, f(lang, "removeWhat", { what: name })),
    ),
  );
}

export function metaForm(ctx: FormCtx): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const langs = list(getAt(doc, ["languages"]));
  const langSelect = el("select", { id: ctx.uid(["languages"]) });
  langSelect.dataset.path = JSON.stringify(["languages"]);
  for (const [value, text] of [
    ["nl,en", f(lang, "langsBoth")],
    ["nl", f(lang, "langsNl")],
  ])
    langSelect.append(el("option", { value, text, selected: langs.join(",") === value }));
  langSelect.addEventListener("change", () =>
    commit(
      ctx,
      ["languages"],
      langSelect.value.split(","),
      f(lang, "changed", { what: f(lang, "languages") }),
    ),
  );
  return section(
    "meta-title",
    f(lang, "meta"),
    textField(ctx, ["id"], f(lang, "scenarioId"), { hint: f(lang, "idHint") }),
    textPair(ctx, ["title"], f(lang, "scenarioTitle"), { rows: 1 }),
    textPair(ctx, ["summary"], f(lang, "summary"), { rows: 3 }),
    el(
      "div",
      { class: "field" },
      el("label", { for: langSelect.id, text: f(lang, "languages") }),
      langSelect,
    ),
    selectField(
      ctx,
      ["context"],
      f(lang, "context"),
      ["district-team", "neonatal-ward", "court", "company", "online", "other"].map((c) => ({
        value: c,
        text: f(lang, `context_${c}`),
      })),
    ),
    selectField(
      ctx,
      ["setting", "mode"],
      f(lang, "mode"),
      ["in-person", "online", "hybrid"].map((m) => ({ value: m, text: f(lang, `mode_${m}`) })),
    ),
    numberField(ctx, ["durationMinutes"], f(lang, "duration"), { min: 5, max: 240 }),
    selectField(ctx, ["start"], f(lang, "startBeat"), beatOptions(doc)),
  );
}

export function rolesForm(ctx: FormCtx): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const parts: HTMLElement[] = [];
  for (const role of ROLES) {
    const p: DocPath = ["roles", role];
    const setup = getAt(doc, p);
    const name = f(lang, `role_${role}`);
    const box = el("fieldset", { class: "role-setup", "data-role": role }, el("legend", { text: name }));
    if (setup === undefined) {
      box.append(
        action(f(lang, "addRole"), f(lang, "addRoleWhat", { role: name }), () =>
          commit(
            ctx,
            p,
            {
              briefing: { nl: f("nl", "newBriefing"), en: f("en", "newBriefing") },
              keyRules: [rulesOfRole(role)[0]?.id],
            },
            f(lang, "addRoleWhat", { role: name }),
          ),
        ),
      );
      parts.push(box);
      continue;
    }
    box.append(textPair(ctx, [...p, "briefing"], f(lang, "briefing"), { rows: 3 }), keyRules(ctx, role));
    if (role === "listener") {
      const seats = list(getAt(doc, ["cast", "listeners"]))
        .map((l) => String(obj(l).id ?? ""))
        .map((id) => ({ value: id, text: id }));
      box.append(selectField(ctx, [...p, "seat"], f(lang, "seat"), seats, { none: "—" }));
    }
    box.append(
      selectField(ctx, [...p, "start"], f(lang, "roleStart"), beatOptions(doc), {
        none: f(lang, "sameStart"),
      }),
      action(f(lang, "removeRole"), f(lang, "removeWhat", { what: name }), () =>
        commit(ctx, p, undefined, f(lang, "removeWhat", { what: name })),
      ),
    );
    parts.push(box);
  }
  return section("roles-title", f(lang, "roles"), ...parts);
}

function keyRules(ctx: FormCtx, role: Role): HTMLElement {
  const lang = ctx.host.lang;
  const path: DocPath = ["roles", role, "keyRules"];
  const chosen = list(getAt(ctx.host.doc.get(), path)).map(String);
  const box = el("fieldset", { class: "key-rules" }, el("legend", { text: f(lang, "keyRules") }));
  for (const rule of rulesOfRole(role)) {
    const id = ctx.uid([...path, rule.id]);
    const input = el("input", { type: "checkbox", id, checked: chosen.includes(rule.id) });
    input.dataset.path = JSON.stringify([...path, rule.id]);
    input.addEventListener("change", () => {
      const next = rulesOfRole(role)
        .map((r) => r.id)
        .filter((r) => (r === rule.id ? input.checked : chosen.includes(r)));
      commit(ctx, path, next, f(lang, "changed", { what: f(lang, "keyRules") }));
    });
    box.append(
      el(
        "div",
        { class: "check" },
        input,
        el("label", { for: id, text: `${rule.id} · ${rule.title[lang]}` }),
        el("span", { class: "hint", text: rule.means[lang] }),
      ),
    );
  }
  return box;
}

function personForm(ctx: FormCtx, p: DocPath, legend: string, participant: boolean): HTMLElement {
  const lang = ctx.host.lang;
  const box = el("fieldset", { class: "person item" }, el("legend", { text: legend }));
  box.append(
    idField(ctx, [...p, "id"], "person", f(lang, "personId")),
    textField(ctx, [...p, "name"], f(lang, "name")),
    textPair(ctx, [...p, "role"], f(lang, "personRole"), { optional: true, rows: 1 }),
  );
  if (participant)
    box.append(
      selectField(
        ctx,
        [...p, "persona"],
        f(lang, "persona"),
        PERSONAS.map((x) => ({ value: x, text: f(lang, `persona_${x}`) })),
      ),
      textPair(ctx, [...p, "description"], f(lang, "description"), { rows: 2 }),
      numberField(ctx, [...p, "openness"], f(lang, "openness"), {
        min: 0,
        max: 100,
        hint: f(lang, "opennessHint"),
      }),
      numberField(ctx, [...p, "trust"], f(lang, "trust"), { min: 0, max: 100 }),
    );
  return box;
}

export function castForm(ctx: FormCtx): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const people = idsOf(doc, "person");
  const participants = list(getAt(doc, ["cast", "participants"]));
  const listeners = list(getAt(doc, ["cast", "listeners"]));
  const part = el("div", { class: "people" });
  participants.forEach((_, i) => {
    const name = `${f(lang, "participant")} ${i + 1}`;
    const box = personForm(ctx, ["cast", "participants", i], name, true);
    box.append(tools(ctx, ["cast", "participants"], i, name));
    part.append(box);
  });
  const lis = el("div", { class: "people" });
  listeners.forEach((_, i) => {
    const name = `${f(lang, "listener")} ${i + 1}`;
    const box = personForm(ctx, ["cast", "listeners", i], name, false);
    box.append(tools(ctx, ["cast", "listeners"], i, name));
    lis.append(box);
  });
  const organiser = getAt(doc, ["cast", "organiser"]);
  return section(
    "cast-title",
    f(lang, "cast"),
    personForm(ctx, ["cast", "facilitator"], f(lang, "role_facilitator"), false),
    organiser === undefined
      ? action(f(lang, "addOrganiser"), f(lang, "addOrganiser"), () =>
          commit(
            ctx,
            ["cast", "organiser"],
            { id: freshId("organisator", people), name: f(lang, "role_organiser") },
            f(lang, "addOrganiser"),
          ),
        )
      : personForm(ctx, ["cast", "organiser"], f(lang, "role_organiser"), false),
    el("h3", { text: f(lang, "participants") }),
    part,
    action(f(lang, "addParticipant"), f(lang, "addParticipant"), () => {
      const d = ctx.host.doc.get();
      const id = freshId("deelnemer", idsOf(d, "person"));
      ctx.host.doc.set(
        insertAt(d, ["cast", "participants"], {
          id,
          name: id,
          persona: "mixed",
          description: { nl: f("nl", "newDescription"), en: f("en", "newDescription") },
          openness: 50,
          trust: 50,
        }),
        f(lang, "addParticipant"),
      );
    }),
    el("h3", { text: f(lang, "listeners") }),
    lis,
    action(f(lang, "addListener"), f(lang, "addListener"), () => {
      const d = ctx.host.doc.get();
      const id = freshId("toehoorder", idsOf(d, "person"));
      ctx.host.doc.set(insertAt(d, ["cast", "listeners"], { id, name: id }), f(lang, "addListener"));
    }),
  );
}

export function phasesForm(ctx: FormCtx): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const phases = el("div", { class: "phases" });
  list(getAt(doc, ["phases"])).forEach((_, i) => {
    const p: DocPath = ["phases", i];
    const name = `${f(lang, "phase")} ${i + 1}`;
    phases.append(
      el(
        "fieldset",
        { class: "phase item" },
        el("legend", { text: name }),
        idField(ctx, [...p, "id"], "phase", f(lang, "phaseId")),
        selectField(
          ctx,
          [...p, "kind"],
          f(lang, "phaseKind"),
          PHASE_KINDS.map((k) => ({ value: k, text: f(lang, `phase_${k}`) })),
        ),
        textPair(ctx, [...p, "title"], f(lang, "phaseTitle"), { rows: 1 }),
        numberField(ctx, [...p, "plannedMinutes"], f(lang, "plannedMinutes"), { min: 0, max: 240 }),
        tools(ctx, ["phases"], i, name),
      ),
    );
  });
  const questions = el("div", { class: "questions" });
  list(getAt(doc, ["preparedQuestions"])).forEach((_, i) => {
    const p: DocPath = ["preparedQuestions", i];
    const name = `${f(lang, "question")} ${i + 1}`;
    questions.append(
      el(
        "fieldset",
        { class: "question item" },
        el("legend", { text: name }),
        idField(ctx, [...p, "id"], "question", f(lang, "questionId")),
        textPair(ctx, [...p, "text"], f(lang, "questionText")),
        tools(ctx, ["preparedQuestions"], i, name),
      ),
    );
  });
  return section(
    "phases-title",
    f(lang, "phases"),
    phases,
    action(f(lang, "addPhase"), f(lang, "addPhase"), () => {
      const d = ctx.host.doc.get();
      const id = freshId("fase", idsOf(d, "phase"));
      ctx.host.doc.set(
        insertAt(d, ["phases"], { id, kind: "free-round", title: { nl: id, en: id }, plannedMinutes: 10 }),
        f(lang, "addPhase"),
      );
    }),
    el("h3", { text: f(lang, "questions") }),
    questions,
    action(f(lang, "addQuestion"), f(lang, "addQuestion"), () => {
      const d = ctx.host.doc.get();
      const id = freshId("vraag", idsOf(d, "question"));
      ctx.host.doc.set(
        insertAt(d, ["preparedQuestions"], {
          id,
          text: { nl: f("nl", "newQuestion"), en: f("en", "newQuestion") },
        }),
        f(lang, "addQuestion"),
      );
    }),
  );
}
