// The workshop screens' words, Dutch and English, and the server's refusal codes said in the user's
// language (the server's English `reason` is for logs and other clients, never shown on a Dutch screen).
import { fillIn, type Lang } from "../i18n.ts";

const STRINGS = {
  workshop: { nl: "Workshop", en: "Workshop" },
  trainerTitle: { nl: "Workshop leiden", en: "Run a workshop" },
  trainerHint: {
    nl: "Kies een scenario. Je krijgt een code die je deelnemers intypen op hun eigen apparaat.",
    en: "Choose a scenario. You get a code your players type on their own device.",
  },
  bundled: { nl: "Meegeleverd scenario", en: "Bundled scenario" },
  ownFile: { nl: "Of een eigen scenariobestand (JSON)", en: "Or a scenario file of your own (JSON)" },
  ownChecked: { nl: "Eigen scenario gecontroleerd: {title}", en: "Own scenario checked: {title}" },
  ownProblems: { nl: "Dit bestand kan niet gebruikt worden:", en: "This file cannot be used:" },
  listenerSeats: { nl: "Aantal toehoordersplaatsen", en: "Listener seats" },
  allowPick: { nl: "Deelnemers mogen zelf een plaats kiezen", en: "Players may pick a seat themselves" },
  create: { nl: "Workshop aanmaken", en: "Create the workshop" },
  creating: { nl: "Bezig met aanmaken…", en: "Creating…" },
  back: { nl: "Terug naar het menu", en: "Back to the menu" },
  joinCode: { nl: "Code om mee te doen", en: "Code to join" },
  joinLink: { nl: "Link om mee te doen", en: "Link to join" },
  copyLink: { nl: "Kopieer link", en: "Copy link" },
  copied: { nl: "Gekopieerd.", en: "Copied." },
  keepPage: {
    nl: "Houd deze pagina open: alleen hier kun je de workshop besturen.",
    en: "Keep this page open: only here can you run the workshop.",
  },
  lobby: { nl: "Wie is er", en: "Who is here" },
  nobodyYet: { nl: "Nog niemand. Deel de code.", en: "Nobody yet. Share the code." },
  seats: { nl: "Plaatsen", en: "Seats" },
  seat_facilitator: { nl: "Gespreksleider", en: "Facilitator" },
  seat_listener: { nl: "Toehoorder {n}", en: "Listener {n}" },
  seat_organiser: { nl: "Organisator", en: "Organiser" },
  noSeat: { nl: "Kijkt mee (geen plaats)", en: "Following (no seat)" },
  computerPlays: { nl: "leeg: de computer speelt", en: "empty: the computer plays" },
  seatOf: { nl: "Plaats van {name}", en: "Seat of {name}" },
  free: { nl: "Plaats vrijmaken", en: "Free the seat" },
  remove: { nl: "Verwijderen", en: "Remove" },
  removeWho: { nl: "{name} verwijderen", en: "Remove {name}" },
  connected: { nl: "verbonden", en: "connected" },
  away: { nl: "niet verbonden", en: "not connected" },
  waiting: { nl: "aan de beurt", en: "to move" },
  breaches: { nl: "regels gebroken: {n}", en: "rules broken: {n}" },
  controls: { nl: "Besturing", en: "Controls" },
  startMeeting: { nl: "Start de bijeenkomst", en: "Start the meeting" },
  pauseAll: { nl: "Pauze voor iedereen", en: "Pause for everyone" },
  resumeAll: { nl: "Verder", en: "Resume" },
  skipLine: { nl: "Volgende regel nu", en: "Next line now" },
  endAll: { nl: "Beëindig voor iedereen", en: "End for everyone" },
  endConfirm: {
    nl: "De bijeenkomst voor iedereen beëindigen?",
    en: "End the meeting for everyone?",
  },
  status_lobby: { nl: "In de wachtruimte", en: "In the lobby" },
  status_running: { nl: "Bezig", en: "Running" },
  status_paused: { nl: "Gepauzeerd", en: "Paused" },
  status_ended: { nl: "Afgelopen", en: "Ended" },
  statusLine: {
    nl: "{status} · fase: {phase} · {minute} min",
    en: "{status} · phase: {phase} · {minute} min",
  },
  noPhase: { nl: "nog niet begonnen", en: "not begun" },
  live: { nl: "Het gesprek", en: "The conversation" },
  joinTitle: { nl: "Meedoen met een workshop", en: "Join a workshop" },
  joinHint: {
    nl: "Typ de code die je trainer laat zien, en de naam waaronder de anderen je zien.",
    en: "Type the code your trainer shows, and the name the others will see.",
  },
  code: { nl: "Code", en: "Code" },
  name: { nl: "Jouw naam", en: "Your name" },
  player: { nl: "Deelnemer", en: "Player" },
  join: { nl: "Meedoen", en: "Join" },
  joining: { nl: "Bezig met verbinden…", en: "Connecting…" },
  needCode: { nl: "Typ de code (8 tekens).", en: "Type the code (8 characters)." },
  needName: { nl: "Typ een naam (1 tot 40 tekens).", en: "Type a name (1 to 40 characters)." },
  waitingRoom: { nl: "Wachtruimte", en: "Lobby" },
  yourSeat: { nl: "Jouw plaats: {seat}", en: "Your seat: {seat}" },
  waitForStart: {
    nl: "Wacht tot de trainer de bijeenkomst start.",
    en: "Wait for the trainer to start the meeting.",
  },
  pickSeat: { nl: "Kies een plaats", en: "Pick a seat" },
  standUp: { nl: "Geen plaats", en: "No seat" },
  you: { nl: "jij", en: "you" },
  leaveWorkshop: { nl: "Workshop verlaten", en: "Leave the workshop" },
  removedNote: {
    nl: "De trainer heeft je uit de workshop gehaald.",
    en: "The trainer removed you from the workshop.",
  },
  lostConnection: {
    nl: "De verbinding met de workshop is verbroken.",
    en: "The connection to the workshop was lost.",
  },
  endedEarly: {
    nl: "De trainer heeft de bijeenkomst beëindigd.",
    en: "The trainer ended the meeting.",
  },
  followEnd: {
    nl: "De bijeenkomst is afgelopen. Je keek mee zonder plaats: er is geen eigen nabespreking.",
    en: "The meeting has ended. You followed without a seat: there is no debrief of your own.",
  },
  debriefComing: {
    nl: "De bijeenkomst is afgelopen. Je eigen nabespreking wordt opgehaald…",
    en: "The meeting has ended. Your own debrief is on its way…",
  },
  unknownScenario: {
    nl: "Deze workshop gebruikt een scenario dat dit apparaat niet heeft.",
    en: "This workshop uses a scenario this device does not have.",
  },
  sharedScenarioProblems: {
    nl: "Het eigen scenario van de trainer komt hier niet door de controle:",
    en: "The trainer's own scenario does not pass the checks here:",
  },
  sharedScenarioTooLarge: {
    nl: "Het eigen scenario van de trainer is groter dan {kib} KiB.",
    en: "The trainer's own scenario is larger than {kib} KiB.",
  },
  moreTime_half: { nl: "meer tijd: 1,5×", en: "more time: 1.5×" },
  moreTime_double: { nl: "meer tijd: 2×", en: "more time: 2×" },
  moreTime_none: { nl: "geen tijdslimiet", en: "no time limit" },
  backTo: { nl: "Terug naar workshop {code}", en: "Back to workshop {code}" },
  group_title: { nl: "De groep", en: "The group" },
  group_openness: {
    nl: "Openheid van de kring: {start} bij het begin, laagste punt {low} rond minuut {lowAt}, {end} aan het eind.",
    en: "Openness of the circle: {start} at the start, lowest {low} around minute {lowAt}, {end} at the end.",
  },
  group_noOpenness: {
    nl: "Over de openheid van de kring is niets bijgehouden.",
    en: "Nothing was kept about the circle's openness.",
  },
  group_seats: { nl: "Per plaats (gewicht van de momenten)", en: "Per seat (weight of the moments)" },
  group_tally: {
    nl: "{who}: ging goed {good} · regel gebroken {breach} · kans gemist {missed}",
    en: "{who}: went well {good} · rule broken {breach} · chance missed {missed}",
  },
  group_total: { nl: "totaal {total}", en: "total {total}" },
  group_breaches: { nl: "Wie brak welke regel, wanneer", en: "Who broke which rule, when" },
  group_noBreaches: {
    nl: "Niemand aan tafel brak een regel.",
    en: "Nobody at the table broke a rule.",
  },
  chart_title: { nl: "Openheid van de kring per minuut", en: "Openness of the circle by the minute" },
  chart_openness: { nl: "openheid", en: "openness" },
  chart_minutes: { nl: "minuut", en: "minute" },
  chart_average: { nl: "gemiddelde (lijn met stippen)", en: "average (line with dots)" },
  chart_spread: {
    nl: "minst en meest open deelnemer (stippellijnen)",
    en: "least and most open participant (dashed lines)",
  },
  chart_breach: {
    nl: "regel gebroken, genummerd als in de lijst",
    en: "rule broken, numbered as in the list",
  },
  chart_asTable: { nl: "Als tabel", en: "As a table" },
  chart_averageCol: { nl: "Gemiddelde", en: "Average" },
  chart_minute: { nl: "Minuut", en: "Minute" },
  chart_phase: { nl: "Fase", en: "Phase" },
  chart_least: { nl: "Minst open", en: "Least open" },
  chart_most: { nl: "Meest open", en: "Most open" },
  team_title: { nl: "Verbeterpunten van het team", en: "The team's improvement points" },
  team_by: { nl: "Voorgesteld door {who}", en: "Proposed by {who}" },
  team_open: { nl: "Voorgesteld, niet vastgesteld", en: "Proposed, not fixed" },
  team_noneFixed: { nl: "Er is geen punt vastgesteld.", en: "No point was fixed." },
  team_notYet: { nl: "Nog geen punt vastgesteld.", en: "No point fixed yet." },
  round: { nl: "Ronde {n}", en: "Round {n}" },
  rotateSeats: { nl: "Plaatsen doorschuiven", en: "Rotate seats" },
  nextRound: { nl: "Volgende ronde", en: "Next round" },
  nextRoundConfirm: {
    nl: "Een nieuwe ronde met dezelfde deelnemers, de plaatsen doorgeschoven?",
    en: "A new round with the same players, seats rotated?",
  },
  exportJson: { nl: "Workshop exporteren (JSON)", en: "Export the workshop (JSON)" },
  printable: { nl: "Afdrukbare pagina", en: "Printable page" },
  print: { nl: "Afdrukken", en: "Print" },
  backToWorkshop: { nl: "Terug naar de workshop", en: "Back to the workshop" },
  print_title: { nl: "Workshop {code}: {title}", en: "Workshop {code}: {title}" },
  print_when: { nl: "Gestart {start} · afgelopen {end}", en: "Started {start} · ended {end}" },
  print_unknown: { nl: "onbekend", en: "unknown" },
  print_seats: { nl: "Per plaats", en: "Per seat" },
  print_score: {
    nl: "score {total} · ging goed {good} · regel gebroken {breach} · kans gemist {missed}",
    en: "score {total} · went well {good} · rule broken {breach} · chance missed {missed}",
  },
  print_noScore: { nl: "geen score", en: "no score" },
  print_points: { nl: "Verbeterpunten", en: "Improvement points" },
  print_none: {
    nl: "Nog geen afgeronde ronde om af te drukken.",
    en: "No round finished yet to print.",
  },
  reconnect: { nl: "Opnieuw verbinden", en: "Reconnect" },
  networkError: {
    nl: "De workshopserver is niet bereikbaar. Start het spel met npm start.",
    en: "The workshop server cannot be reached. Start the game with npm start.",
  },
  fu_title: { nl: "Nagesprek met het team", en: "Follow-up with the team" },
  fu_stage_reflect: {
    nl: "Stap 1 van 3: ieder denkt eerst alleen na.",
    en: "Step 1 of 3: everyone first reflects alone.",
  },
  fu_stage_propose: {
    nl: "Stap 2 van 3: de toehoorders stellen verbeterpunten voor, elk met woorden van deelnemers die ze noteerden.",
    en: "Step 2 of 3: the listeners propose improvement points, each resting on participants' words they noted.",
  },
  fu_stage_fix: {
    nl: "Stap 3 van 3: de gespreksleider of de trainer legt minstens {min} punten vast als de lijst van het team.",
    en: "Step 3 of 3: the facilitator or the trainer fixes at least {min} points as the team's list.",
  },
  fu_stage_done: {
    nl: "Het nagesprek is afgesloten. Dit is de lijst van het team.",
    en: "The follow-up is closed. This is the team's list.",
  },
  fu_reflectLabel: {
    nl: "Jouw reflectie: wat raakte je, wat herken je, wat neem je mee?",
    en: "Your reflection: what struck you, what do you recognise, what do you take away?",
  },
  fu_reflectPrivate: { nl: "Alleen jij en de trainer lezen dit.", en: "Only you and the trainer read this." },
  fu_reflectSave: { nl: "Reflectie opslaan", en: "Save reflection" },
  fu_reflectSaved: { nl: "Je reflectie is opgeslagen.", en: "Your reflection is saved." },
  fu_myReflection: { nl: "Jouw reflectie", en: "Your reflection" },
  fu_reflected: { nl: "{n} van {total} hebben gereflecteerd.", en: "{n} of {total} have reflected." },
  fu_pointLabel: { nl: "Verbeterpunt", en: "Improvement point" },
  fu_quotesLegend: {
    nl: "Waar rust dit punt op? Kies uit de woorden die je noteerde.",
    en: "What does this point rest on? Choose from the words you noted.",
  },
  fu_noNotes: {
    nl: "Je noteerde tijdens de bijeenkomst geen woorden van deelnemers. Een punt zonder citaat kan niet.",
    en: "You noted no participant's words during the meeting. A point without a quote cannot be proposed.",
  },
  fu_propose: { nl: "Voorstellen", en: "Propose" },
  fu_proposed: { nl: "Je punt is voorgesteld.", en: "Your point is proposed." },
  fu_points: { nl: "Voorgestelde punten", en: "Proposed points" },
  fu_noPoints: { nl: "Nog geen voorstellen.", en: "No proposals yet." },
  fu_by: { nl: "voorgesteld door {name} ({seat})", en: "proposed by {name} ({seat})" },
  fu_isFixed: { nl: "vastgelegd", en: "fixed" },
  fu_fix: { nl: "Vastleggen", en: "Fix" },
  fu_unfix: { nl: "Loslaten", en: "Unfix" },
  fu_fixWhat: { nl: "{action}: {point}", en: "{action}: {point}" },
  fu_list: {
    nl: "De lijst van het team: {n} vastgelegd (minstens {min})",
    en: "The team's list: {n} fixed (at least {min})",
  },
  fu_listEmpty: { nl: "Nog niets vastgelegd.", en: "Nothing fixed yet." },
  fu_next_reflect: { nl: "Door naar de voorstellen", en: "On to the proposals" },
  fu_next_propose: { nl: "Door naar het vastleggen", en: "On to fixing the list" },
  fu_close: { nl: "Nagesprek afsluiten", en: "Close the follow-up" },
  fu_toDebrief: { nl: "Naar mijn nabespreking", en: "To my debrief" },
  fu_reflections: { nl: "Reflecties (alleen voor de trainer)", en: "Reflections (for the trainer only)" },
  fu_noReflections: { nl: "Nog geen reflecties.", en: "No reflections yet." },
  fu_leadNote: {
    nl: "Jij leidt het nagesprek: jij legt de punten vast en sluit af.",
    en: "You lead the follow-up: you fix the points and close it.",
  },
} satisfies Record<string, Record<Lang, string>>;

