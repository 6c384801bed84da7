// One beat as a form: its place (id, phase, roles, minutes, event), its lines, each role's move with
// its choices, and where play goes next. Lists (lines, choices, verdicts, effects) can be added to,
// reordered and removed; every change is one undo step.

import { BEAT_EVENTS, EMOTIONS, LINE_TONES, UTTERANCE_LABELS } from "../../engine/format/schema.ts";
import { ROLES, type Role, ruleInfo, rulesOfRole } from "../../engine/rules/catalog.ts";
import { el } from "../../ui/dom.ts";
import { getAt, insertAt, moveItem } from "../model/edit.ts";
import { freshId } from "../model/ids.ts";
import { idsOf } from "../model/rename-id.ts";
import type { DocPath, StudioLang } from "../panel-host.ts";
import {
  action,
  checkField,
  commit,
  type FormCtx,
  listField,
  numberField,
  type Option,
  selectField,
  textField,
  textPair,
} from "./fields.ts";
import { f } from "./form-words.ts";
import { idField } from "./id-field.ts";
import { conditionForm, nextForm, participantOptions } from "./logic-form.ts";

const plain = (xs: readonly string[]): Option[] => xs.map((x) => ({ value: x, text: x }));

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Up, down and remove for item `i` of the list at `listPath`. */
function itemTools(ctx: FormCtx, listPath: DocPath, i: number, name: string): HTMLElement {
  const lang = ctx.host.lang;
  const doc = () => ctx.host.doc.get();
  return el(
    "div",
    { class: "item-tools" },
    action("↑", f(lang, "moveUp", { what: name }), () =>
      ctx.host.doc.set(moveItem(doc(), listPath, i, -1), f(lang, "moveUp", { what: name })),
    ),
    action("↓", f(lang, "moveDown", { what: name }), () =>
      ctx.host.doc.set(moveItem(doc(), listPath, i, 1), f(lang, "moveDown", { what: name })),
    ),
    action(f(lang, "remove"), f(lang, "removeWhat", { what: name }), () =>
      commit(ctx, [...listPath, i], undefined, f(lang, "removeWhat", { what: name })),
    ),
  );
}

export function speakerOptions(doc: unknown, lang: StudioLang): Option[] {
  const cast = obj(getAt(doc, ["cast"]));
  const people: Option[] = [];
  for (const key of ["facilitator", "organiser"]) {
    const p = obj(cast[key]);
    if (typeof p.id === "string") people.push({ value: p.id, text: `${p.name ?? p.id} (${p.id})` });
  }
  for (const key of ["participants", "listeners"])
    for (const p of list(cast[key]).map(obj))
      if (typeof p.id === "string") people.push({ value: p.id, text: `${p.name ?? p.id} (${p.id})` });
  return [
    ...people,
    { value: "facilitator", text: f(lang, "whoeverFacilitates") },
    { value: "organiser", text: f(lang, "whoeverOrganises") },
    { value: "trainee", text: f(lang, "trainee") },
  ];
}

export function linesForm(ctx: FormCtx, path: DocPath, title: string): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const lines = list(getAt(doc, path));
  const box = el("fieldset", { class: "lines" }, el("legend", { text: title }));
  lines.forEach((_, i) => {
    const p = [...path, i];
    const name = `${f(lang, "line")} ${i + 1}`;
    const isDirection = getAt(doc, [...p, "direction"]) === true;
    box.append(
      el(
        "fieldset",
        { class: "line item", "data-item": JSON.stringify(p) },
        el("legend", { text: name }),
        selectField(ctx, [...p, "speaker"], f(lang, "speaker"), speakerOptions(doc, lang)),
        textPair(ctx, [...p, "text"], f(lang, isDirection ? "directionText" : "lineText")),
        checkField(ctx, [...p, "direction"], f(lang, "isDirection"), { onlyTrue: true }),
        isDirection ? null : idField(ctx, [...p, "id"], "line", f(lang, "lineId")),
        selectField(ctx, [...p, "emotion"], f(lang, "emotion"), plain(EMOTIONS), { none: "—" }),
        selectField(ctx, [...p, "tone"], f(lang, "tone"), plain(LINE_TONES), { none: "—" }),
        el(
          "details",
          {},
          el("summary", { text: f(lang, "lineWhen") }),
          conditionForm(ctx, [...p, "when"], f(lang, "lineWhen")),
        ),
        itemTools(ctx, path, i, name),
      ),
    );
  });
  const speaker = speakerOptions(doc, lang)[0]?.value ?? "facilitator";
  box.append(
    action(
      f(lang, "addLine"),
      `${f(lang, "addLine")}: ${title}`,
      () =>
        ctx.host.doc.set(
          insertAt(ctx.host.doc.get(), path, {
            speaker,
            text: { nl: f("nl", "newLine"), en: f("en", "newLine") },
          }),
          f(lang, "addLine"),
        ),
      { class: "small add-line" },
    ),
  );
  return box;
}

