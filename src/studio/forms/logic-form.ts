// Conditions (when a line is spoken, where a branch goes) and where play goes next, as forms. A
// condition is one object with one key (scenario-format.md, Conditions); picking another kind replaces it
// with an empty one of that kind, and nested all/any/not are edited the same way, one level at a time.
import { el } from "../../ui/dom.ts";
import { getAt, insertAt } from "../model/edit.ts";
import { idsOf } from "../model/rename-id.ts";
import type { DocPath } from "../panel-host.ts";
import { action, commit, type FormCtx, numberField, type Option, selectField, textField } from "./fields.ts";
import { f } from "./form-words.ts";

const KINDS = ["flag", "not", "all", "any", "openness", "trust", "minutesUsed", "chose", "noted"] as const;
type Kind = (typeof KINDS)[number];

const EMPTY: Record<Kind, unknown> = {
  flag: { flag: "vlag" },
  not: { not: { flag: "vlag" } },
  all: { all: [{ flag: "vlag" }] },
  any: { any: [{ flag: "vlag" }] },
  openness: { openness: { who: "room", atLeast: 50 } },
  trust: { trust: { who: "room", atLeast: 50 } },
  minutesUsed: { minutesUsed: { atLeast: 30 } },
  chose: { chose: { beat: "", choice: "" } },
  noted: { noted: "" },
};

export const beatOptions = (doc: unknown): Option[] =>
  [...idsOf(doc, "beat")].map((id) => ({ value: id, text: id }));

export function participantOptions(doc: unknown, extra: Option[]): Option[] {
  const list = getAt(doc, ["cast", "participants"]);
  const people = Array.isArray(list) ? list : [];
  return [
    ...extra,
    ...people.map((p) => {
      const person = p as { id?: string; name?: string };
      return { value: String(person.id ?? ""), text: `${person.name ?? ""} (${person.id ?? ""})` };
    }),
  ];
}

/** The condition at `path`, which may be absent (then "always"). */
export function conditionForm(ctx: FormCtx, path: DocPath, label: string, depth = 0): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const cond = getAt(doc, path);
  const kind = cond && typeof cond === "object" ? (Object.keys(cond)[0] as Kind | undefined) : undefined;
  const box = el("fieldset", { class: "condition" }, el("legend", { text: label }));
  const select = el("select", { id: ctx.uid(path, "kind") });
  select.append(el("option", { value: "", text: f(lang, "always") }));
  for (const k of KINDS)
    select.append(el("option", { value: k, text: f(lang, `cond_${k}`), selected: k === kind }));
  select.dataset.path = JSON.stringify([...path, "kind"]);
  select.addEventListener("change", () =>
    commit(
      ctx,
      path,
      select.value ? EMPTY[select.value as Kind] : undefined,
      f(lang, "changed", { what: label }),
    ),
  );
  box.append(
    el("div", { class: "field" }, el("label", { for: select.id, text: f(lang, "conditionKind") }), select),
  );
  if (!kind) return box;
  const at = [...path, kind];
  const lineIds = [...idsOf(doc, "line")].map((id) => ({ value: id, text: id }));
  switch (kind) {
    case "flag":
      box.append(textField(ctx, at, f(lang, "flag")));
      break;
    case "noted":
      box.append(selectField(ctx, at, f(lang, "line"), lineIds));
      break;
    case "not":
      if (depth < 4) box.append(conditionForm(ctx, at, f(lang, "cond_not"), depth + 1));
      break;
    case "all":
    case "any": {
      const list = getAt(doc, at);
      const items = Array.isArray(list) ? list : [];
      items.forEach((_, i) => {
        if (depth < 4)
          box.append(conditionForm(ctx, [...at, i], `${f(lang, "condition")} ${i + 1}`, depth + 1));
        box.append(
          action(f(lang, "remove"), f(lang, "removeWhat", { what: `${f(lang, "condition")} ${i + 1}` }), () =>
            commit(
              ctx,
              [...at, i],
              undefined,
              f(lang, "removeWhat", { what: `${f(lang, "condition")} ${i + 1}` }),
            ),
          ),
        );
      });
      box.append(
        action(f(lang, "addCondition"), f(lang, "addCondition"), () =>
          ctx.host.doc.set(insertAt(ctx.host.doc.get(), at, { flag: "vlag" }), f(lang, "addCondition")),
        ),
      );
      break;
    }
    case "openness":
    case "trust":
      box.append(
        selectField(
          ctx,
          [...at, "who"],
          f(lang, "who"),
          participantOptions(doc, [{ value: "room", text: f(lang, "room") }]),
        ),
        numberField(ctx, [...at, "atLeast"], f(lang, "atLeast"), { optional: true, min: 0, max: 100 }),
        numberField(ctx, [...at, "below"], f(lang, "below"), { optional: true, min: 0, max: 100 }),
      );
      break;
    case "minutesUsed":
      box.append(
        numberField(ctx, [...at, "atLeast"], f(lang, "atLeast"), { optional: true, min: 0 }),
        numberField(ctx, [...at, "below"], f(lang, "below"), { optional: true, min: 0 }),
      );
      break;
    case "chose":
      box.append(
        selectField(ctx, [...at, "beat"], f(lang, "beat"), beatOptions(doc)),
        textField(ctx, [...at, "choice"], f(lang, "choiceId")),
      );
      break;
  }
  return box;
}

