// One sentence a trainee can learn from: what the utterance is, the words that showed it, and what to do
// instead or why it fits the role.
import type { JudgeRole, Lang, UtteranceLabel } from "./labels.ts";

/** With the cue ({cue} is replaced by the words, in quotes) and without one. */
type Sentence = { nl: [string, string]; en: [string, string] };

/** Whether the words were put as a question: a leading statement is not called a question. */
export type Form = "question" | "statement";

const LISTENER: Partial<Record<UtteranceLabel, Sentence>> = {
  clarifying: {
    nl: [
      "Een verhelderende vraag: met {cue} vraag je naar de ervaring van de deelnemer, precies waar de toehoordersronde voor is.",
      "Een verhelderende vraag: je vraagt naar de ervaring van de deelnemer, precies waar de toehoordersronde voor is.",
    ],
    en: [
      "A clarifying question: with {cue} you ask about the participant's experience, which is what the listeners' round is for.",
      "A clarifying question: you ask about the participant's experience, which is what the listeners' round is for.",
    ],
  },
  acknowledging: {
    nl: [
      "Erkenning zonder verweer: {cue} laat horen dat het verhaal is aangekomen, en dat mag in de toehoordersronde.",
      "Erkenning zonder verweer: je laat horen dat het verhaal is aangekomen, en dat mag in de toehoordersronde.",
    ],
    en: [
      "Recognition without defence: {cue} shows the story has landed, and that is welcome in the listeners' round.",
      "Recognition without defence: you show the story has landed, and that is welcome in the listeners' round.",
    ],
  },
  leading: {
    nl: [
      "Een sturende vraag: {cue} stopt een verwijt, verdediging of suggestie in de vraag; vraag alleen wat de deelnemer bedoelt of meemaakte.",
      "Een sturende vraag: er zit een verwijt, verdediging of suggestie in; vraag alleen wat de deelnemer bedoelt of meemaakte.",
    ],
    en: [
      "A leading question: {cue} puts a reproach, defence or suggestion into the question; ask only what the participant means or went through.",
      "A leading question: it carries a reproach, defence or suggestion; ask only what the participant means or went through.",
    ],
  },
  defending: {
    nl: [
      "Dit is verdedigen: {cue} zet de organisatie tegenover de ervaring van de deelnemer; laat het verhaal staan en vraag door.",
      "Dit is verdedigen: je zet de organisatie tegenover de ervaring van de deelnemer; laat het verhaal staan en vraag door.",
    ],
    en: [
      "This is defending: {cue} sets the organisation against the participant's experience; let the story stand and ask about it.",
      "This is defending: it sets the organisation against the participant's experience; let the story stand and ask about it.",
    ],
  },
  explaining: {
    nl: [
      "Dit is uitleg: {cue} legt beleid, regels of een oorzaak uit; als toehoorder leg je niets uit, je vraagt alleen door.",
      "Dit is uitleg over beleid, regels of een oorzaak; als toehoorder leg je niets uit, je vraagt alleen door.",
    ],
    en: [
      "This is explaining: {cue} explains policy, rules or a cause; as a listener you explain nothing, you only ask to understand.",
      "This is explaining policy, rules or a cause; as a listener you explain nothing, you only ask to understand.",
    ],
  },
  solving: {
    nl: [
      "Dit is een belofte of advies: {cue} gaat een eigen zaak oplossen, maar in de bijeenkomst luister je en los je niets op.",
      "Dit is een belofte of advies, maar in de bijeenkomst luister je en los je niemands eigen zaak op.",
    ],
    en: [
      "This is a promise or advice: {cue} sets out to solve a case, but in the meeting you listen and solve nothing.",
      "This is a promise or advice, but in the meeting you listen and solve nobody's own case.",
    ],
  },
};

