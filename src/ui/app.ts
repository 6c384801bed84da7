// The game's screens in the DOM overlay: menu, briefing, meeting and debrief. It drives a Session from
// the engine and shows what the engine says; no rule of the method lives here. Every text is set as text.
import type { Scenario } from "../engine/format/schema.ts";
import { formatProblems } from "../engine/load/group-problems.ts";
import { loadScenario } from "../engine/load/load.ts";
import { moveActor, moveParts } from "../engine/report/acts.ts";
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
import { Countdown } from "./countdown.ts";
import { renderDebrief } from "./debrief.ts";
import { clear, el } from "./dom.ts";
import { type Lang, t } from "./i18n.ts";
import { labelName } from "./label-names.ts";
import { clockText, shownTime } from "./meeting-clock.ts";
import { isNoteOnly, isOwn, withUrgeWindow } from "./meeting-steps.ts";
import { type OwnScenario, renderMenu } from "./menu.ts";
import { renderMovePanel } from "./move-panel.ts";
import { portrait } from "./portrait.ts";
import { refusalText } from "./refusal-text.ts";
import { roomLegend } from "./room-legend.ts";
import { phaseOverrun, roomState, roomSummary } from "./room-state.ts";
import type { RoomView } from "./room-view.ts";
import { askReplace, runTitle, showSaveStatus } from "./runs-in-progress.ts";
import {
  activeRun,
  type HistoryItem,
  markActive,
  readSettings,
  type Settings,
  writeSettings,
} from "./save.ts";
import type { WorkshopHost } from "./screens/workshop.ts";
import { LocalSeat } from "./seat/local-seat.ts";
import type { MeetingSeat } from "./seat/seat.ts";
import type { Cue, SoundOut } from "./sound-captions.ts";
import { type Backend, openBackend } from "./storage/backend.ts";
import { contentHash } from "./storage/hash.ts";
import { noticeText } from "./storage/notices.ts";
import { RUN_VERSION, type RunRecord, runKey } from "./storage/records.ts";
import { problemsText, type ResumeWhy, resumeWhy, whyText } from "./storage/resume-why.ts";
import { SaveStore } from "./storage/store.ts";
import { st } from "./storage/strings.ts";
import { readMoreTime } from "./time-setting.ts";

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
  /** Where runs and history are kept; by default IndexedDB, else localStorage. */
  storage?: () => Promise<Backend>;
}

/** What identifies a run: enough to replay it exactly. */
interface RunSetup {
  scenario: Scenario;
  scenarioId: string;
  customText?: string;
  /** Content hash of `customText`: an own scenario is stored once under it. */
  own?: string;
  role: Role;
  lang: Lang;
  seed: number;
}

interface Run extends RunSetup {
  /** The run's place in the store: one per scenario and role. */
  key: string;
  /** Content hash of the scenario's text, to tell "the scenario changed" from other failures later. */
  scenarioHash?: string;
  /** What drives the meeting view: the local session, or a workshop seat on the server. */
  seat: MeetingSeat;
  /** The local session (single play); null for a workshop seat, which has nothing to save or replay. */
  session: Session | null;
  /** A workshop seat's own leaving and ending (single play: the menu, and its debrief). */
  hooks?: SeatHooks;
  /** Log entries put on screen so far; the rest wait in `queue` to appear at reading pace. */
  shown: number;
  queue: LogEntry[];
  paceTimer: unknown;
  paused: boolean;
  /** The waiting urge's countdown: paused with the meeting, resumed with the time it had left. */
  urgeTimer: Countdown | null;
  /** Phases whose overrun was already signalled. */
  warned: Set<string>;
}

/** What a workshop screen does when its seat's meeting is left or reaches its end. */
export interface SeatHooks {
  leave(): void;
  done(): void;
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
  private store!: SaveStore;
  /** A resume that failed, shown by its run in the menu with the offer to set it aside. */
  private resumeProblem: { key: string; why: string } | null = null;
  /** The menu's scenario and role, kept while the menu is drawn again in another language. */
  private menuChoice: { scenario: string; role: string } | null = null;

  constructor(private readonly deps: AppDeps) {}

  get lang(): Lang {
    return this.settings.lang;
  }

