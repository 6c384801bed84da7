// The studio's "try it" panel: plays the scenario being written with the real engine, one beat in a
// chosen state (flags, openness, the beat's phase) or the whole meeting from the start, in either role.
// It reads the document and never changes it; an invalid document is named in a sentence with its
// first problems, and an edit during a try is offered as a restart rather than pulled from under it.
import type { Scenario } from "../../engine/format/schema.ts";
import { loadScenarioValue } from "../../engine/load/load.ts";
import type { Problem } from "../../engine/load/problems.ts";
import { problemText } from "../../engine/load/problems.ts";
import { phaseTitle } from "../../engine/report/names.ts";
import type { Context } from "../../engine/runtime/context.ts";
import type { Judge, MoveRecord, Session } from "../../engine/session/session.ts";
import { replayOf, type StartState, StartStateError, startSessionAt } from "../../engine/session/start-at.ts";
import { clear, el } from "../../ui/dom.ts";
import { refusalText } from "../../ui/refusal-text.ts";
import type { DocPath, MountPanel, StudioPanel, StudioPanelHost } from "../panel-host.ts";
import { changes, changesItem, entryItem, noteButtons } from "./log-view.ts";
import { type JudgeState, renderMove } from "./move-view.ts";
import { fitSetup, renderSetup, type TrySetup } from "./setup-form.ts";
import { word } from "./strings.ts";
import "./try.css";

export interface TryDeps {
  /** The judge of typed words; without it the panel offers no typing. */
  loadJudge?: () => Promise<Judge>;
  /** How long edits must pause before the panel checks the document again (ms). */
  reloadAfterMs?: number;
}

/** Checking a large scenario takes a tenth of a second or more: not on every keystroke of an edit. */
const RELOAD_AFTER_MS = 300;

/** How many of an invalid document's problems the panel names. */
export const PROBLEMS_SHOWN = 3;
/** Choices are shown in the order the engine gives for this seed (the game's first run uses its own). */
const SEED = 0;

const ROLE_IN_SENTENCE = {
  facilitator: "asFacilitator",
  listener: "asListener",
  organiser: "asOrganiser",
} as const;

let mounted = 0;

interface Run {
  session: Session;
  scenario: Scenario;
  setup: TrySetup;
  fromStart: boolean;
  shown: number;
  lastBeat: string | null;
}

