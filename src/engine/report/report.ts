// The report of one run: scores, every moment that mattered with its quote, rule and why, what stayed
// untold, the timeline planned against actual, notes and improvement points. Plain JSON, the same for
// the same run byte for byte; the debrief screen and `play` both show this.

import type { Scenario } from "../format/schema.ts";
import { type Role, ruleInfo } from "../rules/catalog.ts";
import type { Context, LogEntry, VerdictEntry } from "../runtime/context.ts";
import { toArray } from "../runtime/plist.ts";
import { own } from "../util/own.ts";
import { adviceLine } from "./advice.ts";
import { isConsequence, keptByDimension } from "./chances.ts";
import { type Lang, pick, tr } from "./localize.ts";
import { phaseTitle, speakerName } from "./names.ts";
import { computeScores, type Scores } from "./score.ts";

export const REPORT_VERSION = 1;

export interface Moment {
  at: number;
  phase: string;
  phaseTitle: string;
  beat: string;
  rule: string;
  ruleTitle: string;
  kind: VerdictEntry["kind"];
  weight: number;
  why: string;
  better?: string;
  quote?: { speaker: string; name: string; text: string };
  did?: string;
  auto?: true;
  /** Carried by every choice of its move: the cost of what went before, not of the choice made. */
  consequence?: true;
}

export interface Report {
  format: "spiegelspel-report";
  version: number;
  scenario: { id: string; title: string };
  role: Role;
  lang: Lang;
  seed: number;
  finished: boolean;
  minutes: { meeting: number | null; planned: number; total: number };
  score: Scores;
  participants: {
    id: string;
    name: string;
    persona: string;
    openness: { start: number; end: number };
    trust: { start: number; end: number };
  }[];
  room: { openness: { start: number; end: number }; trust: { start: number; end: number } };
  moments: Moment[];
  wentWell: Moment[];
  brokeRules: Moment[];
  missedChances: Moment[];
  /** Moments that are the cost of an earlier choice (see chances.ts), kept out of missedChances. */
  consequences: Moment[];
  untold: { at: number; speaker: string; name: string; story: string; afterMoment?: string }[];
  timeline: {
    phase: string;
    title: string;
    kind: string;
    plannedStart: number;
    plannedMinutes: number;
    actualStart: number | null;
    actualMinutes: number | null;
  }[];
  notes: { line: string; tag: string; name: string; text: string }[];
  improvementPoints: string[];
  advice: string[];
}

const avg = (xs: number[]) => (xs.length === 0 ? 0 : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));