// The same rule for words that were not put as a question ("U had toch ook zelf kunnen bellen.").
const LEADING_STATEMENT: Record<JudgeRole, Sentence> = {
  listener: {
    nl: [
      "Dit is sturend: {cue} stopt een verwijt, verdediging of suggestie in je woorden; vraag alleen wat de deelnemer bedoelt of meemaakte.",
      "Dit is sturend: er zit een verwijt, verdediging of suggestie in je woorden; vraag alleen wat de deelnemer bedoelt of meemaakte.",
    ],
    en: [
      "This is leading: {cue} slips a reproach, defence or suggestion into your words; ask only what the participant means or went through.",
      "This is leading: your words carry a reproach, defence or suggestion; ask only what the participant means or went through.",
    ],
  },
  facilitator: {
    nl: [
      "Dit is sturend: met {cue} leg je het antwoord of je eigen mening al neer; vraag open, bijvoorbeeld 'Hoe was dat voor u?'.",
      "Dit is sturend: je legt het antwoord of je eigen mening al neer; vraag open, bijvoorbeeld 'Hoe was dat voor u?'.",
    ],
    en: [
      "This is leading: with {cue} you lay down the answer or your own view; ask openly, for example 'How was that for you?'.",
      "This is leading: you lay down the answer or your own view; ask openly, for example 'How was that for you?'.",
    ],
  },
};

const FACILITATOR: Partial<Record<UtteranceLabel, Sentence>> = {
  open: {
    nl: [
      "Een open vraag: {cue} nodigt uit tot het eigen verhaal, zonder het antwoord voor te zeggen.",
      "Een open vraag: die nodigt uit tot het eigen verhaal, zonder het antwoord voor te zeggen.",
    ],
    en: [
      "An open question: {cue} invites the person's own story without suggesting the answer.",
      "An open question: it invites the person's own story without suggesting the answer.",
    ],
  },
  closed: {
    nl: [
      "Een gesloten vraag: {cue} vraagt om ja, nee of één feit; af en toe prima, maar een open vraag levert het verhaal op.",
      "Een gesloten vraag om ja, nee of één feit; af en toe prima, maar een open vraag levert het verhaal op.",
    ],
    en: [
      "A closed question: {cue} asks for yes, no or one fact; fine now and then, but an open question brings out the story.",
      "A closed question for yes, no or one fact; fine now and then, but an open question brings out the story.",
    ],
  },
  leading: {
    nl: [
      "Een sturende vraag: met {cue} zit het antwoord of je eigen mening er al in; vraag open, bijvoorbeeld 'Hoe was dat voor u?'.",
      "Een sturende vraag: het antwoord of je eigen mening zit er al in; vraag open, bijvoorbeeld 'Hoe was dat voor u?'.",
    ],
    en: [
      "A leading question: with {cue} the answer or your own view is already in it; ask openly, for example 'How was that for you?'.",
      "A leading question: the answer or your own view is already in it; ask openly, for example 'How was that for you?'.",
    ],
  },
  summary: {
    nl: [
      "Een samenvatting: {cue} laat de deelnemer horen dat ze begrepen is en geeft ruimte om bij te sturen.",
      "Een samenvatting: de deelnemer hoort dat ze begrepen is en kan bijsturen.",
    ],
    en: [
      "A summary: {cue} lets the participant hear they were understood and leaves room to correct it.",
      "A summary: the participant hears they were understood and can correct it.",
    ],
  },
  opinion: {
    nl: [
      "Een eigen oordeel of advies: {cue} kiest partij, terwijl je als gespreksleider neutraal blijft.",
      "Een eigen oordeel of advies: als gespreksleider blijf je neutraal en kies je geen partij.",
    ],
    en: [
      "Your own judgement or advice: {cue} takes sides, while as facilitator you stay neutral.",
      "Your own judgement or advice: as facilitator you stay neutral and take no sides.",
    ],
  },
  process: {
    nl: [
      "Je leidt de bijeenkomst: {cue} bewaakt regels, tijd of beurten, en dat hoort bij je rol.",
      "Je leidt de bijeenkomst: regels, tijd en beurten bewaken hoort bij je rol.",
    ],
    en: [
      "You are running the meeting: {cue} guards the rules, time or turns, and that is your job.",
      "You are running the meeting: guarding rules, time and turns is your job.",
    ],
  },
};

export function explain(
  label: UtteranceLabel,
  role: JudgeRole,
  lang: Lang,
  cue: string | undefined,
  form: Form = "question",
): string {
  const sentence =
    label === "leading" && form === "statement"
      ? LEADING_STATEMENT[role][lang]
      : (role === "listener" ? LISTENER : FACILITATOR)[label]?.[lang];
  if (!sentence) return label;
  // Quotes inside the cue would break the sentence's own quotes.
  const shown = cue?.replace(/["“”]/g, "'").trim();
  return shown ? sentence[0].replace("{cue}", `"${shown}"`) : sentence[1];
}
