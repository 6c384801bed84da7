// The words about saving, in Dutch and English. Kept beside the store rather than in i18n.ts so this
// table can grow without touching the interface's shared one; `t` there and `st` here work alike.
import { fillIn, type Lang } from "../i18n.ts";

const STRINGS = {
  asideIntro: {
    nl: "Niet alles wat bewaard was kon gelezen worden. Overgeslagen en apart bewaard (niet gewist): {list}.",
    en: "Not everything that was kept could be read. Skipped and kept aside (not deleted): {list}.",
  },
  aside_run: { nl: "een bewaarde ronde ({detail})", en: "a saved run ({detail})" },
  aside_history: { nl: "een eerdere ronde ({detail})", en: "an earlier run ({detail})" },
  aside_historyList: {
    nl: "de lijst met eerdere rondes ({detail})",
    en: "the list of earlier runs ({detail})",
  },
  aside_own: { nl: "een eigen scenario ({detail})", en: "an own scenario ({detail})" },
  fieldWrong: { nl: "'{field}' ontbreekt of klopt niet", en: "'{field}' is missing or wrong" },
  notJson: { nl: "geen leesbare JSON", en: "not readable JSON" },
  notList: { nl: "geen lijst", en: "not a list" },
  capped: {
    nl: "Je had al {max} rondes bewaard; de oudste ({what}) is apart gezet om plaats te maken.",
    en: "You already had {max} runs saved; the oldest ({what}) was set aside to make room.",
  },
  writeFailed_run: {
    nl: "Je ronde kon niet worden bewaard: de opslag van de browser is vol of geblokkeerd. Je kunt gewoon verder spelen, maar na herladen kun je hier niet verder.",
    en: "Your run could not be saved: the browser's storage is full or blocked. You can play on, but after a reload you cannot resume from here.",
  },
  writeFailed_own: {
    nl: "Je eigen scenario kon niet worden bewaard: de opslag van de browser is vol of geblokkeerd. Om deze ronde later te hervatten heb je het bestand opnieuw nodig.",
    en: "Your own scenario could not be saved: the browser's storage is full or blocked. To resume this run later you will need the file again.",
  },
  writeFailed_history: {
    nl: "Deze ronde kon niet bij je eerdere rondes worden bewaard: de opslag van de browser is vol of geblokkeerd.",
    en: "This run could not be added to your earlier runs: the browser's storage is full or blocked.",
  },
  close: { nl: "Sluiten", en: "Close" },
  resumeThis: { nl: "Verder spelen", en: "Resume" },
  progress: { nl: "{moves} · {minute} van {planned} min", en: "{moves} · {minute} of {planned} min" },
  moveCount: { nl: "{n} zetten", en: "{n} moves" },
  moveCountOne: { nl: "1 zet", en: "1 move" },
  replaceAsk: {
    nl: "Je hebt al een bewaarde ronde van {title} als {role} ({when}, {progress}). Een nieuwe ronde vervangt die.",
    en: "You already have a saved run of {title} as {role} ({when}, {progress}). A new run replaces it.",
  },
  replaceYes: { nl: "Nieuwe ronde, vervang de bewaarde", en: "New run, replace the saved one" },
  replaceResume: { nl: "Ga verder met de bewaarde ronde", en: "Resume the saved run" },
  resumeFailed: {
    nl: "Deze ronde ({what}) kon niet worden hervat: {why}. De ronde is bewaard gebleven.",
    en: "This run ({what}) could not be resumed: {why}. The run has been kept.",
  },
  setAside: { nl: "Zet deze ronde apart", en: "Set this run aside" },
  setAsideDone: {
    nl: "De ronde is apart gezet (niet gewist).",
    en: "The run was set aside (not deleted).",
  },
  why_ownMissing: {
    nl: "de tekst van je eigen scenario is niet bewaard gebleven",
    en: "the text of your own scenario was not kept",
  },
  why_ownUnreadable: {
    nl: "je eigen scenario is niet meer te lezen ({detail})",
    en: "your own scenario can no longer be read ({detail})",
  },
  why_scenarioBroken: {
    nl: "het scenario heeft nu fouten ({detail})",
    en: "the scenario now has errors ({detail})",
  },
  why_gone: {
    nl: "het scenario '{detail}' is er niet meer",
    en: "the scenario '{detail}' is no longer available",
  },
  why_changed: {
    nl: "het scenario is veranderd sinds je deze ronde bewaarde; de zetten passen niet meer vanaf zet {n}",
    en: "the scenario has changed since this run was saved; the moves no longer fit from move {n}",
  },
  why_moves: { nl: "de zetten passen niet meer vanaf zet {n}", en: "the moves no longer fit from move {n}" },
  why_judge: {
    nl: "er zitten getypte woorden in en het beoordelen daarvan is nu niet beschikbaar; probeer het later opnieuw",
    en: "it holds typed words and judging them is not available now; try again later",
  },
  why_crash: {
    nl: "er ging iets mis bij het opnieuw afspelen ({detail})",
    en: "something went wrong while replaying it ({detail})",
  },
  startFailed: { nl: "Deze ronde kon niet beginnen: {why}.", en: "This run could not start: {why}." },
  historyFailed: {
    nl: "Deze nabespreking kon niet opnieuw worden opgebouwd: {why}.",
    en: "This debrief could not be rebuilt: {why}.",
  },
} as const;

export type SaveStringKey = keyof typeof STRINGS;

export function st(lang: Lang, key: SaveStringKey, vars: Record<string, string | number> = {}): string {
  return fillIn(STRINGS[key][lang], vars);
}

export const SAVE_STRING_KEYS = Object.keys(STRINGS) as SaveStringKey[];
export const saveStringsFor = (key: SaveStringKey) => STRINGS[key];
