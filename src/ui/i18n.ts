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
  pause: { nl: "Pauze", en: "Pause" },
  skip: { nl: "Overslaan", en: "Skip" },
  pausedNote: {
    nl: "Gepauzeerd: niets beweegt, de tijd staat stil. Notities maken kan. Esc of Pauze gaat verder.",
    en: "Paused: nothing moves, the clock stands still. You can still take notes. Esc or Pause goes on.",
  },
  pauseKey: { nl: "Pauze (Esc)", en: "Pause (Esc)" },
  speed: { nl: "Leestempo", en: "Reading speed" },
  instantLines: { nl: "Alle tekst meteen tonen", en: "Show all lines at once" },
  retry: { nl: "Opnieuw vanaf dit moment", en: "Try again from this moment" },
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
  debrief: { nl: "Nabespreking", en: "Debrief" },
  total: { nl: "Totaal", en: "Total" },
  moments: { nl: "Momenten die ertoe deden", en: "Moments that mattered" },
  wentWell: { nl: "Ging goed", en: "Went well" },
  breach: { nl: "Regel gebroken", en: "Rule broken" },
  missed: { nl: "Kans gemist", en: "Chance missed" },
  kept: { nl: "Regel gehouden", en: "Rule kept" },
  consequence: { nl: "Gevolg van een eerdere keuze", en: "Consequence of an earlier choice" },
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
  openness: { nl: "openheid", en: "openness" },
  sound_phase: { nl: "[zacht belletje: nieuwe fase]", en: "[soft chime: new phase]" },
  sound_breach: { nl: "[lage toon: regel gebroken]", en: "[low tone: rule broken]" },
  sound_timer: { nl: "[tik: de tijd loopt]", en: "[tick: time is running]" },
  urgeWindow: {
    nl: "Je hebt een paar seconden. Niets doen is ook een keuze.",
    en: "You have a few seconds. Doing nothing is a choice too.",
  },
  channel_room: { nl: "kamergeluid", en: "room tone" },
  channel_cues: { nl: "signalen", en: "cues" },
  channel_voice: { nl: "stemmen en voorlezen", en: "voices and reading aloud" },
  soundOn: { nl: "Geluid aan: {channel}", en: "Sound on: {channel}" },
  volumeOf: { nl: "Volume: {channel}", en: "Volume: {channel}" },
  reducedMotionHint: {
    nl: "Minder beweging (ook als je systeem daarom vraagt)",
    en: "Reduced motion (also when your system asks for it)",
  },
  save_damaged: { nl: "het bestand is beschadigd", en: "the save is damaged" },
  save_foreign: { nl: "dit is geen Spiegelspel-opslag", en: "this is not a Spiegelspel save" },
  save_version: {
    nl: "opslag van versie {detail} wordt niet meer ondersteund",
    en: "save version {detail} is no longer supported",
  },
  save_field: {
    nl: "een onderdeel ontbreekt of klopt niet ({detail})",
    en: "a part is missing or wrong ({detail})",
  },
  save_moves: { nl: "de zetten kloppen niet ({detail})", en: "the moves do not fit ({detail})" },
  save_scenario: {
    nl: "het scenario '{detail}' is er niet meer",
    en: "the scenario '{detail}' is no longer available",
  },
  saveMigrated: {
    nl: "Je opgeslagen ronde kwam uit een oudere versie en is omgezet.",
    en: "Your saved run came from an older version and was converted.",
  },
  view: { nl: "Bekijk de nabespreking", en: "View the debrief" },
  you: { nl: "jij", en: "you" },
  untoldOne: { nl: "niet verteld:", en: "left untold:" },
  urgeTitle: { nl: "Je voelt een impuls", en: "An urge comes up" },
  pickedCount: { nl: "{n} gekozen (kies {min} tot {max})", en: "{n} chosen (choose {min} to {max})" },
  setting: { nl: "Waar en hoe lang", en: "Where and how long" },
  teamWants: { nl: "Wat het team wil leren", en: "What the team wants to learn" },
  whoIsThere: { nl: "Wie er in de kring zitten", en: "Who sits in the circle" },
  notesHint: {
    nl: "Noteer letterlijke woorden van deelnemers met de knoppen bij hun regels: wat goed gaat, wat beter kan, een idee.",
    en: "Keep participants' own words with the buttons by their lines: what goes well, what could be better, an idea.",
  },
  timedOut: { nl: "het moment ging voorbij", en: "the moment passed" },
  menu: { nl: "Menu", en: "Menu" },
  newRun: { nl: "Nieuwe ronde", en: "New run" },
  problemCount: {
    nl: "{errors} fout(en), {warnings} waarschuwing(en)",
    en: "{errors} error(s), {warnings} warning(s)",
  },
  muted: { nl: "microfoon uit", en: "muted" },
  status: { nl: "{phase} · {clock} van {planned} min", en: "{phase} · {clock} of {planned} min" },
  sound_warning: {
    nl: "[zachte waarschuwing: deze fase loopt uit]",
    en: "[soft warning: this phase runs over]",
  },
  sound_voice: { nl: "[ingesproken tekst]", en: "[recorded voice]" },
  preparedQuestions: { nl: "Voorbereide vragen van het team", en: "The team's prepared questions" },
  preparedHint: {
    nl: "Pas na de vrije ronde inbrengen.",
    en: "Bring in only after the free round.",
  },
  circleAtEnd: {
    nl: "De kring: openheid aan het begin en het eind",
    en: "The circle: openness at the start and the end",
  },
  person: { nl: "Deelnemer", en: "Participant" },
  start_: { nl: "Begin", en: "Start" },
  end_: { nl: "Eind", en: "End" },
  planned: { nl: "Gepland", en: "Planned" },
  actual: { nl: "Werkelijk", en: "Actual" },
  phase: { nl: "Fase", en: "Phase" },
  seeInTranscript: { nl: "Bekijk in het verslag", en: "See it in the transcript" },
  judgeMissing: {
    nl: "Zelf typen is nu niet beschikbaar; kies een van de mogelijkheden.",
    en: "Typing your own words is not available now; pick one of the options.",
  },
  judgeSaid: { nl: "Zo klonk het", en: "How it came across" },
  dropHere: { nl: "of sleep het bestand hierheen", en: "or drop the file here" },
  cannotPlay: {
    nl: "Dit scenario heeft fouten en kan niet gespeeld worden.",
    en: "This scenario has errors and cannot be played.",
  },
  readingFile: { nl: "Bestand wordt gelezen…", en: "Reading the file…" },
  roomSummary: {
    nl: "De kring: {open} van {n} deelnemers open, {closed} dichtgeklapt.",
    en: "The circle: {open} of {n} participants open, {closed} closed up.",
  },
  noteAdded: { nl: "Genoteerd: {text}", en: "Noted: {text}" },
} as const;

export type StringKey = keyof typeof STRINGS;

/**
 * Fills `{name}` placeholders: the one way every table of words (this one, the saves', the workshop's,
 * the refusals') does it. A function replacer, so a value holding `$&` or `$1` (a player's name, a file
 * name) is inserted as written; an unknown placeholder stays visible rather than vanishing.
 */
export function fillIn(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(vars, key) ? String(vars[key]) : whole,
  );
}

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return fillIn(STRINGS[key][lang], vars);
}

export const ALL_KEYS = Object.keys(STRINGS) as StringKey[];
export const stringsFor = (key: StringKey) => STRINGS[key];
