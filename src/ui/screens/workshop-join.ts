// A player's screens: Join (the code and a display name), the lobby (who is there, my seat), then the
// meeting on the same meeting view as single play, driven by the workshop seat, and the player's own
// debrief at the end. Names and typed words from others are always shown as text.
import type { Scenario } from "../../engine/format/schema.ts";
import { tr } from "../../engine/report/localize.ts";
import type { Report } from "../../engine/report/report.ts";
import { buildTranscript } from "../../engine/report/transcript.ts";
import type { Role } from "../../engine/rules/catalog.ts";
import type { LogEntry } from "../../engine/runtime/context.ts";
import type { GroupSummary } from "../../engine/session/group-summary.ts";
import type { TeamFollowUp } from "../../engine/session/team-points.ts";
import { clear, el } from "../dom.ts";
import { RemoteSeat } from "../seat/remote-seat.ts";
import { readMoreTime } from "../time-setting.ts";
import {
  joinWorkshop,
  type Lobby,
  type StatusMessage,
  type Welcome,
  type WorkshopRoom,
} from "../workshop/api.ts";
import { type KeptPlayer, keepPlayer, keptPlayer } from "../workshop/keep.ts";
import { seatLabels } from "../workshop/seat-labels.ts";
import { codeText, seatName, ws } from "../workshop/strings.ts";
import { welcomeScenario } from "../workshop/welcome-scenario.ts";
import { groupSection } from "./group-view.ts";
import { bundledScenario, type WorkshopHost } from "./workshop.ts";
import { playerFollowUp } from "./workshop-follow-up.ts";
import { transcriptItem } from "./workshop-transcript.ts";

/** The code as typed: case, spaces and dashes do not matter (the server says the same). */
export function cleanCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

export function openJoin(host: WorkshopHost, code = ""): void {
  const lang = host.lang;
  host.leaveMeeting();
  clear(host.root);
  document.documentElement.lang = lang;
  const codeInput = el("input", {
    id: "join-code-input",
    name: "code",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    maxlength: 12,
    value: code,
  });
  const nameInput = el("input", { id: "join-name", name: "name", autocomplete: "nickname", maxlength: 40 });
  const error = el("p", { id: "join-error", class: "error", role: "alert" });
  const submit = el("button", {
    type: "submit",
    id: "join-submit",
    class: "primary",
    text: ws(lang, "join"),
  });
  const back = el("button", { type: "button", id: "join-back", text: ws(lang, "back") });
  back.addEventListener("click", () => host.toMenu());
  // Back after a reload or a lost connection: same player, same seat (the server keeps it).
  const kept = keptPlayer();
  const again =
    kept && (!code || cleanCode(code) === cleanCode(kept.code))
      ? el("button", {
          type: "button",
          id: "join-again",
          class: "primary",
          text: ws(lang, "backTo", { code: kept.code }),
        })
      : null;
  again?.addEventListener("click", () => {
    if (!kept) return;
    again.disabled = true;
    void rejoin(host, kept, (failure) => {
      again.disabled = false;
      error.textContent = failure;
    });
  });
  const form = el(
    "form",
    { id: "join-form", class: "card workshop-form", "aria-labelledby": "join-title" },
    el("h1", { id: "join-title", text: ws(lang, "joinTitle") }),
    again,
    el("p", { class: "hint", text: ws(lang, "joinHint") }),
    el("label", { for: "join-code-input", text: ws(lang, "code") }),
    codeInput,
    el("label", { for: "join-name", text: ws(lang, "name") }),
    nameInput,
    error,
    el("div", { class: "row" }, submit, back),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const typed = cleanCode(codeInput.value);
    const name = nameInput.value.trim();
    if (typed.length !== 8) {
      error.textContent = ws(lang, "needCode");
      codeInput.focus();
      return;
    }
    if (name.length === 0 || name.length > 40) {
      error.textContent = ws(lang, "needName");
      nameInput.focus();
      return;
    }
    submit.disabled = true;
    error.textContent = ws(lang, "joining");
    // The player's "more time to choose" goes with them: the server times their seat's urges by it.
    void joinWorkshop({ code: typed, name, moreTime: readMoreTime() }).then((joined) => {
      if (!joined.ok) {
        submit.disabled = false;
        error.textContent =
          joined.code === "network" ? ws(lang, "networkError") : codeText(lang, joined.code);
        return;
      }
      // Handlers go on at once: the server's welcome follows the connection.
      playerSession(host, joined.value);
    });
  });
  host.root.append(el("main", { class: "workshop", "aria-labelledby": "join-title" }, form));
  (again ?? (code ? nameInput : codeInput)).focus();
}

