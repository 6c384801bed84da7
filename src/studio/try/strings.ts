// The words of the studio's "try it" panel, in Dutch and English: one language at a time, never mixed.
import { fillIn } from "../../ui/i18n.ts";
import type { StudioLang } from "../panel-host.ts";

const WORDS = {
  title: { nl: "Uitproberen", en: "Try it" },
  invalid: {
    nl: "Dit scenario kan nog niet gespeeld worden: er {n, zijn/is} {count} {n, fouten/fout} in. Los eerst deze op:",
    en: "This scenario cannot be played yet: it has {count} {n, errors/error}. Fix these first:",
  },
  more: { nl: "en nog {count}.", en: "and {count} more." },
  role: { nl: "Rol", en: "Role" },
  facilitator: { nl: "Gespreksleider", en: "Facilitator" },
  listener: { nl: "Toehoorder", en: "Listener" },
  organiser: { nl: "Organisator", en: "Organiser" },
  beat: { nl: "Beat", en: "Beat" },
  phase: { nl: "Fase", en: "Phase" },
  phaseAt: {
    nl: "Fase: {phase}. De klok begint op {minutes} minuten, het geplande begin van die fase.",
    en: "Phase: {phase}. The clock starts at {minutes} minutes, the planned start of that phase.",
  },
  state: { nl: "Toestand bij het begin", en: "State at the start" },
  flags: { nl: "Vlaggen die aan staan", en: "Flags that are on" },
  noFlags: { nl: "Dit scenario gebruikt geen vlaggen.", en: "This scenario uses no flags." },
  openness: { nl: "Openheid per deelnemer (0–100)", en: "Openness per participant (0–100)" },
  opennessOf: { nl: "Openheid van {name}", en: "Openness of {name}" },
  playBeat: { nl: "Speel deze beat", en: "Play this beat" },
  playAll: { nl: "Speel de hele bijeenkomst vanaf het begin", en: "Play the whole meeting from the start" },
  playingBeat: {
    nl: "Je speelt als {role} vanaf beat {beat}.",
    en: "You play as {role} from beat {beat}.",
  },
  playingAll: {
    nl: "Je speelt als {role} de hele bijeenkomst vanaf het begin.",
    en: "You play as {role} the whole meeting from the start.",
  },
  asFacilitator: { nl: "gespreksleider", en: "the facilitator" },
  asListener: { nl: "toehoorder", en: "a listener" },
  asOrganiser: { nl: "organisator", en: "the organiser" },
  now: { nl: "Nu", en: "Now" },
  nowPhase: { nl: "fase {phase}, {minutes} min", en: "phase {phase}, {minutes} min" },
  nowOpenness: { nl: "openheid: {list}", en: "openness: {list}" },
  nowFlags: { nl: "vlaggen aan: {list}", en: "flags on: {list}" },
  nowNoFlags: { nl: "geen vlaggen aan", en: "no flags on" },
  reset: { nl: "Opnieuw", en: "Start again" },
  back: { nl: "Andere beat of toestand", en: "Other beat or state" },
  log: { nl: "Wat er gebeurt", en: "What happens" },
  atBeat: { nl: "Beat {beat}", en: "Beat {beat}" },
  phaseBegins: { nl: "Fase: {phase}", en: "Phase: {phase}" },
  youChose: { nl: "Jij", en: "You" },
  computerChose: { nl: "{who} (computer)", en: "{who} (computer)" },
  timedOut: { nl: "(de tijd liep af)", en: "(time ran out)" },
  good: { nl: "Goed", en: "Good" },
  breach: { nl: "Regel gebroken", en: "Rule broken" },
  missed: { nl: "Kans gemist", en: "Chance missed" },
  why: { nl: "Waarom", en: "Why" },
  better: { nl: "Beter", en: "Better" },
  untold: { nl: "Niet verteld: {title} ({who})", en: "Left untold: {title} ({who})" },
  effects: { nl: "Gevolgen", en: "Effects" },
  opennessChange: { nl: "openheid {name}: {from} → {to}", en: "openness of {name}: {from} → {to}" },
  trustChange: { nl: "vertrouwen {name}: {from} → {to}", en: "trust of {name}: {from} → {to}" },
  flagOn: { nl: "vlag {flag} staat nu aan", en: "flag {flag} is now on" },
  flagOff: { nl: "vlag {flag} staat nu uit", en: "flag {flag} is now off" },
  noEffects: { nl: "geen veranderingen in openheid of vlaggen", en: "no change in openness or flags" },
  notePositive: { nl: "gaat goed", en: "goes well" },
  noteNegative: { nl: "kan beter", en: "could be better" },
  noteIdea: { nl: "idee", en: "idea" },
  noteAs: { nl: "Noteer als ‘{tag}’: {text}", en: "Note as ‘{tag}’: {text}" },
  noted: { nl: "Genoteerd ({tag}): {who} — {text}", en: "Noted ({tag}): {who} — {text}" },
  replay: {
    nl: "Dit spel als zettenbestand voor het commando",
    en: "This run as a moves file for the command",
  },
  yourMove: { nl: "Jouw zet", en: "Your move" },
  pickBetween: { nl: "Kies er {min} tot {max}.", en: "Choose {min} to {max}." },
  confirm: { nl: "Bevestig", en: "Confirm" },
  letPass: {
    nl: "Laat het moment voorbijgaan (de tijd loopt af)",
    en: "Let the moment pass (time runs out)",
  },
  orType: { nl: "Of typ wat je zou zeggen", en: "Or type what you would say" },
  say: { nl: "Zeg het", en: "Say it" },
  judgeLoading: {
    nl: "De beoordelaar van getypte woorden wordt geladen…",
    en: "Loading the judge of typed words…",
  },
  judgeMissing: {
    nl: "Zelf typen kan hier niet: de beoordelaar van getypte woorden is niet geladen.",
    en: "Typing is not possible here: the judge of typed words did not load.",
  },
  judgeSaid: { nl: "De beoordelaar hoorde: {label}", en: "The judge heard: {label}" },
  done: { nl: "De bijeenkomst is afgelopen.", en: "The meeting is over." },
  changed: {
    nl: "Het scenario is veranderd sinds je begon. Wat je hier speelt is nog de vorige versie.",
    en: "The scenario has changed since you started. What you play here is still the previous version.",
  },
  restart: { nl: "Opnieuw beginnen met de nieuwe versie", en: "Start again with the new version" },
  cannotStart: { nl: "Zo kan het spel niet beginnen:", en: "The game cannot start like this:" },
  stopped: {
    nl: "Het spel liep hier vast. Begin opnieuw, of kies een andere beat of toestand.",
    en: "The game got stuck here. Start again, or choose another beat or state.",
  },
} as const;

export type WordKey = keyof typeof WORDS;

/** The word in `lang`, with {name} filled in and {n, many/one} chosen by the number n. */
export function word(lang: StudioLang, key: WordKey, vars: Record<string, string | number> = {}): string {
  return fillIn(
    WORDS[key][lang].replace(/\{n, ([^/}]*)\/([^}]*)\}/g, (_, many: string, one: string) =>
      vars.n === 1 ? one : many,
    ),
    vars,
  );
}

export const WORD_KEYS = Object.keys(WORDS) as WordKey[];
export const wordsOf = (key: WordKey) => WORDS[key];
