// One sentence a trainee can learn from: what the utterance is, the words that showed it, and why it
// matters in this role.
import type { JudgeRole, Lang, UtteranceLabel } from "./labels.ts";

type Sentences = Record<UtteranceLabel, { nl: string; en: string }>;

const LISTENER: Partial<Sentences> = {
  clarifying: {
    nl: "Een verhelderende vraag{cue}: je helpt de deelnemer haar ervaring verder te vertellen.",
    en: "A clarifying question{cue}: you help the participant tell more of their experience.",
  },
  acknowledging: {
    nl: "Dank of erkenning{cue}, zonder verdediging of uitleg: dat past in de ronde van de toehoorders.",
    en: "Thanks or recognition{cue}, without defence or explanation: that fits the listeners' round.",
  },
  leading: {
    nl: "Een sturende vraag{cue}: er zit een verwijt of verdediging in die de deelnemer klem zet.",
    en: "A leading question{cue}: it carries a reproach or defence that corners the participant.",
  },
  defending: {
    nl: "Dit is verdedigen{cue}: de deelnemer hoort dat haar ervaring niet klopt.",
    en: "This is defending{cue}: the participant hears that their experience is wrong.",
  },
  explaining: {
    nl: "Dit is uitleg{cue}: als toehoorder leg je niets uit, je vraagt alleen door.",
    en: "This is explaining{cue}: as a listener you explain nothing, you only ask to understand.",
  },
  solving: {
    nl: "Dit is een belofte of oplossing{cue}: in de bijeenkomst los je geen eigen zaken op.",
    en: "This is a promise or a solution{cue}: the meeting does not solve anyone's own case.",
  },
};

const FACILITATOR: Partial<Sentences> = {
  open: {
    nl: "Een open vraag{cue}: die nodigt uit tot het eigen verhaal.",
    en: "An open question{cue}: it invites the person's own story.",
  },
  closed: {
    nl: "Een gesloten vraag{cue}: af en toe prima, maar een open vraag levert het verhaal op.",
    en: "A closed question{cue}: fine now and then, but an open question brings out the story.",
  },
  leading: {
    nl: "Een sturende vraag{cue}: het antwoord of je eigen mening zit er al in.",
    en: "A leading question{cue}: the answer or your own view is already in it.",
  },
  summary: {
    nl: "Een samenvatting{cue}: de deelnemer hoort dat ze begrepen is en kan bijsturen.",
    en: "A summary{cue}: the participant hears they were understood and can correct it.",
  },
  opinion: {
    nl: "Een eigen oordeel of advies{cue}: als gespreksleider blijf je neutraal.",
    en: "Your own judgement or advice{cue}: as facilitator you stay neutral.",
  },
  process: {
    nl: "Je leidt de bijeenkomst{cue}: regels, tijd en beurten bewaken hoort bij je rol.",
    en: "You are running the meeting{cue}: guarding rules, time and turns is your job.",
  },
};

export function explain(label: UtteranceLabel, role: JudgeRole, lang: Lang, cue: string | undefined): string {
  const table = role === "listener" ? LISTENER : FACILITATOR;
  const sentence = table[label]?.[lang] ?? label;
  const shown = cue ? (lang === "nl" ? ` (let op: "${cue}")` : ` (note: "${cue}")`) : "";
  return sentence.replace("{cue}", shown);
}
