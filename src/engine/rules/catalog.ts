// The method's rules as the scoring engine knows them. Ids are those of ../shared/METHOD.md and are
// stable: scenarios, saved runs and reports refer to them.

export type Role = "facilitator" | "listener" | "organiser";
export const ROLES: readonly Role[] = ["facilitator", "listener", "organiser"];

export type Dimension =
  | "listening"
  | "restraint"
  | "questioning"
  | "neutrality"
  | "safety"
  | "process"
  | "followUp"
  | "informing"
  | "care";

export interface Localized {
  nl: string;
  en: string;
}

export interface RuleInfo {
  id: string;
  role: Role;
  dimension: Dimension;
  title: Localized;
  /** Why the rule matters: shown in the debrief when a scenario does not say more. */
  why: Localized;
  /** What the rule asks, as METHOD.md defines it: for trainers choosing a rule for a verdict. */
  means: Localized;
  /** Judged by the engine itself as well as by the scenario's verdicts (see docs/rules.md). */
  automatic?: Localized;
}

const rule = (id: string, role: Role, dimension: Dimension, title: Localized, why: Localized): RuleInfo => {
  const info: RuleInfo = { id, role, dimension, title, why, means: MEANS[id] ?? title };
  const automatic = AUTOMATIC[id];
  if (automatic) info.automatic = automatic;
  return info;
};

const MEANS: Record<string, Localized> = {
  "L-SILENT": {
    nl: "Niet spreken, onderbreken of fluisteren vóór de ronde van de toehoorders.",
    en: "No speaking, interrupting or whispering before the listeners' round.",
  },
  "L-NONVERBAL": {
    nl: "Geen zichtbare reactie: zuchten, hoofdschudden, met de ogen rollen; online: de microfoon aanzetten.",
    en: "No visible reaction (sighing, head shaking, eye rolling; online: unmuting).",
  },
  "L-CLARIFY": {
    nl: "In de ronde van de toehoorders alleen verduidelijkende vragen; bedanken en zeggen hoe iets binnenkwam mag.",
    en: "In the listeners' round, only clarifying questions (thanks and how it landed are allowed).",
  },
  "L-NODEFEND": {
    nl: "Nooit verdedigen, rechtvaardigen, corrigeren of ontkennen.",
    en: "Never defend, justify, correct or deny.",
  },
  "L-NOEXPLAIN": {
    nl: "Nooit beleid, wetgeving, procedures of oorzaken uitleggen.",
    en: "Never explain policy, law, procedure or causes.",
  },
  "L-NOSOLVE": {
    nl: "Geen beloften, adviezen of oplossingen voor een eigen zaak.",
    en: "No promises, advice or solving an individual case.",
  },
  "L-NOLEAD": {
    nl: "Geen sturende of beladen vragen: geen verdediging verpakt als vraag.",
    en: "No leading or loaded questions (a defence dressed as a question).",
  },
  "L-NOTES": {
    nl: "Notities houden de eigen woorden van deelnemers vast, wat goed gaat en wat beter kan.",
    en: "Notes hold participants' own words, both positive and negative.",
  },
  "L-REFLECT": {
    nl: "In het nagesprek eerst reflecteren, dan verbeterpunten kiezen; eindig met concrete punten.",
    en: "In the follow-up, reflect before choosing improvements; end with concrete points.",
  },
  "F-OPEN": {
    nl: "De opening noemt doel, rollen, het zwijgen van de toehoorders, vertrouwelijkheid, vrije keuze van onderwerpen en tijd.",
    en: "The opening covers purpose, roles, listeners' silence, confidentiality, free choice of topics, time.",
  },
  "F-AGENDA": {
    nl: "Deelnemers bepalen eerst de agenda; de voorbereide vragen pas na de vrije ronde.",
    en: "Participants set the agenda first; prepared questions only after the free round.",
  },
  "F-QUESTION": {
    nl: "Open, onderzoekende en concretiserende vragen; geen gesloten of sturende.",
    en: "Open, exploratory, concretising questions; avoid closed and leading ones.",
  },
  "F-NEUTRAL": {
    nl: "Geen eigen mening, instemming, tegenspraak of advies.",
    en: "No opinion, agreement, disagreement or advice.",
  },
  "F-SUMMARY": {
    nl: "Regelmatig samenvatten en de samenvatting checken.",
    en: "Summarise regularly and check the summary.",
  },
  "F-BALANCE": {
    nl: "Vragen naar wat goed gaat én naar wat beter kan.",
    en: "Ask for what goes well as well as what could be better.",
  },
  "F-INCLUDE": {
    nl: "Stille deelnemers erbij halen, een dominante deelnemer begrenzen.",
    en: "Draw in quiet participants, limit a dominant one.",
  },
  "F-PROTECT": {
    nl: "Een toehoorder stoppen die onderbreekt, verdedigt of uitlegt; discussie en het oplossen van een eigen zaak stoppen.",
    en: "Stop a listener who interrupts, defends or explains; stop discussion and case solving.",
  },
  "F-EMOTION": {
    nl: "Emotie erkennen en er ruimte voor geven.",
    en: "Acknowledge emotion and give it room.",
  },
  "F-TIME": {
    nl: "De fasen op tijd houden; ruimte laten voor de ronde van de toehoorders en de afsluiting.",
    en: "Keep phases in time; leave room for the listeners' round and the closing.",
  },
  "F-CLOSE": {
    nl: "Bedanken, zeggen wat er met de inbreng gebeurt, het nagesprek noemen.",
    en: "Thank, say what happens with the input, mention the follow-up.",
  },
  "P-INFORM": {
    nl: "Deelnemers weten het doel, waarom zij, wie er zijn, wie leidt, hoe het met privacy zit, hoe lang het duurt, en dat het niet over hun eigen zaak gaat.",
    en: "Participants know the goal, why them, who is present, who leads, privacy, duration, and that it is not about their own case.",
  },
  "P-VOLUNTARY": {
    nl: "Een weigering wordt gerespecteerd en heeft geen gevolgen.",
    en: "A refusal is respected and has no consequences.",
  },
  "P-GROUP": {
    nl: "Een groep met relevante, gedeelde ervaringen; genoeg toehoorders.",
    en: "A group with relevant, shared kinds of experience; enough listeners.",
  },
  "P-THANKS": {
    nl: "Een blijk van waardering voor de deelnemers.",
    en: "A token of thanks for participants.",
  },
  "P-FOLLOWUP": {
    nl: "Verslag, nagesprek en terugkoppeling aan deelnemers zijn gepland.",
    en: "Report, follow-up discussion and feedback to participants are planned.",
  },
};

