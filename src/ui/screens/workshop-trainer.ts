// The trainer's screens: choose a scenario (bundled, or a file of one's own checked like `validate`),
// create the workshop, then the trainer view: the join code large and a link, who is there and on which
// seat, the controls, and the meeting live (phase, clock, each seat, the transcript).
import type { Scenario } from "../../engine/format/schema.ts";
import { formatProblems } from "../../engine/load/group-problems.ts";
import { loadScenario } from "../../engine/load/load.ts";
import { tr } from "../../engine/report/localize.ts";
import { phaseTitle } from "../../engine/report/names.ts";
import type { LogEntry } from "../../engine/runtime/context.ts";
import type { GroupSummary } from "../../engine/session/group-summary.ts";
import type { PendingMove } from "../../engine/session/session.ts";
import type { TeamFollowUp } from "../../engine/session/team-points.ts";
import { clear, el } from "../dom.ts";
import { shownTime } from "../meeting-clock.ts";
import {
  createWorkshop,
  type IndexedEntry,
  joinWorkshop,
  type Lobby,
  type StatusMessage,
  type Welcome,
  type WorkshopRoom,
} from "../workshop/api.ts";
import { keepTrainer, keptTrainer } from "../workshop/keep.ts";
import { addLibraryOptions, LIBRARY_PREFIX, libraryScenario } from "../workshop/library.ts";
import { seatLabels } from "../workshop/seat-labels.ts";
import { codeText, seatName, ws } from "../workshop/strings.ts";
import { groupSection } from "./group-view.ts";
import { bundledScenario, type WorkshopHost } from "./workshop.ts";
import { trainerFollowUp } from "./workshop-follow-up.ts";
import { downloadWorkshop, type RoundsMessage, roundsToKeep, showPrintable } from "./workshop-print.ts";
import { transcriptItem } from "./workshop-transcript.ts";

