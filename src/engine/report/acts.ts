// How a move reads to someone following the meeting. A choice has three faces (format v2): what it is
// called on the trainee's button (`text`, second person), the words said (`say`) and what is done
// (`do`, a third-person stage direction). The trainee's own move reads as what they chose; a move the
// computer makes reads as what that person says and does, so "You hold back" never appears as if the
// trainee did it.
import type { Choice, Scenario } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import type { LogEntry } from "../runtime/context.ts";
import { type Lang, pick, tr } from "./localize.ts";
import { speakerName } from "./names.ts";

/** One part of a move as shown: words said, an action done, or (the trainee's own move) the choice made. */
export interface MovePart {
  kind: "say" | "do" | "choice";
  text: string;
}

type MoveEntry = Extract<LogEntry, { t: "move" }>;

const choicesByScenario = new WeakMap<Scenario, Map<string, Choice>>();

function findChoice(s: Scenario, beat: string, role: Role, id: string): Choice | undefined {
  let index = choicesByScenario.get(s);
  if (!index) {
    index = new Map();
    for (const b of s.beats)
      for (const [r, move] of Object.entries(b.moves ?? {}))
        for (const c of move?.choices ?? []) index.set(`${b.id}|${r}|${c.id}`, c);
    choicesByScenario.set(s, index);
  }
  return index.get(`${beat}|${role}|${id}`);
}

/** Who made a move, as a transcript names them. */
export function moveActor(s: Scenario, e: MoveEntry, viewer: Role, lang: Lang): string {
  if (!e.byComputer) return pick(lang, "Jij", "You");
  return e.role === "listener"
    ? pick(lang, "Een toehoorder", "A listener")
    : speakerName(s, e.role, viewer, lang);
}

/** A stage direction as a sentence: the actor, the action, a full stop. */
export function direction(actor: string, action: string): string {
  const sentence = `${actor} ${action.trim()}`;
  return /[.!?…:]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * The parts of a move in the order they happen: what is done, then what is said. `actor` names who
 * made it where the viewer knows better than the cast (a workshop player's name).
 */
export function moveParts(
  s: Scenario,
  e: MoveEntry,
  viewer: Role,
  lang: Lang,
  actor: string = moveActor(s, e, viewer, lang),
): MovePart[] {
  if (!e.byComputer) {
    if (e.free) return [{ kind: "say", text: e.free.text }];
    return e.texts.map((t) => ({ kind: "choice", text: tr(t, lang) }));
  }
  const parts: MovePart[] = [];
  e.choices.forEach((id, i) => {
    const c = findChoice(s, e.beat, e.role, id);
    if (c?.do) parts.push({ kind: "do", text: direction(actor, tr(c.do, lang)) });
    if (c?.say) parts.push({ kind: "say", text: tr(c.say, lang) });
    // A file without either (validate warns) can only show the button text, marked as the choice made.
    if (!c?.do && !c?.say) parts.push({ kind: "choice", text: tr(e.texts[i] ?? c?.text, lang) });
  });
  return parts;
}