// What the engine judges by itself (runtime/steps.ts), on top of what a scenario's verdicts say.
const AUTOMATIC: Record<string, Localized> = {
  "F-TIME": {
    nl: "een fase die meer dan de tolerantie later begint dan gepland (breuk, gewicht 1), en de duur van de hele bijeenkomst (gewicht 2)",
    en: "a phase that starts more than the tolerance later than planned (breach, weight 1), and the length of the whole meeting (weight 2)",
  },
  "F-AGENDA": {
    nl: "een keuze met `preparedQuestion`: in de opening of vrije ronde een breuk (gewicht 3), daarna goed (gewicht 2); geen enkele voorbereide vraag is een gemiste kans (gewicht 2). Geef de keuze zelf een F-AGENDA-oordeel om het gewicht en de uitleg te bepalen: dan vervalt het automatische",
    en: "a choice with `preparedQuestion`: a breach in the opening or free round (weight 3), good afterwards (weight 2); no prepared question at all is a missed chance (weight 2). Give the choice an F-AGENDA verdict of its own to set the weight and the why: the automatic one then gives way",
  },
  "L-NOTES": {
    nl: "de notities van de toehoorder bij het begin van het nagesprek, gewogen naar wat er te noteren viel (gewicht 2 tot 10, ongeveer één per drie uitspraken met een toon): geen notities is een gemiste kans met het hele gewicht; wie een kwart noteert, positief én kritisch, krijgt het hele gewicht als goed; minder, of eenzijdig, geeft een deel goed en de rest gemist of (eenzijdig) gebroken",
    en: "the listener's notes when the follow-up starts, weighed by what there was to note (weight 2 to 10, about one per three lines with a tone): no notes is a missed chance of the whole weight; noting a quarter, positive and critical, earns the whole weight as good; fewer, or one-sided, earns part and the rest is missed or (one-sided) broken",
  },
  "L-CLARIFY": {
    nl: "bij het begin van het nagesprek: bood de ronde van de toehoorders een verduidelijkende vraag (een keuze of eigen woorden met dat label) en stelde de toehoorder er geen, dan is dat een gemiste kans (gewicht 3)",
    en: "when the follow-up starts: if the listeners' round offered a clarifying question (a choice or typed words with that label) and the listener asked none, that is a missed chance (weight 3)",
  },
};

