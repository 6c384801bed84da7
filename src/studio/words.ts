// The studio's own words, Dutch and English, one language at a time (the studio's language, chosen in
// its toolbar). Scenario text is never here: it is shown as the author wrote it.
import { fillIn } from "../ui/i18n.ts";
import type { StudioLang } from "./panel-host.ts";

const WORDS = {
  title: { nl: "Scenario's schrijven", en: "Write scenarios" },
  toolbar: { nl: "Scenario", en: "Scenario" },
  newFromTemplate: { nl: "Nieuw van sjabloon", en: "New from template" },
  copyOf: { nl: "Kopie van een bestaand scenario", en: "Copy of a bundled scenario" },
  copy: { nl: "Kopiëren", en: "Copy" },
  openFile: { nl: "Bestand openen", en: "Open a file" },
  export: { nl: "Exporteren", en: "Export" },
  publish: { nl: "Publiceren", en: "Publish" },
  undo: { nl: "Ongedaan maken", en: "Undo" },
  redo: { nl: "Opnieuw", en: "Redo" },
  undoWhat: { nl: "Ongedaan maken: {what}", en: "Undo: {what}" },
  redoWhat: { nl: "Opnieuw: {what}", en: "Redo: {what}" },
  undone: { nl: "Ongedaan gemaakt: {what}", en: "Undone: {what}" },
  redone: { nl: "Opnieuw gedaan: {what}", en: "Redone: {what}" },
  nothingToUndo: { nl: "Er is niets om ongedaan te maken.", en: "There is nothing to undo." },
  nothingToRedo: { nl: "Er is niets om opnieuw te doen.", en: "There is nothing to redo." },
  language: { nl: "Taal van de studio", en: "Studio language" },
  back: { nl: "Terug naar het spel", en: "Back to the game" },
  saved: { nl: "Bewaard in deze browser.", en: "Saved in this browser." },
  saving: { nl: "Bewaren…", en: "Saving…" },
  notSaved: {
    nl: "Niet bewaard: deze browser laat niets meer opslaan. Exporteer je werk naar een bestand.",
    en: "Not saved: this browser refuses to store more. Export your work to a file.",
  },
  corrupt: {
    nl: "Het automatisch bewaarde werk kon niet worden gelezen. Het is apart gezet en niet weggegooid: download het hieronder. Je begint met het sjabloon.",
    en: "The autosaved work could not be read. It has been kept aside, not thrown away: download it below. You start from the template.",
  },
  downloadAside: { nl: "Download het apart gezette werk", en: "Download the work kept aside" },
  opened: { nl: "Geopend: {name}", en: "Opened: {name}" },
  openFailed: { nl: "{name} kon niet worden geopend:", en: "{name} could not be opened:" },
  exported: { nl: "Geëxporteerd als {name}", en: "Exported as {name}" },
  templateLabel: { nl: "Nieuw van sjabloon", en: "New from template" },
  copyLabel: { nl: "Kopie van {name}", en: "Copy of {name}" },
  openLabel: { nl: "Geopend: {name}", en: "Open {name}" },
  loading: { nl: "Laden…", en: "Loading…" },
  panelFailed: { nl: "Dit deel kon niet laden: {why}", en: "This part could not load: {why}" },
  areaMain: { nl: "Werkblad", en: "Workspace" },
  areaSide: { nl: "Zijpaneel", en: "Side panel" },
  areaBottom: { nl: "Onderpaneel", en: "Bottom panel" },
  publishTitle: {
    nl: "Publiceren naar de bibliotheek van de workshopserver",
    en: "Publish to the workshop server's library",
  },
  publishKey: { nl: "Publicatiesleutel", en: "Publish key" },
  publishSend: { nl: "Publiceer", en: "Publish" },
  publishNotChecked: {
    nl: "Eerst oplossen: het scenario heeft nog {count} fout(en). Alleen een gecontroleerd scenario kan worden gepubliceerd.",
    en: "Fix first: the scenario still has {count} error(s). Only a checked scenario can be published.",
  },
  publishDone: {
    nl: "Gepubliceerd: {title}. Trainers kunnen het kiezen bij een nieuwe workshop.",
    en: "Published: {title}. Trainers can pick it when opening a workshop.",
  },
  publishRefused: { nl: "Niet gepubliceerd: {why}", en: "Not published: {why}" },
  publishUnreachable: {
    nl: "Niet gepubliceerd: de workshopserver is niet bereikbaar vanaf deze pagina.",
    en: "Not published: the workshop server cannot be reached from this page.",
  },
} satisfies Record<string, Record<StudioLang, string>>;

export type WordKey = keyof typeof WORDS;

export function w(lang: StudioLang, key: WordKey, params: Record<string, string | number> = {}): string {
  return fillIn(WORDS[key][lang], params);
}
