// The team's follow-up after a workshop meeting, for a player and for the trainer: reflect alone, the
// listeners propose improvement points resting on quotes they noted, the lead (the facilitator seat, or
// the trainer) fixes the team's list and closes. The server decides (engine/session/team-follow-up.ts);
// this only shows its state and sends what the user asks. Every player's words go in as text.
import type { Scenario } from "../../engine/format/schema.ts";
import { tr } from "../../engine/report/localize.ts";
import { speakerName } from "../../engine/report/names.ts";
import type { QuotedLine, TeamFollowUp, TeamPoint } from "../../engine/session/team-points.ts";
import { clear, el } from "../dom.ts";
import type { Lang } from "../i18n.ts";
import type { WorkshopRoom } from "../workshop/api.ts";
import { codeText, seatName, ws } from "../workshop/strings.ts";
import "./workshop-follow-up.css";

/** The server's "follow-up" message: a seated player's, a follower's, or the trainer's. */
export interface FollowUpMessage {
  team: TeamFollowUp;
  seat?: string;
  notes?: QuotedLine[];
  reflection?: string | null;
  lead?: boolean;
  propose?: boolean;
  reflections?: Record<string, string>;
  minFixed?: number;
}

const TYPES = new Set(["reflect", "propose", "fix", "follow-up-next", "follow-up-close"]);

export interface FollowUpPanel {
  node: HTMLElement;
  update(m: FollowUpMessage): void;
  acked(type: string): void;
  refused(code: string): void;
}

interface PanelOptions {
  lang: Lang;
  scenario: Scenario;
  send(type: string, body?: unknown): void;
  /** Display names by seat, as the lobby has them. */
  names(): Record<string, string>;
  trainer: boolean;
  /** A player goes on to their own debrief once the follow-up is closed. */
  onDebrief?: () => void;
}