export function openTrainer(host: WorkshopHost): void {
  const lang = host.lang;
  host.leaveMeeting();
  clear(host.root);
  document.documentElement.lang = lang;
  const scenarioSelect = el(
    "select",
    { id: "ws-scenario" },
    ...host.catalog.map((c) => el("option", { value: c.id, text: c.title ? tr(c.title, lang) : c.file })),
  );
  void addLibraryOptions(scenarioSelect, lang);
  const file = el("input", { type: "file", id: "ws-own", accept: ".json,application/json" });
  const ownResult = el("div", { id: "ws-own-result", role: "status" });
  const listeners = el("input", { type: "number", id: "ws-listeners", min: 1, max: 20, value: 3 });
  const allowPick = el("input", { type: "checkbox", id: "ws-allow-pick" });
  const error = el("p", { id: "ws-error", class: "error", role: "alert" });
  const create = el("button", {
    type: "submit",
    id: "ws-create",
    class: "primary",
    text: ws(lang, "create"),
  });
  const back = el("button", { type: "button", id: "ws-back", text: ws(lang, "back") });
  back.addEventListener("click", () => host.toMenu());
  let own: { text: string; scenario: Scenario } | null = null;
  file.addEventListener("change", () => {
    const f = file.files?.[0];
    own = null;
    clear(ownResult);
    if (!f) return;
    void f.text().then((text) => {
      const loaded = loadScenario(text, f.name);
      const errors = loaded.problems.filter((p) => p.severity === "error");
      if (loaded.scenario && errors.length === 0) {
        own = { text, scenario: loaded.scenario };
        ownResult.append(
          el("p", { text: ws(lang, "ownChecked", { title: tr(loaded.scenario.title, lang) }) }),
        );
      } else {
        ownResult.append(
          el("p", { class: "error", text: ws(lang, "ownProblems") }),
          el(
            "ul",
            {},
            ...formatProblems(loaded.problems, lang).map((m) => el("li", { class: "error", text: m })),
          ),
        );
      }
    });
  });
  // After a reload (or back from the menu) the trainer's own workshop is one press away.
  const kept = keptTrainer();
  const again = kept
    ? el("button", {
        type: "button",
        id: "ws-again",
        class: "primary",
        text: ws(lang, "backTo", { code: kept.code }),
      })
    : null;
  again?.addEventListener("click", () => {
    if (!kept) return;
    again.disabled = true;
    void (async () => {
      const scenario = kept.scenarioText
        ? loadScenario(kept.scenarioText, "scenario.json").scenario
        : await bundledScenario(host, kept.scenarioId ?? "");
      const joined = await joinWorkshop({ code: kept.code, trainerKey: kept.trainerKey });
      if (!joined.ok || !scenario) {
        again.disabled = false;
        if (joined.ok) void joined.value.leave(true).catch(() => undefined);
        else if (joined.code !== "network") keepTrainer(null);
        error.textContent = joined.ok ? ws(lang, "unknownScenario") : failText(lang, joined.code);
        return;
      }
      trainerView(host, scenario, kept.code, joined.value);
    })();
  });
  const form = el(
    "form",
    { id: "ws-create-form", class: "card workshop-form", "aria-labelledby": "ws-title" },
    el("h1", { id: "ws-title", text: ws(lang, "trainerTitle") }),
    again,
    el("p", { class: "hint", text: ws(lang, "trainerHint") }),
    el("label", { for: "ws-scenario", text: ws(lang, "bundled") }),
    scenarioSelect,
    el("label", { for: "ws-own", text: ws(lang, "ownFile") }),
    file,
    ownResult,
    el("label", { for: "ws-listeners", text: ws(lang, "listenerSeats") }),
    listeners,
    el("label", { class: "check" }, allowPick, ` ${ws(lang, "allowPick")}`),
    error,
    el("div", { class: "row" }, create, back),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const n = Math.min(20, Math.max(1, Math.round(Number(listeners.value) || 3)));
    create.disabled = true;
    error.textContent = ws(lang, "creating");
    // A scenario from the library goes as its text, exactly as a file of the trainer's own would.
    const fromLibrary = scenarioSelect.value.startsWith(LIBRARY_PREFIX);
    const libraryId = scenarioSelect.value.slice(LIBRARY_PREFIX.length);
    void (async () => {
      const chosen = own ?? (fromLibrary ? await libraryScenario(libraryId) : null);
      const body = chosen
        ? { scenarioText: chosen.text, listeners: n, allowPick: allowPick.checked }
        : { scenarioId: scenarioSelect.value, listeners: n, allowPick: allowPick.checked };
      const created = await createWorkshop(body);
      const scenario = chosen?.scenario ?? (await bundledScenario(host, scenarioSelect.value));
      if (!created.ok || !scenario) {
        create.disabled = false;
        error.textContent = created.ok ? ws(lang, "unknownScenario") : failText(lang, created.code);
        return;
      }
      const { code, trainerKey } = created.value;
      keepTrainer(
        chosen
          ? { code, trainerKey, scenarioText: chosen.text }
          : { code, trainerKey, scenarioId: scenario.id },
      );
      const joined = await joinWorkshop({ code, trainerKey });
      if (!joined.ok) {
        create.disabled = false;
        error.textContent = failText(lang, joined.code);
        return;
      }
      trainerView(host, scenario, created.value.code, joined.value);
    })();
  });
  host.root.append(el("main", { class: "workshop", "aria-labelledby": "ws-title" }, form));
  (again ?? scenarioSelect).focus();
}

const failText = (lang: WorkshopHost["lang"], code: string) =>
  code === "network" ? ws(lang, "networkError") : codeText(lang, code);

/** The code as the server shows it, XXXX-XXXX, and the link that opens Join with it filled in. */
export function joinLink(code: string): string {
  return `${location.origin}${location.pathname}?join=${encodeURIComponent(code)}`;
}

