// The Session's refusals in the player's language. The engine says why as a code with parameters; the
// English sentence it also carries is for the CLI and never shown on a Dutch screen.
import type { RefusalCode } from "../engine/session/refusals.ts";
import type { MoveResult } from "../engine/session/session.ts";
import { fillIn, type Lang } from "./i18n.ts";

const TEXT: Record<RefusalCode, Record<Lang, string>> = {
  "no-move": { nl: "Er is nu geen zet te doen.", en: "There is no move to make now." },
  "use-pick": { nl: "Kies hier meerdere mogelijkheden.", en: "Pick several options here." },
  "use-choose": { nl: "Kies hier één mogelijkheid.", en: "Choose one option here." },
  "not-a-choice": { nl: "Dat is geen van de mogelijkheden.", en: "That is not one of the options." },
  "not-among": { nl: "Dat is geen van de mogelijkheden.", en: "That is not one of the options." },
  "picked-twice": { nl: "Een mogelijkheid is twee keer gekozen.", en: "An option is picked twice." },
  "pick-count": {
    nl: "Kies er {min} tot {max} (je koos er {picked}).",
    en: "Choose {min} to {max} (you chose {picked}).",
  },
  "no-free-text": {
    nl: "Op dit moment kun je geen eigen woorden typen.",
    en: "This moment does not take typed words.",
  },
  "no-judge": {
    nl: "Zelf typen is nu niet beschikbaar; kies een van de mogelijkheden.",
    en: "Typing your own words is not available now; pick one of the options.",
  },
  "empty-text": { nl: "Typ eerst wat je zou zeggen.", en: "Type what you would say first." },
  "no-urge": { nl: "Er wacht geen impuls.", en: "No urge is waiting." },
  "meeting-over": { nl: "De bijeenkomst is voorbij.", en: "The meeting is over." },
  "not-spoken": {
    nl: "Deze regel is nog niet gezegd en kan niet genoteerd worden.",
    en: "This line has not been spoken yet and cannot be noted.",
  },
  "already-noted": {
    nl: "Deze regel staat al zo in je notities.",
    en: "This line is already in your notes like that.",
  },
  "unknown-move": { nl: "Deze zet kent het spel niet.", en: "The game does not know this move." },
  "computer-seat": {
    nl: "Deze plaats wordt door de computer gespeeld.",
    en: "This seat is played by the computer.",
  },
};

/** The refusal in `lang`, its parameters filled in; empty for a move that was made. */
export function refusalText(result: MoveResult, lang: Lang): string {
  if (result.ok) return "";
  return fillIn(TEXT[result.code][lang], result.params);
}

export const REFUSAL_CODES = Object.keys(TEXT) as RefusalCode[];