function verdictsForm(ctx: FormCtx, path: DocPath, role: Role): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const rules = rulesOfRole(role);
  const box = el("fieldset", { class: "verdicts" }, el("legend", { text: f(lang, "verdicts") }));
  list(getAt(doc, path)).forEach((v, i) => {
    const p = [...path, i];
    const name = `${f(lang, "verdict")} ${i + 1}`;
    const rule = ruleInfo(String(obj(v).rule ?? ""));
    box.append(
      el(
        "fieldset",
        { class: "verdict item" },
        el("legend", { text: name }),
        el(
          "div",
          { class: "rule-row" },
          selectField(
            ctx,
            [...p, "rule"],
            f(lang, "rule"),
            rules.map((r) => ({ value: r.id, text: `${r.id} · ${r.title[lang]}` })),
          ),
          // What the rule asks, beside the choice of rule, so the trainer picks by meaning, not by code.
          el("p", { class: "rule-means", text: rule ? rule.means[lang] : "" }),
        ),
        selectField(
          ctx,
          [...p, "kind"],
          f(lang, "verdictKind"),
          ["good", "breach", "missed"].map((k) => ({ value: k, text: f(lang, `kind_${k}`) })),
        ),
        numberField(ctx, [...p, "weight"], f(lang, "weight"), { optional: true, min: 1, max: 5 }),
        textPair(ctx, [...p, "why"], f(lang, "why")),
        textPair(ctx, [...p, "better"], f(lang, "better"), { optional: true }),
        itemTools(ctx, path, i, name),
      ),
    );
  });
  const first = rules[0]?.id ?? "";
  box.append(
    action(f(lang, "addVerdict"), f(lang, "addVerdict"), () =>
      ctx.host.doc.set(
        insertAt(ctx.host.doc.get(), path, {
          rule: first,
          kind: "good",
          weight: 1,
          why: { nl: f("nl", "newWhy"), en: f("en", "newWhy") },
        }),
        f(lang, "addVerdict"),
      ),
    ),
  );
  return box;
}

const EFFECTS = ["openness", "trust", "setFlag", "clearFlag", "note"] as const;
type EffectKind = (typeof EFFECTS)[number];

function effectsForm(ctx: FormCtx, path: DocPath): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const box = el("fieldset", { class: "effects" }, el("legend", { text: f(lang, "effects") }));
  const lineIds = [...idsOf(doc, "line")].map((id) => ({ value: id, text: id }));
  const fresh = (k: EffectKind): unknown =>
    k === "openness" || k === "trust"
      ? { [k]: { who: "speaker", by: 10 } }
      : k === "note"
        ? { note: { line: lineIds[0]?.value ?? "", tag: "negative" } }
        : { [k]: "vlag" };
  list(getAt(doc, path)).forEach((e, i) => {
    const p = [...path, i];
    const name = `${f(lang, "effect")} ${i + 1}`;
    const kind = Object.keys(obj(e))[0] as EffectKind | undefined;
    const select = el("select", { id: ctx.uid(p, "kind") });
    select.dataset.path = JSON.stringify([...p, "kind"]);
    for (const k of EFFECTS)
      select.append(el("option", { value: k, text: f(lang, `effect_${k}`), selected: k === kind }));
    select.addEventListener("change", () =>
      commit(ctx, p, fresh(select.value as EffectKind), f(lang, "changed", { what: name })),
    );
    const item = el(
      "fieldset",
      { class: "effect item" },
      el("legend", { text: name }),
      el("div", { class: "field" }, el("label", { for: select.id, text: f(lang, "effectKind") }), select),
    );
    if (kind === "openness" || kind === "trust")
      item.append(
        selectField(
          ctx,
          [...p, kind, "who"],
          f(lang, "who"),
          participantOptions(doc, [
            { value: "speaker", text: f(lang, "lastSpeaker") },
            { value: "all", text: f(lang, "everyone") },
          ]),
        ),
        numberField(ctx, [...p, kind, "by"], f(lang, "by"), { min: -100, max: 100 }),
      );
    else if (kind === "setFlag" || kind === "clearFlag")
      item.append(textField(ctx, [...p, kind], f(lang, "flag")));
    else if (kind === "note")
      item.append(
        selectField(ctx, [...p, "note", "line"], f(lang, "line"), lineIds),
        selectField(
          ctx,
          [...p, "note", "tag"],
          f(lang, "tag"),
          ["positive", "negative", "idea"].map((t) => ({ value: t, text: f(lang, `tag_${t}`) })),
        ),
      );
    item.append(itemTools(ctx, path, i, name));
    box.append(item);
  });
  box.append(
    action(f(lang, "addEffect"), f(lang, "addEffect"), () =>
      ctx.host.doc.set(insertAt(ctx.host.doc.get(), path, fresh("openness")), f(lang, "addEffect")),
    ),
  );
  return box;
}