export function followUpPanel(o: PanelOptions): FollowUpPanel {
  const { lang, scenario } = o;
  let m: FollowUpMessage = { team: { stage: "reflect", reflected: [], points: [] } };
  const heading = el(o.trainer ? "h2" : "h1", {
    id: "follow-up-title",
    tabindex: "-1",
    text: ws(lang, "fu_title"),
  });
  const stage = el("p", { id: "fu-stage", role: "status" });
  const leadNote = el("p", { id: "fu-lead-note", class: "hint", text: ws(lang, "fu_leadNote") });
  const error = el("p", { id: "fu-error", class: "error", role: "alert" });
  const said = el("p", { id: "fu-said", class: "hint", role: "status" });

  // Reflect: a player's own words, private to them and the trainer.
  const reflection = el("textarea", { id: "fu-reflection", rows: 4, maxlength: 1000 });
  const myReflection = el("p", { id: "fu-my-reflection", class: "own-words" });
  const reflectForm = el(
    "form",
    { id: "fu-reflect", class: "fu-reflect" },
    el("label", { for: "fu-reflection", text: ws(lang, "fu_reflectLabel") }),
    reflection,
    el("p", { class: "hint", text: ws(lang, "fu_reflectPrivate") }),
    el("button", {
      type: "submit",
      id: "fu-reflect-save",
      class: "primary",
      text: ws(lang, "fu_reflectSave"),
    }),
    myReflection,
  );
  reflectForm.addEventListener("submit", (e) => {
    e.preventDefault();
    send("reflect", { text: reflection.value });
  });

  // Propose: a point and the noted quotes it rests on.
  const pointInput = el("input", { id: "fu-point", type: "text", maxlength: 300, autocomplete: "off" });
  const quotes = el("div", { id: "fu-quotes", class: "fu-quotes" });
  const proposeForm = el(
    "form",
    { id: "fu-propose", class: "fu-propose" },
    el("label", { for: "fu-point", text: ws(lang, "fu_pointLabel") }),
    pointInput,
    el("fieldset", {}, el("legend", { text: ws(lang, "fu_quotesLegend") }), quotes),
    el("button", { type: "submit", id: "fu-propose-send", class: "primary", text: ws(lang, "fu_propose") }),
  );
  proposeForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const picked = [...quotes.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")].map(
      (c) => c.value,
    );
    send("propose", { text: pointInput.value, quotes: picked });
  });

  const reflections = el("ul", { id: "fu-reflections", class: "fu-reflections" });
  const reflectionsBox = el(
    "section",
    { "aria-labelledby": "fu-reflections-title" },
    el("h3", { id: "fu-reflections-title", text: ws(lang, "fu_reflections") }),
    reflections,
  );
  const points = el("ol", { id: "fu-points", class: "fu-points", "aria-live": "polite" });
  const listTitle = el("h3", { id: "fu-list-title" });
  const list = el("ol", { id: "fu-list", class: "fu-list", "aria-labelledby": "fu-list-title" });
  const next = el("button", { type: "button", id: "fu-next" });
  next.addEventListener("click", () => send("follow-up-next"));
  const close = el("button", {
    type: "button",
    id: "fu-close",
    class: "primary",
    text: ws(lang, "fu_close"),
  });
  close.addEventListener("click", () => send("follow-up-close"));
  const toDebrief = el("button", {
    type: "button",
    id: "fu-debrief",
    class: "primary",
    text: ws(lang, "fu_toDebrief"),
  });
  toDebrief.addEventListener("click", () => o.onDebrief?.());
  const controls = el(
    "div",
    { class: "row", role: "group", "aria-label": ws(lang, "controls") },
    next,
    close,
  );

  const node = el(
    "section",
    { id: "follow-up", class: "card follow-up", "aria-labelledby": "follow-up-title" },
    heading,
    stage,
    leadNote,
    o.trainer ? reflectionsBox : reflectForm,
    o.trainer ? null : proposeForm,
    error,
    said,
    el("h3", { id: "fu-points-title", text: ws(lang, "fu_points") }),
    points,
    listTitle,
    list,
    controls,
    o.trainer ? null : toDebrief,
  );

  function send(type: string, body?: unknown): void {
    error.textContent = "";
    said.textContent = "";
    o.send(type, body);
  }

  const quoteText = (q: QuotedLine) =>
    `${speakerName(scenario, q.speaker, "listener", lang)}: “${tr(q.text, lang)}”`;
  const lead = () => o.trainer || m.lead === true;

  function pointItem(p: TeamPoint): HTMLElement {
    const item = el(
      "li",
      { "data-point": p.id, class: p.fixed ? "fixed" : "" },
      el("p", { class: "fu-point-text", text: p.text }),
      el("p", { class: "hint", text: ws(lang, "fu_by", { name: p.by, seat: seatName(lang, p.seat) }) }),
      el("ul", { class: "fu-point-quotes" }, ...p.quotes.map((q) => el("li", { text: quoteText(q) }))),
      p.fixed ? el("p", { class: "fu-fixed", text: ws(lang, "fu_isFixed") }) : null,
    );
    if (lead() && m.team.stage === "fix") {
      const action = ws(lang, p.fixed ? "fu_unfix" : "fu_fix");
      const b = el("button", {
        type: "button",
        class: "fu-fix",
        "data-point": p.id,
        "aria-pressed": p.fixed ? "true" : "false",
        "aria-label": ws(lang, "fu_fixWhat", { action, point: p.text }),
        text: action,
      });
      b.addEventListener("click", () => send("fix", { point: p.id, fixed: !p.fixed }));
      item.append(b);
    }
    return item;
  }

  function render(): void {
    const { team } = m;
    const min = m.minFixed ?? 3;
    stage.textContent = ws(lang, `fu_stage_${team.stage}`, { min });
    if (team.stage === "reflect") {
      const seated = Object.keys(o.names()).length;
      const n = team.reflected.length;
      stage.textContent += ` ${ws(lang, "fu_reflected", { n, total: Math.max(seated, n) })}`;
    }
    leadNote.hidden = o.trainer || !m.lead || team.stage === "done";
    const open = team.stage !== "done";
    reflectForm.hidden = !open || !m.seat;
    myReflection.textContent = m.reflection ? `${ws(lang, "fu_myReflection")}: ${m.reflection}` : "";
    proposeForm.hidden = !m.propose || !(team.stage === "propose" || team.stage === "fix");
    // The checklist is drawn anew only when the notes change, so ticks made while others propose stay.
    const noted = JSON.stringify(m.notes ?? []);
    if (quotes.dataset.notes !== noted) {
      quotes.dataset.notes = noted;
      clear(quotes);
      const notes = m.notes ?? [];
      if (notes.length === 0) quotes.append(el("p", { id: "fu-no-notes", text: ws(lang, "fu_noNotes") }));
      notes.forEach((q, k) => {
        const id = `fu-quote-${k}`;
        quotes.append(
          el(
            "label",
            { class: "fu-quote", for: id },
            el("input", { type: "checkbox", id, name: "quote", value: q.line }),
            el("span", { text: quoteText(q) }),
          ),
        );
      });
    }
    clear(reflections);
    const names = o.names();
    const mine = Object.entries(m.reflections ?? {});
    if (mine.length === 0)
      reflections.append(el("li", { class: "fu-empty", text: ws(lang, "fu_noReflections") }));
    for (const [seat, text] of mine) {
      const who = names[seat] ? `${names[seat]} (${seatName(lang, seat)})` : seatName(lang, seat);
      reflections.append(
        el("li", { "data-seat": seat }, el("strong", { text: `${who}: ` }), el("span", { text })),
      );
    }
    clear(points);
    if (team.points.length === 0)
      points.append(el("li", { class: "fu-empty", text: ws(lang, "fu_noPoints") }));
    for (const p of team.points) points.append(pointItem(p));
    const fixed = team.points.filter((p) => p.fixed);
    listTitle.textContent = ws(lang, "fu_list", { n: fixed.length, min });
    clear(list);
    if (fixed.length === 0) list.append(el("li", { class: "fu-empty", text: ws(lang, "fu_listEmpty") }));
    for (const p of fixed) list.append(el("li", { "data-point": p.id, text: p.text }));
    controls.hidden = !lead() || !open;
    next.hidden = team.stage === "fix";
    next.textContent = ws(lang, team.stage === "propose" ? "fu_next_propose" : "fu_next_reflect");
    close.hidden = team.stage !== "fix";
    close.disabled = fixed.length < min;
    toDebrief.hidden = open;
  }

  render();
  return {
    node,
    update(next: FollowUpMessage) {
      const wasOpen = m.team.stage !== "done";
      m = next;
      render();
      if (wasOpen && next.team.stage === "done" && !o.trainer) toDebrief.focus();
    },
    acked(type: string) {
      if (type === "reflect") said.textContent = ws(lang, "fu_reflectSaved");
      if (type === "propose") {
        said.textContent = ws(lang, "fu_proposed");
        pointInput.value = "";
        for (const c of quotes.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) c.checked = false;
      }
    },
    refused(code: string) {
      error.textContent = codeText(lang, code);
    },
  };
}

