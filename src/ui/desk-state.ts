// The organiser's own picture. Preparing, recruiting and following up happen at a desk, not in the
// meeting circle: colleagues' messages come into an inbox and residents are on the phone. Only the
// evening itself (the meeting's phases) shows the circle. Pure: what the desk shows, from the log.
import type { PhaseKind, Scenario } from "../engine/format/schema.ts";
import type { Role } from "../engine/rules/catalog.ts";
import type { LogEntry } from "../engine/runtime/context.ts";
import type { Lang } from "./i18n.ts";
import type { DeskState } from "./room-view.ts";

/** Phases that happen in the room with the circle. */
const IN_THE_ROOM: ReadonlySet<PhaseKind> = new Set([
  "opening",
  "free-round",
  "prepared-questions",
  "listeners-round",
  "closing",
]);

const LABELS: Record<Lang, DeskState["labels"]> = {
  nl: {
    inbox: "Inbox en overleg",
    phone: "Telefoon",
    noCall: "Geen gesprek",
    onTheLine: "Aan de lijn",
    empty: "Nog niets binnen",
  },
  en: {
    inbox: "Inbox and talks",
    phone: "Phone",
    noCall: "No call",
    onTheLine: "On the line",
    empty: "Nothing in yet",
  },
};

/** How many of the newest messages the inbox lists. */
const INBOX = 5;

/** The desk for an organiser outside the meeting's own phases; null when the circle is the picture. */
export function deskState(
  s: Scenario,
  role: Role,
  lang: Lang,
  log: readonly LogEntry[],
  phase: string | null,
): DeskState | null {
  if (role !== "organiser") return null;
  const kind = s.phases.find((p) => p.id === phase)?.kind;
  if (kind !== undefined && IN_THE_ROOM.has(kind)) return null;
  const residents = new Map(s.cast.participants.map((p) => [p.id, p.name]));
  const team = new Map<string, string>([
    [s.cast.facilitator.id, s.cast.facilitator.name],
    ["facilitator", s.cast.facilitator.name],
    ...s.cast.listeners.map((l) => [l.id, l.name] as [string, string]),
  ]);
  const messages: DeskState["messages"] = [];
  let caller: DeskState["caller"] = null;
  let last: string | null = null;
  for (const e of log) {
    if (e.t !== "line") continue;
    const resident = residents.get(e.speaker);
    // A resident speaking outside the evening is on the phone; the call lasts until someone else speaks.
    caller = resident ? { id: e.speaker, name: resident } : null;
    const colleague = team.get(e.speaker);
    // Lines in a row from the same colleague are one message.
    if (colleague && last !== e.speaker) messages.push({ id: e.speaker, name: colleague });
    last = e.speaker;
  }
  const newest = log.findLast((e) => e.t === "line");
  const organiser = s.cast.organiser;
  return {
    you: organiser ? { id: organiser.id, name: organiser.name.split(" ")[0] ?? organiser.name } : null,
    caller,
    messages: messages.slice(-INBOX).reverse(),
    fresh: newest?.t === "line" && team.has(newest.speaker),
    labels: LABELS[lang],
  };
}
