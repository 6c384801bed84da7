// A participant's persona card as plain lines, in one language: what the `cards` command prints for
// trainers running an in-person role-play, and what a later on-screen card can reuse.
import type { Participant, PersonaCard } from "./schema.ts";

type Lang = "nl" | "en";

/** The card's headings, in the order a player reads them. */
export const CARD_HEADINGS: Record<keyof PersonaCard, { nl: string; en: string }> = {
  who: { nl: "Wie ik ben", en: "Who I am" },
  lived: { nl: "Wat ik meemaakte met de organisatie", en: "What I lived through with the organisation" },
  feels: { nl: "Wat ik nu voel", en: "What I feel now" },
  safeOnly: {
    nl: "Wat ik alleen vertel als het veilig voelt",
    en: "What I tell only when the room feels safe",
  },
  closesUp: { nl: "Waar ik van dichtklap", en: "What makes me close up" },
  wants: { nl: "Wat ik hoop dat de organisatie hoort", en: "What I hope the organisation hears" },
};

// A sign a printed page keeps, with the word beside it so the sign is never the only cue.
const TONES = {
  good: { nl: "+ goed", en: "+ good" },
  bad: { nl: "- slecht", en: "- bad" },
  mixed: { nl: "± gemengd", en: "± mixed" },
} as const;

/** Breaks a text into lines of at most `width` characters (words longer than that stay whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const WIDTH = 78;
const indent = (text: string, by: string) => wrap(text, WIDTH - by.length).map((l) => `${by}${l}`);

/** The card as lines; a participant without a card gets one line saying so. */
export function cardLines(p: Participant, lang: Lang): string[] {
  const t = (text: { nl: string; en?: string }) => (lang === "en" ? (text.en ?? text.nl) : text.nl);
  const out = [`${p.name}${p.role ? ` — ${t(p.role)}` : ""}`];
  const card = p.card;
  if (!card) {
    out.push(
      lang === "nl" ? "  (geen persona-kaart in dit scenario)" : "  (no persona card in this scenario)",
    );
    return out;
  }
  const section = (key: keyof PersonaCard, body: string[]) => {
    out.push("", `  ${CARD_HEADINGS[key][lang]}`, ...body);
  };
  section("who", indent(t(card.who), "    "));
  section(
    "lived",
    card.lived.flatMap((item) => {
      const sign = `    ${TONES[item.tone][lang]}: `;
      const [first = "", ...rest] = wrap(t(item.text), WIDTH - sign.length);
      return [`${sign}${first}`, ...rest.map((l) => `${" ".repeat(sign.length)}${l}`)];
    }),
  );
  section("feels", indent(t(card.feels), "    "));
  section("safeOnly", indent(t(card.safeOnly), "    "));
  section("closesUp", indent(t(card.closesUp), "    "));
  if (card.wants) section("wants", indent(t(card.wants), "    "));
  return out;
}
