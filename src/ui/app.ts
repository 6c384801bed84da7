// The DOM overlay: menu, briefing, meeting and debrief. It drives a Session from the engine and shows
// what the engine says; no rule of the method lives here. Every text is set as text.
import type { Scenario, Text } from "../engine/format/schema.ts";
import { loadScenario } from "../engine/load/load.ts";
import { formatProblem, type Problem } from "../engine/load/problems.ts";
import { tr } from "../engine/report/localize.ts";
import { speakerName } from "../engine/report/names.ts";
import { buildReport, type Report } from "../engine/report/report.ts";
import { buildTranscript } from "../engine/report/transcript.ts";
import { ROLES, type Role, ruleInfo } from "../engine/rules/catalog.ts";
import type { LogEntry, NoteTag } from "../engine/runtime/context.ts";
import type { Judge, Session } from "../engine/session/session.ts";
import { startSession } from "../engine/session/start.ts";
import type { CatalogEntry } from "./catalog.ts";
import { clear, el } from "./dom.ts";
import { type Lang, t } from "./i18n.ts";
import type { RoomView } from "./room-view.ts";
import {
  addHistory,
  clearSave,
  readHistory,
  readSave,
  readSettings,
  type SavedRun,
  type Settings,
  writeSave,
  writeSettings,
} from "./save.ts";
import type { SoundOut } from "./sound-captions.ts";

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
}

interface Run {
  scenario: Scenario;
  scenarioId: string;
  customText?: string;
  role: Role;
  lang: Lang;
  seed: number;
  session: Session;
  /** Log entries put on screen so far; the rest wait in `queue` to appear at reading pace. */
  shown: number;
  queue: LogEntry[];
  paceTimer: unknown;
  paused: boolean;
  urgeTimer: unknown;
}

export class App {
  private settings: Settings = readSettings();
  private run: Run | null = null;
  private custom: { text: string; scenario?: Scenario; problems: Problem[] } | null = null;
  private notice: string | null = null;
  private judge: Judge | undefined;
  private finished: {
    scenario: Scenario;
    scenarioId: string;
    role: Role;
    lang: Lang;
    seed: number;
    customText?: string;
    moves: SavedRun["moves"];
  } | null = null;

  constructor(private readonly deps: AppDeps) {}

  get lang(): Lang {
    return this.settings.lang;
  }

  start(): void {
    const saved = readSave();
    if (!saved.ok && saved.reason) this.notice = t(this.lang, "saveDropped", { why: saved.reason });
    this.showMenu();
    // The judge's weights are the largest part of our code; the menu does not wait for them.
    void this.loadJudge();
  }

  async loadJudge(): Promise<void> {
    this.judge ??= (await import("../engine/session/default-judge.ts")).defaultJudge;
  }

  // ---------------------------------------------------------------- menu
  showMenu(): void {
    this.stopRun();
    this.deps.room.hide();
    const lang = this.lang;
    const root = this.deps.root;
    clear(root);
    document.documentElement.lang = lang;
    const playable = this.deps.catalog.filter((c) => c.scenario);
    const scenarioSelect = el("select", { id: "scenario", name: "scenario" });
    for (const c of playable) {
      scenarioSelect.append(
        el("option", { value: c.id, text: c.scenario ? tr(c.scenario.title, lang) : c.id }),
      );
    }
    const roleSelect = el("select", { id: "role", name: "role" });
    const fillRoles = () => {
      clear(roleSelect);
      const entry = playable.find((c) => c.id === scenarioSelect.value);
      for (const r of ROLES)
        if (entry?.scenario?.roles[r]) roleSelect.append(el("option", { value: r, text: t(lang, r) }));
    };
    scenarioSelect.addEventListener("change", fillRoles);
    fillRoles();
    const langSelect = el(
      "select",
      { id: "lang", name: "lang" },
      el("option", { value: "nl", text: "Nederlands", selected: lang === "nl" }),
      el("option", { value: "en", text: "English", selected: lang === "en" }),
    );
    langSelect.addEventListener("change", () => {
      this.settings.lang = langSelect.value === "en" ? "en" : "nl";
      writeSettings(this.settings);
      this.showMenu();
    });
    const startButton = el("button", { type: "submit", id: "start", text: t(lang, "start") });
    const form = el(
      "form",
      { id: "menu-form", "aria-label": t(lang, "start") },
      el("label", { for: "scenario", text: t(lang, "scenario") }),
      scenarioSelect,
      el("label", { for: "role", text: t(lang, "role") }),
      roleSelect,
      el("label", { for: "lang", text: t(lang, "language") }),
      langSelect,
      startButton,
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const entry = playable.find((c) => c.id === scenarioSelect.value);
      if (!entry?.scenario) return;
      this.showBriefing(entry.scenario, entry.id, roleSelect.value as Role, undefined);
    });

