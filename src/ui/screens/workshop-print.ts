// The trainer's keepsakes of a workshop: the whole workshop as a JSON file (built by the engine's pure
// export builder, downloaded through a Blob link as the single-play debrief's export is), and a printable
// page with every round: when it ran, each seat's summary and the group's view. The printable page is a
// view of its own over the trainer view (which stays, hidden, with the room and the trainer's key);
// the browser's print, to paper or PDF, prints just that page.
import type { Scenario } from "../../engine/format/schema.ts";
import { tr } from "../../engine/report/localize.ts";
import {
  buildWorkshopExport,
  type WorkshopRound,
  workshopExportName,
} from "../../engine/report/workshop-export.ts";
import type { TeamFollowUp } from "../../engine/session/team-points.ts";
import { el } from "../dom.ts";
import type { Lang } from "../i18n.ts";
import { seatName, ws } from "../workshop/strings.ts";
import { groupSection } from "./group-view.ts";

/** What the server sends the trainer as `rounds`: the rounds over, and the current one once it has ended. */
export interface RoundsMessage {
  createdAt: number;
  rounds: WorkshopRound[];
}

/**
 * The rounds to keep. The current round's team's list is the newest the room sent with the summary: the
 * round's record may have left the server while the follow-up was still going on.
 */
export function roundsToKeep(
  data: RoundsMessage,
  current: { round: number; team: TeamFollowUp | undefined },
): WorkshopRound[] {
  return data.rounds.map((r) =>
    r.round === current.round && current.team ? { ...r, team: current.team } : r,
  );
}

export function downloadWorkshop(
  code: string,
  scenario: Scenario,
  lang: Lang,
  data: RoundsMessage,
  rounds: WorkshopRound[],
): void {
  const doc = buildWorkshopExport({
    code,
    scenario: { id: scenario.id, title: tr(scenario.title, lang) },
    createdAt: data.createdAt,
    rounds,
    exportedAt: Date.now(),
  });
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" });
  const a = el("a", { href: URL.createObjectURL(blob), download: workshopExportName(doc) });
  a.click();
  URL.revokeObjectURL(a.href);
}

const when = (lang: Lang, ms: number | null) =>
  ms === null ? ws(lang, "print_unknown") : new Date(ms).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB");

function seatSummary(lang: Lang, round: WorkshopRound, seat: WorkshopRound["seats"][number]): HTMLElement {
  const report = round.reports[seat.seat]?.[lang];
  const tally = round.summary.perSeat[seat.seat] ?? { good: 0, breach: 0, missed: 0 };
  const total = report?.score.total;
  return el(
    "li",
    { class: "print-seat", "data-seat": seat.seat },
    el("strong", { text: `${seat.name} (${seatName(lang, seat.seat)})` }),
    el("p", {
      text: ws(lang, "print_score", {
        total: typeof total === "number" ? total : ws(lang, "print_noScore"),
        good: tally.good,
        breach: tally.breach,
        missed: tally.missed,
      }),
    }),
    report && report.improvementPoints.length > 0
      ? el(
          "div",
          {},
          el("p", { class: "label", text: ws(lang, "print_points") }),
          el("ul", {}, ...report.improvementPoints.map((p) => el("li", { text: p }))),
        )
      : null,
  );
}

/** Shows the printable page over the trainer view; `back` takes it down again. */
export function showPrintable(
  root: HTMLElement,
  lang: Lang,
  scenario: Scenario,
  code: string,
  rounds: readonly WorkshopRound[],
): void {
  const trainer = root.querySelector<HTMLElement>("main.trainer");
  document.getElementById("ws-print")?.remove();
  const print = el("button", {
    type: "button",
    id: "ws-print-now",
    class: "primary",
    text: ws(lang, "print"),
  });
  const back = el("button", { type: "button", id: "ws-print-back", text: ws(lang, "backToWorkshop") });
  const heading = el("h1", {
    id: "ws-print-title",
    tabindex: "-1",
    text: ws(lang, "print_title", { code, title: tr(scenario.title, lang) }),
  });
  const view = el(
    "main",
    { id: "ws-print", class: "workshop print-view", "aria-labelledby": "ws-print-title" },
    el("div", { class: "row no-print" }, print, back),
    heading,
    rounds.length === 0 ? el("p", { text: ws(lang, "print_none") }) : null,
    ...rounds.map((round) => {
      const names: Record<string, string> = {};
      const totals: Record<string, number | null> = {};
      for (const s of round.seats) {
        names[s.seat] = s.name;
        totals[s.seat] = round.reports[s.seat]?.[lang].score.total ?? null;
      }
      return el(
        "section",
        { class: "print-round", "data-round": round.round },
        el("h2", { text: ws(lang, "round", { n: round.round }) }),
        el("p", {
          text: ws(lang, "print_when", {
            start: when(lang, round.startedAt),
            end: when(lang, round.endedAt),
          }),
        }),
        el("h3", { text: ws(lang, "print_seats") }),
        el("ul", { class: "print-seats" }, ...round.seats.map((s) => seatSummary(lang, round, s))),
        groupSection(lang, scenario, round.summary, names, totals, {
          team: round.team ?? round.summary.team,
          key: `-r${round.round}`,
        }),
      );
    }),
  );
  const close = () => {
    view.remove();
    if (trainer) trainer.hidden = false;
    document.getElementById("ws-printable")?.focus();
  };
  print.addEventListener("click", () => window.print());
  back.addEventListener("click", close);
  if (trainer) trainer.hidden = true;
  root.append(view);
  heading.focus();
}
