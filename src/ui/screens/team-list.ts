// The team's improvement points at the end of a workshop: the points the facilitator (or trainer) fixed,
// each with who proposed it and the participants' words it rests on, and apart from them the proposals
// not fixed. Shown only when the room sent a follow-up; without one nothing is said about a list.
import type { Scenario } from "../../engine/format/schema.ts";
import { speakerName } from "../../engine/report/names.ts";
import type { TeamFollowUp, TeamPoint } from "../../engine/session/team-points.ts";
import { el } from "../dom.ts";
import type { Lang } from "../i18n.ts";
import { seatName, ws } from "../workshop/strings.ts";

function point(lang: Lang, scenario: Scenario, p: TeamPoint): HTMLElement {
  const by = p.by ? `${p.by} (${seatName(lang, p.seat)})` : seatName(lang, p.seat);
  return el(
    "li",
    { class: "team-point", "data-point": p.id },
    el("p", { class: "team-point-text", text: p.text }),
    el("p", { class: "hint", text: ws(lang, "team_by", { who: by }) }),
    p.quotes.length > 0
      ? el(
          "ul",
          { class: "team-quotes" },
          ...p.quotes.map((q) =>
            el(
              "li",
              {},
              el("q", { text: lang === "nl" ? q.text.nl : (q.text.en ?? q.text.nl) }),
              ` · ${speakerName(scenario, q.speaker, "listener", lang)}`,
            ),
          ),
        )
      : null,
  );
}

export function teamList(
  lang: Lang,
  scenario: Scenario,
  team: TeamFollowUp | undefined,
  key = "",
): HTMLElement | null {
  if (!team) return null;
  const fixed = team.points.filter((p) => p.fixed);
  const open = team.points.filter((p) => !p.fixed);
  return el(
    "section",
    { id: `ws-team${key}`, class: "team-list", "aria-labelledby": `ws-team-title${key}` },
    el("h3", { id: `ws-team-title${key}`, text: ws(lang, "team_title") }),
    fixed.length > 0
      ? el("ol", { class: "team-fixed" }, ...fixed.map((p) => point(lang, scenario, p)))
      : el("p", {
          class: "team-none",
          text: ws(lang, team.stage === "done" ? "team_noneFixed" : "team_notYet"),
        }),
    open.length > 0 ? el("h4", { text: ws(lang, "team_open") }) : null,
    open.length > 0 ? el("ul", { class: "team-open" }, ...open.map((p) => point(lang, scenario, p))) : null,
  );
}