function trainerView(host: WorkshopHost, scenario: Scenario, code: string, room: WorkshopRoom): void {
  const lang = host.lang;
  clear(host.root);
  const entries: LogEntry[] = [];
  let highest = -1;
  let lobby: Lobby = { status: "lobby", seats: [], players: [] };
  let status: StatusMessage = { status: "lobby", position: 0, done: false };
  const turns = new Map<string, PendingMove | null>();

  const link = joinLink(code);
  const copy = el("button", { type: "button", id: "ws-copy", text: ws(lang, "copyLink") });
  const copied = el("span", { class: "hint", role: "status" });
  copy.addEventListener("click", () => {
    void navigator.clipboard?.writeText(link).then(
      () => {
        copied.textContent = ws(lang, "copied");
      },
      () => {},
    );
  });
  const statusLine = el("p", { id: "ws-status", class: "status", role: "status" });
  const error = el("p", { id: "ws-error", class: "error", role: "alert" });
  const buttons = {
    start: el("button", { type: "button", id: "ws-start", class: "primary", text: ws(lang, "startMeeting") }),
    pause: el("button", { type: "button", id: "ws-pause", text: ws(lang, "pauseAll") }),
    resume: el("button", { type: "button", id: "ws-resume", text: ws(lang, "resumeAll") }),
    skip: el("button", { type: "button", id: "ws-skip", text: ws(lang, "skipLine") }),
    end: el("button", { type: "button", id: "ws-end", text: ws(lang, "endAll") }),
    "rotate-seats": el("button", { type: "button", id: "ws-rotate", text: ws(lang, "rotateSeats") }),
    "next-round": el("button", { type: "button", id: "ws-next-round", text: ws(lang, "nextRound") }),
  };
  for (const [type, b] of Object.entries(buttons))
    b.addEventListener("click", () => {
      if (type === "end" && !window.confirm(ws(lang, "endConfirm"))) return;
      if (type === "next-round" && !window.confirm(ws(lang, "nextRoundConfirm"))) return;
      error.textContent = "";
      room.send(type);
    });
  const people = el("tbody", { id: "ws-people" });
  const seatList = el("ul", { id: "ws-seats", class: "seat-list" });
  const log = el("ol", {
    id: "ws-log",
    class: "ws-log",
    "aria-live": "polite",
    "aria-relevant": "additions",
  });

  // The rounds the server kept (the current one too once over): what the export and the printable page hold.
  let kept: RoundsMessage = { createdAt: 0, rounds: [] };
  let round = 1;
  let team: TeamFollowUp | undefined;
  const keep = () => roundsToKeep(kept, { round, team });
  const exportJson = el("button", { type: "button", id: "ws-export", text: ws(lang, "exportJson") });
  const printable = el("button", { type: "button", id: "ws-printable", text: ws(lang, "printable") });
  exportJson.addEventListener("click", () => downloadWorkshop(code, scenario, lang, kept, keep()));
  printable.addEventListener("click", () => showPrintable(host.root, lang, scenario, code, keep()));

  const toMenu = el("button", { type: "button", id: "ws-leave", text: ws(lang, "back") });
  toMenu.addEventListener("click", () => {
    void room.leave(true).catch(() => undefined);
    host.toMenu();
  });

  host.root.append(
    el(
      "main",
      { class: "workshop trainer", "aria-labelledby": "ws-title" },
      el(
        "header",
        { class: "ws-head card" },
        el("h1", { id: "ws-title", text: `${ws(lang, "workshop")}: ${tr(scenario.title, lang)}` }),
        el(
          "div",
          { class: "join-code-box" },
          el("p", { class: "label", text: ws(lang, "joinCode") }),
          el("p", { id: "join-code", class: "join-code", text: code }),
          el("p", { class: "label", text: ws(lang, "joinLink") }),
          el("p", {}, el("a", { id: "join-link", href: link, text: link }), " ", copy, " ", copied),
        ),
        el("p", { class: "hint", text: ws(lang, "keepPage") }),
        statusLine,
        el(
          "div",
          { class: "row controls", role: "group", "aria-label": ws(lang, "controls") },
          ...Object.values(buttons),
          exportJson,
          printable,
          toMenu,
        ),
        error,
      ),
      el(
        "section",
        { class: "card", "aria-labelledby": "ws-lobby-title" },
        el("h2", { id: "ws-lobby-title", text: ws(lang, "lobby") }),
        el(
          "table",
          { class: "ws-people" },
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              el("th", { scope: "col", text: ws(lang, "player") }),
              el("th", { scope: "col", text: ws(lang, "seats") }),
              el("th", { scope: "col", text: "" }),
              el("th", { scope: "col", text: "" }),
            ),
          ),
          people,
        ),
        el("h2", { text: ws(lang, "seats") }),
        seatList,
      ),
      el(
        "section",
        { class: "card", "aria-labelledby": "ws-live-title" },
        el("h2", { id: "ws-live-title", text: ws(lang, "live") }),
        log,
      ),
    ),
  );

  /**
   * Breaches so far, per seat: a workshop with several seats marks each verdict with its seat; with one
   * seated player the entries carry none, and every breach is that seat's.
   */
  const breaches = (seat: string): number =>
    entries.filter(
      (e) =>
        e.t === "verdict" &&
        e.kind === "breach" &&
        (e.seat === seat || (e.seat === undefined && lobby.players.filter((p) => p.seat).length === 1)),
    ).length;

  const render = () => {
    const time = shownTime(entries);
    statusLine.textContent = ws(lang, "statusLine", {
      status: ws(lang, status.done ? "status_ended" : `status_${status.status}`),
      phase: time.phase ? phaseTitle(scenario, time.phase, lang) : ws(lang, "noPhase"),
      minute: Math.round(time.clock),
    });
    if (round > 1) statusLine.textContent = `${ws(lang, "round", { n: round })} · ${statusLine.textContent}`;
    // A meeting that reached its end is over for the controls too (the server keeps it "running").
    const s = status.done ? "ended" : status.status;
    buttons.start.disabled = s !== "lobby";
    buttons.pause.disabled = s !== "running";
    buttons.resume.disabled = s !== "paused";
    buttons.skip.disabled = s !== "running";
    buttons.end.disabled = s === "lobby" || s === "ended";
    buttons["rotate-seats"].disabled = s !== "lobby";
    buttons["next-round"].disabled = s !== "ended";
    exportJson.disabled = kept.rounds.length === 0;
    printable.disabled = kept.rounds.length === 0;
    clear(people);
    if (lobby.players.length === 0)
      people.append(el("tr", {}, el("td", { colspan: 4, text: ws(lang, "nobodyYet") })));
    for (const p of lobby.players) people.append(personRow(p));
    clear(seatList);
    for (const seat of lobby.seats) {
      const who = lobby.players.find((p) => p.seat === seat);
      const bits = [seatName(lang, seat), who ? who.name : ws(lang, "computerPlays")];
      if (who) {
        bits.push(ws(lang, who.connected ? "connected" : "away"));
        if (turns.get(seat)) bits.push(ws(lang, "waiting"));
        if (who.moreTime && who.moreTime !== "normal") bits.push(ws(lang, `moreTime_${who.moreTime}`));
        if (s !== "lobby") bits.push(ws(lang, "breaches", { n: breaches(seat) }));
      }
      seatList.append(
        el("li", { class: who ? "seat taken" : "seat", "data-seat": seat, text: bits.join(" · ") }),
      );
    }
  };

  const personRow = (p: Lobby["players"][number]) => {
    const select = el(
      "select",
      { "aria-label": ws(lang, "seatOf", { name: p.name }), "data-player": p.player, class: "assign" },
      el("option", { value: "", text: ws(lang, "noSeat"), selected: p.seat === null }),
      ...lobby.seats.map((seat) =>
        el("option", { value: seat, text: seatName(lang, seat), selected: p.seat === seat }),
      ),
    );
    select.disabled = status.status !== "lobby";
    select.addEventListener("change", () =>
      room.send("assign", { player: p.player, seat: select.value || null }),
    );
    const remove = el("button", {
      type: "button",
      class: "remove",
      "data-player": p.player,
      "aria-label": ws(lang, "removeWho", { name: p.name }),
      text: ws(lang, "remove"),
    });
    remove.addEventListener("click", () => room.send("remove", { player: p.player }));
    return el(
      "tr",
      { "data-player": p.player },
      el("th", { scope: "row", text: p.name }),
      el("td", {}, select),
      el("td", { text: ws(lang, p.connected ? "connected" : "away") }),
      el("td", {}, remove),
    );
  };

  room.onMessage("welcome", (w: Welcome) => {
    if (w.round !== undefined && w.round !== round) newRound(w.round);
    status = { ...status, status: w.status };
    lobby = { ...lobby, seats: w.seats, status: w.status };
    render();
  });
  room.onMessage("lobby", (l: Lobby) => {
    lobby = l;
    render();
  });
  room.onMessage("status", (m: StatusMessage) => {
    if (m.round !== undefined && m.round !== round) newRound(m.round);
    status = m;
    render();
  });
  room.onMessage("turns", (m: { seat: string; pending: PendingMove | null }) => {
    turns.set(m.seat, m.pending);
    render();
  });
  room.onMessage("entries", (m: { entries: IndexedEntry[] }) => {
    for (const { i, entry } of [...m.entries].sort((a, b) => a.i - b.i)) {
      if (i <= highest) continue;
      highest = i;
      entries.push(entry);
      const item = transcriptItem(scenario, entry, lang, seatLabels(lang, lobby));
      if (item) log.append(item);
    }
    // The transcript scrolls within its own box: the page (code, controls) stays where the trainer has it.
    log.scrollTop = log.scrollHeight;
    render();
  });
  room.onMessage("refused", (m: { code: string }) => {
    error.textContent = codeText(lang, m.code);
  });
  // The end: the group's story under the live transcript (each seat's own report goes to its player).
  // Every seat's report reaches the trainer: its total stands beside the seat in the group's section.
  const totals: Record<string, number | null> = {};
  let summary: GroupSummary | null = null;
  const drawGroup = () => {
    if (!summary) return;
    const names: Record<string, string> = {};
    for (const p of lobby.players) if (p.seat) names[p.seat] = p.name;
    const section = groupSection(lang, scenario, summary, names, totals, { team });
    const before = document.getElementById("ws-group");
    if (before) before.replaceWith(section);
    else log.closest("main")?.append(section);
  };
  room.onMessage(
    "report",
    (m: { seat: string; report: { nl: { score: { total: number | null } } } | null }) => {
      totals[m.seat] = m.report?.nl.score.total ?? null;
      drawGroup();
    },
  );
  // The team's list travels beside the summary (null until the follow-up has one).
  room.onMessage("summary", (m: { summary: GroupSummary; team?: TeamFollowUp | null }) => {
    summary = m.summary;
    team = m.team ?? undefined;
    drawGroup();
  });
  room.onMessage("rounds", (m: RoundsMessage) => {
    kept = m;
    render();
  });
  /** The next round: a fresh meeting, its entries counted from 0; what was kept stays for the export. */
  const newRound = (n: number) => {
    round = n;
    entries.length = 0;
    highest = -1;
    turns.clear();
    clear(log);
    summary = null;
    team = undefined;
    for (const k of Object.keys(totals)) delete totals[k];
    document.getElementById("ws-group")?.remove();
  };
  room.onMessage("ack", () => {});
  // The team's follow-up after the meeting: every reflection, the proposals, the trainer's fix and close.
  trainerFollowUp(
    room,
    lang,
    scenario,
    () => Object.fromEntries(lobby.players.flatMap((p) => (p.seat ? [[p.seat, p.name]] : []))),
    (node) => log.closest("main")?.append(node),
  );
  room.onLeave(() => {
    if (document.getElementById("ws-status") === statusLine) error.textContent = ws(lang, "lostConnection");
  });
  render();
  document.getElementById("join-code")?.setAttribute("aria-label", code.split("").join(" "));
  buttons.start.focus();
}
