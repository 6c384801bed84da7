// The game's screens in the DOM overlay: menu, briefing, meeting and debrief. It drives a Session from
// the engine and shows what the engine says; no rule of the method lives here. Every text is set as text.
import type { Scenario } from "../engine/format/schema.ts";
import { formatProblems } from "../engine/load/group-problems.ts";
import { loadScenario } from "../engine/load/load.ts";
import { tr } from "../engine/report/localize.ts";
import { speakerName } from "../engine/report/names.ts";
import { buildReport, type Report } from "../engine/report/report.ts";
import { buildTranscript, type TranscriptEntry } from "../engine/report/transcript.ts";
import { type Role, ruleInfo } from "../engine/rules/catalog.ts";
import type { Context, LogEntry, NoteTag } from "../engine/runtime/context.ts";
import type { Judge, MoveRecord, MoveResult, Session } from "../engine/session/session.ts";
import { startSession } from "../engine/session/start.ts";
import { showInput } from "../engine/util/show-input.ts";
import type { CatalogEntry, Loaded } from "./catalog.ts";
import { renderDebrief } from "./debrief.ts";
import { clear, el } from "./dom.ts";
import { type Lang, t } from "./i18n.ts";
import { type OwnScenario, renderMenu } from "./menu.ts";
import { renderMovePanel } from "./move-panel.ts";
import { portrait } from "./portrait.ts";
import { phaseOverrun, roomState, roomSummary } from "./room-state.ts";
import type { RoomView } from "./room-view.ts";
import {
  addHistory,
  clearSave,
  type HistoryItem,
  markActive,
  readSave,
  readSettings,
  type SavedRun,
  type SaveProblem,
  type Settings,
  wasActive,
  writeSave,
  writeSettings,
} from "./save.ts";
import type { Cue, SoundOut } from "./sound-captions.ts";

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface AppDeps {
  root: HTMLElement;
  catalog: CatalogEntry[];
  room: RoomView;
  sound: SoundOut;
  clock: Clock;
  /** Seeds for new runs; injected so a test run is the same every time. */
  newSeed(): number;
  /** Whether the system asks for reduced motion (prefers-reduced-motion). */
  systemReducedMotion?: () => boolean;
  /** The utterance judge, loaded on demand (the browser fetches its weights); without it, no typed words. */
  loadJudge?: () => Promise<Judge>;
}

/** What identifies a run: enough to replay it exactly. */
interface RunSetup {
  scenario: Scenario;
  scenarioId: string;
  customText?: string;
  role: Role;
  lang: Lang;
  seed: number;
}

interface Run extends RunSetup {
  session: Session;
  /** Log entries put on screen so far; the rest wait in `queue` to appear at reading pace. */
  shown: number;
  queue: LogEntry[];
  paceTimer: unknown;
  paused: boolean;
  urgeTimer: unknown;
  /** Phases whose overrun was already signalled. */
  warned: Set<string>;
}

const CAPTION_KEYS: Record<Cue, "sound_phase" | "sound_breach" | "sound_timer" | "sound_warning"> = {
  phase: "sound_phase",
  breach: "sound_breach",
  timer: "sound_timer",
  warning: "sound_warning",
};

export class App {
  private settings: Settings = readSettings();
  private run: Run | null = null;
  private own: OwnScenario | null = null;
  private notice: string | null = null;
  private judge: Judge | undefined;
  private judgeLoad: Promise<void> | null = null;
  private judgeSettled = false;
  private finished: (RunSetup & { moves: MoveRecord[] }) | null = null;

  constructor(private readonly deps: AppDeps) {}

  get lang(): Lang {
    return this.settings.lang;
  }