/** Where play goes next: nowhere (the beat's own), one beat, or branches tried in order. */
export function nextForm(ctx: FormCtx, path: DocPath, label: string, inherit: string): HTMLElement {
  const lang = ctx.host.lang;
  const doc = ctx.host.doc.get();
  const next = getAt(doc, path);
  const mode = next === undefined ? "" : typeof next === "string" ? "one" : "branches";
  const box = el("fieldset", { class: "next" }, el("legend", { text: label }));
  const select = el("select", { id: ctx.uid(path, "mode") });
  select.dataset.path = JSON.stringify([...path, "mode"]);
  for (const [value, text] of [
    ["", inherit],
    ["one", f(lang, "nextOne")],
    ["branches", f(lang, "nextBranches")],
  ] as const)
    select.append(el("option", { value, text, selected: value === mode }));
  const first = beatOptions(doc)[0]?.value ?? "";
  select.addEventListener("change", () => {
    const value = select.value === "one" ? first : select.value === "branches" ? [{ to: first }] : undefined;
    commit(ctx, path, value, f(lang, "changed", { what: label }));
  });
  box.append(
    el("div", { class: "field" }, el("label", { for: select.id, text: f(lang, "nextMode") }), select),
  );
  if (mode === "one") box.append(selectField(ctx, path, f(lang, "toBeat"), beatOptions(doc)));
  if (mode === "branches" && Array.isArray(next)) {
    next.forEach((_, i) => {
      const name = `${f(lang, "branch")} ${i + 1}`;
      box.append(
        el(
          "div",
          { class: "branch" },
          conditionForm(ctx, [...path, i, "when"], `${name}: ${f(lang, "when")}`),
          selectField(ctx, [...path, i, "to"], `${name}: ${f(lang, "toBeat")}`, beatOptions(doc)),
          action(f(lang, "remove"), f(lang, "removeWhat", { what: name }), () => {
            const left = (getAt(ctx.host.doc.get(), path) as unknown[]).filter((__, k) => k !== i);
            commit(ctx, path, left.length ? left : undefined, f(lang, "removeWhat", { what: name }));
          }),
        ),
      );
    });
    box.append(
      action(f(lang, "addBranch"), f(lang, "addBranch"), () =>
        ctx.host.doc.set(insertAt(ctx.host.doc.get(), path, { to: first }, 0), f(lang, "addBranch")),
      ),
    );
  }
  return box;
}
