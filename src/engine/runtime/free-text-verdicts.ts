// Typed words become rule verdicts through their label (UTTERANCES.md). The judge's own sentence is the
// why, so the debrief explains this utterance, not a generic rule.
import type { Text, Verdict } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import type { FreeJudgement } from "./context.ts";

type Mapping = { rule: string; kind: Verdict["kind"]; weight: number; better?: Text };

const LISTENER: Record<string, Mapping> = {
  clarifying: { rule: "L-CLARIFY", kind: "good", weight: 2 },
  acknowledging: { rule: "L-CLARIFY", kind: "good", weight: 1 },
  leading: {
    rule: "L-NOLEAD",
    kind: "breach",
    weight: 3,
    better: {
      nl: "Stel een open vraag die alleen verheldert: 'Wat bedoelt u met…?', 'Kunt u een voorbeeld geven?'",
      en: "Ask an open question that only clarifies: 'What do you mean by…?', 'Could you give an example?'",
    },
  },
  defending: {
    rule: "L-NODEFEND",
    kind: "breach",
    weight: 3,
    better: {
      nl: "Laat het verhaal staan en vraag door naar de ervaring.",
      en: "Let the story stand and ask about the experience.",
    },
  },
  explaining: {
    rule: "L-NOEXPLAIN",
    kind: "breach",
    weight: 3,
    better: {
      nl: "Bewaar uitleg voor later; vraag nu wat de deelnemer heeft meegemaakt.",
      en: "Keep explanations for later; ask now what the participant went through.",
    },
  },
  solving: {
    rule: "L-NOSOLVE",
    kind: "breach",
    weight: 3,
    better: {
      nl: "Beloof niets; neem het mee naar de nabespreking met je team.",
      en: "Promise nothing; take it to the follow-up with your team.",
    },
  },
};

const FACILITATOR: Record<string, Mapping> = {
  open: { rule: "F-QUESTION", kind: "good", weight: 2 },
  closed: {
    rule: "F-QUESTION",
    kind: "missed",
    weight: 1,
    better: {
      nl: "Vraag open door: 'Hoe was dat voor u?'",
      en: "Ask an open question: 'What was that like for you?'",
    },
  },
  leading: {
    rule: "F-QUESTION",
    kind: "breach",
    weight: 3,
    better: {
      nl: "Stel de vraag zonder het antwoord erin: 'Wat vond u daarvan?'",
      en: "Ask without the answer in it: 'What did you think of that?'",
    },
  },
  summary: { rule: "F-SUMMARY", kind: "good", weight: 2 },
  opinion: {
    rule: "F-NEUTRAL",
    kind: "breach",
    weight: 3,
    better: {
      nl: "Blijf neutraal: vat samen of vraag door in plaats van te oordelen.",
      en: "Stay neutral: summarise or ask on instead of judging.",
    },
  },
};

export function freeTextVerdict(role: Role, judgement: FreeJudgement): Verdict[] {
  const table = role === "listener" ? LISTENER : role === "facilitator" ? FACILITATOR : {};
  const m = table[judgement.label];
  if (!m) return [];
  const v: Verdict = { rule: m.rule as Verdict["rule"], kind: m.kind, weight: m.weight, why: judgement.why };
  if (m.better) v.better = m.better;
  return [v];
}