  start(): void {
    this.applyMotion();
    const saved = readSave();
    if (!saved.ok && saved.reason) this.notice = this.dropped(saved.reason);
    if (saved.ok && saved.migrated) this.notice = t(this.lang, "saveMigrated");
    // A reload in the middle of a meeting goes straight back into it; a new visit starts at the menu.
    if (saved.ok && wasActive()) this.resume(saved.save);
    else this.showMenu();
    // The judge's weights are large files beside the game: fetched and parsed once the menu is up and the
    // browser has a moment, so they never hold up the menu. A run started before they arrive waits.
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => void })
      .requestIdleCallback;
    if (idle) idle(() => void this.loadJudge(), { timeout: 2000 });
    else this.deps.clock.setTimeout(() => void this.loadJudge(), 500);
  }

  /** Loads the judge once; settles (with or without one) and never rejects. */
  loadJudge(): Promise<void> {
    this.judgeLoad ??= (async () => {
      try {
        this.judge = await this.deps.loadJudge?.();
      } catch {
        // Without the judge the choices still work; typed words are offered only when it is there.
      }
      this.judgeSettled = true;
    })();
    return this.judgeLoad;
  }

  private dropped(reason: SaveProblem): string {
    const why = t(this.lang, reason.key, reason.detail === undefined ? {} : { detail: reason.detail });
    return t(this.lang, "saveDropped", { why });
  }

  /**
   * Runs `fn` with a bundled scenario once it is loaded and checked (at once when it already is). A file
   * with errors goes back to the menu with `validate`'s messages when `report` is set.
   */
  private withScenario(entry: CatalogEntry, fn: (scenario: Scenario) => void, report = true): void {
    const use = (loaded: Loaded) => {
      if (loaded.scenario && !loaded.problems.some((p) => p.severity === "error")) fn(loaded.scenario);
      else if (report) {
        this.notice = `${entry.file}: ${formatProblems(loaded.problems, this.lang).join(" · ")}`;
        this.showMenu();
      }
    };
    const ready = entry.peek();
    if (ready) use(ready);
    else void entry.load().then(use);
  }

  private applyMotion(): void {
    const reduce = this.settings.reducedMotion ?? this.deps.systemReducedMotion?.() ?? false;
    document.documentElement.classList.toggle("reduce-motion", reduce);
    this.deps.room.setReducedMotion(reduce);
  }

  /** Every sound has a caption: the cue's words go into the captions line as it plays. */
  private cue(kind: Cue): void {
    this.caption(CAPTION_KEYS[kind]);
    this.deps.sound.cue(kind);
  }

  private caption(key: (typeof CAPTION_KEYS)[Cue] | "sound_voice"): void {
    const c = document.getElementById("captions");
    if (c) c.textContent = t(this.run?.lang ?? this.lang, key);
  }

  // ---------------------------------------------------------------- menu
  showMenu(): void {
    this.stopRun();
    markActive(false);
    this.deps.room.hide();
    document.documentElement.lang = this.lang;
    const saved = readSave();
    const focus = renderMenu(this.deps.root, {
      lang: this.lang,
      settings: this.settings,
      catalog: this.deps.catalog,
      notice: this.notice,
      saved: saved.ok ? saved.save : null,
      own: this.own,
      systemReducedMotion: this.deps.systemReducedMotion?.() ?? false,
      setLang: (lang) => {
        this.settings.lang = lang;
        writeSettings(this.settings);
        this.showMenu();
      },
      settingsChanged: () => {
        writeSettings(this.settings);
        this.applyMotion();
        this.deps.sound.refresh();
      },
      ownRead: (own) => {
        this.own = own;
      },
      preview: (entry, role) =>
        this.withScenario(
          entry,
          (scenario) => {
            const slot = document.getElementById("room-slot");
            // The menu may have been left while the file was loading.
            if (!slot || !document.getElementById("menu-form")) return;
            this.deps.room.mount(slot);
            this.deps.room.show(roomState(scenario, role, this.lang, [], initialContext(scenario)));
          },
          false,
        ),
      begin: (entry, role) =>
        this.withScenario(entry, (scenario) => this.showBriefing(scenario, entry.id, role, undefined)),
      beginOwn: (scenario, role, text) => this.showBriefing(scenario, scenario.id, role, text),
      resume: (save) => this.resume(save),
      viewHistory: (item) => this.viewHistory(item),
    });
    this.notice = null;
    focus.focus();
  }

  // ---------------------------------------------------------------- briefing
  showBriefing(scenario: Scenario, scenarioId: string, role: Role, customText: string | undefined): void {
    const lang = this.lang;
    const setup = scenario.roles[role];
    if (!setup) return;
    this.deps.room.hide();
    const root = this.deps.root;
    clear(root);
    const go = el("button", { type: "button", id: "enter", class: "primary", text: t(lang, "begin") });
    go.addEventListener("click", () => {
      clearSave();
      const run: RunSetup = { scenario, scenarioId, role, lang, seed: this.deps.newSeed() };
      if (customText !== undefined) run.customText = customText;
      this.beginRun(run, []);
    });
    const back = el("button", { type: "button", id: "briefing-back", text: t(lang, "again") });
    back.addEventListener("click", () => this.showMenu());
    const place = scenario.setting.place ? tr(scenario.setting.place, lang) : null;
    root.append(
      el(
        "main",
        { class: "briefing card", "aria-labelledby": "briefing-title" },
        el("h1", { id: "briefing-title", text: `${t(lang, "briefing")}: ${tr(scenario.title, lang)}` }),
        el("p", { class: "summary", text: tr(scenario.summary, lang) }),
        place
          ? el("p", {
              class: "place",
              text: `${t(lang, "setting")}: ${place} · ${scenario.durationMinutes} ${t(lang, "minutes")}`,
            })
          : null,
        el("h2", { text: `${t(lang, "yourRole")}: ${t(lang, role)}` }),
        el("p", { text: tr(setup.briefing, lang) }),
        el("h2", { text: t(lang, "keyRules") }),
        el(
          "ul",
          { class: "key-rules" },
          ...setup.keyRules.map((id) => {
            const info = ruleInfo(id);
            return el(
              "li",
              {},
              el("strong", { text: info ? tr(info.title, lang) : id }),
              info ? ` — ${tr(info.why, lang)}` : "",
            );
          }),
        ),
        scenario.preparedQuestions?.length
          ? el(
              "section",
              {},
              el("h2", { text: t(lang, "teamWants") }),
              el("ul", {}, ...scenario.preparedQuestions.map((q) => el("li", { text: tr(q.text, lang) }))),
            )
          : null,
        el("h2", { text: t(lang, "whoIsThere") }),
        el(
          "ul",
          { class: "cast" },
          ...scenario.cast.participants.map((p) =>
            el(
              "li",
              {},
              portrait(p.id, p.name, 28),
              el("strong", { text: ` ${p.name}` }),
              ` — ${tr(p.description, lang)}`,
            ),
          ),
        ),
        el("div", { class: "actions" }, go, back),
      ),
    );
    go.focus();
  }

  // ---------------------------------------------------------------- meeting
  private resume(save: SavedRun): void {
    const gone = () => {
      clearSave();
      this.notice = this.dropped({ key: "save_scenario", detail: save.scenarioId });
      this.showMenu();
    };
    if (save.customScenario !== undefined) {
      const scenario = loadScenario(save.customScenario, "own.json").scenario;
      if (scenario) this.resumeWith(save, scenario);
      else gone();
      return;
    }
    const entry = this.deps.catalog.find((c) => c.id === save.scenarioId);
    if (!entry) gone();
    else {
      const ready = entry.peek();
      const use = (loaded: Loaded) => (loaded.scenario ? this.resumeWith(save, loaded.scenario) : gone());
      if (ready) use(ready);
      else void entry.load().then(use);
    }
  }

  private resumeWith(save: SavedRun, scenario: Scenario): void {
    this.settings.lang = save.lang;
    const run: RunSetup = {
      scenario,
      scenarioId: save.scenarioId,
      role: save.role,
      lang: save.lang,
      seed: save.seed,
    };
    if (save.customScenario !== undefined) run.customText = save.customScenario;
    this.beginRun(run, save.moves);
  }

  private beginRun(setup: RunSetup, moves: readonly MoveRecord[]): void {
    if (!this.judgeSettled) {
      // A run that starts (or resumes) before the judge has arrived waits for it: typed words need it.
      void this.loadJudge().then(() => this.beginRun(setup, moves));
      return;
    }
    if (!this.judge && moves.some((m) => "say" in m)) {
      // Typed words in a saved run cannot be replayed without the judge.
      clearSave();
      this.notice = this.dropped({ key: "save_moves", detail: "judge" });
      this.showMenu();
      return;
    }
    this.stopRun();
    let session: ReturnType<typeof startSession>;
    let replayed: ReturnType<typeof session.replay>;
    try {
      session = startSession(
        setup.scenario,
        setup.role,
        this.judge ? { seed: setup.seed, judge: this.judge } : { seed: setup.seed },
      );
      replayed = session.replay(moves);
    } catch (error) {
      // Begin must never silently do nothing: back to the menu, saying why.
      clearSave();
      this.notice = t(this.lang, "runFailed", {
        why: showInput(error instanceof Error ? error.message : String(error), 200),
      });
      this.showMenu();
      return;
    }
    if (!replayed.ok) {
      session.stop();
      clearSave();
      this.notice = this.dropped({ key: "save_moves", detail: replayed.error });
      this.showMenu();
      return;
    }
    this.run = {
      ...setup,
      session,
      shown: 0,
      queue: [],
      paceTimer: null,
      paused: false,
      urgeTimer: null,
      warned: new Set(),
    };
    document.documentElement.lang = setup.lang;
    markActive(true);
    this.renderMeetingFrame();
    session.subscribe(() => this.afterStep());
    // What happened before a resume is shown at once; only new lines come at reading pace.
    this.afterStep(moves.length > 0);
  }

  private stopRun(): void {
    const run = this.run;
    if (!run) return;
    if (run.urgeTimer !== null) this.deps.clock.clearTimeout(run.urgeTimer);
    if (run.paceTimer !== null) this.deps.clock.clearTimeout(run.paceTimer);
    run.session.stop();
    this.deps.sound.roomTone(false);
    this.deps.sound.stopSpeaking();
    this.run = null;
  }

  private renderMeetingFrame(): void {
    const run = this.run;
    if (!run) return;
    const lang = run.lang;
    const s = run.scenario;
    const root = this.deps.root;
    clear(root);
    const leave = el("button", {
      type: "button",
      id: "leave",
      "aria-label": t(lang, "toMenu"),
      title: t(lang, "toMenu"),
      text: t(lang, "menu"),
    });
    // The run stays saved: the menu offers to resume it.
    leave.addEventListener("click", () => this.showMenu());
    const prepared =
      run.role === "facilitator" && s.preparedQuestions?.length
        ? el(
            "section",
            { class: "prepared card", "aria-labelledby": "prepared-title" },
            el("h2", { id: "prepared-title", text: t(lang, "preparedQuestions") }),
            el("p", { class: "hint", text: t(lang, "preparedHint") }),
            el("ul", {}, ...s.preparedQuestions.map((q) => el("li", { text: tr(q.text, lang) }))),
          )
        : null;
    const notes =
      run.role === "listener"
        ? el(
            "section",
            { class: "notes card", "aria-labelledby": "notes-title" },
            el("h2", { id: "notes-title", text: t(lang, "notes") }),
            el("p", { class: "hint", text: t(lang, "notesHint") }),
            el("ul", { id: "notes" }),
          )
        : null;
    root.append(
      el(
        "main",
        { class: "meeting", "aria-labelledby": "meeting-title" },
        el(
          "header",
          { class: "meeting-bar" },
          el("h1", { id: "meeting-title", text: `${tr(s.title, lang)} · ${t(lang, run.role)}` }),
          el("p", { id: "status", class: "status" }),
          this.pacingControls(),
          leave,
        ),
        el(
          "div",
          { class: "stage" },
          el("div", { id: "room-slot", class: "room-slot" }),
          el("p", { id: "room-summary", class: "visually-hidden" }),
          el("div", { id: "caption", class: "caption-card", "aria-hidden": "true" }),
          el("p", { id: "captions", class: "sound-caption", role: "status" }),
          prepared,
          notes,
        ),
        el(
          "div",
          { class: "talk" },
          el(
            "section",
            { class: "transcript", "aria-labelledby": "transcript-title" },
            el("h2", { id: "transcript-title", text: t(lang, "transcript") }),
            el("ol", { id: "log", "aria-live": "polite", "aria-relevant": "additions" }),
          ),
          el("section", { id: "move", class: "move-panel", "aria-labelledby": "move-title" }),
        ),
      ),
    );
    const slot = document.getElementById("room-slot");
    if (slot) this.deps.room.mount(slot);
    this.deps.sound.roomTone(true);
  }

  private afterStep(instant = false): void {
    const run = this.run;
    if (!run) return;
    this.autosave();
    const log = run.session.log();
    run.queue.push(...log.slice(run.shown + run.queue.length));
    // No choosing while the answer to the last move is still being said.
    const panel = document.getElementById("move");
    if (panel) clear(panel);
    if (run.urgeTimer !== null) {
      this.deps.clock.clearTimeout(run.urgeTimer);
      run.urgeTimer = null;
    }
    this.pump(instant);
  }

  /** Puts queued lines on screen one by one at reading pace, then offers the next move. */
  private pump(instant = false): void {
    const run = this.run;
    if (!run || run.paceTimer !== null) return;
    const reading = this.settings.pace !== "instant" && !instant;
    while (run.queue.length > 0) {
      if (run.paused && reading) return;
      const entry = run.queue.shift() as LogEntry;
      run.shown++;
      this.appendEntry(entry, !instant);
      if (reading && entry.t === "line") {
        this.renderRoom();
        const chars = tr(entry.text, run.lang).length;
        const ms = Math.min(6000, 600 + chars * 45) / this.settings.speed;
        run.paceTimer = this.deps.clock.setTimeout(() => {
          run.paceTimer = null;
          if (this.run === run) this.pump();
        }, ms);
        return;
      }
    }
    this.renderRoom();
    this.renderNotes();
    if (run.session.done) {
      this.finishRun();
      return;
    }
    this.renderMove();
  }

  private pacingControls(): HTMLElement {
    const lang = this.run?.lang ?? this.lang;
    const pause = el("button", {
      type: "button",
      id: "pause",
      "aria-pressed": "false",
      text: t(lang, "pause"),
    });
    pause.addEventListener("click", () => {
      const run = this.run;
      if (!run) return;
      run.paused = !run.paused;
      pause.setAttribute("aria-pressed", String(run.paused));
      if (!run.paused) this.pump();
    });
    const skip = el("button", { type: "button", id: "skip", text: t(lang, "skip") });
    skip.addEventListener("click", () => {
      const run = this.run;
      if (!run) return;
      if (run.paceTimer !== null) this.deps.clock.clearTimeout(run.paceTimer);
      run.paceTimer = null;
      this.pump(true);
    });
    const speed = el(
      "select",
      { id: "speed", "aria-label": t(lang, "speed") },
      ...[0.75, 1, 1.5, 2].map((v) =>
        el("option", { value: String(v), text: `${v}×`, selected: v === this.settings.speed }),
      ),
    );
    speed.addEventListener("change", () => {
      this.settings.speed = Number(speed.value);
      writeSettings(this.settings);
    });
    return el("div", { class: "pacing", role: "group", "aria-label": t(lang, "speed") }, pause, skip, speed);
  }

  private autosave(): void {
    const run = this.run;
    if (!run) return;
    if (run.session.done) {
      clearSave();
      return;
    }
    const save: SavedRun = {
      format: "spiegelspel-save",
      version: 2,
      scenarioId: run.scenarioId,
      role: run.role,
      lang: run.lang,
      seed: run.seed,
      moves: [...run.session.moves],
      savedAt: new Date(this.deps.clock.now()).toISOString(),
    };
    if (run.customText !== undefined) save.customScenario = run.customText;
    writeSave(save);
  }

  /** One log entry on screen; `live` is false for what a resume shows again (no sounds, no voices). */
  private appendEntry(e: LogEntry, live: boolean): void {
    const run = this.run;
    const list = document.getElementById("log");
    if (!run || !list) return;
    const lang = run.lang;
    const s = run.scenario;
    if (e.t === "phase") {
      const title = s.phases.find((p) => p.id === e.phase)?.title;
      list.append(
        el("li", {
          class: "phase",
          text: `— ${title ? tr(title, lang) : e.phase} (${Math.round(e.at)} ${t(lang, "minutes")}) —`,
        }),
      );
      if (live) this.cue("phase");
    } else if (e.t === "line") {
      const name = speakerName(s, e.speaker, run.role, lang);
      const text = tr(e.text, lang);
      const item = el(
        "li",
        { class: `line emotion-${e.line?.emotion ?? "neutral"}`, "data-speaker": e.speaker },
        el("span", { class: "speaker", text: `${name}: ` }),
        el("span", { class: "text", text }),
      );
      if (run.role === "listener" && e.line?.id && s.cast.participants.some((p) => p.id === e.speaker))
        item.append(this.noteButtons(e.line.id));
      list.append(item);
      this.showCaption(e.speaker, name, text);
      if (live) {
        const voice = e.line?.audio?.[lang];
        if (voice && this.deps.sound.voice(voice)) this.caption("sound_voice");
        else if (this.settings.readAloud) this.deps.sound.speak(text, lang);
      }
    } else if (e.t === "move") {
      const who = e.byComputer
        ? e.role === "listener"
          ? t(lang, "aListener")
          : speakerName(s, e.role, run.role, lang)
        : t(lang, "youDid");
      const did = e.free
        ? `“${e.free.text}” (${t(lang, "judgeSaid")}: ${e.free.label})`
        : e.texts.map((x) => tr(x, lang)).join(" · ");
      const timedOut = e.timedOut ? ` (${t(lang, "timedOut")})` : "";
      list.append(
        el("li", { class: e.byComputer ? "move npc" : "move own", text: `${who}: ${did}${timedOut}` }),
      );
    } else if (e.t === "verdict" && e.kind === "breach" && live) {
      this.cue("breach");
    } else if (e.t === "note") {
      list.append(el("li", { class: "noted", text: t(lang, "noteAdded", { text: tr(e.text, lang) }) }));
    }
    list.lastElementChild?.scrollIntoView?.({ block: "nearest" });
  }

  /** The caption card under the room: who speaks, with portrait, and what they say. */
  private showCaption(speaker: string, name: string, text: string): void {
    const card = document.getElementById("caption");
    if (!card) return;
    clear(card);
    card.append(
      portrait(speaker, name),
      el("div", {}, el("p", { class: "caption-name", text: name }), el("p", { class: "caption-text", text })),
    );
  }

  private noteButtons(line: string): HTMLElement {
    const lang = this.run?.lang ?? this.lang;
    const group = el("span", { class: "note-buttons", role: "group", "aria-label": t(lang, "note") });
    const tags: [NoteTag, string][] = [
      ["positive", t(lang, "notePositive")],
      ["negative", t(lang, "noteNegative")],
      ["idea", t(lang, "noteIdea")],
    ];
    for (const [tag, label] of tags) {
      const pressed = this.run?.session.context.noted[line] === tag;
      const b = el("button", {
        type: "button",
        class: `note-${tag}`,
        "data-line": line,
        "aria-pressed": String(pressed),
        "aria-label": `${t(lang, "note")}: ${label}`,
        text: label,
      });
      b.addEventListener("click", () => {
        const result = this.run?.session.note(line, tag);
        if (result?.ok) {
          for (const other of group.querySelectorAll("button")) other.setAttribute("aria-pressed", "false");
          b.setAttribute("aria-pressed", "true");
        }
      });
      group.append(b);
    }
    return group;
  }

  private renderNotes(): void {
    const run = this.run;
    const list = document.getElementById("notes");
    if (!run || !list) return;
    clear(list);
    for (const [line, tag] of Object.entries(run.session.context.noted)) {
      const spoken = run.session.log().find((e) => e.t === "line" && e.line?.id === line);
      if (spoken?.t !== "line") continue;
      list.append(
        el("li", {
          class: `note ${tag}`,
          text: `${speakerName(run.scenario, spoken.speaker, run.role, run.lang)}: “${tr(spoken.text, run.lang)}”`,
        }),
      );
    }
  }

  private renderRoom(): void {
    const run = this.run;
    if (!run) return;
    const log = run.session.log().slice(0, run.shown);
    const state = roomState(run.scenario, run.role, run.lang, log, run.session.context);
    this.deps.room.show(state);
    const summary = document.getElementById("room-summary");
    if (summary) summary.textContent = roomSummary(state, run.lang);
    const tl = state.timeline;
    const status = document.getElementById("status");
    if (status && tl) {
      const phase = tl.phases.find((p) => p.id === tl.current)?.title ?? "";
      status.textContent = t(run.lang, "status", {
        phase,
        clock: Math.round(tl.clock),
        planned: run.scenario.durationMinutes,
      });
    }
    // A soft warning when the phase on screen runs past its planned minutes: information, not a verdict.
    if (tl?.current && phaseOverrun(tl) && !run.warned.has(tl.current)) {
      run.warned.add(tl.current);
      this.cue("warning");
    }
  }

  private renderMove(): void {
    const run = this.run;
    const panel = document.getElementById("move");
    if (!run || !panel) return;
    if (run.urgeTimer !== null) {
      this.deps.clock.clearTimeout(run.urgeTimer);
      run.urgeTimer = null;
    }
    clear(panel);
    const p = run.session.pending();
    if (!p) return;
    const title = renderMovePanel(panel, p, run.lang, run.session.hasJudge, {
      choose: (id) => run.session.choose(id),
      pick: (ids) => run.session.pick(ids),
      say: (text) => run.session.say(text),
    });
    if (p.kind === "urge" && p.windowSeconds) this.startUrgeTimer(run, p.beat, p.windowSeconds);
    // Focus follows the conversation: to the new question, so keyboard and screen-reader users land on it.
    title.focus();
  }

  /** Counts the urge's window down on the injected clock; when it runs out the engine hears `expire`. */
  private startUrgeTimer(run: Run, beat: string, seconds: number): void {
    this.cue("timer");
    let left = seconds;
    const tick = () => {
      run.urgeTimer = null;
      if (this.run !== run || run.session.pending()?.beat !== beat) return;
      left--;
      if (left <= 0) {
        const result: MoveResult = run.session.expire();
        if (!result.ok) {
          const error = document.querySelector("#move .error");
          if (error) error.textContent = result.error;
        }
        return;
      }
      const label = document.querySelector("#move .urge-left");
      if (label) label.textContent = t(run.lang, "secondsLeft", { s: left });
      run.urgeTimer = this.deps.clock.setTimeout(tick, 1000);
    };
    run.urgeTimer = this.deps.clock.setTimeout(tick, 1000);
  }

  // ---------------------------------------------------------------- debrief
  private retryButton(beat: string): HTMLElement | null {
    const f = this.finished;
    if (!f) return null;
    const k = movesBefore(f.scenario, f.role, f.seed, f.moves, beat, this.judge);
    if (k === null) return null;
    const b = el("button", { type: "button", class: "retry", "data-beat": beat, text: t(f.lang, "retry") });
    b.addEventListener("click", () => this.beginRun(f, f.moves.slice(0, k)));
    return b;
  }

  private finishRun(): void {
    const run = this.run;
    if (!run) return;
    const report = buildReport(run.scenario, run.role, run.session.context, run.lang, run.seed);
    const item: HistoryItem = {
      scenarioId: run.scenarioId,
      title: tr(run.scenario.title, run.lang),
      role: run.role,
      total: report.score.total,
      finishedAt: new Date(this.deps.clock.now()).toISOString(),
    };
    if (run.customText === undefined)
      item.replay = { lang: run.lang, seed: run.seed, moves: [...run.session.moves] };
    addHistory(item);
    const transcript = buildTranscript(run.scenario, run.role, run.session.log(), run.lang);
    const {
      session: _session,
      shown: _s,
      queue: _q,
      paceTimer: _p,
      paused: _x,
      urgeTimer: _u,
      warned: _w,
      ...setup
    } = run;
    this.finished = { ...setup, moves: [...run.session.moves] };
    this.stopRun();
    markActive(false);
    this.showDebrief(report, transcript);
  }

  private viewHistory(item: HistoryItem): void {
    const entry = this.deps.catalog.find((c) => c.id === item.scenarioId);
    if (entry) this.withScenario(entry, (scenario) => this.replayHistory(item, scenario));
  }

  /** Rebuilds an earlier run's debrief by replaying its moves: the engine gives the same report again. */
  private replayHistory(item: HistoryItem, scenario: Scenario): void {
    const replay = item.replay;
    if (!replay || scenario.roles[item.role as Role] === undefined) return;
    const role = item.role as Role;
    const session = startSession(
      scenario,
      role,
      this.judge ? { seed: replay.seed, judge: this.judge } : { seed: replay.seed },
    );
    const ok = session.replay(replay.moves);
    const ctx: Context = session.context;
    const log = session.log();
    session.stop();
    if (!ok.ok) {
      this.notice = this.dropped({ key: "save_moves", detail: ok.error });
      this.showMenu();
      return;
    }
    this.finished = {
      scenario,
      scenarioId: item.scenarioId,
      role,
      lang: replay.lang,
      seed: replay.seed,
      moves: replay.moves,
    };
    this.showDebrief(
      buildReport(scenario, role, ctx, replay.lang, replay.seed),
      buildTranscript(scenario, role, log, replay.lang),
    );
  }

  showDebrief(report: Report, transcript: TranscriptEntry[]): void {
    document.documentElement.lang = report.lang;
    const heading = renderDebrief(this.deps.root, report, transcript, {
      retryButton: (beat) => this.retryButton(beat),
      toMenu: () => this.showMenu(),
      print: () => window.print(),
      exportJson: () => {
        const blob = new Blob([`${JSON.stringify({ report, transcript }, null, 2)}\n`], {
          type: "application/json",
        });
        const a = el("a", {
          href: URL.createObjectURL(blob),
          download: `spiegelspel-${report.scenario.id}-${report.role}.json`,
        });
        a.click();
        URL.revokeObjectURL(a.href);
      },
    });
    const slot = document.getElementById("room-slot");
    if (slot) {
      this.deps.room.mount(slot);
      this.deps.room.debrief({
        dimensions: report.score.dimensions.map((d) => ({ title: d.title, score: d.score })),
        people: report.participants.map((p) => ({
          name: p.name,
          start: p.openness.start,
          end: p.openness.end,
        })),
        labels: { you: t(report.lang, "you"), muted: t(report.lang, "muted") },
      });
    }
    heading.focus();
  }
}

/** The context before the first beat, for the menu's preview of the room. */
function initialContext(s: Scenario): Pick<Context, "people" | "clock" | "phase"> {
  return {
    clock: 0,
    phase: null,
    people: Object.fromEntries(
      s.cast.participants.map((p) => [p.id, { openness: p.openness, trust: p.trust }]),
    ),
  };
}

/** The number of moves that bring a run back to the moment the trainee acted at `beat`, if any. */
export function movesBefore(
  scenario: Scenario,
  role: Role,
  seed: number,
  moves: readonly MoveRecord[],
  beat: string,
  judge?: Judge,
): number | null {
  const session = startSession(scenario, role, judge ? { seed, judge } : { seed });
  try {
    for (let k = 0; k <= moves.length; k++) {
      if (session.pending()?.beat === beat) return k;
      const m = moves[k];
      if (!m || !session.apply(m).ok) break;
    }
    return null;
  } finally {
    session.stop();
  }
}
