// The debrief: a score per dimension and overall, every moment that mattered (quote, what was done, the
// rule, why, what would have been better) linked to the transcript, what stayed untold, the circle's
// openness from start to end, improvement points, the timeline and the whole transcript with verdicts.
// Everything shown comes from the engine's report and transcript; this file only lays it out.
import type { Report } from "../engine/report/report.ts";
import type { TranscriptEntry } from "../engine/report/transcript.ts";
import { clear, el } from "./dom.ts";
import { type Lang, t } from "./i18n.ts";
import { labelName } from "./label-names.ts";

export interface DebriefHost {
  /** A button to play again from the moment at this beat, when that can be done. */
  retryButton(beat: string): HTMLElement | null;
  toMenu(): void;
  exportJson(): void;
  print(): void;
}

const kindKey = (k: string) => (k === "good" ? "wentWell" : k === "breach" ? "breach" : "missed");

/** Renders into `root` and returns the heading to focus. */
export function renderDebrief(
  root: HTMLElement,
  report: Report,
  transcript: TranscriptEntry[],
  host: DebriefHost,
): HTMLElement {
  const lang = report.lang;
  clear(root);
  const heading = el("h1", {
    id: "debrief-title",
    tabindex: "-1",
    text: `${t(lang, "debrief")}: ${report.scenario.title} · ${t(lang, report.role)}`,
  });
  const button = (id: string, key: Parameters<typeof t>[1], on: () => void) => {
    const b = el("button", { type: "button", id, text: t(lang, key) });
    b.addEventListener("click", on);
    return b;
  };
  root.append(
    el(
      "main",
      { class: "debrief", "aria-labelledby": "debrief-title" },
      heading,
      el(
        "div",
        { class: "debrief-top" },
        scores(report, lang),
        el("div", { id: "room-slot", class: "room-slot debrief-picture" }),
      ),
      section(
        "advice",
        t(lang, "advice"),
        el("ul", { class: "advice" }, ...report.advice.map((a) => el("li", { text: a }))),
      ),
      section("moments", t(lang, "moments"), moments(report, lang, host)),
      report.untold.length
        ? section(
            "untold",
            t(lang, "untold"),
            el(
              "ul",
              {},
              ...report.untold.map((u) =>
                el(
                  "li",
                  {},
                  el("strong", { text: `${u.name}: ${u.story}` }),
                  u.afterMoment ? el("span", { class: "after", text: ` — ${u.afterMoment}` }) : null,
                ),
              ),
            ),
          )
        : null,
      section("circle", t(lang, "circleAtEnd"), circle(report, lang)),
      report.improvementPoints.length
        ? section(
            "points",
            t(lang, "improvementPoints"),
            el("ul", { class: "points" }, ...report.improvementPoints.map((p) => el("li", { text: p }))),
          )
        : null,
      report.notes.length
        ? section(
            "notes",
            t(lang, "notes"),
            el(
              "ul",
              {},
              ...report.notes.map((n) =>
                el("li", {
                  class: `note ${n.tag}`,
                  text: `${n.name}: “${n.text}” (${noteTag(lang, n.tag)})`,
                }),
              ),
            ),
          )
        : null,
      section("timeline", t(lang, "timeline"), timeline(report, lang)),
      section("transcript", t(lang, "transcript"), fullTranscript(transcript, lang)),
      el(
        "div",
        { class: "actions" },
        button("export-json", "exportJson", host.exportJson),
        button("print", "print", host.print),
        button("back", "again", host.toMenu),
      ),
    ),
  );
  return heading;
}

function section(id: string, title: string, body: HTMLElement): HTMLElement {
  return el(
    "section",
    { class: `debrief-${id}`, "aria-labelledby": `${id}-title` },
    el("h2", { id: `${id}-title`, text: title }),
    body,
  );
}

function noteTag(lang: Lang, tag: string): string {
  return t(lang, tag === "positive" ? "notePositive" : tag === "negative" ? "noteNegative" : "noteIdea");
}

function scores(report: Report, lang: Lang): HTMLElement {
  const bar = (score: number) =>
    el("span", { class: "bar", "aria-hidden": "true" }, el("span", { style: `width:${score}%` }));
  return el(
    "section",
    { class: "scores", "aria-labelledby": "scores-title" },
    el("h2", { id: "scores-title", class: "visually-hidden", text: t(lang, "total") }),
    el("p", {
      class: "total",
      "data-total": String(report.score.total ?? ""),
      text: `${t(lang, "total")}: ${report.score.total ?? "–"}`,
    }),
    el(
      "ul",
      { class: "dimensions" },
      ...report.score.dimensions.map((d) =>
        el(
          "li",
          { class: "dimension", "data-dimension": d.id, "data-score": String(d.score) },
          el("span", { class: "dim-title", text: `${d.title}: ${d.score}` }),
          bar(d.score),
          el("span", {
            class: "dim-counts",
            // Counts of moments, not their weights: "broken 7" for a rule broken twice misled.
            text: [
              `${t(lang, "wentWell")}: ${d.count.good}×`,
              `${t(lang, "breach")}: ${d.count.breach}×`,
              `${t(lang, "missed")}: ${d.count.missed}×`,
              ...(d.count.kept > 0 ? [`${t(lang, "kept")}: ${d.count.kept}×`] : []),
            ].join(" · "),
          }),
        ),
      ),
    ),
  );
}