/** Joins again with the kept player key; `failed` says why not, in the player's language. */
function rejoin(host: WorkshopHost, kept: KeptPlayer, failed: (text: string) => void): Promise<void> {
  return joinWorkshop({ code: kept.code, playerKey: kept.playerKey, moreTime: readMoreTime() }).then(
    (joined) => {
      if (joined.ok) {
        playerSession(host, joined.value);
        return;
      }
      // A key the server no longer knows (removed, or a workshop gone) is not offered again.
      if (joined.code !== "network" && joined.code !== "too-many-codes") keepPlayer(null);
      failed(joined.code === "network" ? ws(host.lang, "networkError") : codeText(host.lang, joined.code));
    },
  );
}

function playerSession(host: WorkshopHost, room: WorkshopRoom): void {
  const lang = host.lang;
  let seat = new RemoteSeat(room, null);
  let round = 1;
  let welcome: Welcome | null = null;
  let lobby: Lobby | null = null;
  let me: { player: string; name: string; seat: string | null } | null = null;
  let screen: "lobby" | "meeting" | "end" | "gone" = "lobby";
  // What the server sends at the end: this seat's own report (exact, with the participants' openness)
  // and the group's story. They come just after the end; the debrief is drawn again when they arrive.
  let serverReport: Report | null = null;
  let group: (GroupSummary & { team?: TeamFollowUp }) | null = null;
  let endLog: LogEntry[] = [];
  let scenario: Scenario | undefined;
  let role: Role = "listener";
  let leaving = false;
  // A seated player's meeting ends in the team's follow-up; their own debrief comes after it.
  let followUpLeft = false;
  const followUp = playerFollowUp(
    room,
    lang,
    () => seatNames(),
    () => {
      followUpLeft = true;
      drawEnd();
    },
  );

  const leave = () => {
    leaving = true;
    keepPlayer(null);
    void room.leave(true).catch(() => undefined);
    host.toMenu();
  };

  const showLobby = () => {
    if (screen !== "lobby") return;
    clear(host.root);
    const players = lobby?.players ?? [];
    const mine = me;
    const list = el(
      "ul",
      { id: "lobby-players", class: "lobby-players" },
      ...players.map((p) =>
        el(
          "li",
          { class: p.player === mine?.player ? "me" : "", "data-player": p.player },
          el("span", { class: "name", text: p.name }),
          el("span", {
            class: "seat",
            text: ` · ${seatName(lang, p.seat)}${p.player === mine?.player ? ` (${ws(lang, "you")})` : ""}`,
          }),
        ),
      ),
    );
    const picks =
      welcome?.allowPick && lobby
        ? el(
            "div",
            { class: "row", role: "group", "aria-label": ws(lang, "pickSeat") },
            ...[...lobby.seats, null].map((s) => {
              const taken = s !== null && players.some((p) => p.seat === s && p.player !== mine?.player);
              const b = el("button", {
                type: "button",
                class: "pick-seat",
                "data-seat": s ?? "",
                text: s ? seatName(lang, s) : ws(lang, "standUp"),
              });
              b.disabled = taken || (mine?.seat ?? null) === s;
              b.addEventListener("click", () => room.send("pick-seat", { seat: s }));
              return b;
            }),
          )
        : null;
    const leaveButton = el("button", { type: "button", id: "lobby-leave", text: ws(lang, "leaveWorkshop") });
    leaveButton.addEventListener("click", leave);
    host.root.append(
      el(
        "main",
        { class: "workshop lobby", "aria-labelledby": "lobby-title" },
        el(
          "section",
          { class: "card" },
          el("h1", { id: "lobby-title", tabindex: "-1", text: ws(lang, "waitingRoom") }),
          el("p", { class: "scenario-title", text: welcome ? titleOf(host, welcome) : "" }),
          el("p", {
            id: "my-seat",
            class: "my-seat",
            text: ws(lang, "yourSeat", { seat: seatName(lang, mine?.seat) }),
          }),
          el("p", { class: "hint", text: ws(lang, "waitForStart") }),
          el("h2", { text: ws(lang, "lobby") }),
          list,
          picks,
          el("p", { id: "lobby-error", class: "error", role: "alert" }),
          leaveButton,
        ),
      ),
    );
    document.getElementById("lobby-title")?.focus();
  };

  const enterMeeting = async () => {
    if (screen !== "lobby" || !welcome) return;
    screen = "meeting";
    const got = await welcomeScenario(welcome, lang, (id) => bundledScenario(host, id));
    if (!got.ok) {
      screen = "gone";
      message(got.problems.join(" "));
      return;
    }
    scenario = got.scenario;
    const mySeat = me?.seat ?? null;
    seat.sitAt(mySeat);
    seat.setNames(seatLabels(lang, lobby));
    role = mySeat === "facilitator" ? "facilitator" : mySeat === "organiser" ? "organiser" : "listener";
    host.showSeat(scenario, role, seat, { leave, done: () => showEnd() });
    showPaused();
  };

  const showPaused = () => {
    const note = document.getElementById("pause-note");
    if (note && screen === "meeting")
      note.textContent = seat.statusNow.status === "paused" ? ws(lang, "status_paused") : "";
  };

  const showEnd = () => {
    if (screen !== "meeting" || !scenario) return;
    screen = "end";
    endLog = [...seat.log()];
    host.leaveMeeting();
    drawEnd();
  };

  const seatNames = (): Record<string, string> => {
    const names: Record<string, string> = {};
    for (const p of lobby?.players ?? []) if (p.seat) names[p.seat] = p.name;
    return names;
  };

  const drawEnd = () => {
    if (screen !== "end" || !scenario) return;
    if (seat.seated && !followUpLeft) return followUp.show(host.root, scenario);
    if (!seat.seated) endWithoutSeat(host, scenario, endLog, leave);
    else playerDebrief(host, scenario, role, endLog, leave, serverReport);
    if (group) {
      const where = host.root.querySelector("main") ?? host.root;
      where.append(groupSection(lang, scenario, group, seatNames(), {}, { team: group.team }));
    }
  };

  const message = (text: string, offerReconnect = false) => {
    host.leaveMeeting();
    clear(host.root);
    const back = el("button", { type: "button", id: "ws-menu", text: ws(lang, "back") });
    back.addEventListener("click", () => host.toMenu());
    const kept = offerReconnect ? keptPlayer() : null;
    const note = el("p", { id: "ws-message", role: "alert", text });
    const reconnect = kept
      ? el("button", { type: "button", id: "ws-reconnect", class: "primary", text: ws(lang, "reconnect") })
      : null;
    reconnect?.addEventListener("click", () => {
      if (!kept) return;
      reconnect.disabled = true;
      void rejoin(host, kept, (failure) => {
        reconnect.disabled = false;
        note.textContent = failure;
      });
    });
    host.root.append(
      el(
        "main",
        { class: "workshop" },
        el("section", { class: "card" }, note, el("div", { class: "row" }, reconnect, back)),
      ),
    );
    (reconnect ?? back).focus();
  };

  const onRefused = (code: string) => {
    const where = document.getElementById("pause-note") ?? document.getElementById("lobby-error");
    if (where) where.textContent = codeText(lang, code);
  };
  seat.onRefused = onRefused;
  /**
   * The trainer started the next round: back to the lobby (seats rotated) with a fresh seat, whose
   * entries count from 0 again; this round's debrief and group view are gone from the screen.
   */
  const newRound = (n: number) => {
    round = n;
    seat.stop();
    seat = new RemoteSeat(room, null);
    seat.onRefused = onRefused;
    serverReport = null;
    group = null;
    endLog = [];
    if (screen === "meeting" || screen === "end") host.leaveMeeting();
    if (screen !== "gone") screen = "lobby";
  };
  room.onMessage("welcome", (w: Welcome) => {
    if (w.round !== undefined) round = w.round;
    welcome = w;
    if ("player" in w.you) me = { player: w.you.player, name: w.you.name, seat: w.you.seat };
    if (w.playerKey) keepPlayer({ code: w.code, playerKey: w.playerKey });
    if (w.status === "running" || w.status === "paused") void enterMeeting();
    else showLobby();
  });
  room.onMessage("lobby", (l: Lobby) => {
    lobby = l;
    const mine = me && l.players.find((p) => p.player === me?.player);
    if (me && mine) me = { ...me, seat: mine.seat };
    seat.setNames(seatLabels(lang, l));
    showLobby();
  });
  room.onMessage("status", (m: StatusMessage) => {
    if (m.round !== undefined && m.round !== round) {
      newRound(m.round);
      showLobby();
    }
    if (m.status === "running" || m.status === "paused") void enterMeeting();
    if (m.status === "ended" && screen === "lobby") {
      screen = "gone";
      message(ws(lang, "endedEarly"));
    }
    showPaused();
  });
  room.onMessage("removed", () => {
    screen = "gone";
    leaving = true;
    keepPlayer(null);
    message(ws(lang, "removedNote"));
  });
  room.onMessage("refused", (m: { type: string; code: string }) => {
    if (m.type === "move") return;
    const where = document.getElementById("lobby-error") ?? document.getElementById("pause-note");
    if (where) where.textContent = codeText(lang, m.code);
  });
  room.onMessage("report", (m: { seat: string; report: Record<"nl" | "en", Report> | null }) => {
    if (!m.report || m.seat !== me?.seat) return;
    serverReport = m.report[lang] ?? null;
    drawEnd();
  });
  // The team's list travels beside the summary (null until the follow-up has one).
  room.onMessage("summary", (m: { summary: GroupSummary; team?: TeamFollowUp | null }) => {
    group = m.team ? { ...m.summary, team: m.team } : m.summary;
    drawEnd();
  });
  room.onMessage("ack", () => {});
  room.onLeave(() => {
    if (leaving || screen === "end" || screen === "gone") return;
    screen = "gone";
    message(ws(lang, "lostConnection"), true);
  });
}