export type WorkshopKey = keyof typeof STRINGS;

export function ws(lang: Lang, key: WorkshopKey, params: Record<string, string | number> = {}): string {
  return fillIn(STRINGS[key][lang], params);
}

/** The server's stable codes (HTTP errors and room refusals), in the user's language. */
const CODES: Record<string, Record<Lang, string>> = {
  "bad-request": { nl: "Het verzoek klopt niet.", en: "The request is not right." },
  "bad-name": {
    nl: "Die naam kan niet: 1 tot 40 tekens.",
    en: "That name cannot be used: 1 to 40 characters.",
  },
  "no-workshop": { nl: "Er is geen workshop met deze code.", en: "There is no workshop with this code." },
  "too-many-codes": {
    nl: "Te veel verkeerde codes. Wacht een minuut en probeer het opnieuw.",
    en: "Too many wrong codes. Wait a minute and try again.",
  },
  "too-many-creates": {
    nl: "Te veel workshops aangemaakt. Wacht een minuut.",
    en: "Too many workshops created. Wait a minute.",
  },
  "unknown-scenario": {
    nl: "Dat scenario kent de server niet.",
    en: "The server does not know that scenario.",
  },
  "scenario-too-large": {
    nl: "Het scenariobestand is te groot (max. 512 KiB).",
    en: "The scenario file is too large (512 KiB at most).",
  },
  "scenario-invalid": {
    nl: "Het scenario komt niet door de controle.",
    en: "The scenario does not pass the checks.",
  },
  "publishing-off": {
    nl: "Deze server neemt geen scenario's aan: er is geen publicatiesleutel ingesteld.",
    en: "This server takes no scenarios: no publish key is set.",
  },
  "wrong-publish-key": { nl: "De publicatiesleutel klopt niet.", en: "The publish key is not right." },
  "too-many-keys": {
    nl: "Te veel verkeerde sleutels. Wacht een minuut en probeer het opnieuw.",
    en: "Too many wrong keys. Wait a minute and try again.",
  },
  "cannot-join": { nl: "De workshop is nu niet bereikbaar.", en: "The workshop cannot be reached now." },
  "server-error": { nl: "Er ging iets mis op de server.", en: "Something went wrong on the server." },
  "rate-limited": {
    nl: "Te veel berichten tegelijk; even rustig aan.",
    en: "Too many messages at once; slow down.",
  },
  "invalid-message": { nl: "Dat bericht klopt niet.", en: "That message is not right." },
  "trainer-only": { nl: "Alleen de trainer kan dat.", en: "Only the trainer can do that." },
  "use-assign": { nl: "De trainer wijst de plaatsen toe.", en: "The trainer assigns the seats." },
  "trainer-assigns-seats": { nl: "De trainer wijst de plaatsen toe.", en: "The trainer assigns the seats." },
  "unknown-player": { nl: "Die deelnemer is er niet meer.", en: "That player is no longer here." },
  "player-seated": {
    nl: "Deze deelnemer heeft een plaats in de lopende bijeenkomst.",
    en: "This player has a seat in the running meeting.",
  },
  "wrong-status": {
    nl: "Dat kan nu niet in deze fase van de workshop.",
    en: "That cannot be done at this stage.",
  },
  "seats-fixed": {
    nl: "De plaatsen liggen vast zolang de bijeenkomst loopt.",
    en: "The seats are fixed while the meeting runs.",
  },
  "unknown-seat": { nl: "Die plaats bestaat niet.", en: "That seat does not exist." },
  "seat-taken": { nl: "Die plaats is al bezet.", en: "That seat is taken." },
  "cannot-start": {
    nl: "Starten kan nog niet: geef minstens één deelnemer een plaats.",
    en: "Cannot start yet: give at least one player a seat.",
  },
  "no-seat": { nl: "Je hebt geen plaats in deze bijeenkomst.", en: "You have no seat in this meeting." },
  "not-started": { nl: "De bijeenkomst is nog niet begonnen.", en: "The meeting has not begun." },
  "lines-coming": {
    nl: "Wacht tot de laatste regel gezegd is.",
    en: "Wait until the last line has been said.",
  },
  "not-your-turn": { nl: "Je bent nu niet aan de beurt.", en: "It is not your turn." },
  "move-refused": { nl: "Die zet kan nu niet.", en: "That move cannot be made now." },
  "follow-up-not-open": {
    nl: "Het nagesprek begint als de bijeenkomst is afgelopen.",
    en: "The follow-up starts when the meeting has ended.",
  },
  "follow-up-stage": {
    nl: "Dat kan niet in deze stap van het nagesprek.",
    en: "That cannot be done in this step of the follow-up.",
  },
  "follow-up-no-seat": {
    nl: "Alleen wie een plaats had in de bijeenkomst doet mee aan het nagesprek.",
    en: "Only those with a seat in the meeting take part in the follow-up.",
  },
  "follow-up-listeners-propose": {
    nl: "Alleen de toehoorders stellen verbeterpunten voor.",
    en: "Only the listeners propose improvement points.",
  },
  "follow-up-lead-only": {
    nl: "Alleen de gespreksleider of de trainer kan dat.",
    en: "Only the facilitator or the trainer can do that.",
  },
  "follow-up-empty": { nl: "Typ eerst iets.", en: "Type something first." },
  "follow-up-too-long": { nl: "Die tekst is te lang.", en: "That text is too long." },
  "follow-up-reflect-first": {
    nl: "Reflecteer eerst; daarna stel je punten voor.",
    en: "Reflect first; then propose points.",
  },
  "follow-up-no-quote": {
    nl: "Een verbeterpunt rust op minstens één citaat dat je noteerde. Kies er een.",
    en: "An improvement point rests on at least one quote you noted. Choose one.",
  },
  "follow-up-not-noted": {
    nl: "Dat citaat staat niet in jouw aantekeningen.",
    en: "That quote is not in your notes.",
  },
  "follow-up-too-many-quotes": {
    nl: "Te veel citaten bij één punt (hoogstens 5).",
    en: "Too many quotes for one point (5 at most).",
  },
  "follow-up-too-many-points": {
    nl: "Het grootste aantal punten is bereikt.",
    en: "The largest number of points has been reached.",
  },
  "follow-up-unknown-point": { nl: "Dat punt bestaat niet.", en: "That point does not exist." },
  "follow-up-too-few-fixed": {
    nl: "Leg eerst minstens drie punten vast.",
    en: "Fix at least three points first.",
  },
};

/** Whether a server code has words of its own here (a new server code without them falls back). */
export const hasCodeText = (code: string): boolean => Object.hasOwn(CODES, code);

export function codeText(lang: Lang, code: string | undefined): string {
  return (code && CODES[code]?.[lang]) || CODES["server-error"]?.[lang] || "";
}

/** A seat's name: "facilitator", "listener-2", … */
export function seatName(lang: Lang, seat: string | null | undefined): string {
  if (!seat) return ws(lang, "noSeat");
  if (seat === "facilitator") return ws(lang, "seat_facilitator");
  if (seat === "organiser") return ws(lang, "seat_organiser");
  const m = /^listener-(\d+)$/.exec(seat);
  return m ? ws(lang, "seat_listener", { n: m[1] as string }) : seat;
}