export function buildReport(s: Scenario, role: Role, ctx: Context, lang: Lang, seed: number): Report {
  const log: LogEntry[] = toArray(ctx.log);
  const verdicts = log.filter((e): e is VerdictEntry => e.t === "verdict");
  const moments = verdicts.map((v) => moment(s, role, v, lang));
  const participants = s.cast.participants.map((p) => ({
    id: p.id,
    name: p.name,
    persona: p.persona,
    openness: { start: p.openness, end: own(ctx.people, p.id)?.openness ?? p.openness },
    trust: { start: p.trust, end: own(ctx.people, p.id)?.trust ?? p.trust },
  }));
  const phaseEntries = log.filter((e): e is Extract<LogEntry, { t: "phase" }> => e.t === "phase");
  const timeline = s.phases.map((p) => {
    const i = phaseEntries.findIndex((e) => e.phase === p.id);
    const entry = phaseEntries[i];
    const nextEntry = phaseEntries[i + 1];
    const actualStart = entry ? entry.at : null;
    const end = nextEntry ? nextEntry.at : ctx.done ? ctx.clock : null;
    return {
      phase: p.id,
      title: tr(p.title, lang),
      kind: p.kind,
      plannedStart: entry?.plannedStart ?? 0,
      plannedMinutes: p.plannedMinutes,
      actualStart,
      actualMinutes: actualStart !== null && end !== null ? end - actualStart : null,
    };
  });
  let lastBreach: string | undefined;
  const untold: Report["untold"] = [];
  for (const e of log) {
    if (e.t === "verdict" && e.kind !== "good") lastBreach = tr(e.why, lang);
    if (e.t === "untold") {
      const item: Report["untold"][number] = {
        at: e.at,
        speaker: e.speaker,
        name: speakerName(s, e.speaker, role, lang),
        story: tr(e.title, lang),
      };
      if (lastBreach !== undefined) item.afterMoment = lastBreach;
      untold.push(item);
    }
  }
  const notes = log
    .filter((e): e is Extract<LogEntry, { t: "note" }> => e.t === "note")
    .map((e) => ({
      line: e.line,
      tag: e.tag,
      name: speakerName(s, e.speaker, role, lang),
      text: tr(e.text, lang),
    }));
  const followUp = new Set(s.phases.filter((p) => p.kind === "follow-up").map((p) => p.id));
  const improvementPoints = log
    .filter(
      (e): e is Extract<LogEntry, { t: "move" }> =>
        e.t === "move" && !e.byComputer && e.kind === "pick" && followUp.has(e.phase),
    )
    .flatMap((e) => e.texts.map((t) => tr(t, lang)));
  const advice = moments
    .filter((m) => m.kind !== "good" && m.better !== undefined)
    .sort((a, b) => b.weight - a.weight || a.at - b.at)
    .map((m) => adviceLine(m.ruleTitle, m.better ?? ""))
    // One piece of advice said once: several missed parts of the opening share the same words.
    .filter((a, i, all) => all.indexOf(a) === i)
    .slice(0, 3);
  return {
    format: "spiegelspel-report",
    version: REPORT_VERSION,
    scenario: { id: s.id, title: tr(s.title, lang) },
    role,
    lang,
    seed,
    finished: ctx.done,
    minutes: { meeting: ctx.meetingEnd, planned: s.durationMinutes, total: ctx.clock },
    score: computeScores(verdicts, lang, keptByDimension(s, role, log)),
    participants,
    room: {
      openness: {
        start: avg(participants.map((p) => p.openness.start)),
        end: avg(participants.map((p) => p.openness.end)),
      },
      trust: {
        start: avg(participants.map((p) => p.trust.start)),
        end: avg(participants.map((p) => p.trust.end)),
      },
    },
    moments,
    wentWell: moments.filter((m) => m.kind === "good"),
    brokeRules: moments.filter((m) => m.kind === "breach" && !m.consequence),
    missedChances: moments.filter((m) => m.kind === "missed" && !m.consequence),
    consequences: moments.filter((m) => m.consequence),
    untold,
    timeline,
    notes,
    improvementPoints,
    advice: !ctx.done
      ? [
          pick(
            lang,
            "Deze run is niet afgemaakt: de scores gaan alleen over het deel dat gespeeld is.",
            "This run was not finished: the scores cover only the part that was played.",
          ),
          ...advice,
        ]
      : advice.length > 0
        ? advice
        : [
            pick(
              lang,
              "Geen verbeterpunten: zo houd je je aan de methode.",
              "Nothing to improve: this is how the method works.",
            ),
          ],
  };
}

function moment(s: Scenario, role: Role, v: VerdictEntry, lang: Lang): Moment {
  const info = ruleInfo(v.rule);
  const m: Moment = {
    at: v.at,
    phase: v.phase,
    phaseTitle: phaseTitle(s, v.phase, lang),
    beat: v.beat,
    rule: v.rule,
    ruleTitle: info ? tr(info.title, lang) : v.rule,
    kind: v.kind,
    weight: v.weight,
    why: tr(v.why, lang),
  };
  if (v.better) m.better = tr(v.better, lang);
  if (v.quote)
    m.quote = {
      speaker: v.quote.speaker,
      name: speakerName(s, v.quote.speaker, role, lang),
      text: tr(v.quote.text, lang),
    };
  if (isConsequence(s, role, v)) m.consequence = true;
  // A consequence is not about the choice made there (often a repair): it does not quote it.
  else if (v.did) m.did = tr(v.did, lang);
  if (v.auto) m.auto = true;
  return m;
}