function choiceForm(ctx: FormCtx, movePath: DocPath, i: number, role: Role, beatId: string): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const p = [...movePath, "choices", i];
  const name = `${f(lang, "choice")} ${i + 1}`;
  const questions = list(getAt(doc, ["preparedQuestions"]))
    .map((q) => String(obj(q).id ?? ""))
    .map((id) => ({ value: id, text: id }));
  const kind = getAt(doc, [...movePath, "kind"]);
  return el(
    "fieldset",
    { class: "choice item", "data-item": JSON.stringify(p) },
    el("legend", { text: name }),
    idField(ctx, [...p, "id"], "choice", f(lang, "choiceId"), beatId),
    textPair(ctx, [...p, "text"], f(lang, "choiceText")),
    textPair(ctx, [...p, "say"], f(lang, "say"), { optional: true }),
    textPair(ctx, [...p, "do"], f(lang, "do"), { optional: true }),
    selectField(ctx, [...p, "label"], f(lang, "label"), plain(UTTERANCE_LABELS), { none: "—" }),
    verdictsForm(ctx, [...p, "verdicts"], role),
    effectsForm(ctx, [...p, "effects"]),
    linesForm(ctx, [...p, "lines"], f(lang, "choiceLines")),
    numberField(ctx, [...p, "minutes"], f(lang, "extraMinutes"), { optional: true, min: 0, max: 60 }),
    kind === "pick" ? null : nextForm(ctx, [...p, "next"], f(lang, "choiceNext"), f(lang, "asBeat")),
    questions.length
      ? selectField(ctx, [...p, "preparedQuestion"], f(lang, "preparedQuestion"), questions, { none: "—" })
      : null,
    itemTools(ctx, [...movePath, "choices"], i, name),
  );
}

