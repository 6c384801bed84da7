// Every string of the interface, in Dutch and English. Scenario text comes from the scenario itself.
export type Lang = "nl" | "en";

const STRINGS = {
  appTitle: { nl: "Spiegelspel", en: "Spiegelspel" },
  tagline: { nl: "Oefen de spiegelbijeenkomst", en: "Practise the mirror meeting" },
  scenario: { nl: "Scenario", en: "Scenario" },
  role: { nl: "Rol", en: "Role" },
  language: { nl: "Taal", en: "Language" },
  facilitator: { nl: "Gespreksleider", en: "Facilitator" },
  listener: { nl: "Toehoorder", en: "Listener" },
  organiser: { nl: "Organisator", en: "Organiser" },
  start: { nl: "Begin", en: "Start" },
  resume: { nl: "Verder waar je was", en: "Resume where you were" },
  ownScenario: { nl: "Eigen scenario spelen", en: "Play your own scenario" },
  chooseFile: { nl: "Kies of sleep een JSON-bestand", en: "Choose or drop a JSON file" },
  history: { nl: "Eerdere rondes", en: "Earlier runs" },
  noHistory: { nl: "Nog geen rondes gespeeld.", en: "No runs played yet." },
  settings: { nl: "Instellingen", en: "Settings" },
  readAloud: { nl: "Voorlezen (spraak van de browser)", en: "Read aloud (browser speech)" },
  sound: { nl: "Geluid", en: "Sound" },
  volume: { nl: "Volume", en: "Volume" },
  pause: { nl: "Pauze", en: "Pause" },
  skip: { nl: "Overslaan", en: "Skip" },
  speed: { nl: "Leestempo", en: "Reading speed" },
  instantLines: { nl: "Alle regels meteen tonen", en: "Show all lines at once" },
  retry: { nl: "Opnieuw vanaf dit moment", en: "Try again from this moment" },
  reducedMotion: { nl: "Minder beweging", en: "Reduced motion" },
  briefing: { nl: "Briefing", en: "Briefing" },
  keyRules: { nl: "De regels die er nu toe doen", en: "The rules that matter most" },
  yourRole: { nl: "Jouw rol", en: "Your role" },
  begin: { nl: "Naar de bijeenkomst", en: "Enter the meeting" },
  transcript: { nl: "Wat er gezegd is", en: "What was said" },
  yourMove: { nl: "Jouw beurt", en: "Your move" },
  confirm: { nl: "Bevestig keuze", en: "Confirm choice" },
  pickBetween: { nl: "Kies er {min} tot {max}", en: "Choose {min} to {max}" },
  secondsLeft: { nl: "{s} s", en: "{s} s" },
  orType: { nl: "Of typ wat je zou zeggen", en: "Or type what you would say" },
  say: { nl: "Zeg het", en: "Say it" },
  note: { nl: "Noteer", en: "Note" },
  notePositive: { nl: "gaat goed", en: "goes well" },
  noteNegative: { nl: "kan beter", en: "could be better" },
  noteIdea: { nl: "idee", en: "idea" },
  noted: { nl: "Genoteerd", en: "Noted" },
  notes: { nl: "Je notities", en: "Your notes" },
  continue: { nl: "Verder", en: "Continue" },
  debrief: { nl: "Nabespreking", en: "Debrief" },
  total: { nl: "Totaal", en: "Total" },
  moments: { nl: "Momenten die ertoe deden", en: "Moments that mattered" },
  wentWell: { nl: "Ging goed", en: "Went well" },
  breach: { nl: "Regel gebroken", en: "Rule broken" },
  missed: { nl: "Kans gemist", en: "Chance missed" },
  why: { nl: "Waarom", en: "Why" },
  better: { nl: "Beter", en: "Better" },
  youDid: { nl: "Jij", en: "You" },
  untold: {
    nl: "Wat je miste: verhalen die niet verteld werden",
    en: "What you missed: stories left untold",
  },
  timeline: { nl: "Tijdlijn: gepland en werkelijk", en: "Timeline: planned and actual" },
  improvementPoints: { nl: "Jouw verbeterpunten", en: "Your improvement points" },
  advice: { nl: "Om mee te nemen", en: "To take with you" },
  exportJson: { nl: "Rapport als JSON", en: "Report as JSON" },
  print: { nl: "Afdrukken", en: "Print" },
  again: { nl: "Terug naar het menu", en: "Back to the menu" },
  toMenu: { nl: "Naar het menu (je ronde blijft bewaard)", en: "To the menu (your run is kept)" },
  room: { nl: "De kring", en: "The circle" },
  minutes: { nl: "min", en: "min" },
  problems: { nl: "Problemen in dit scenario", en: "Problems in this scenario" },
  playIt: { nl: "Speel dit scenario", en: "Play this scenario" },
  saveDropped: {
    nl: "Een opgeslagen ronde kon niet worden hervat en is verwijderd: {why}",
    en: "A saved run could not be resumed and was removed: {why}",
  },
  openness: { nl: "openheid", en: "openness" },
  meetingOver: { nl: "De bijeenkomst is afgelopen.", en: "The meeting is over." },
  sound_phase: { nl: "[zacht belletje: nieuwe fase]", en: "[soft chime: new phase]" },
  sound_breach: { nl: "[lage toon: regel gebroken]", en: "[low tone: rule broken]" },
  sound_timer: { nl: "[tik: de tijd loopt]", en: "[tick: time is running]" },
  urgeWindow: {
    nl: "Je hebt een paar seconden. Niets doen is ook een keuze.",
    en: "You have a few seconds. Doing nothing is a choice too.",
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  let s: string = STRINGS[key][lang];
  for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  return s;
}

export const ALL_KEYS = Object.keys(STRINGS) as StringKey[];
export const stringsFor = (key: StringKey) => STRINGS[key];
