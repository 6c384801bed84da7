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
  reconnect: { nl: "Opnieuw verbinden", en: "Reconnect" },
  networkError: {
    nl: "De workshopserver is niet bereikbaar. Start het spel met npm start.",
    en: "The workshop server cannot be reached. Start the game with npm start.",
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
    nl: "Starten kan nog niet: deze server speelt één menselijke plaats per bijeenkomst. Geef precies één deelnemer een plaats.",
    en: "Cannot start yet: this server plays one human seat per meeting. Give exactly one player a seat.",
  },
  "no-seat": { nl: "Je hebt geen plaats in deze bijeenkomst.", en: "You have no seat in this meeting." },
  "not-started": { nl: "De bijeenkomst is nog niet begonnen.", en: "The meeting has not begun." },
  "lines-coming": {
    nl: "Wacht tot de laatste regel gezegd is.",
    en: "Wait until the last line has been said.",
  },
  "not-your-turn": { nl: "Je bent nu niet aan de beurt.", en: "It is not your turn." },
  "move-refused": { nl: "Die zet kan nu niet.", en: "That move cannot be made now." },
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
