// The 'forms' panel: a list of the scenario's parts (what it is, roles, cast, phases, and the beats
// grouped by phase) and the form of the part selected. The shared selection decides the part, so the
// graph or the checks can open a field here; a redraw after every change keeps focus on the same field.
import { el } from "../../ui/dom.ts";
import { addBeatAfter, getAt, moveItem, removeBeat } from "../model/edit.ts";
import type { DocPath, MountPanel } from "../panel-host.ts";
import { beatForm } from "./beat-form.ts";
import { type FormCtx, pathKey } from "./fields.ts";
import { f } from "./form-words.ts";
import { castForm, metaForm, phasesForm, rolesForm } from "./sections.ts";
import "./forms.css";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A control without a data-path (a button) is found again by its id, or its name and place in the form. */
function signature(e: HTMLElement): string {
  if (e.id) return `#${e.id}`;
  const name = e.getAttribute("aria-label") ?? e.textContent ?? "";
  const item = e.closest<HTMLElement>("[data-item]")?.dataset.item ?? "";
  return `${name}@${item}`;
}

type Part = "meta" | "roles" | "cast" | "phases" | number;

/** Which form a path belongs to: a beat's index, or one of the parts above the beats. */
export function partOf(path: DocPath | null): Part {
  const [head, index] = path ?? [];
  if (head === "beats" && typeof index === "number") return index;
  if (head === "roles") return "roles";
  if (head === "cast") return "cast";
  if (head === "phases" || head === "preparedQuestions") return "phases";
  return "meta";
}

const PART_PATH: Record<Exclude<Part, number>, DocPath> = {
  meta: ["id"],
  roles: ["roles"],
  cast: ["cast"],
  phases: ["phases"],
};