export const RULES: readonly RuleInfo[] = [
  rule(
    "L-SILENT",
    "listener",
    "listening",
    { nl: "Zwijgen tot de vragenronde", en: "Silent until the listeners' round" },
    {
      nl: "Deelnemers vertellen alleen vrijuit als de professionals achter hen niet ingrijpen.",
      en: "Participants only speak freely when the professionals behind them do not step in.",
    },
  ),
  rule(
    "L-NONVERBAL",
    "listener",
    "listening",
    { nl: "Geen zichtbare reacties", en: "No visible reactions" },
    {
      nl: "Een zucht of hoofdschudden wordt gezien en gevoeld: de kring sluit zich.",
      en: "A sigh or a shake of the head is seen and felt: the circle closes.",
    },
  ),
  rule(
    "L-CLARIFY",
    "listener",
    "questioning",
    { nl: "Alleen verduidelijkende vragen", en: "Clarifying questions only" },
    {
      nl: "De vragenronde is om beter te begrijpen, niet om het gesprek over te nemen.",
      en: "The listeners' round is for understanding better, not for taking over the conversation.",
    },
  ),
  rule(
    "L-NODEFEND",
    "listener",
    "restraint",
    { nl: "Niet verdedigen of corrigeren", en: "Do not defend or correct" },
    {
      nl: "Verdedigen zegt: uw ervaring klopt niet. Dan stopt de feedback.",
      en: "Defending says: your experience is wrong. Then the feedback stops.",
    },
  ),
  rule(
    "L-NOEXPLAIN",
    "listener",
    "restraint",
    { nl: "Niet uitleggen", en: "Do not explain" },
    {
      nl: "Uitleg over beleid of oorzaken verschuift de aandacht van hun ervaring naar uw verhaal.",
      en: "Explaining policy or causes moves attention from their experience to your story.",
    },
  ),
  rule(
    "L-NOSOLVE",
    "listener",
    "restraint",
    { nl: "Niet beloven of oplossen", en: "No promises or solutions" },
    {
      nl: "Een belofte ter plekke maakt van de bijeenkomst een spreekuur en wekt verwachtingen.",
      en: "A promise on the spot turns the meeting into a consultation and raises expectations.",
    },
  ),
  rule(
    "L-NOLEAD",
    "listener",
    "questioning",
    { nl: "Geen sturende vragen", en: "No leading questions" },
    {
      nl: "Een verdediging verpakt als vraag wordt net zo goed gehoord als verdediging.",
      en: "A defence dressed as a question is heard as a defence all the same.",
    },
  ),
  rule(
    "L-NOTES",
    "listener",
    "followUp",
    { nl: "Noteer hun eigen woorden", en: "Note their own words" },
    {
      nl: "Letterlijke woorden, positief en negatief, houden de ervaring levend in het nagesprek.",
      en: "Their literal words, positive and negative, keep the experience alive in the follow-up.",
    },
  ),
  rule(
    "L-REFLECT",
    "listener",
    "followUp",
    {
      nl: "Eerst reflecteren, dan concrete verbeterpunten kiezen",
      en: "Reflect first, then choose concrete improvements",
    },
    {
      nl: "Wie meteen oplossingen kiest, slaat over wat de ervaring met je deed en wat je herkent; wie niet eindigt met concrete punten die uit de verhalen komen, verandert niets.",
      en: "Jumping to solutions skips what the experience did to you and what you recognise; not ending with concrete points drawn from the stories changes nothing.",
    },
  ),
  rule(
    "F-OPEN",
    "facilitator",
    "process",
    { nl: "Volledige opening", en: "A complete opening" },
    {
      nl: "Wie de regels niet hoort, kan ze niet volgen: vooral de stilte van de toehoorders.",
      en: "Rules nobody heard cannot be kept: above all the listeners' silence.",
    },
  ),
  rule(
    "F-AGENDA",
    "facilitator",
    "process",
    { nl: "Deelnemers bepalen eerst de agenda", en: "Participants set the agenda first" },
    {
      nl: "Eerst hun eigen onderwerpen: daar zit wat de organisatie nog niet weet.",
      en: "Their own topics first: that is where what the organisation does not yet know lives.",
    },
  ),
  rule(
    "F-QUESTION",
    "facilitator",
    "questioning",
    { nl: "Open en verdiepende vragen", en: "Open, exploratory questions" },
    {
      nl: "Open vragen halen verhalen op; gesloten en sturende vragen halen uw eigen aannames op.",
      en: "Open questions bring stories; closed and leading ones bring back your own assumptions.",
    },
  ),
  rule(
    "F-NEUTRAL",
    "facilitator",
    "neutrality",
    { nl: "Neutraal blijven", en: "Stay neutral" },
    {
      nl: "Een onafhankelijke gespreksleider kiest geen kant; anders voelt een van beide ringen zich alleen.",
      en: "An independent facilitator takes no side; otherwise one of the rings is left alone.",
    },
  ),
  rule(
    "F-SUMMARY",
    "facilitator",
    "questioning",
    { nl: "Samenvatten en checken", en: "Summarise and check" },
    {
      nl: "Een gecheckte samenvatting laat deelnemers horen dat ze begrepen zijn en helpt de toehoorders.",
      en: "A checked summary lets participants hear they were understood and helps the listeners.",
    },
  ),
  rule(
    "F-BALANCE",
    "facilitator",
    "questioning",
    { nl: "Vraag naar wat goed gaat én wat beter kan", en: "Ask what goes well and what could be better" },
    {
      nl: "Alleen klachten geven een scheef beeld; wat goed gaat, moet de organisatie vasthouden.",
      en: "Complaints alone give a skewed picture; what goes well is what the organisation must keep.",
    },
  ),
  rule(
    "F-INCLUDE",
    "facilitator",
    "safety",
    { nl: "Iedereen aan het woord", en: "Everyone gets a voice" },
    {
      nl: "Stille deelnemers hebben vaak de ervaringen die nog niemand hoorde.",
      en: "Quiet participants often carry the experiences nobody has heard yet.",
    },
  ),
  rule(
    "F-PROTECT",
    "facilitator",
    "safety",
    { nl: "Deelnemers beschermen", en: "Protect the participants" },
    {
      nl: "Grijp in als een toehoorder verdedigt of als het gesprek een discussie of spreekuur wordt.",
      en: "Step in when a listener defends or when the talk turns into a debate or a consultation.",
    },
  ),
  rule(
    "F-EMOTION",
    "facilitator",
    "safety",
    { nl: "Ruimte voor emotie", en: "Room for emotion" },
    {
      nl: "Emotie erkennen laat zien dat het verhaal ertoe doet; eroverheen praten sluit het af.",
      en: "Acknowledging emotion shows the story matters; talking past it closes it.",
    },
  ),
  rule(
    "F-TIME",
    "facilitator",
    "process",
    { nl: "Tijd bewaken", en: "Keep time" },
    {
      nl: "Uitlopen gaat ten koste van de vragenronde en de afsluiting.",
      en: "Overrunning eats the listeners' round and the closing.",
    },
  ),
  rule(
    "F-CLOSE",
    "facilitator",
    "process",
    { nl: "Zorgvuldig afsluiten", en: "Close with care" },
    {
      nl: "Deelnemers willen weten wat er met hun verhaal gebeurt.",
      en: "Participants want to know what happens with their story.",
    },
  ),
  rule(
    "P-INFORM",
    "organiser",
    "informing",
    { nl: "Deelnemers goed informeren", en: "Inform participants well" },
    {
      nl: "Wie weet wat er gebeurt en wie er zitten, durft te vertellen.",
      en: "People who know what will happen and who will be there dare to speak.",
    },
  ),
  rule(
    "P-VOLUNTARY",
    "organiser",
    "care",
    { nl: "Vrijwillig meedoen", en: "Taking part is voluntary" },
    {
      nl: "Een weigering heeft een goede reden en mag nooit gevolgen hebben.",
      en: "A refusal has a good reason and must never have consequences.",
    },
  ),
  rule(
    "P-GROUP",
    "organiser",
    "informing",
    { nl: "De juiste groep", en: "The right group" },
    {
      nl: "Mensen met verwante ervaringen vullen elkaar aan; genoeg toehoorders maken het de moeite waard.",
      en: "People with related experiences build on each other; enough listeners make it worthwhile.",
    },
  ),
  rule(
    "P-THANKS",
    "organiser",
    "care",
    { nl: "Een attentie als dank", en: "A token of thanks" },
    {
      nl: "Deelnemers geven hun tijd en hun verhaal; een attentie erkent dat.",
      en: "Participants give their time and their story; a token of thanks acknowledges it.",
    },
  ),
  rule(
    "P-FOLLOWUP",
    "organiser",
    "care",
    { nl: "Vervolg plannen", en: "Plan the follow-up" },
    {
      nl: "Zonder verslag, nagesprek en terugkoppeling blijft de feedback liggen.",
      en: "Without a report, a follow-up and a letter back, the feedback goes nowhere.",
    },
  ),
];

export const RULE_IDS = RULES.map((r) => r.id);
const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

export function rulesOfRole(role: Role): RuleInfo[] {
  return RULES.filter((r) => r.role === role);
}

export const DIMENSIONS: Record<Dimension, Localized> = {
  listening: { nl: "Luisteren", en: "Listening" },
  restraint: { nl: "Niet verdedigen", en: "Restraint" },
  questioning: { nl: "Vragen stellen", en: "Questioning" },
  neutrality: { nl: "Neutraliteit", en: "Neutrality" },
  safety: { nl: "Veiligheid", en: "Safety" },
  process: { nl: "Proces en tijd", en: "Process and time" },
  followUp: { nl: "Nagesprek", en: "Follow-up" },
  informing: { nl: "Informeren", en: "Informing" },
  care: { nl: "Zorgvuldigheid", en: "Care" },
};