function titleOf(host: WorkshopHost, w: Welcome): string {
  const title = w.scenario.id === null ? undefined : host.catalog.find((c) => c.id === w.scenario.id)?.title;
  return title ? tr(title, host.lang) : w.scenario.title;
}

/**
 * The seat's own debrief: the server's report for the seat (its verdicts, notes and the participants'
 * openness as the meeting left them) beside the transcript as this seat saw it. The report follows the
 * end by a moment; until it comes, the player is told it is on its way.
 */
function playerDebrief(
  host: WorkshopHost,
  scenario: Scenario,
  role: Role,
  log: LogEntry[],
  leave: () => void,
  report: Report | null,
): void {
  const lang = host.lang;
  if (!report) {
    clear(host.root);
    const back = el("button", { type: "button", id: "ws-menu", text: ws(lang, "back") });
    back.addEventListener("click", leave);
    const heading = el("h1", { id: "debrief-coming", tabindex: "-1", text: tr(scenario.title, lang) });
    host.root.append(
      el(
        "main",
        { class: "workshop", "aria-labelledby": "debrief-coming" },
        el("section", { class: "card" }, heading, el("p", { text: ws(lang, "debriefComing") }), back),
      ),
    );
    heading.focus();
    return;
  }
  host.showDebrief(report, buildTranscript(scenario, role, log, lang), leave);
}

/** Someone who followed without a seat: the end, and the conversation they followed. */
function endWithoutSeat(host: WorkshopHost, scenario: Scenario, log: LogEntry[], leave: () => void): void {
  const lang = host.lang;
  clear(host.root);
  const back = el("button", { type: "button", id: "ws-menu", text: ws(lang, "back") });
  back.addEventListener("click", leave);
  const heading = el("h1", { id: "debrief-title", tabindex: "-1", text: tr(scenario.title, lang) });
  host.root.append(
    el(
      "main",
      { class: "workshop", "aria-labelledby": "debrief-title" },
      el(
        "section",
        { class: "card" },
        heading,
        el("p", { id: "follow-end", text: ws(lang, "followEnd") }),
        back,
        el("ol", { class: "ws-log" }, ...log.map((e) => transcriptItem(scenario, e, lang))),
      ),
    ),
  );
  heading.focus();
}
