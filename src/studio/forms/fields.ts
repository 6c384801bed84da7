// Labelled fields bound to a place in the document. A field commits its value when it is left (change),
// as one undo step named after the field; while it is being typed in, the document does not move under
// the author. Every field carries its JSON path (data-path) so focus comes back to it after a redraw and
// the live checks can point at it. Values go in through .value, never as HTML.
import { el } from "../../ui/dom.ts";
import { getAt, setAt } from "../model/edit.ts";
import type { DocPath, StudioPanelHost } from "../panel-host.ts";
import { f } from "./form-words.ts";

export interface FormCtx {
  host: StudioPanelHost;
  /** Makes each field's id unique and stable across redraws. */
  uid(path: DocPath, suffix?: string): string;
}

export const pathKey = (path: DocPath) => JSON.stringify(path);

export function commit(ctx: FormCtx, path: DocPath, value: unknown, label: string): void {
  ctx.host.doc.set(setAt(ctx.host.doc.get(), path, value), label);
}

function wire<T extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
  ctx: FormCtx,
  input: T,
  path: DocPath,
  label: string,
  read: (input: T) => unknown,
): T {
  input.dataset.path = pathKey(path);
  input.dataset.committed = input.value;
  input.addEventListener("change", () => {
    input.dataset.committed = input.value;
    commit(ctx, path, read(input), f(ctx.host.lang, "changed", { what: label }));
  });
  input.addEventListener("focus", () => ctx.host.select(path));
  return input;
}

function field(
  _ctx: FormCtx,
  _path: DocPath,
  label: string,
  control: HTMLElement,
  hint?: string,
): HTMLElement {
  const id = control.id;
  const hintEl = hint ? el("span", { class: "hint", id: `${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return el("div", { class: "field" }, el("label", { for: id, text: label }), control, hintEl);
}

/** A one-line text; empty removes the field when `optional`. */
export function textField(
  ctx: FormCtx,
  path: DocPath,
  label: string,
  opts: { optional?: boolean; hint?: string } = {},
): HTMLElement {
  const v = getAt(ctx.host.doc.get(), path);
  const input = el("input", { type: "text", id: ctx.uid(path), value: typeof v === "string" ? v : "" });
  wire(ctx, input, path, label, (i) => (i.value === "" && opts.optional ? undefined : i.value));
  return field(ctx, path, label, input, opts.hint);
}

export function numberField(
  ctx: FormCtx,
  path: DocPath,
  label: string,
  opts: { optional?: boolean; min?: number; max?: number; step?: number; hint?: string } = {},
): HTMLElement {
  const v = getAt(ctx.host.doc.get(), path);
  const input = el("input", {
    type: "number",
    id: ctx.uid(path),
    value: typeof v === "number" ? v : "",
    min: opts.min,
    max: opts.max,
    step: opts.step ?? 1,
  });
  wire(ctx, input, path, label, (i) => {
    if (i.value.trim() === "") return opts.optional ? undefined : 0;
    const n = Number(i.value);
    return Number.isFinite(n) ? n : i.value;
  });
  return field(ctx, path, label, input, opts.hint);
}

/** A list of ids as words separated by commas; empty removes the field. */
export function listField(
  ctx: FormCtx,
  path: DocPath,
  label: string,
  opts: { hint?: string } = {},
): HTMLElement {
  const v = getAt(ctx.host.doc.get(), path);
  const shown = Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : "";
  const input = el("input", { type: "text", id: ctx.uid(path), value: shown, spellcheck: "false" });
  wire(ctx, input, path, label, (i) => {
    const ids = i.value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s);
    return ids.length ? ids : undefined;
  });
  return field(ctx, path, label, input, opts.hint);
}

export interface Option {
  value: string;
  text: string;
}

/** A choice from a list; with `none`, an empty first option removes the field. */
export function selectField(
  ctx: FormCtx,
  path: DocPath,
  label: string,
  options: Option[],
  opts: { none?: string; hint?: string; onCommit?: (value: string) => void } = {},
): HTMLElement {
  const v = getAt(ctx.host.doc.get(), path);
  const current = typeof v === "string" ? v : "";
  const select = el("select", { id: ctx.uid(path) });
  if (opts.none !== undefined) select.append(el("option", { value: "", text: opts.none }));
  // A required field that is still empty shows as empty, not as the first option (which it is not).
  else if (current === "")
    select.append(el("option", { value: "", text: "—", selected: true, disabled: true }));
  // A value the list does not know (a broken reference) stays visible, so nothing changes unseen.
  const all =
    current && !options.some((o) => o.value === current)
      ? [{ value: current, text: `${current} (?)` }, ...options]
      : options;
  for (const o of all)
    select.append(el("option", { value: o.value, text: o.text, selected: o.value === current }));
  wire(ctx, select, path, label, (s) => (s.value === "" && opts.none !== undefined ? undefined : s.value));
  return field(ctx, path, label, select, opts.hint);
}

/** A yes/no field; `onlyTrue` writes `true` or leaves the field out (as `direction` and `end` want). */
export function checkField(
  ctx: FormCtx,
  path: DocPath,
  label: string,
  opts: { onlyTrue?: boolean } = {},
): HTMLElement {
  const v = getAt(ctx.host.doc.get(), path);
  const input = el("input", { type: "checkbox", id: ctx.uid(path), checked: v === true });
  input.dataset.path = pathKey(path);
  input.addEventListener("change", () =>
    commit(
      ctx,
      path,
      input.checked ? true : opts.onlyTrue ? undefined : false,
      f(ctx.host.lang, "changed", { what: label }),
    ),
  );
  input.addEventListener("focus", () => ctx.host.select(path));
  return el("div", { class: "field check" }, input, el("label", { for: input.id, text: label }));
}

/** A text in both languages, side by side: `{ nl, en }`. An empty language is left out of the file. */
export function textPair(
  ctx: FormCtx,
  path: DocPath,
  label: string,
  opts: { optional?: boolean; rows?: number } = {},
): HTMLElement {
  const lang = ctx.host.lang;
  const box = el("fieldset", { class: "text-pair" }, el("legend", { text: label }));
  for (const l of ["nl", "en"] as const) {
    const p = [...path, l];
    const v = getAt(ctx.host.doc.get(), p);
    const area = el("textarea", { id: ctx.uid(p), rows: opts.rows ?? 2 });
    area.value = typeof v === "string" ? v : "";
    area.dataset.path = pathKey(p);
    area.dataset.committed = area.value;
    const what = `${label} (${f(lang, l === "nl" ? "dutch" : "english")})`;
    area.addEventListener("change", () => {
      area.dataset.committed = area.value;
      const doc = ctx.host.doc.get();
      const text = getAt(doc, path);
      const next: Record<string, string> =
        text && typeof text === "object" ? { ...(text as Record<string, string>) } : {};
      if (area.value === "") delete next[l];
      else next[l] = area.value;
      const empty = Object.keys(next).length === 0;
      ctx.host.doc.set(
        setAt(doc, path, empty && opts.optional ? undefined : next),
        f(lang, "changed", { what }),
      );
    });
    area.addEventListener("focus", () => ctx.host.select(p));
    box.append(
      el(
        "div",
        { class: "field" },
        el("label", { for: area.id, text: f(lang, l === "nl" ? "dutch" : "english") }),
        area,
      ),
    );
  }
  return box;
}

/** A small button with a visible text and a full name for screen readers. */
export function action(
  text: string,
  name: string,
  on: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const b = el("button", { type: "button", class: "small", text, "aria-label": name, ...attrs });
  b.addEventListener("click", on);
  return b;
}