function moments(report: Report, lang: Lang, host: DebriefHost): HTMLElement {
  return el(
    "ol",
    { class: "moments" },
    ...report.moments.map((m, i) =>
      el(
        "li",
        {
          class: `moment ${m.kind}${m.consequence ? " consequence" : ""}`,
          "data-rule": m.rule,
          "data-kind": m.kind,
        },
        el("strong", {
          text: `${Math.round(m.at)}′ · ${m.phaseTitle} · ${t(lang, m.consequence ? "consequence" : kindKey(m.kind))} · ${m.ruleTitle} (${m.rule})`,
        }),
        m.quote ? el("blockquote", { text: `${m.quote.name}: “${m.quote.text}”` }) : null,
        m.did ? el("p", { class: "did", text: `${t(lang, "youDid")}: ${m.did}` }) : null,
        el("p", { class: "why", text: `${t(lang, "why")}: ${m.why}` }),
        m.better ? el("p", { class: "better", text: `${t(lang, "better")}: ${m.better}` }) : null,
        el(
          "p",
          { class: "moment-actions" },
          link(`tv-${i}`, t(lang, "seeInTranscript")),
          m.kind !== "good" ? host.retryButton(m.beat) : null,
        ),
      ),
    ),
  );
}

/** A link to a transcript entry that also moves focus there, so keyboard users land on it. */
function link(target: string, text: string): HTMLElement {
  const a = el("a", { href: `#${target}`, class: "to-transcript", text });
  a.addEventListener("click", (e) => {
    const goal = document.getElementById(target);
    if (!goal) return;
    e.preventDefault();
    goal.scrollIntoView?.({ block: "center" });
    goal.focus();
  });
  return a;
}

function circle(report: Report, lang: Lang): HTMLElement {
  return el(
    "table",
    { class: "circle" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col", text: t(lang, "person") }),
        el("th", { scope: "col", text: `${t(lang, "openness")} · ${t(lang, "start_")}` }),
        el("th", { scope: "col", text: `${t(lang, "openness")} · ${t(lang, "end_")}` }),
      ),
    ),
    el(
      "tbody",
      {},
      ...report.participants.map((p) =>
        el(
          "tr",
          {
            class:
              p.openness.end < p.openness.start
                ? "closed"
                : p.openness.end > p.openness.start
                  ? "opened"
                  : "",
          },
          el("th", { scope: "row", text: p.name }),
          el("td", { text: String(p.openness.start) }),
          el("td", { text: String(p.openness.end) }),
        ),
      ),
    ),
  );
}

function timeline(report: Report, lang: Lang): HTMLElement {
  return el(
    "table",
    { class: "timeline-table" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col", text: t(lang, "phase") }),
        el("th", { scope: "col", text: t(lang, "planned") }),
        el("th", { scope: "col", text: t(lang, "actual") }),
      ),
    ),
    el(
      "tbody",
      {},
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
  );
}

function fullTranscript(transcript: TranscriptEntry[], lang: Lang): HTMLElement {
  let verdicts = 0;
  return el(
    "ol",
    { class: "full-transcript" },
    ...transcript.map((e) => {
      if (e.kind === "line" && e.direction) return el("li", { class: "line direction", text: e.text });
      if (e.kind === "line") return el("li", { class: "line", text: `${e.name}: ${e.text}` });
      if (e.kind === "move" && e.byComputer)
        // The computer's move as what that person does (a direction) and says, one part per line.
        return el(
          "li",
          { class: "move npc" },
          ...(e.parts ?? []).map((p) =>
            el("span", {
              class: p.kind === "do" ? "part direction" : "part",
              text: p.kind === "do" ? p.text : `${e.by}: ${p.text}`,
            }),
          ),
        );
      if (e.kind === "move") {
        const did = e.free
          ? `“${e.free.text}” (${labelName(e.free.label, lang)}: ${e.free.why})`
          : e.did.join(" · ");
        return el("li", { class: "move own", text: `${e.by}: ${did}` });
      }
      if (e.kind === "verdict")
        return el("li", {
          class: `verdict ${e.verdict}`,
          id: `tv-${verdicts++}`,
          tabindex: "-1",
          text: `${t(lang, kindKey(e.verdict))} · ${e.ruleTitle} (${e.rule}): ${e.why}`,
        });
      if (e.kind === "phase")
        return el("li", { class: "phase", text: `— ${e.title} (${Math.round(e.at)}′) —` });
      if (e.kind === "untold")
        return el("li", { class: "untold", text: `(${t(lang, "untoldOne")} ${e.name}: ${e.story})` });
      return el("li", { class: "note", text: `${t(lang, "noted")}: ${e.name}: “${e.text}”` });
    }),
  );
}
