// From the engine's log and context to what the room shows: who sits where, who speaks, how open each
// participant is, and the phases planned against actual. Pure, so it is tested without a canvas.
import type { Scenario } from "../engine/format/schema.ts";
import { tr } from "../engine/report/localize.ts";
import type { Role } from "../engine/rules/catalog.ts";
import type { Context, LogEntry } from "../engine/runtime/context.ts";
import { deskState } from "./desk-state.ts";
import { type Lang, t } from "./i18n.ts";
import type { RoomState } from "./room-view.ts";

/** An emotion stays visible for this many lines after it was shown, so the room does not stay loud. */
const EMOTION_LINES = 6;

export function roomState(
  s: Scenario,
  role: Role,
  lang: Lang,
  log: readonly LogEntry[],
  ctx: Pick<Context, "people" | "clock" | "phase">,
): RoomState {
  let speaker: string | null = null;
  const emotion: Record<string, string> = {};
  let lines = 0;
  for (let i = log.length - 1; i >= 0 && lines < EMOTION_LINES; i--) {
    const e = log[i] as LogEntry;
    if (e.t !== "line") continue;
    lines++;
    speaker ??= e.speaker === "trainee" ? traineeId(s, role) : e.speaker;
    if (e.line?.emotion && !(e.speaker in emotion)) emotion[e.speaker] = e.line.emotion;
  }
  const seat = s.roles.listener?.seat;
  return {
    mode: s.setting.mode ?? "in-person",
    desk: deskState(s, role, lang, log, ctx.phase),
    speaker,
    reacting: role === "listener" && seat && gaveInJustNow(log) ? seat : null,
    timeline: timeline(s, lang, log, ctx),
    labels: { you: t(lang, "you"), muted: t(lang, "muted") },
    people: [
      {
        id: s.cast.facilitator.id,
        name: s.cast.facilitator.name,
        ring: "facilitator",
        trainee: role === "facilitator",
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
        trainee: role === "listener" && l.id === seat,
      })),
      // On the evening itself the organiser sits in the outer ring, marked as the trainee.
      ...(role === "organiser" && s.cast.organiser
        ? [{ id: s.cast.organiser.id, name: s.cast.organiser.name, ring: "outer" as const, trainee: true }]
        : []),
    ],
  };
}

function traineeId(s: Scenario, role: Role): string {
  if (role === "facilitator") return s.cast.facilitator.id;
  if (role === "listener") return s.roles.listener?.seat ?? "trainee";
  return s.cast.organiser?.id ?? "trainee";
}

/** The trainee's last move was an urge given in to: the engine judged it a breach. */
function gaveInJustNow(log: readonly LogEntry[]): boolean {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i] as LogEntry;
    if (e.t === "move" && !e.byComputer) {
      if (e.kind !== "urge" || e.timedOut) return false;
      return log.slice(i + 1).some((v) => v.t === "verdict" && v.beat === e.beat && v.kind === "breach");
    }
  }
  return false;
}

function timeline(
  s: Scenario,
  lang: Lang,
  log: readonly LogEntry[],
  ctx: Pick<Context, "clock" | "phase">,
): RoomState["timeline"] {
  const started = new Map<string, number>();
  for (const e of log) if (e.t === "phase") started.set(e.phase, e.at);
  return {
    phases: s.phases.map((p) => ({
      id: p.id,
      title: tr(p.title, lang),
      plannedMinutes: p.plannedMinutes,
      actualStart: started.get(p.id) ?? null,
    })),
    current: ctx.phase,
    clock: ctx.clock,
    planned: s.phases.reduce((sum, p) => sum + p.plannedMinutes, 0),
  };
}

/** Whether the current phase has run past its planned minutes, counted from when it actually started. */
export function phaseOverrun(state: RoomState["timeline"]): boolean {
  if (!state?.current) return false;
  const p = state.phases.find((x) => x.id === state.current);
  if (!p || p.actualStart === null) return false;
  return state.clock > p.actualStart + p.plannedMinutes;
}

/** For screen readers: the room in one sentence. */
export function roomSummary(state: RoomState, lang: Lang): string {
  const inner = state.people.filter((p) => p.ring === "inner");
  const open = inner.filter((p) => (p.openness ?? 50) >= 60).length;
  const closed = inner.filter((p) => (p.openness ?? 50) < 35).length;
  return t(lang, "roomSummary", { open, n: inner.length, closed });
}