export function mountTry(root: HTMLElement, host: StudioPanelHost, deps: TryDeps = {}): StudioPanel {
  const lang = host.lang;
  const ids = `try${++mounted}-`;
  const panel = el("div", { class: "try-panel", lang });
  root.append(panel);
  let scenario: Scenario | undefined;
  let problems: Problem[] = [];
  let setup: TrySetup | undefined;
  let run: Run | undefined;
  let stale = false;
  let judge: Judge | undefined;
  let judgeState: JudgeState = deps.loadJudge ? "none" : "missing";
  let gone = false;
  let reload: ReturnType<typeof setTimeout> | undefined;

  const load = () => {
    const result = loadScenarioValue(host.doc.get(), "scenario.json");
    scenario = result.ok ? result.scenario : undefined;
    problems = result.ok ? [] : result.problems.filter((p) => p.severity === "error");
    // The shared selection picks the beat when the panel opens; later it follows onSelect.
    if (scenario) setup = fitSetup(scenario, setup ?? selectedBeat(scenario, host.selection()));
  };

  const needJudge = () => {
    if (judgeState !== "none" || !deps.loadJudge) return;
    judgeState = "loading";
    deps.loadJudge().then(
      (j) => {
        judge = j;
        judgeState = "ready";
        if (!gone && run) drawMove();
      },
      () => {
        judgeState = "missing";
        if (!gone && run) drawMove();
      },
    );
  };

  // The session is given a judge that asks the loaded one: typed words are offered only once it is there.
  const sessionJudge: Judge = (text, role, explainIn) => {
    if (!judge) throw new Error("the judge of typed words is not loaded");
    return judge(text, role, explainIn);
  };

  const draw = () => {
    clear(panel);
    panel.append(el("h2", { class: "try-title", text: word(lang, "title") }));
    if (run) return drawRun();
    if (!scenario || !setup) return drawInvalid();
    const form = renderSetup(scenario, setup, lang, ids, {
      change: (next) => {
        setup = next;
      },
      playBeat: () => start(false),
      playAll: () => start(true),
    });
    panel.append(form, el("div", { class: "try-problems", role: "alert" }));
  };

  const drawInvalid = () => {
    const count = problems.length;
    const list = el("ul", { class: "try-invalid-list" });
    for (const p of problems.slice(0, PROBLEMS_SHOWN)) {
      const t = problemText(p, lang);
      list.append(el("li", { text: `${t.where}: ${t.message}` }));
    }
    const more =
      count > PROBLEMS_SHOWN
        ? el("p", { text: word(lang, "more", { count: count - PROBLEMS_SHOWN }) })
        : null;
    panel.append(
      el(
        "div",
        { class: "try-invalid", role: "status" },
        el("p", { text: word(lang, "invalid", { n: count, count }) }),
        list,
        more,
      ),
    );
  };

  const start = (fromStart: boolean) => {
    if (!scenario || !setup) return;
    const state: StartState = { beat: setup.beat, flags: setup.flags, openness: setup.openness };
    try {
      const session = startSessionAt(
        scenario,
        setup.role,
        fromStart ? undefined : state,
        deps.loadJudge ? { seed: SEED, judge: sessionJudge } : { seed: SEED },
      );
      run = { session, scenario, setup, fromStart, shown: 0, lastBeat: null };
      stale = false;
      draw();
      focusMove();
    } catch (error) {
      const box = panel.querySelector(".try-problems");
      if (!box) return;
      clear(box);
      if (error instanceof StartStateError) {
        box.append(el("p", { text: word(lang, "cannotStart") }));
        const list = el("ul");
        for (const p of error.problems) list.append(el("li", { text: p.message[lang] ?? p.message.nl }));
        box.append(list);
      } else {
        box.append(el("p", { text: word(lang, "stopped") }));
      }
    }
  };

  let logList: HTMLOListElement | undefined;
  let notice: HTMLElement | undefined;
  let now: HTMLElement | undefined;
  let replayText: HTMLElement | undefined;
  let moveBox: HTMLElement | undefined;

  const drawRun = () => {
    if (!run) return;
    const { setup: s, fromStart } = run;
    const role = word(lang, ROLE_IN_SENTENCE[s.role]);
    const status = word(lang, fromStart ? "playingAll" : "playingBeat", { role, beat: s.beat });
    const reset = el("button", { type: "button", class: "try-reset", text: word(lang, "reset") });
    reset.addEventListener("click", () => restart());
    const back = el("button", { type: "button", class: "try-back", text: word(lang, "back") });
    back.addEventListener("click", () => {
      stopRun();
      load();
      draw();
      panel.querySelector<HTMLElement>("select")?.focus();
    });
    panel.append(el("p", { class: "try-status", text: status }));
    notice = el("div", { class: "try-changed", role: "status" });
    now = el("p", { class: "try-now" });
    panel.append(notice, el("div", { class: "try-actions" }, reset, back), now);
    logList = el("ol", { class: "try-log", role: "log", "aria-label": word(lang, "log") });
    moveBox = el("div", { class: "try-move-box" });
    replayText = el("pre", { class: "try-replay-text" });
    const replay = el(
      "details",
      { class: "try-replay" },
      el("summary", {}, `${word(lang, "replay")} `, el("code", { text: "play" })),
      replayText,
    );
    panel.append(logList, moveBox, replay);
    run.shown = 0;
    run.lastBeat = null;
    showLog();
    drawMove();
  };

  /** Adds the log entries not shown yet, with a heading where a new beat begins. */
  const showLog = (before?: Context) => {
    if (!run || !logList) return;
    const log = run.session.log();
    for (const e of log.slice(run.shown)) {
      if ("beat" in e && e.beat !== run.lastBeat && e.t !== "note") {
        run.lastBeat = e.beat;
        logList.append(el("li", { class: "try-beat-head", text: word(lang, "atBeat", { beat: e.beat }) }));
      }
      const item = entryItem(e, run.scenario, run.session.role, lang);
      if (item) logList.append(item);
      // A listener notes participants' words as they are said (the method's notes for the follow-up).
      if (
        item &&
        e.t === "line" &&
        run.session.role === "listener" &&
        run.scenario.cast.participants.some((p) => p.id === e.speaker)
      ) {
        const buttons = noteButtons(e, lang, (line, tag) => play({ note: line, tag }));
        if (buttons) item.append(" ", buttons);
      }
      // What the move changed follows the move's own verdicts, before the next beat's lines.
    }
    if (before) {
      const list = changes(before, run.session.context, run.scenario, lang);
      const firstOfMove = logList.querySelectorAll(".try-move-entry:not(.try-computer)");
      const anchor = firstOfMove[firstOfMove.length - 1];
      const item = changesItem(list, lang);
      const after = anchor ? nextAfterVerdicts(anchor) : null;
      if (after) logList.insertBefore(item, after);
      else logList.append(item);
    }
    run.shown = log.length;
  };

  /** The state the meeting is in now: phase and clock, each participant's openness, the flags on. */
  const showNow = () => {
    if (!run || !now) return;
    const c = run.session.context;
    const people = run.scenario.cast.participants.map(
      (p) => `${p.name} ${c.people[p.id]?.openness ?? p.openness}`,
    );
    const flags = Object.keys(c.flags);
    const parts = [
      word(lang, "nowPhase", { phase: phaseTitle(run.scenario, c.phase ?? "", lang), minutes: c.clock }),
      word(lang, "nowOpenness", { list: people.join(", ") }),
      flags.length > 0 ? word(lang, "nowFlags", { list: flags.join(", ") }) : word(lang, "nowNoFlags"),
    ];
    now.textContent = `${word(lang, "now")}: ${parts.join("; ")}.`;
  };

  const drawMove = () => {
    if (!run || !moveBox) return;
    showNow();
    showReplay();
    clear(moveBox);
    const pending = run.session.pending();
    if (run.session.done || !pending) {
      moveBox.append(el("p", { class: "try-done", tabindex: -1, text: word(lang, "done") }));
      return;
    }
    if (pending.freeText) needJudge();
    moveBox.append(
      renderMove(pending, lang, ids, judgeState === "none" ? "loading" : judgeState, (m) => play(m)),
      el("p", { class: "try-refusal", role: "alert" }),
    );
  };

  const play = (move: MoveRecord) => {
    if (!run) return;
    const before = run.session.context;
    let result: ReturnType<Session["apply"]>;
    try {
      result = run.session.apply(move);
    } catch {
      const box = moveBox?.querySelector(".try-refusal");
      // The engine's own message is English and for developers; the trainer is told what to do.
      if (box) box.textContent = word(lang, "stopped");
      return;
    }
    if (!result.ok) {
      const box = moveBox?.querySelector(".try-refusal");
      if (box) box.textContent = refusalText(result, lang);
      return;
    }
    if ("note" in move) {
      // A note is not a move of the meeting: the same move still waits, and focus stays on the button.
      showLog();
      for (const b of logList?.querySelectorAll<HTMLElement>("button[data-line]") ?? [])
        if (b.dataset.line === move.note) b.setAttribute("aria-pressed", String(b.dataset.tag === move.tag));
      showReplay();
      return;
    }
    showLog(before);
    drawMove();
    focusMove();
  };

  /** The run so far as a moves file `play` replays (role and seed on its command line). */
  const showReplay = () => {
    if (!run || !replayText) return;
    const { start, moves } = replayOf(run.session);
    replayText.textContent = JSON.stringify(start ? { start, moves } : { moves }, null, 1);
  };

  const focusMove = () => {
    const target = moveBox?.querySelector<HTMLElement>(".try-move-title, .try-done");
    target?.focus();
  };

  const stopRun = () => {
    run?.session.stop();
    run = undefined;
    stale = false;
  };

  const restart = () => {
    const again = run;
    stopRun();
    load();
    if (again && scenario && setup) {
      setup = fitSetup(scenario, again.setup);
      start(again.fromStart);
    } else draw();
  };

  const unsubscribe = host.doc.subscribe(() => {
    if (gone) return;
    if (run) {
      // The try goes on with the version it started with; the new one is one button away.
      if (!stale && notice) {
        stale = true;
        const again = el("button", { type: "button", class: "try-restart", text: word(lang, "restart") });
        again.addEventListener("click", () => restart());
        notice.append(el("p", { text: word(lang, "changed") }), again);
      }
      return;
    }
    clearTimeout(reload);
    reload = setTimeout(() => {
      if (gone || run) return;
      load();
      draw();
    }, deps.reloadAfterMs ?? RELOAD_AFTER_MS);
  });
  const unselect = host.onSelect((path) => {
    if (gone || run || !scenario || !setup) return;
    const chosen = selectedBeat(scenario, path);
    if (!chosen.beat || chosen.beat === setup.beat) return;
    setup = { ...setup, beat: chosen.beat };
    draw();
  });

  load();
  draw();
  return {
    destroy() {
      gone = true;
      clearTimeout(reload);
      unsubscribe();
      unselect();
      stopRun();
      panel.remove();
    },
  };
}

/** The beat a selection points into (["beats", i, ...]), if any. */
function selectedBeat(scenario: Scenario, path: DocPath | null): { beat?: string } {
  if (path?.[0] !== "beats" || typeof path[1] !== "number") return {};
  const beat = scenario.beats[path[1]];
  return beat ? { beat: beat.id } : {};
}

/** The first item after a move's own verdicts (where its effects are listed). */
function nextAfterVerdicts(move: Element): Element | null {
  let node = move.nextElementSibling;
  while (node?.classList.contains("try-verdict")) node = node.nextElementSibling;
  return node;
}

export const mount: MountPanel = (el, host) =>
  mountTry(el, host, { loadJudge: () => import("../../engine/judge/web.ts").then((m) => m.loadJudge()) });