  /** Opens the store (checking and migrating what it holds), then the menu or the run this tab showed. */
  async start(): Promise<void> {
    // Escape in a meeting pauses it, and again goes on (the pause note says so): the one key to stop.
    document.addEventListener("keydown", (e) => {
      if (e.key !== "Escape" || !this.run || !document.getElementById("pause")) return;
      e.preventDefault();
      this.setPaused(!this.run.paused);
    });
    this.applyMotion();
    const backend = await (this.deps.storage ?? openBackend)();
    this.store = await SaveStore.open(backend, () => new Date(this.deps.clock.now()).toISOString());
    this.store.onWrite = (kind, ok) => this.saveWent(kind, ok);
    this.notice = this.storeNotice();
    // A reload in the middle of a meeting goes straight back into it; a new visit starts at the menu.
    const active = activeRun();
    const key = active === "1" ? this.store.runs()[0]?.key : active;
    // A workshop's link (?join=CODE) opens Join with the code filled in.
    const joinCode = new URLSearchParams(location.search).get("join");
    if (joinCode !== null) this.openWorkshop("join", joinCode.slice(0, 12));
    else if (location.hash.startsWith("#studio")) this.openStudio();
    else if (key && this.store.run(key)) this.resume(key);
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

  /** What the store has to say (records set aside, a migration, a failed write), in the menu's language. */
  private storeNotice(): string | null {
    const lang = this.lang;
    return noticeText(
      lang,
      this.store.takeNotices(),
      (run) => `${runTitle(run, this.deps.catalog, lang)} · ${t(lang, run.role)}`,
    );
  }

  /** A write that failed says so on the screen at hand, calmly; the next one that works clears it. */
  private saveWent(kind: "run" | "history" | "historyList" | "own", ok: boolean): void {
    const lang = this.run?.lang ?? this.finished?.lang ?? this.lang;
    if (!ok)
      showSaveStatus(
        this.deps.root,
        lang,
        st(lang, kind === "own" || kind === "history" ? `writeFailed_${kind}` : "writeFailed_run"),
      );
    else if (kind === "run") showSaveStatus(this.deps.root, lang, null);
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
    markActive(null);
    this.deps.room.hide();
    document.documentElement.lang = this.lang;
    const notice = [this.notice, this.storeNotice()].filter((n) => n).join(" ");
    const focus = renderMenu(this.deps.root, {
      lang: this.lang,
      settings: this.settings,
      catalog: this.deps.catalog,
      notice: notice || null,
      runs: this.store.runs(),
      resumeProblem: this.resumeProblem,
      history: this.store.history(),
      own: this.own,
      systemReducedMotion: this.deps.systemReducedMotion?.() ?? false,
      chosen: this.menuChoice,
      setLang: (lang, chosen) => {
        this.settings.lang = lang;
        writeSettings(this.settings);
        this.menuChoice = chosen;
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
      resume: (key) => this.resume(key),
      setAside: (key) => void this.setAside(key),
      viewHistory: (item) => this.viewHistory(item),
      workshop: (kind) => this.openWorkshop(kind),
      studio: () => this.openStudio(),
    });
    this.notice = null;
    this.resumeProblem = null;
    this.menuChoice = null;
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
      const run: RunSetup = { scenario, scenarioId, role, lang, seed: this.deps.newSeed() };
      if (customText !== undefined) {
        run.customText = customText;
        run.own = contentHash(customText);
      }
      // One run is kept per scenario and role: a new one replaces a saved one only when the player says so.
      const saved = this.store.run(runKey({ id: scenarioId, own: run.own }, role));
      if (!saved) {
        this.beginRun(run, []);
        return;
      }
      askReplace(go.parentElement ?? go, lang, saved, this.deps.catalog, {
        replace: () => this.beginRun(run, []),
        resume: () => this.resume(saved.key),
      }).focus();
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
  /**
   * Resumes a saved run. Whatever goes wrong (an own scenario that is gone or unreadable, a scenario that
   * changed, moves that no longer fit, a crash while replaying) brings the menu back with the real reason
   * and the offer to set the run aside; the run itself is kept.
   */
  private resume(key: string): void {
    const save = this.store.run(key);
    if (!save) {
      this.showMenu();
      return;
    }
    const fail = (why: ResumeWhy) => this.resumeFailed(save, why);
    if (save.own !== undefined) {
      void this.store.ownText(save.own).then((text) => {
        if (text === undefined) {
          fail({ key: "why_ownMissing" });
          return;
        }
        let loaded: ReturnType<typeof loadScenario>;
        try {
          loaded = loadScenario(text, "own.json");
        } catch (error) {
          fail({ key: "why_ownUnreadable", detail: String(error) });
          return;
        }
        const errors = loaded.problems.filter((p) => p.severity === "error");
        if (!loaded.scenario || errors.length > 0) {
          fail({ key: "why_ownUnreadable", detail: problemsText(errors, this.lang) });
          return;
        }
        this.resumeWith(save, loaded.scenario, text);
      });
      return;
    }
    const entry = this.deps.catalog.find((c) => c.id === save.scenarioId);
    if (!entry) {
      fail({ key: "why_gone", detail: save.scenarioId });
      return;
    }
    const use = (loaded: Loaded) => {
      const errors = loaded.problems.filter((p) => p.severity === "error");
      if (!loaded.scenario || errors.length > 0) {
        fail({ key: "why_scenarioBroken", detail: problemsText(errors, this.lang) });
        return;
      }
      this.resumeWith(save, loaded.scenario, undefined);
    };
    const ready = entry.peek();
    if (ready) use(ready);
    else void entry.load().then(use);
  }

  private resumeFailed(save: RunRecord, why: ResumeWhy): void {
    this.stopRun();
    markActive(null);
    this.settings.lang = save.lang;
    const lang = this.lang;
    this.resumeProblem = {
      key: save.key,
      why: st(lang, "resumeFailed", {
        what: `${runTitle(save, this.deps.catalog, lang)} · ${t(lang, save.role)}`,
        why: whyText(lang, why),
      }),
    };
    this.showMenu();
    document.querySelector<HTMLElement>(".resume-problem")?.focus();
  }

  private async setAside(key: string): Promise<void> {
    const ok = await this.store.setRunAside(key, "player");
    this.notice = ok ? st(this.lang, "setAsideDone") : st(this.lang, "writeFailed_run");
    this.showMenu();
  }

  private resumeWith(save: RunRecord, scenario: Scenario, customText: string | undefined): void {
    this.settings.lang = save.lang;
    const run: RunSetup = {
      scenario,
      scenarioId: save.scenarioId,
      role: save.role,
      lang: save.lang,
      seed: save.seed,
    };
    if (customText !== undefined && save.own !== undefined) {
      run.customText = customText;
      run.own = save.own;
    }
    this.beginRun(run, save.moves, save);
  }

  /** The hash of the scenario text a run plays in: its own text, or the bundled file as fetched. */
  private scenarioHash(setup: RunSetup): string | undefined {
    if (setup.own !== undefined) return setup.own;
    const text = this.deps.catalog.find((c) => c.id === setup.scenarioId)?.peek()?.text;
    return text ? contentHash(text) : undefined;
  }

  /** Starts a run, replaying `moves` first; `saved` is the stored run being resumed, if any. */
  private beginRun(setup: RunSetup, moves: readonly MoveRecord[], saved?: RunRecord): void {
    if (!this.judgeSettled) {
      // A run that starts (or resumes) before the judge has arrived waits for it: typed words need it.
      void this.loadJudge().then(() => this.beginRun(setup, moves, saved));
      return;
    }
    const key = runKey({ id: setup.scenarioId, own: setup.own }, setup.role);
    const failed = (why: ResumeWhy) => {
      if (saved) this.resumeFailed(saved, why);
      else {
        this.stopRun();
        this.notice = st(this.lang, "startFailed", { why: whyText(this.lang, why) });
        this.showMenu();
      }
    };
    // Typed words in a saved run cannot be replayed without the judge; the run is kept for later.
    if (!this.judge && moves.some((m) => "say" in m)) {
      failed({ key: "why_judge" });
      return;
    }
    this.stopRun();
    const scenarioHash = this.scenarioHash(setup);
    let session: Session;
    try {
      session = startSession(
        setup.scenario,
        setup.role,
        this.judge ? { seed: setup.seed, judge: this.judge } : { seed: setup.seed },
      );
      const replayed = session.replay(moves);
      if (!replayed.ok) {
        session.stop();
        failed(resumeWhy(replayed.error, saved?.scenarioHash, scenarioHash));
        return;
      }
    } catch (error) {
      // The error's text can carry the scenario's own words: clipped and made visible like any input.
      failed({
        key: "why_crash",
        detail: showInput(error instanceof Error ? error.message : String(error), 200),
      });
      return;
    }
    this.run = {
      ...setup,
      key,
      scenarioHash,
      seat: new LocalSeat(session),
      session,
      shown: 0,
      queue: [],
      paceTimer: null,
      paused: false,
      urgeTimer: null,
      warned: new Set(),
    };
    document.documentElement.lang = setup.lang;
    markActive(key);
    try {
      this.renderMeetingFrame();
      session.subscribe(() => this.afterStep());
      // What happened before a resume is shown at once; only new lines come at reading pace.
      this.afterStep(moves.length > 0);
    } catch (error) {
      // Never a blank page: whatever broke while showing the run, the menu comes back and says so.
      // The error's text can carry the scenario's own words: clipped and made visible like any input.
      failed({
        key: "why_crash",
        detail: showInput(error instanceof Error ? error.message : String(error), 200),
      });
    }
  }

  /**
   * The meeting view over a workshop seat: the same screen as single play, driven by the server. Nothing is
   * saved on this device (the server's log is the record); `hooks` say what leaving and the end do.
   */
  showSeat(scenario: Scenario, role: Role, lang: Lang, seat: MeetingSeat, hooks: SeatHooks): void {
    this.stopRun();
    this.run = {
      scenario,
      scenarioId: scenario.id,
      role,
      lang,
      seed: 0,
      key: "",
      seat,
      session: null,
      hooks,
      shown: 0,
      queue: [],
      paceTimer: null,
      paused: false,
      urgeTimer: null,
      warned: new Set(),
    };
    document.documentElement.lang = lang;
    this.renderMeetingFrame();
    seat.subscribe(() => this.afterStep());
    this.afterStep(true);
  }

  /** The workshop screens, loaded on demand: single play's start-up carries none of them (nor colyseus.js). */
  openWorkshop(kind: "trainer" | "join", code?: string): void {
    this.stopRun();
    markActive(null);
    import("./screens/workshop.ts").then(
      (m) => {
        const host: WorkshopHost = {
          root: this.deps.root,
          lang: this.lang,
          catalog: this.deps.catalog,
          toMenu: () => this.showMenu(),
          showSeat: (scenario, role, seat, hooks) => this.showSeat(scenario, role, this.lang, seat, hooks),
          leaveMeeting: () => this.leaveMeeting(),
          showDebrief: (report, transcript, leave) => this.showDebrief(report, transcript, leave),
        };
        if (kind === "trainer") m.openTrainer(host);
        else m.openJoin(host, code);
      },
      (error: unknown) => {
        this.notice = showInput(error instanceof Error ? error.message : String(error), 200);
        this.showMenu();
      },
    );
  }

  /** The scenario studio at its own address (#studio), loaded on demand: the game's start-up carries none of it. */
  openStudio(): void {
    this.stopRun();
    markActive(null);
    this.deps.room.hide();
    if (!location.hash.startsWith("#studio")) history.replaceState(null, "", "#studio");
    import("../studio/open-studio.ts").then(
      (m) =>
        m.openStudio({
          root: this.deps.root,
          lang: this.lang,
          catalog: this.deps.catalog,
          toGame: () => {
            history.replaceState(null, "", location.pathname + location.search);
            this.showMenu();
          },
        }),
      (error: unknown) => {
        this.notice = showInput(error instanceof Error ? error.message : String(error), 200);
        this.showMenu();
      },
    );
  }

  /** Leaves whatever meeting is on screen (a workshop screen takes the page over). */
  leaveMeeting(): void {
    this.stopRun();
    this.deps.room.hide();
  }

  private stopRun(): void {
    const run = this.run;
    if (!run) return;
    run.urgeTimer?.stop();
    if (run.paceTimer !== null) this.deps.clock.clearTimeout(run.paceTimer);
    run.seat.stop();
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
    leave.addEventListener("click", () => (run.hooks ? run.hooks.leave() : this.showMenu()));
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
      run.role === "listener" && run.seat.canNote
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
          run.seat.pacedHere ? this.pacingControls() : null,
          leave,
          el("p", { id: "pause-note", class: "pause-note", role: "status" }),
        ),
        el(
          "div",
          { class: "stage" },
          el("div", { id: "room-slot", class: "room-slot" }),
          roomLegend(
            lang,
            s.phases.map((p) => ({ title: tr(p.title, lang), minutes: p.plannedMinutes })),
          ),
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
            { class: "transcript", id: "transcript", tabindex: "-1", "aria-labelledby": "transcript-title" },
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
    const fresh = run.seat.log().slice(run.shown + run.queue.length);
    // The notes panel and the lines' note buttons follow the engine's notes after every step, paused or not.
    this.renderNotes();
    if (!instant && isNoteOnly(fresh)) {
      // A note changes nothing else: the move on screen and its countdown stay as they are.
      if (run.queue.length > 0) run.queue.push(...fresh);
      else
        for (const e of fresh) {
          run.shown++;
          this.appendEntry(e, true);
        }
      return;
    }
    run.queue.push(...fresh);
    // No choosing while the answer to the last move is still being said.
    const panel = document.getElementById("move");
    if (panel) {
      // Focus must not fall to the page when the button it was on goes: the transcript takes it.
      const hadFocus = panel.contains(document.activeElement);
      clear(panel);
      if (hadFocus) document.getElementById("transcript")?.focus();
    }
    run.urgeTimer?.stop();
    run.urgeTimer = null;
    this.pump(instant);
  }

  /** Puts queued lines on screen one by one at reading pace, then offers the next move. */
  private pump(instant = false): void {
    const run = this.run;
    if (!run || run.paceTimer !== null) return;
    const reading = run.seat.pacedHere && this.settings.pace !== "instant" && !instant;
    while (run.queue.length > 0) {
      // Paused, nothing moves: only what the trainee did (their move, a note) still appears.
      if (run.paused && reading && !isOwn(run.queue[0] as LogEntry)) return;
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
    if (run.seat.done) {
      if (run.hooks) run.hooks.done();
      else this.finishRun();
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
      title: t(lang, "pauseKey"),
      text: t(lang, "pause"),
    });
    pause.addEventListener("click", () => {
      const run = this.run;
      if (!run) return;
      this.setPaused(!run.paused);
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

  /** Saves the moves (small; everything else is replayed from them), an own scenario's text once. */
  private autosave(): void {
    const run = this.run;
    if (!run?.session || run.session.done) return;
    const save: RunRecord = {
      format: "spiegelspel-save",
      version: RUN_VERSION,
      key: run.key,
      scenarioId: run.scenarioId,
      title: run.scenario.title,
      role: run.role,
      lang: run.lang,
      seed: run.seed,
      moves: [...run.session.moves],
      savedAt: new Date(this.deps.clock.now()).toISOString(),
      progress: {
        moves: run.session.moves.length,
        minute: run.session.context.clock,
        planned: run.scenario.durationMinutes,
      },
    };
    if (run.scenarioHash !== undefined) save.scenarioHash = run.scenarioHash;
    if (run.own !== undefined) save.own = run.own;
    const own =
      run.customText === undefined ? undefined : { text: run.customText, name: `${run.scenarioId}.json` };
    void this.store.saveRun(save, own);
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
    } else if (e.t === "line" && e.line?.direction) {
      // A stage direction is seen, not said: no speaker, no voice, nothing to note.
      list.append(el("li", { class: "direction", text: tr(e.text, lang) }));
    } else if (e.t === "line") {
      const name = run.seat.playerName?.(e.speaker) ?? speakerName(s, e.speaker, run.role, lang);
      const text = tr(e.text, lang);
      const item = el(
        "li",
        { class: `line emotion-${e.line?.emotion ?? "neutral"}`, "data-speaker": e.speaker },
        el("span", { class: "speaker", text: `${name}: ` }),
        el("span", { class: "text", text }),
      );
      if (
        run.role === "listener" &&
        run.seat.canNote &&
        e.line?.id &&
        s.cast.participants.some((p) => p.id === e.speaker)
      )
        item.append(this.noteButtons(e.line.id));
      list.append(item);
      this.showCaption(e.speaker, name, text);
      if (live) {
        const voice = e.line?.audio?.[lang];
        if (voice && this.deps.sound.voice(voice)) this.caption("sound_voice");
        else if (this.settings.readAloud) this.deps.sound.speak(text, lang);
      }
    } else if (e.t === "move" && e.byComputer) {
      // The computer's move reads as what that person does and says, never as the trainee's choice.
      // Another person in a workshop is named as they joined (their seat's entry, or the lead's role).
      const who = run.seat.playerName?.(e.seat ?? e.role) ?? moveActor(s, e, run.role, lang);
      for (const part of moveParts(s, e, run.role, lang, who)) {
        if (part.kind === "do") list.append(el("li", { class: "move npc direction", text: part.text }));
        else {
          // Their words are speech: read aloud like any spoken line; their actions are not.
          if (live && part.kind === "say" && this.settings.readAloud) this.deps.sound.speak(part.text, lang);
          list.append(
            el(
              "li",
              { class: "move npc" },
              el("span", { class: "speaker", text: `${who}: ` }),
              el("span", { class: "text", text: part.text }),
            ),
          );
        }
      }
    } else if (e.t === "move") {
      const who = t(lang, "youDid");
      const did = e.free
        ? `“${e.free.text}” (${t(lang, "judgeSaid")}: ${labelName(e.free.label, lang)})`
        : e.texts.map((x) => tr(x, lang)).join(" · ");
      const timedOut = e.timedOut ? ` (${t(lang, "timedOut")})` : "";
      list.append(el("li", { class: "move own", text: `${who}: ${did}${timedOut}` }));
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
      const pressed = this.run?.seat.noted()[line] === tag;
      const b = el("button", {
        type: "button",
        class: `note-${tag}`,
        "data-line": line,
        "data-tag": tag,
        "aria-pressed": String(pressed),
        "aria-label": `${t(lang, "note")}: ${label}`,
        text: label,
      });
      // The buttons show the engine's notes (renderNotes, after every step), whatever made the note.
      b.addEventListener("click", () => this.run?.seat.note(line, tag));
      group.append(b);
    }
    return group;
  }

  private renderNotes(): void {
    const run = this.run;
    const list = document.getElementById("notes");
    if (!run) return;
    const noted = run.seat.noted();
    for (const b of document.querySelectorAll<HTMLElement>(".note-buttons button[data-line]"))
      b.setAttribute("aria-pressed", String(noted[b.dataset.line ?? ""] === b.dataset.tag));
    if (!list) return;
    clear(list);
    for (const [line, tag] of Object.entries(noted)) {
      const spoken = run.seat.log().find((e) => e.t === "line" && e.line?.id === line);
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
    const log = run.seat.log().slice(0, run.shown);
    // The clock and phase of the text on screen, not of the engine, which is ahead while lines are paced.
    const time = shownTime(log);
    const state = roomState(run.scenario, run.role, run.lang, log, {
      people: run.seat.people(),
      clock: time.clock,
      phase: time.phase,
    });
    this.deps.room.show(state);
    // Which picture the room draws, for styles and tests: the organiser's desk or the meeting's mode.
    document.getElementById("room-slot")?.setAttribute("data-picture", state.desk ? "desk" : state.mode);
    const summary = document.getElementById("room-summary");
    if (summary) summary.textContent = roomSummary(state, run.lang);
    const tl = state.timeline;
    const status = document.getElementById("status");
    if (status) status.textContent = clockText(run.scenario, run.role, time, run.lang);
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
    run.urgeTimer?.stop();
    run.urgeTimer = null;
    const focusHere =
      !document.activeElement ||
      document.activeElement === document.body ||
      panel.contains(document.activeElement) ||
      document.activeElement.id === "transcript";
    clear(panel);
    const pending = run.seat.pending();
    if (!pending) return;
    // A workshop's urge window is the server's (it lets the urge pass when that runs out): shown as it is.
    const p = run.seat.pacedHere ? withUrgeWindow(pending, run.lang, readMoreTime()) : pending;
    const title = renderMovePanel(panel, p, run.lang, run.seat.hasJudge, {
      choose: (id) => run.seat.choose(id),
      pick: (ids) => run.seat.pick(ids),
      say: (text) => run.seat.say(text),
    });
    if (p.kind === "urge" && p.windowSeconds) this.startUrgeTimer(run, p.beat, p.windowSeconds);
    // The question is about what was just said: the panel takes room from the transcript, so its newest
    // line (and, for a listener, the buttons to note it) is brought back into view.
    const transcript = document.getElementById("transcript");
    if (transcript) transcript.scrollTop = transcript.scrollHeight;
    // Focus follows the conversation: to the new question, so keyboard and screen-reader users land on it
    // (unless they are busy elsewhere, in their notes or the controls: that is not taken from them).
    if (focusHere) title.focus();
  }

  /** Counts the urge's window down on the injected clock; when it runs out the engine hears `expire`. */
  private startUrgeTimer(run: Run, beat: string, seconds: number): void {
    this.cue("timer");
    const countdown = new Countdown(
      this.deps.clock,
      seconds,
      (left) => {
        const label = document.querySelector("#move .urge-left");
        if (label) label.textContent = t(run.lang, "secondsLeft", { s: left });
      },
      () => {
        run.urgeTimer = null;
        if (this.run !== run || run.seat.pending()?.beat !== beat) return;
        const result: MoveResult = run.seat.expire();
        const error = document.querySelector("#move .error");
        if (!result.ok && error) error.textContent = refusalText(result, run.lang);
      },
    );
    run.urgeTimer = countdown;
    if (!run.paused) countdown.resume();
  }

  /** Pause: no line, no countdown, no clock moves; the notes and the move on screen stay usable. */
  private setPaused(on: boolean): void {
    const run = this.run;
    if (!run || run.paused === on) return;
    run.paused = on;
    document.getElementById("pause")?.setAttribute("aria-pressed", String(on));
    document.querySelector(".meeting")?.classList.toggle("paused", on);
    const note = document.getElementById("pause-note");
    if (note) note.textContent = on ? t(run.lang, "pausedNote") : "";
    if (on) {
      run.urgeTimer?.pause();
      // A line being read aloud stops too.
      this.deps.sound.stopSpeaking();
    } else {
      run.urgeTimer?.resume();
      // Lines held back go on; a move already on screen stays as it is (pump would offer it anew).
      if (run.queue.length > 0) this.pump();
    }
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
    if (!run?.session) return;
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
    void this.store.addHistory(item);
    void this.store.finishRun(run.key);
    const transcript = buildTranscript(run.scenario, run.role, run.session.log(), run.lang);
    const {
      seat: _seat,
      hooks: _hooks,
      session: _session,
      shown: _s,
      queue: _q,
      paceTimer: _p,
      paused: _x,
      urgeTimer: _u,
      warned: _w,
      key: _k,
      scenarioHash: _h,
      ...setup
    } = run;
    this.finished = { ...setup, moves: [...run.session.moves] };
    this.stopRun();
    markActive(null);
    this.showDebrief(report, transcript);
  }

  private viewHistory(item: HistoryItem): void {
    const entry = this.deps.catalog.find((c) => c.id === item.scenarioId);
    if (entry) this.withScenario(entry, (scenario) => this.replayHistory(item, scenario));
    else this.historyFailed({ key: "why_gone", detail: item.scenarioId });
  }

  /** An earlier run whose debrief cannot be rebuilt says why instead of doing nothing. */
  private historyFailed(why: ResumeWhy): void {
    const lang = this.lang;
    const reason = whyText(lang, why);
    this.notice = st(lang, "historyFailed", { why: reason });
    this.showMenu();
  }

  /** Rebuilds an earlier run's debrief by replaying its moves: the engine gives the same report again. */
  private replayHistory(item: HistoryItem, scenario: Scenario): void {
    const replay = item.replay;
    const role = item.role;
    if (!replay) {
      this.historyFailed({ key: "why_moves", detail: "1" });
      return;
    }
    if (scenario.roles[role] === undefined) {
      this.historyFailed({ key: "why_changed", detail: "1" });
      return;
    }
    let ctx: Context;
    let log: LogEntry[];
    try {
      const session = startSession(
        scenario,
        role,
        this.judge ? { seed: replay.seed, judge: this.judge } : { seed: replay.seed },
      );
      const ok = session.replay(replay.moves);
      ctx = session.context;
      log = session.log();
      session.stop();
      if (!ok.ok) {
        this.historyFailed(resumeWhy(ok.error, undefined, undefined));
        return;
      }
    } catch (error) {
      this.historyFailed({ key: "why_crash", detail: String(error) });
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

  /** `leave`: where "back" goes (a workshop player leaves the workshop); there a run has no retry. */
  showDebrief(report: Report, transcript: TranscriptEntry[], leave?: () => void): void {
    document.documentElement.lang = report.lang;
    const heading = renderDebrief(this.deps.root, report, transcript, {
      retryButton: (beat) => (leave ? null : this.retryButton(beat)),
      toMenu: leave ?? (() => this.showMenu()),
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