function moveForm(ctx: FormCtx, beatPath: DocPath, role: Role, beatId: string): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const p = [...beatPath, "moves", role];
  const move = getAt(doc, p);
  const title = f(lang, "moveOf", { role: f(lang, `role_${role}`) });
  const box = el("fieldset", { class: "move", "data-role": role }, el("legend", { text: title }));
  if (move === undefined) {
    box.append(
      action(
        f(lang, "addMove"),
        f(lang, "addMoveFor", { role: f(lang, `role_${role}`) }),
        () => {
          const id = "keuze-1";
          commit(
            ctx,
            p,
            {
              kind: "choose",
              prompt: { nl: f("nl", "newPrompt"), en: f("en", "newPrompt") },
              choices: [{ id, text: { nl: f("nl", "newChoice"), en: f("en", "newChoice") } }],
            },
            f(lang, "addMoveFor", { role: f(lang, `role_${role}`) }),
          );
        },
        { class: "small add-move", "data-role": role },
      ),
    );
    return box;
  }
  const kind = getAt(doc, [...p, "kind"]);
  const choices = list(getAt(doc, [...p, "choices"]));
  const choiceIds = choices.map((c) => String(obj(c).id ?? "")).map((id) => ({ value: id, text: id }));
  const fields: (HTMLElement | null)[] = [
    selectField(
      ctx,
      [...p, "kind"],
      f(lang, "moveKind"),
      ["choose", "urge", "pick"].map((k) => ({ value: k, text: f(lang, `move_${k}`) })),
    ),
    textPair(ctx, [...p, "prompt"], f(lang, "prompt")),
    kind === "pick"
      ? listField(ctx, [...p, "npc"], f(lang, "npcPick"), { hint: f(lang, "npcPickHint") })
      : selectField(ctx, [...p, "npc"], f(lang, "npc"), choiceIds, { none: "—", hint: f(lang, "npcHint") }),
    kind === "urge" ? selectField(ctx, [...p, "onTimeout"], f(lang, "onTimeout"), choiceIds) : null,
    kind === "urge"
      ? numberField(ctx, [...p, "windowSeconds"], f(lang, "windowSeconds"), {
          optional: true,
          min: 1,
          max: 30,
        })
      : null,
    kind === "pick"
      ? numberField(ctx, [...p, "min"], f(lang, "min"), { optional: true, min: 0, max: 12 })
      : null,
    kind === "pick"
      ? numberField(ctx, [...p, "max"], f(lang, "max"), { optional: true, min: 1, max: 12 })
      : null,
    selectField(ctx, [...p, "order"], f(lang, "order"), [{ value: "fixed", text: f(lang, "fixed") }], {
      none: f(lang, "shuffled"),
    }),
  ];
  for (const field of fields) if (field) box.append(field);
  choices.forEach((_, i) => box.append(choiceForm(ctx, p, i, role, beatId)));
  box.append(
    action(
      f(lang, "addChoice"),
      `${f(lang, "addChoice")}: ${title}`,
      () => {
        const d = ctx.host.doc.get();
        const id = freshId("keuze", idsOf(d, "choice", beatId));
        ctx.host.doc.set(
          insertAt(d, [...p, "choices"], {
            id,
            text: { nl: f("nl", "newChoice"), en: f("en", "newChoice") },
          }),
          f(lang, "addChoice"),
        );
      },
      { class: "small add-choice", "data-role": role },
    ),
    action(f(lang, "removeMove"), f(lang, "removeWhat", { what: title }), () =>
      commit(ctx, p, undefined, f(lang, "removeWhat", { what: title })),
    ),
  );
  return box;
}

export function beatForm(ctx: FormCtx, index: number): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const p: DocPath = ["beats", index];
  const beat = obj(getAt(doc, p));
  const beatId = String(beat.id ?? "");
  const phases = list(getAt(doc, ["phases"])).map((ph) => {
    const o = obj(ph);
    return { value: String(o.id ?? ""), text: `${obj(o.title)[lang] ?? obj(o.title).nl ?? ""} (${o.id})` };
  });
  const playable = ROLES.filter((r) => getAt(doc, ["roles", r]) !== undefined);
  const roleBoxes = el("fieldset", { class: "beat-roles" }, el("legend", { text: f(lang, "beatRoles") }));
  const only = list(beat.roles).map(String);
  for (const r of ROLES) {
    const box = el("input", {
      type: "checkbox",
      id: ctx.uid([...p, "roles", r]),
      checked: only.length === 0 || only.includes(r),
    });
    box.dataset.path = JSON.stringify([...p, "roles", r]);
    box.addEventListener("change", () => {
      const now = new Set(only.length ? only : ROLES);
      if (box.checked) now.add(r);
      else now.delete(r);
      const next = ROLES.filter((x) => now.has(x));
      commit(
        ctx,
        [...p, "roles"],
        next.length === ROLES.length ? undefined : next,
        f(lang, "changed", { what: f(lang, "beatRoles") }),
      );
    });
    roleBoxes.append(
      el("span", { class: "check" }, box, el("label", { for: box.id, text: f(lang, `role_${r}`) })),
    );
  }
  return el(
    "section",
    { class: "beat-form", "aria-labelledby": "beat-form-title" },
    el("h2", { id: "beat-form-title", text: f(lang, "beatTitle", { id: beatId }) }),
    idField(ctx, [...p, "id"], "beat", f(lang, "beatId")),
    selectField(ctx, [...p, "phase"], f(lang, "phase"), phases),
    roleBoxes,
    numberField(ctx, [...p, "minutes"], f(lang, "minutes"), {
      optional: true,
      min: 0,
      max: 60,
      hint: f(lang, "minutesHint"),
    }),
    selectField(ctx, [...p, "event"], f(lang, "event"), plain(BEAT_EVENTS), { none: "—" }),
    linesForm(ctx, [...p, "lines"], f(lang, "lines")),
    ...playable.map((r) => moveForm(ctx, p, r, beatId)),
    nextForm(ctx, [...p, "next"], f(lang, "beatNext"), f(lang, "noNext")),
    checkField(ctx, [...p, "end"], f(lang, "endsHere"), { onlyTrue: true }),
  );
}
