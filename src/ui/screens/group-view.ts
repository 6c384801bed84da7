// The room's story at the end of a workshop, from the server's group summary: how open the circle was
// over the meeting (a chart with the phases, and a table with the same figures), who broke which rule
// when (markers on the chart's time axis and the numbered list beside it), each seat's tally, and the
// team's improvement points when the room sent them. Shown to the trainer and, below their own debrief,
// to every player. Text only (names and rules come from the server and the scenario).
import type { Scenario } from "../../engine/format/schema.ts";
import { phaseTitle } from "../../engine/report/names.ts";
import { ruleInfo } from "../../engine/rules/catalog.ts";
import type { GroupSummary } from "../../engine/session/group-summary.ts";
import type { TeamFollowUp } from "../../engine/session/team-points.ts";
import { el } from "../dom.ts";
import type { Lang } from "../i18n.ts";
import { seatName, ws } from "../workshop/strings.ts";
import { opennessChart } from "./group-chart.ts";
import { teamList } from "./team-list.ts";

/** A seat as the group knows it: the player's name beside the seat where one sits there. */
export type SeatNames = Readonly<Record<string, string>>;

function who(lang: Lang, seat: string, names: SeatNames): string {
  const name = names[seat];
  return name ? `${name} (${seatName(lang, seat)})` : seatName(lang, seat);
}

function opennessLine(lang: Lang, summary: GroupSummary): string {
  const points = summary.openness;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return ws(lang, "group_noOpenness");
  const low = points.reduce((m, p) => (p.average < m.average ? p : m), first);
  return ws(lang, "group_openness", {
    start: Math.round(first.average),
    low: Math.round(low.average),
    lowAt: Math.round(low.at),
    end: Math.round(last.average),
  });
}

export function groupSection(
  lang: Lang,
  scenario: Scenario,
  summary: GroupSummary,
  names: SeatNames,
  totals: Readonly<Record<string, number | null>> = {},
  /** `team`: the team's follow-up when the room sent one; `key` keeps ids apart when shown more than once. */
  options: { team?: TeamFollowUp | undefined; key?: string } = {},
): HTMLElement {
  const key = options.key ?? "";
  const seats = Object.keys(summary.perSeat).sort();
  const breaches = summary.breaches.map((b) => {
    const rule = ruleInfo(b.rule);
    const title = rule ? (lang === "nl" ? rule.title.nl : (rule.title.en ?? rule.title.nl)) : b.rule;
    const why = lang === "nl" ? b.why.nl : (b.why.en ?? b.why.nl);
    return el(
      "li",
      { class: "group-breach", "data-seat": b.seat },
      el("strong", {
        text: `${Math.round(b.at)}′ · ${phaseTitle(scenario, b.phase, lang)} · ${who(lang, b.seat, names)} · ${title} (${b.rule})`,
      }),
      el("span", { class: "why", text: ` ${why}` }),
    );
  });
  return el(
    "section",
    { id: `ws-group${key}`, class: "card group", "aria-labelledby": `ws-group-title${key}` },
    el("h2", { id: `ws-group-title${key}`, text: ws(lang, "group_title") }),
    el("p", { id: `ws-group-openness${key}`, text: opennessLine(lang, summary) }),
    el(
      "div",
      { class: "group-time" },
      summary.openness.length > 0
        ? opennessChart(lang, scenario, summary, names, opennessLine(lang, summary), key)
        : null,
      el(
        "div",
        // Scrolls within its own box beside the chart (a long meeting has many); by keyboard too.
        {
          class: "group-breach-list",
          tabindex: 0,
          role: "region",
          "aria-labelledby": `ws-breaches-title${key}`,
        },
        el("h3", { id: `ws-breaches-title${key}`, text: ws(lang, "group_breaches") }),
        breaches.length > 0
          ? el("ol", { class: "group-breaches" }, ...breaches)
          : el("p", { text: ws(lang, "group_noBreaches") }),
      ),
    ),
    el("h3", { text: ws(lang, "group_seats") }),
    el(
      "ul",
      { class: "group-seats" },
      ...seats.map((seat) => {
        const t = summary.perSeat[seat] ?? { good: 0, breach: 0, missed: 0 };
        const tally = ws(lang, "group_tally", {
          who: who(lang, seat, names),
          good: t.good,
          breach: t.breach,
          missed: t.missed,
        });
        const total = totals[seat];
        return el("li", {
          "data-seat": seat,
          text: typeof total === "number" ? `${tally} · ${ws(lang, "group_total", { total })}` : tally,
        });
      }),
    ),
    teamList(lang, scenario, options.team, key),
  );
}
