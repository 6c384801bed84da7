// Who a speaker id is, for people reading a transcript.
import type { Scenario } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { type Lang, pick, tr } from "./localize.ts";

export function speakerName(s: Scenario, id: string, role: Role, lang: Lang): string {
  if (id === "trainee") return pick(lang, "Jij", "You");
  if (id === "facilitator" || id === s.cast.facilitator.id) {
    return role === "facilitator"
      ? pick(lang, "Jij (gespreksleider)", "You (facilitator)")
      : s.cast.facilitator.name;
  }
  if (s.cast.organiser && (id === "organiser" || id === s.cast.organiser.id)) {
    return role === "organiser" ? pick(lang, "Jij (organisator)", "You (organiser)") : s.cast.organiser.name;
  }
  const person = [...s.cast.participants, ...s.cast.listeners].find((p) => p.id === id);
  // A workshop's listener seat speaks as itself (session/seats.ts): named by number in the language shown.
  const seat = /^listener-(\d+)$/.exec(id);
  if (!person && seat) return pick(lang, `Toehoorder ${seat[1]}`, `Listener ${seat[1]}`);
  if (!person) return id;
  return person.role ? `${person.name} (${tr(person.role, lang)})` : person.name;
}

export function phaseTitle(s: Scenario, id: string, lang: Lang): string {
  const phase = s.phases.find((p) => p.id === id);
  return phase ? tr(phase.title, lang) : id;
}
