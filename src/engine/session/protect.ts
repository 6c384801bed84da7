// What the facilitator seat may do when a human listener gave in to an urge (F-PROTECT). In single play
// a listener's breach is written into the scenario, with the facilitator's answer to it; in a workshop
// the breach is a person's, at a moment no author foresaw, so the engine offers the handling move
// itself: stop the listener kindly and go on (good), let it pass (missed), or side with the listener
// (breach). Each in Dutch and English, naming the listener.
import type { Effect, Text, Verdict } from "../format/schema.ts";

export const PROTECT_STOP = "protect-stop";
export const PROTECT_IGNORE = "protect-ignore";
export const PROTECT_SIDE = "protect-side";

export interface ProtectChoice {
  id: string;
  text: Text;
  /** The facilitator's words to the room, if the choice says something. */
  say?: Text;
  verdicts: Verdict[];
  effects: Effect[];
}

/** A name at the start of a sentence ("toehoorder 2" is a name mid-sentence). */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function protectPrompt(name: Text): Text {
  return {
    nl: `${cap(name.nl)} reageerde hoorbaar op wat een deelnemer vertelde. Wat doe je?`,
    en: `${cap(name.en ?? name.nl)} reacted audibly to what a participant told. What do you do?`,
  };
}

/** The three ways to handle one listener's breach; `speaker` is who was speaking when it happened. */
export function protectChoices(name: Text, speaker: string | null): ProtectChoice[] {
  const en = name.en ?? name.nl;
  const who = speaker ?? "all";
  return [
    {
      id: PROTECT_STOP,
      text: {
        nl: `Je vraagt ${name.nl} vriendelijk om nu alleen te luisteren en geeft het woord terug.`,
        en: `You kindly ask ${en} to only listen now and give the floor back.`,
      },
      say: {
        nl: "Mag ik de toehoorders vragen nu alleen te luisteren? In hun eigen ronde straks is er ruimte voor vragen. Gaat u verder.",
        en: "May I ask the listeners to only listen now? There is room for questions in their own round later. Please go on.",
      },
      verdicts: [
        {
          rule: "F-PROTECT",
          kind: "good",
          weight: 3,
          why: {
            nl: "Je stopt de toehoorder rustig en geeft het woord terug: de deelnemer is beschermd.",
            en: "You stop the listener calmly and give the floor back: the participant is protected.",
          },
        },
      ],
      effects: [{ trust: { who, by: 5 } }],
    },
    {
      id: PROTECT_IGNORE,
      text: { nl: "Je laat het voorbijgaan en gaat door.", en: "You let it pass and go on." },
      verdicts: [
        {
          rule: "F-PROTECT",
          kind: "missed",
          weight: 2,
          why: {
            nl: "De reactie van de toehoorder blijft in de kring hangen; de deelnemer weet niet of die nog vrij kan spreken.",
            en: "The listener's reaction hangs in the circle; the participant does not know whether they can still speak freely.",
          },
          better: {
            nl: "Benoem het kort en vriendelijk: toehoorders luisteren nu, hun ronde komt straks.",
            en: "Name it briefly and kindly: listeners listen now, their round comes later.",
          },
        },
      ],
      effects: [],
    },
    {
      id: PROTECT_SIDE,
      text: {
        nl: `Je geeft ${name.nl} gelijk en vraagt de deelnemer om te reageren.`,
        en: `You agree with ${en} and ask the participant to respond.`,
      },
      say: {
        nl: "Daar zit wel wat in, wat de toehoorder zegt. Hoe ziet u dat?",
        en: "There is something in what the listener says. How do you see that?",
      },
      verdicts: [
        {
          rule: "F-PROTECT",
          kind: "breach",
          weight: 3,
          why: {
            nl: "Je kiest de kant van de toehoorder: de deelnemer moet zich nu verantwoorden tegenover het team.",
            en: "You side with the listener: the participant now has to answer to the team.",
          },
          better: {
            nl: "Blijf neutraal, stop de toehoorder en geef het woord terug aan de deelnemer.",
            en: "Stay neutral, stop the listener and give the floor back to the participant.",
          },
        },
      ],
      effects: [{ openness: { who, by: -10 } }, { trust: { who: "all", by: -5 } }],
    },
  ];
}

/** What the room sees of a listener who gave in: their `do` (or a plain description) as an action. */
export function gaveInDirection(name: Text, act: Text | undefined): Text {
  const en = name.en ?? name.nl;
  if (act) return { nl: `${cap(name.nl)} ${act.nl}.`, en: `${cap(en)} ${act.en ?? act.nl}.` };
  return { nl: `${cap(name.nl)} reageert hoorbaar.`, en: `${cap(en)} reacts audibly.` };
}