export const mount: MountPanel = (root, host) => {
  let part: Part = partOf(host.selection());
  let counter = 0;
  const ids = new Map<string, string>();
  const ctx: FormCtx = {
    host,
    uid(path, suffix = "") {
      const key = pathKey(path) + suffix;
      let id = ids.get(key);
      if (!id) {
        id = `ff-${++counter}`;
        ids.set(key, id);
      }
      return id;
    },
  };
  const lang = host.lang;
  const nav = el("nav", { class: "forms-nav", "aria-label": f(lang, "parts") });
  const editor = el("div", { class: "forms-editor", id: "forms-editor" });
  const status = el("p", { class: "forms-status", role: "status" });
  root.append(el("div", { class: "forms" }, nav, el("div", { class: "forms-main" }, status, editor)));

  const go = (p: Part) => {
    part = p;
    host.select(typeof p === "number" ? ["beats", p] : PART_PATH[p]);
    draw();
    (editor.querySelector("h2") as HTMLElement | null)?.focus();
  };

  function navButton(p: Part, text: string, extra: Record<string, string> = {}): HTMLElement {
    const b = el("button", {
      type: "button",
      class: "nav-item",
      text,
      "aria-current": part === p ? "true" : undefined,
      ...extra,
    });
    b.addEventListener("click", () => go(p));
    return el("li", {}, b);
  }

  function drawNav(doc: unknown): void {
    nav.replaceChildren();
    nav.append(
      el(
        "ul",
        { class: "nav-parts" },
        navButton("meta", f(lang, "meta"), { id: "forms-go-meta" }),
        navButton("roles", f(lang, "roles"), { id: "forms-go-roles" }),
        navButton("cast", f(lang, "cast"), { id: "forms-go-cast" }),
        navButton("phases", f(lang, "phases"), { id: "forms-go-phases" }),
      ),
    );
    const beats = list(getAt(doc, ["beats"])).map(obj);
    const phases = list(getAt(doc, ["phases"])).map(obj);
    // Beats grouped by their phase, in the order of the phases; a beat whose phase is missing comes last.
    const groups: { title: string; items: number[] }[] = phases.map((ph) => ({
      title: String(obj(ph.title)[lang] ?? obj(ph.title).nl ?? ph.id ?? ""),
      items: [],
    }));
    const lost: number[] = [];
    beats.forEach((b, i) => {
      const g = phases.findIndex((ph) => ph.id === b.phase);
      (g >= 0 ? (groups[g] as { items: number[] }).items : lost).push(i);
    });
    if (lost.length) groups.push({ title: f(lang, "noPhase"), items: lost });
    const heading = el("h2", {
      class: "nav-beats-title",
      id: "forms-beats-title",
      text: f(lang, "beatsCount", { n: beats.length }),
    });
    nav.append(heading);
    groups.forEach((g, k) => {
      if (g.items.length === 0) return;
      const id = `forms-phase-${k}`;
      nav.append(
        el("h3", { id, text: g.title }),
        el(
          "ul",
          { class: "nav-beats", "aria-labelledby": id },
          ...g.items.map((i) =>
            navButton(i, String(beats[i]?.id ?? `#${i + 1}`), { "data-beat": String(beats[i]?.id ?? "") }),
          ),
        ),
      );
    });
    const add = el("button", {
      type: "button",
      id: "forms-add-beat",
      class: "primary",
      text: f(lang, "addBeat"),
    });
    add.setAttribute(
      "aria-label",
      typeof part === "number"
        ? f(lang, "addBeatAfter", { id: String(beats[part]?.id ?? "") })
        : f(lang, "addBeat"),
    );
    add.addEventListener("click", () => {
      const d = host.doc.get();
      const after = typeof part === "number" ? part : list(getAt(d, ["beats"])).length - 1;
      const r = addBeatAfter(d, after, { line: { nl: f("nl", "newLine"), en: f("en", "newLine") } });
      host.doc.set(r.doc, f(lang, "addBeat"));
      go(r.index);
      status.textContent = f(lang, "beatAdded", {
        id: String(getAt(host.doc.get(), ["beats", r.index, "id"]) ?? ""),
      });
    });
    nav.append(add);
  }

  function beatTools(doc: unknown, i: number): HTMLElement {
    const id = String(getAt(doc, ["beats", i, "id"]) ?? "");
    const tool = (text: string, name: string, on: () => void, attrs: Record<string, string> = {}) => {
      const b = el("button", { type: "button", class: "small", text, "aria-label": name, ...attrs });
      b.addEventListener("click", on);
      return b;
    };
    return el(
      "div",
      { class: "beat-tools" },
      tool("↑", f(lang, "moveUp", { what: id }), () => {
        host.doc.set(moveItem(host.doc.get(), ["beats"], i, -1), f(lang, "moveUp", { what: id }));
        if (i > 0) go(i - 1);
      }),
      tool("↓", f(lang, "moveDown", { what: id }), () => {
        const n = list(getAt(host.doc.get(), ["beats"])).length;
        host.doc.set(moveItem(host.doc.get(), ["beats"], i, 1), f(lang, "moveDown", { what: id }));
        if (i < n - 1) go(i + 1);
      }),
      tool(
        f(lang, "removeBeat"),
        f(lang, "removeWhat", { what: id }),
        () => {
          host.doc.set(removeBeat(host.doc.get(), i), f(lang, "removeWhat", { what: id }));
          status.textContent = f(lang, "beatRemoved", { id });
          go(Math.max(0, i - 1));
        },
        { id: "forms-remove-beat" },
      ),
    );
  }

  function draw(): void {
    const doc = host.doc.get();
    // Focus and scroll come back to where they were: a redraw follows every committed field.
    const active = document.activeElement as HTMLElement | null;
    const focusPath = root.contains(active) ? active?.dataset.path : undefined;
    const focusSign = root.contains(active) && !focusPath && active ? signature(active) : undefined;
    const scroll = editor.scrollTop;
    drawNav(doc);
    editor.replaceChildren();
    const beats = list(getAt(doc, ["beats"]));
    if (typeof part === "number" && part >= beats.length) part = beats.length ? beats.length - 1 : "meta";
    if (typeof part === "number") editor.append(beatTools(doc, part), beatForm(ctx, part));
    else if (part === "roles") editor.append(rolesForm(ctx));
    else if (part === "cast") editor.append(castForm(ctx));
    else if (part === "phases") editor.append(phasesForm(ctx));
    else editor.append(metaForm(ctx));
    for (const h of editor.querySelectorAll("h2")) h.setAttribute("tabindex", "-1");
    editor.scrollTop = scroll;
    const again = focusPath
      ? [...root.querySelectorAll<HTMLElement>("[data-path]")].find((e) => e.dataset.path === focusPath)
      : focusSign
        ? [...root.querySelectorAll<HTMLElement>("button")].find((e) => signature(e) === focusSign)
        : null;
    again?.focus({ preventScroll: true });
  }

  // A field commits when it is left: by Tab, or by pressing a button. The redraw waits until the
  // browser has moved focus on (then focus comes back to the same place in the new form) and, while a
  // pointer is down, until it is released (redrawing between a button's press and release would take
  // the button away and lose the click).
  let held = false;
  let dirty = false;
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      if (held) dirty = true;
      else draw();
    }, 0);
  };
  const down = () => {
    held = true;
  };
  const up = () => {
    held = false;
    if (dirty) {
      dirty = false;
      schedule();
    }
  };
  window.addEventListener("pointerdown", down, true);
  window.addEventListener("pointerup", up, true);
  const offDoc = host.doc.subscribe(schedule);
  const offSelect = host.onSelect((path) => {
    const next = partOf(path);
    // A field or button of these forms moved the selection: its form is the one shown, focus stays.
    if (root.contains(document.activeElement)) {
      if (next === part) return;
      part = next;
      draw();
      return;
    }
    // Another panel (the checks, the graph) asked for a field: open its form, even when it is the one
    // shown, and put focus on that field, or on the first field inside it (a problem with a text is
    // about its two languages, a problem with a role about the role's fields).
    if (next !== part) {
      part = next;
      draw();
    }
    fieldAt(path)?.focus();
  });
  const fieldAt = (path: DocPath): HTMLElement | undefined => {
    const fields = [...root.querySelectorAll<HTMLElement>("[data-path]")];
    const exact = fields.find((e) => e.dataset.path === pathKey(path));
    if (exact) return exact;
    const prefix = pathKey(path).slice(0, -1);
    return fields.find((e) => e.dataset.path?.startsWith(`${prefix},`));
  };
  draw();
  const start = host.selection();
  if (start)
    [...root.querySelectorAll<HTMLElement>("[data-path]")]
      .find((e) => e.dataset.path === pathKey(start))
      ?.focus();
  return {
    destroy() {
      offDoc();
      offSelect();
      window.removeEventListener("pointerdown", down, true);
      window.removeEventListener("pointerup", up, true);
      root.replaceChildren();
    },
  };
};