    const saved = readSave();
    const resume = saved.ok
      ? el("button", {
          type: "button",
          id: "resume",
          text: `${t(lang, "resume")} (${saved.save.scenarioId}, ${t(lang, saved.save.role)})`,
        })
      : null;
    resume?.addEventListener("click", () => saved.ok && this.resume(saved.save));

    root.append(
      el(
        "main",
        { class: "menu", "aria-labelledby": "menu-title" },
        el("h1", { id: "menu-title", text: t(lang, "appTitle") }),
        el("p", { class: "tagline", text: t(lang, "tagline") }),
        this.notice ? el("p", { class: "notice", role: "status", text: this.notice }) : null,
        resume,
        form,
        this.ownScenarioSection(),
        this.settingsSection(),
        this.historySection(),
      ),
    );
    this.notice = null;
    (resume ?? scenarioSelect).focus();
  }

  private ownScenarioSection(): HTMLElement {
    const lang = this.lang;
    const input = el("input", { type: "file", id: "own-file", accept: ".json,application/json" });
    const output = el("div", { id: "own-result", "aria-live": "polite" });
    const show = () => {
      clear(output);
      if (!this.custom) return;
      const errors = this.custom.problems.filter((p) => p.severity === "error");
      if (this.custom.problems.length > 0) {
        output.append(
          el("h3", { text: t(lang, "problems") }),
          el(
            "ul",
            { class: "problems" },
            ...this.custom.problems.map((p) => el("li", { class: p.severity, text: formatProblem(p) })),
          ),
        );
      }
      const scenario = this.custom.scenario;
      if (scenario && errors.length === 0) {
        for (const r of ROLES) {
          if (!scenario.roles[r]) continue;
          const b = el("button", {
            type: "button",
            class: "play-own",
            text: `${t(lang, "playIt")}: ${t(lang, r)}`,
          });
          b.addEventListener("click", () => this.showBriefing(scenario, scenario.id, r, this.custom?.text));
          output.append(b);
        }
      }
    };
    const read = async (file: File) => {
      const text = await file.text();
      const result = loadScenario(text, file.name);
      this.custom = { text, scenario: result.scenario, problems: result.problems };
      show();
    };
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (file) void read(file);
    });
    const zone = el(
      "section",
      { class: "own", "aria-labelledby": "own-title" },
      el("h2", { id: "own-title", text: t(lang, "ownScenario") }),
      el("label", { for: "own-file", text: t(lang, "chooseFile") }),
      input,
      output,
    );
    zone.addEventListener("dragover", (e) => e.preventDefault());
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void read(file);
    });
    show();
    return zone;
  }

  private settingsSection(): HTMLElement {
    const lang = this.lang;
    const box = (id: string, label: string, checked: boolean, on: (v: boolean) => void) => {
      const input = el("input", { type: "checkbox", id, checked });
      input.addEventListener("change", () => {
        on(input.checked);
        writeSettings(this.settings);
      });
      return el("div", { class: "setting" }, input, el("label", { for: id, text: label }));
    };
    return el(
      "section",
      { class: "settings", "aria-labelledby": "settings-title" },
      el("h2", { id: "settings-title", text: t(lang, "settings") }),
      box("read-aloud", t(lang, "readAloud"), this.settings.readAloud, (v) => {
        this.settings.readAloud = v;
      }),
      box("instant", t(lang, "instantLines"), this.settings.pace === "instant", (v) => {
        this.settings.pace = v ? "instant" : "reading";
      }),
      box("mute-room", `${t(lang, "sound")}: room`, !this.settings.muted.room, (v) => {
        this.settings.muted.room = !v;
      }),
      box("mute-cues", `${t(lang, "sound")}: cues`, !this.settings.muted.cues, (v) => {
        this.settings.muted.cues = !v;
      }),
      box("mute-voice", `${t(lang, "sound")}: voice`, !this.settings.muted.voice, (v) => {
        this.settings.muted.voice = !v;
      }),
      ...(["room", "cues", "voice"] as const).map((channel) => {
        const id = `volume-${channel}`;
        const input = el("input", {
          type: "range",
          id,
          min: 0,
          max: 100,
          value: Math.round(this.settings.volume[channel] * 100),
        });
        input.addEventListener("change", () => {
          this.settings.volume[channel] = Number(input.value) / 100;
          writeSettings(this.settings);
        });
        return el(
          "div",
          { class: "setting" },
          el("label", { for: id, text: `${t(lang, "volume")}: ${channel}` }),
          input,
        );
      }),
    );
  }

  private historySection(): HTMLElement {
    const lang = this.lang;
    const items = readHistory();
    return el(
      "section",
      { class: "history", "aria-labelledby": "history-title" },
      el("h2", { id: "history-title", text: t(lang, "history") }),
      items.length === 0
        ? el("p", { text: t(lang, "noHistory") })
        : el(
            "ol",
            {},
            ...items.map((h) =>
              el("li", {
                text: `${h.finishedAt.slice(0, 16).replace("T", " ")} · ${h.title} · ${t(lang, h.role as Role)} · ${h.total ?? "–"}`,
              }),
            ),
          ),
    );
  }

  // ---------------------------------------------------------------- briefing
  showBriefing(scenario: Scenario, scenarioId: string, role: Role, customText: string | undefined): void {
    const lang = this.lang;
    const setup = scenario.roles[role];
    if (!setup) return;
    const root = this.deps.root;
    clear(root);
    const go = el("button", { type: "button", id: "enter", text: t(lang, "begin") });
    go.addEventListener("click", () => {
      clearSave();
      this.beginRun(scenario, scenarioId, role, lang, this.deps.newSeed(), customText, []);
    });
    root.append(
      el(
        "main",
        { class: "briefing", "aria-labelledby": "briefing-title" },
        el("h1", { id: "briefing-title", text: `${t(lang, "briefing")}: ${tr(scenario.title, lang)}` }),
        el("p", { class: "summary", text: tr(scenario.summary, lang) }),
        el("h2", { text: `${t(lang, "yourRole")}: ${t(lang, role)}` }),
        el("p", { text: tr(setup.briefing, lang) }),
        el("h2", { text: t(lang, "keyRules") }),
        el(
          "ul",
          {},
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
        go,
      ),
    );
    go.focus();
  }

  // ---------------------------------------------------------------- meeting
  private resume(save: SavedRun): void {
    let scenario: Scenario | undefined;
    if (save.customScenario) scenario = loadScenario(save.customScenario, "own.json").scenario;
    else scenario = this.deps.catalog.find((c) => c.id === save.scenarioId)?.scenario;
    if (!scenario) {
      clearSave();
      this.notice = t(this.lang, "saveDropped", { why: `scenario '${save.scenarioId}' is not available` });
      this.showMenu();
      return;
    }
    this.settings.lang = save.lang;
    this.beginRun(
      scenario,
      save.scenarioId,
      save.role,
      save.lang,
      save.seed,
      save.customScenario,
      save.moves,
    );
  }

  private beginRun(
    scenario: Scenario,
    scenarioId: string,
    role: Role,
    lang: Lang,
    seed: number,
    customText: string | undefined,
    moves: SavedRun["moves"],
  ): void {
    if (!this.judge) {
      // Typed words in a saved run need the judge to replay, so a run starts once it is there (it is
      // loading since the menu appeared).
      void this.loadJudge().then(() =>
        this.beginRun(scenario, scenarioId, role, lang, seed, customText, moves),
      );
      return;
    }
    const session = startSession(scenario, role, { seed, judge: this.judge });
    const replayed = session.replay(moves);
    if (!replayed.ok) {
      clearSave();
      this.notice = t(lang, "saveDropped", { why: replayed.error });
      this.showMenu();
      return;
    }
    this.run = {
      scenario,
      scenarioId,
      role,
      lang,
      seed,
      session,
      shown: 0,
      queue: [],
      paceTimer: null,
      paused: false,
      urgeTimer: null,
    };
    if (customText !== undefined) this.run.customText = customText;
    this.renderMeetingFrame();
    session.subscribe(() => this.afterStep());
    // What happened before a resume is shown at once; only new lines come at reading pace.
    this.afterStep(moves.length > 0);
  }

  private stopRun(): void {
    if (!this.run) return;
    if (this.run.urgeTimer !== null) this.deps.clock.clearTimeout(this.run.urgeTimer);
    if (this.run.paceTimer !== null) this.deps.clock.clearTimeout(this.run.paceTimer);
    this.run.session.stop();
    this.deps.sound.roomTone(false);
    this.deps.sound.stopSpeaking();
    this.run = null;
  }

  private renderMeetingFrame(): void {
    const run = this.run;
    if (!run) return;
    const lang = run.lang;
    const root = this.deps.root;
    clear(root);
    const leave = el("button", { type: "button", id: "leave", class: "leave", text: t(lang, "toMenu") });
    // The run stays saved: the menu offers to resume it.
    leave.addEventListener("click", () => this.showMenu());
    root.append(
      el(
        "main",
        { class: "meeting", "aria-labelledby": "meeting-title" },
        leave,
        this.pacingControls(),
        el("h1", { id: "meeting-title", class: "visually-hidden", text: tr(run.scenario.title, lang) }),
        el("div", { id: "timeline", class: "timeline", role: "group", "aria-label": t(lang, "timeline") }),
        el("p", { id: "captions", class: "captions", "aria-live": "polite" }),
        el(
          "section",
          { class: "transcript", "aria-labelledby": "transcript-title" },
          el("h2", { id: "transcript-title", text: t(lang, "transcript") }),
          el("ol", { id: "log", "aria-live": "polite", "aria-relevant": "additions" }),
        ),
        el("section", { id: "move", class: "move", "aria-labelledby": "move-title" }),
        run.role === "listener"
          ? el(
              "section",
              { class: "notes", "aria-labelledby": "notes-title" },
              el("h2", { id: "notes-title", text: t(lang, "notes") }),
              el("ul", { id: "notes" }),
            )
          : null,
      ),
    );
    this.deps.sound.roomTone(!this.settings.muted.room);
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
      this.appendLog([entry]);
      if (reading && entry.t === "line") {
        this.renderRoom(run.session.log().slice(0, run.shown));
        const chars = tr(entry.text, run.lang).length;
        const ms = Math.min(6000, 600 + chars * 45) / this.settings.speed;
        run.paceTimer = this.deps.clock.setTimeout(() => {
          run.paceTimer = null;
          if (this.run === run) this.pump();
        }, ms);
        return;
      }
    }
    const log = run.session.log();
    this.renderTimeline();
    this.renderRoom(log);
    this.renderNotes();
    if (run.session.done) {
      this.finishRun();
      return;
    }
    this.renderMove();
  }

  private pacingControls(): HTMLElement {
    const lang = this.lang;
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

  private appendLog(entries: LogEntry[]): void {
    const run = this.run;
    const list = document.getElementById("log");
    if (!run || !list) return;
    const lang = run.lang;
    const s = run.scenario;
    for (const e of entries) {
      if (e.t === "phase") {
        const title = s.phases.find((p) => p.id === e.phase)?.title;
        list.append(
          el("li", {
            class: "phase",
            text: `— ${title ? tr(title, lang) : e.phase} (${Math.round(e.at)} ${t(lang, "minutes")}) —`,
          }),
        );
        this.caption(t(lang, "sound_phase"));
        this.deps.sound.cue("phase");
      } else if (e.t === "line") {
        const item = el(
          "li",
          { class: `line emotion-${e.line?.emotion ?? "neutral"}`, "data-speaker": e.speaker },
          el("span", { class: "speaker", text: `${speakerName(s, e.speaker, run.role, lang)}: ` }),
          el("span", { class: "text", text: tr(e.text, lang) }),
        );
        if (run.role === "listener" && e.line?.id && s.cast.participants.some((p) => p.id === e.speaker)) {
          item.append(this.noteButtons(e.line.id));
        }
        list.append(item);
        const voice = e.line?.audio?.[lang];
        if (voice) this.deps.sound.voice(voice);
        else if (this.settings.readAloud) this.deps.sound.speak(tr(e.text, lang), lang);
      } else if (e.t === "move") {
        const who = e.byComputer
          ? e.role === "listener"
            ? t(lang, "listener")
            : speakerName(s, e.role, run.role, lang)
          : t(lang, "youDid");
        const did = e.free ? e.free.text : e.texts.map((x) => tr(x, lang)).join(" · ");
        list.append(el("li", { class: e.byComputer ? "move npc" : "move own", text: `${who}: ${did}` }));
      } else if (e.t === "verdict" && e.kind === "breach") {
        this.caption(t(lang, "sound_breach"));
        this.deps.sound.cue("breach");
      }
    }
    list.lastElementChild?.scrollIntoView?.({ block: "nearest" });
  }

  private noteButtons(line: string): HTMLElement {
    const lang = this.lang;
    const group = el("span", { class: "note-buttons", role: "group", "aria-label": t(lang, "note") });
    const tags: [NoteTag, string][] = [
      ["positive", t(lang, "notePositive")],
      ["negative", t(lang, "noteNegative")],
      ["idea", t(lang, "noteIdea")],
    ];
    for (const [tag, label] of tags) {
      const b = el("button", {
        type: "button",
        class: `note-${tag}`,
        "data-line": line,
        text: `${t(lang, "note")}: ${label}`,
      });
      b.addEventListener("click", () => {
        const result = this.run?.session.note(line, tag);
        if (result?.ok) b.setAttribute("aria-pressed", "true");
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
    for (const e of run.session.log()) {
      if (e.t !== "note") continue;
      list.append(
        el("li", {
          class: `note ${e.tag}`,
          text: `${speakerName(run.scenario, e.speaker, run.role, run.lang)}: “${tr(e.text, run.lang)}”`,
        }),
      );
    }
  }

  private renderTimeline(): void {
    const run = this.run;
    const bar = document.getElementById("timeline");
    if (!run || !bar) return;
    clear(bar);
    const ctx = run.session.context;
    for (const p of run.scenario.phases) {
      bar.append(
        el("span", {
          class: `phase-chip${p.id === ctx.phase ? " current" : ""}`,
          "aria-current": p.id === ctx.phase ? "step" : undefined,
          text: `${tr(p.title, run.lang)} ${p.plannedMinutes}′`,
        }),
      );
    }
    bar.append(
      el("span", {
        class: "clock",
        text: `${Math.round(ctx.clock)} / ${run.scenario.durationMinutes} ${t(run.lang, "minutes")}`,
      }),
    );
  }

  private renderRoom(log: LogEntry[]): void {
    const run = this.run;
    if (!run) return;
    const s = run.scenario;
    const ctx = run.session.context;
    let speaker: string | null = null;
    let emotion: Record<string, string> = {};
    for (let i = log.length - 1; i >= 0; i--) {
      const e = log[i] as LogEntry;
      if (e.t === "line") {
        speaker ??= e.speaker;
        if (e.line?.emotion && !(e.speaker in emotion)) emotion = { ...emotion, [e.speaker]: e.line.emotion };
      }
    }
    const seat = s.roles.listener?.seat;
    this.deps.room.show({
      speaker,
      reacting: null,
      people: [
        {
          id: s.cast.facilitator.id,
          name: s.cast.facilitator.name,
          ring: "facilitator",
          trainee: run.role === "facilitator",
        },
        ...s.cast.participants.map((p) => ({
          id: p.id,
          name: p.name,
          ring: "inner" as const,
          openness: ctx.people[p.id]?.openness ?? p.openness,
          ...(emotion[p.id] ? { emotion: emotion[p.id] as string } : {}),
        })),
        ...s.cast.listeners.map((l) => ({
          id: l.id,
          name: l.name,
          ring: "outer" as const,
          trainee: run.role === "listener" && l.id === seat,
        })),
      ],
    });
  }

  private caption(text: string): void {
    const c = document.getElementById("captions");
    if (c) c.textContent = text;
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
    const lang = run.lang;
    const title = el("h2", {
      id: "move-title",
      tabindex: "-1",
      text: `${t(lang, "yourMove")}: ${tr(p.prompt, lang)}`,
    });
    panel.append(title);
    const error = el("p", { class: "error", role: "alert" });
    const report = (result: { ok: boolean; error?: string }) => {
      if (!result.ok) error.textContent = result.error ?? "";
    };
    if (p.kind === "pick") {
      const fieldset = el(
        "fieldset",
        {},
        el("legend", { text: t(lang, "pickBetween", { min: p.min, max: p.max }) }),
      );
      for (const c of p.choices) {
        const id = `pick-${c.id}`;
        fieldset.append(
          el(
            "div",
            { class: "pick" },
            el("input", { type: "checkbox", id, value: c.id }),
            el("label", { for: id, text: tr(c.text, lang) }),
          ),
        );
      }
      const confirm = el("button", { type: "button", id: "confirm", text: t(lang, "confirm") });
      confirm.addEventListener("click", () => {
        const ids = [...fieldset.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value);
        report(run.session.pick(ids));
      });
      panel.append(fieldset, confirm);
    } else {
      const list = el("div", { class: "choices", role: "group", "aria-labelledby": "move-title" });
      for (const c of p.choices) {
        const b = el("button", {
          type: "button",
          class: "choice",
          "data-choice": c.id,
          text: tr(c.text, lang),
        });
        b.addEventListener("click", () => report(run.session.choose(c.id)));
        list.append(b);
      }
      panel.append(list);
      if (p.kind === "urge" && p.windowSeconds) {
        const seconds = p.windowSeconds;
        const meter = el("p", {
          class: "urge-timer",
          text: `${t(lang, "urgeWindow")} ${t(lang, "secondsLeft", { s: seconds })}`,
        });
        panel.append(meter);
        this.caption(t(lang, "sound_timer"));
        this.deps.sound.cue("timer");
        const pendingBeat = p.beat;
        run.urgeTimer = this.deps.clock.setTimeout(() => {
          run.urgeTimer = null;
          if (this.run === run && run.session.pending()?.beat === pendingBeat) report(run.session.expire());
        }, seconds * 1000);
      }
    }
    if (p.freeText && run.session.hasJudge) {
      const input = el("input", { type: "text", id: "free-text", maxlength: 500, autocomplete: "off" });
      const sayButton = el("button", { type: "submit", text: t(lang, "say") });
      const form = el(
        "form",
        { class: "free-text" },
        el("label", { for: "free-text", text: `${tr(p.freeText.prompt, lang)} ${t(lang, "orType")}` }),
        input,
        sayButton,
      );
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        report(run.session.say(input.value));
      });
      panel.append(form);
    }
    panel.append(error);
    // Focus follows the conversation: to the new question, so keyboard and screen-reader users land on it.
    title.focus();
  }

  // ---------------------------------------------------------------- debrief
  private retryButton(beat: string): HTMLElement | null {
    const f = this.finished;
    if (!f) return null;
    const k = movesBefore(f.scenario, f.role, f.seed, f.moves, beat, this.judge);
    if (k === null) return null;
    const b = el("button", { type: "button", class: "retry", "data-beat": beat, text: t(f.lang, "retry") });
    b.addEventListener("click", () =>
      this.beginRun(f.scenario, f.scenarioId, f.role, f.lang, f.seed, f.customText, f.moves.slice(0, k)),
    );
    return b;
  }

  private finishRun(): void {
    const run = this.run;
    if (!run) return;
    const report = buildReport(run.scenario, run.role, run.session.context, run.lang, run.seed);
    addHistory({
      scenarioId: run.scenarioId,
      title: tr(run.scenario.title, run.lang),
      role: run.role,
      total: report.score.total,
      finishedAt: new Date(this.deps.clock.now()).toISOString(),
    });
    const transcript = buildTranscript(run.scenario, run.role, run.session.log(), run.lang);
    this.finished = {
      scenario: run.scenario,
      scenarioId: run.scenarioId,
      role: run.role,
      lang: run.lang,
      seed: run.seed,
      moves: [...run.session.moves],
    };
    if (run.customText !== undefined) this.finished.customText = run.customText;
    this.stopRun();
    this.deps.room.hide();
    this.showDebrief(report, transcript);
  }

  showDebrief(report: Report, transcript: ReturnType<typeof buildTranscript>): void {
    const lang = report.lang;
    const root = this.deps.root;
    clear(root);
    const kindLabel = (k: string) =>
      t(lang, k === "good" ? "wentWell" : k === "breach" ? "breach" : "missed");
    const exportButton = el("button", { type: "button", id: "export-json", text: t(lang, "exportJson") });
    exportButton.addEventListener("click", () => {
      const blob = new Blob([`${JSON.stringify({ report, transcript }, null, 2)}\n`], {
        type: "application/json",
      });
      const a = el("a", {
        href: URL.createObjectURL(blob),
        download: `spiegelspel-${report.scenario.id}-${report.role}.json`,
      });
      a.click();
      URL.revokeObjectURL(a.href);
    });
    const printButton = el("button", { type: "button", id: "print", text: t(lang, "print") });
    printButton.addEventListener("click", () => window.print());
    const back = el("button", { type: "button", id: "back", text: t(lang, "again") });
    back.addEventListener("click", () => this.showMenu());
    const heading = el("h1", {
      id: "debrief-title",
      tabindex: "-1",
      text: `${t(lang, "debrief")}: ${report.scenario.title}`,
    });
    root.append(
      el(
        "main",
        { class: "debrief", "aria-labelledby": "debrief-title" },
        heading,
        el(
          "section",
          { class: "scores", "aria-label": t(lang, "total") },
          el("p", {
            class: "total",
            "data-total": String(report.score.total ?? ""),
            text: `${t(lang, "total")}: ${report.score.total ?? "–"}`,
          }),
          el(
            "ul",
            {},
            ...report.score.dimensions.map((d) =>
              el("li", {
                class: "dimension",
                "data-dimension": d.id,
                "data-score": String(d.score),
                text: `${d.title}: ${d.score}`,
              }),
            ),
          ),
        ),
        el("h2", { text: t(lang, "advice") }),
        el("ul", { class: "advice" }, ...report.advice.map((a) => el("li", { text: a }))),
        el("h2", { text: t(lang, "moments") }),
        el(
          "ol",
          { class: "moments" },
          ...report.moments.map((m) =>
            el(
              "li",
              { class: `moment ${m.kind}`, "data-rule": m.rule, "data-kind": m.kind },
              el("strong", {
                text: `${Math.round(m.at)}′ · ${kindLabel(m.kind)} · ${m.rule} ${m.ruleTitle}`,
              }),
              m.quote ? el("blockquote", { text: `${m.quote.name}: “${m.quote.text}”` }) : null,
              m.did ? el("p", { class: "did", text: `${t(lang, "youDid")}: ${m.did}` }) : null,
              el("p", { class: "why", text: `${t(lang, "why")}: ${m.why}` }),
              m.better ? el("p", { class: "better", text: `${t(lang, "better")}: ${m.better}` }) : null,
              this.retryButton(m.beat),
            ),
          ),
        ),
        report.untold.length
          ? el(
              "section",
              {},
              el("h2", { text: t(lang, "untold") }),
              el("ul", {}, ...report.untold.map((u) => el("li", { text: `${u.name}: ${u.story}` }))),
            )
          : null,
        report.improvementPoints.length
          ? el(
              "section",
              {},
              el("h2", { text: t(lang, "improvementPoints") }),
              el("ul", {}, ...report.improvementPoints.map((p) => el("li", { text: p }))),
            )
          : null,
        el("h2", { text: t(lang, "timeline") }),
        el(
          "table",
          { class: "timeline-table" },
          ...report.timeline.map((p) =>
            el(
              "tr",
              {},
              el("th", { scope: "row", text: p.title }),
              el("td", { text: `${p.plannedStart}′ +${p.plannedMinutes}′` }),
              el("td", {
                text:
                  p.actualStart === null
                    ? "–"
                    : `${Math.round(p.actualStart)}′ +${Math.round(p.actualMinutes ?? 0)}′`,
              }),
            ),
          ),
        ),
        el("h2", { text: t(lang, "transcript") }),
        el(
          "ol",
          { class: "full-transcript" },
          ...transcript.map((e) => {
            if (e.kind === "line") return el("li", { class: "line", text: `${e.name}: ${e.text}` });
            if (e.kind === "move")
              return el("li", {
                class: "move",
                text: `${e.by}: ${e.free ? e.free.text : e.did.join(" · ")}`,
              });
            if (e.kind === "verdict")
              return el("li", {
                class: `verdict ${e.verdict}`,
                text: `${kindLabel(e.verdict)} · ${e.rule}: ${e.why}`,
              });
            if (e.kind === "phase") return el("li", { class: "phase", text: `— ${e.title} —` });
            if (e.kind === "untold") return el("li", { class: "untold", text: `(${e.name}: ${e.story})` });
            return el("li", { class: "note", text: `${t(lang, "noted")}: ${e.text}` });
          }),
        ),
        el("div", { class: "actions" }, exportButton, printButton, back),
      ),
    );
    heading.focus();
  }
}

/** The number of moves that bring a run back to the moment the trainee acted at `beat`, if any. */
export function movesBefore(
  scenario: Scenario,
  role: Role,
  seed: number,
  moves: SavedRun["moves"],
  beat: string,
  judge?: Judge,
): number | null {
  const session = startSession(scenario, role, judge ? { seed, judge } : { seed });
  for (let k = 0; k <= moves.length; k++) {
    if (session.pending()?.beat === beat) {
      session.stop();
      return k;
    }
    const m = moves[k];
    if (!m || !session.apply(m).ok) break;
  }
  session.stop();
  return null;
}

export function textOf(text: Text, lang: Lang): string {
  return tr(text, lang);
}
