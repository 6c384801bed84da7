// The time the meeting screen shows, in step with the text on screen. The engine's context runs ahead
// while lines are paced (it has already played the beat), so the clock and phase are those of the last
// entry shown. Past the planned end the clock says how far over it is; a phase outside the meeting
// itself (preparing, recruiting, the follow-up) shows its own minutes, not the meeting's.
import type { PhaseKind, Scenario } from "../engine/format/schema.ts";
import { tr } from "../engine/report/localize.ts";
import type { Role } from "../engine/rules/catalog.ts";
import type { LogEntry } from "../engine/runtime/context.ts";
import type { Lang } from "./i18n.ts";

export interface ShownTime {
  clock: number;
  phase: string | null;
  /** When each phase shown so far began. */
  starts: Map<string, number>;
}

/** The clock and phase of what is on screen: the last shown entry's time, the last shown phase. */
export function shownTime(shown: readonly LogEntry[]): ShownTime {
  let clock = 0;
  let phase: string | null = null;
  const starts = new Map<string, number>();
  for (const e of shown) {
    clock = Math.max(clock, e.at);
    if (e.t === "phase") {
      phase = e.phase;
      starts.set(e.phase, e.at);
    }
  }
  return { clock, phase, starts };
}

/** Phases that are part of the meeting itself and run on its clock. */
const MEETING: ReadonlySet<PhaseKind> = new Set([
  "opening",
  "free-round",
  "prepared-questions",
  "listeners-round",
  "closing",
]);

const WORDS = {
  nl: {
    of: (n: number, of: number) => `${n} van ${of} min`,
    over: (n: number, over: number) => `${n} min · ${over} over de tijd`,
  },
  en: {
    of: (n: number, of: number) => `${n} of ${of} min`,
    over: (n: number, over: number) => `${n} min · ${over} over time`,
  },
} as const;

/** "Vrije ronde · 16 van 90 min", "Afsluiting · 102 min · 12 over de tijd", "Nagesprek · 5 van 30 min". */
export function clockText(s: Scenario, role: Role, time: ShownTime, lang: Lang): string {
  const words = WORDS[lang];
  const phase = s.phases.find((p) => p.id === time.phase);
  const minutes = (n: number, planned: number) => {
    const m = Math.round(n);
    return m > planned ? words.over(m, m - planned) : words.of(m, planned);
  };
  if (!phase) return minutes(time.clock, s.durationMinutes);
  const title = tr(phase.title, lang);
  // The organiser's weeks of preparation and any follow-up are not minutes of the meeting.
  if (role === "organiser" || !MEETING.has(phase.kind)) {
    const began = time.starts.get(phase.id) ?? time.clock;
    return `${title} · ${minutes(time.clock - began, phase.plannedMinutes)}`;
  }
  return `${title} · ${minutes(time.clock, s.durationMinutes)}`;
}