/** Wires a panel to the room: the follow-up state, and acks and refusals of follow-up messages. */
function wire(
  room: WorkshopRoom,
  panel: () => FollowUpPanel | null,
  got: (m: FollowUpMessage) => void,
): void {
  room.onMessage("follow-up", (m: FollowUpMessage) => got(m));
  room.onMessage("ack", (m: { type?: string }) => {
    if (m.type && TYPES.has(m.type)) panel()?.acked(m.type);
  });
  room.onMessage("refused", (m: { type?: string; code: string }) => {
    if (m.type && TYPES.has(m.type)) panel()?.refused(m.code);
  });
}

/**
 * A player's follow-up: registered with the room at once (the state comes with the meeting's end),
 * shown by `show` when the player's meeting is over. `onDebrief` when the player goes on.
 */
export function playerFollowUp(
  room: WorkshopRoom,
  lang: Lang,
  names: () => Record<string, string>,
  onDebrief: () => void,
): { show(root: HTMLElement, scenario: Scenario): void } {
  let state: FollowUpMessage | null = null;
  let panel: FollowUpPanel | null = null;
  wire(
    room,
    () => panel,
    (m) => {
      state = m;
      panel?.update(m);
    },
  );
  return {
    show(root, scenario) {
      if (panel && root.contains(panel.node)) return;
      panel = followUpPanel({
        lang,
        scenario,
        send: (type, body) => room.send(type, body),
        names,
        trainer: false,
        onDebrief,
      });
      if (state) panel.update(state);
      clear(root);
      root.append(el("main", { class: "workshop", "aria-labelledby": "follow-up-title" }, panel.node));
      (document.getElementById("follow-up-title") as HTMLElement | null)?.focus();
    },
  };
}

/** The trainer's follow-up: the same panel with every reflection, shown where `mount` puts it. */
export function trainerFollowUp(
  room: WorkshopRoom,
  lang: Lang,
  scenario: Scenario,
  names: () => Record<string, string>,
  mount: (node: HTMLElement) => void,
): void {
  let panel: FollowUpPanel | null = null;
  wire(
    room,
    () => panel,
    (m) => {
      if (!panel) {
        panel = followUpPanel({
          lang,
          scenario,
          send: (type, body) => room.send(type, body),
          names,
          trainer: true,
        });
        mount(panel.node);
      }
      panel.update(m);
    },
  );
}
