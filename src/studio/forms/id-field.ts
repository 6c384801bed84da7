// An id field: changing it renames the id and every reference to it (model/rename-id.ts) in one undo
// step; a name that is taken or not an id is refused with a message and the old name stays.
import { el } from "../../ui/dom.ts";
import { getAt, setAt } from "../model/edit.ts";
import { type IdKind, renameId } from "../model/rename-id.ts";
import type { DocPath } from "../panel-host.ts";
import { type FormCtx, pathKey } from "./fields.ts";
import { f } from "./form-words.ts";

export function idField(
  ctx: FormCtx,
  path: DocPath,
  kind: IdKind,
  label: string,
  beat?: string,
): HTMLElement {
  const lang = ctx.host.lang;
  const v = getAt(ctx.host.doc.get(), path);
  const old = typeof v === "string" ? v : "";
  const input = el("input", {
    type: "text",
    id: ctx.uid(path),
    value: old,
    spellcheck: "false",
    autocomplete: "off",
  });
  const message = el("span", { class: "field-error", id: `${input.id}-error`, role: "alert" });
  input.setAttribute("aria-describedby", message.id);
  input.dataset.path = pathKey(path);
  input.dataset.committed = old;
  input.addEventListener("focus", () => ctx.host.select(path));
  input.addEventListener("change", () => {
    const to = input.value.trim();
    const doc = ctx.host.doc.get();
    // An id that was never there (a new line's optional id) is simply set.
    const r =
      old === ""
        ? { ok: true as const, doc: setAt(doc, path, to || undefined) }
        : renameId(doc, kind, old, to, beat);
    if (!r.ok) {
      message.textContent = f(lang, r.reason === "taken" ? "idTaken" : "idInvalid", { id: to });
      input.value = old;
      input.dataset.committed = old;
      return;
    }
    message.textContent = "";
    input.dataset.committed = to;
    ctx.host.doc.set(
      r.doc,
      old ? f(lang, "renamed", { from: old, to }) : f(lang, "changed", { what: label }),
    );
  });
  return el("div", { class: "field" }, el("label", { for: input.id, text: label }), input, message);
}
