// The utterance judge: labels what a trainee types (UTTERANCES.md), says whether it is allowed in the
// role, and explains why in one sentence naming the words that weighed most. One implementation for Node
// and the browser; the weights are given to it (index.ts imports them, web.ts fetches them), and come from
// `npm run train:judge`.
import type { Judge } from "../session/session.ts";
import { CUES } from "./cues.ts";
import { explain } from "./explain.ts";
import { features, normalise, stripOpeners } from "./features.ts";
import { isAllowed, type JudgeRole, type Lang, type UtteranceLabel } from "./labels.ts";
import { detectLanguage } from "./language.ts";
import { type ModelFile, score } from "./model.ts";
import { formOf, quoter } from "./quote.ts";
import { questionAfter, segments } from "./segments.ts";

export interface Cue {
  text: string;
  weight: number;
}

export interface Judgement {
  text: string;
  role: JudgeRole;
  lang: Lang;
  label: UtteranceLabel;
  allowed: boolean;
  confidence: number;
  why: string;
  cues: Cue[];
}

/** How likely breaking a rule must be, in the whole utterance or in one sentence of it, to win over an allowed label. */
export const THRESHOLDS = { whole: 0.5, sentence: 0.85, but: 0.6 };

// A trainer points at a named cue or a phrase sooner than at a single word.
const salience = (feature: string) => (feature.startsWith("cue:") ? 2 : feature.startsWith("w:") ? 1 : 1.3);

interface Candidate {
  label: number;
  probability: number;
  /** The sentence whose words explain the label. */
  norm: string;
  /** The cue that decided, when one did. */
  decidedBy?: string;
}

function argmax(p: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
  return best;
}

/** The rule-breaking labels together, and the likeliest of them: whether something breaks a rule is
 * the question that matters most, even when the model hesitates over which rule. */
function likeliestBreach(p: readonly number[], allowedAt: (k: number) => boolean) {
  let mass = 0;
  let label = -1;
  for (let k = 0; k < p.length; k++) {
    if (allowedAt(k)) continue;
    mass += p[k] as number;
    if (label < 0 || (p[k] as number) > (p[label] as number)) label = k;
  }
  return { mass, label, probability: label < 0 ? 0 : (p[label] as number) };
}

/** A cue that decides this sentence's label in this role, unless the words after it are a question. */
function decisiveCue(sentence: string, role: JudgeRole): { label: UtteranceLabel; id: string } | undefined {
  for (const c of CUES) {
    const label = c.decides?.[role];
    if (!label) continue;
    const m = c.pattern.exec(sentence);
    if (!m || c.unless?.test(sentence)) continue;
    const allowsQuestion = ["belofte", "vindt-u-niet", "samenvatting", "tag-vraag"].includes(c.id);
    if (!allowsQuestion && questionAfter(sentence, m.index + m[0].length)) continue;
    return { label, id: `cue:${c.id}` };
  }
  return undefined;
}

export interface ClassifyOptions {
  lang?: Lang;
  explainIn?: Lang;
}

export type Classify = (text: string, role: JudgeRole, options?: ClassifyOptions) => Judgement;

/** The judge with a model per role. */
export function classifierFor(models: Readonly<Record<JudgeRole, ModelFile>>): Classify {
  return (text, role, options = {}) => classifyWith(models[role], text, role, options);
}

/** The judge as a session asks for it: the why in the language asked. */
export function sessionJudge(classify: Classify): Judge {
  return (text, role, explainIn) => classify(text, role, { explainIn });
}

/** classify with a given model: for training and measuring a model before it is written. */
export function classifyWith(
  model: ModelFile,
  text: string,
  role: JudgeRole,
  options: ClassifyOptions = {},
): Judgement {
  const input = typeof text === "string" ? text : String(text ?? "");
  const norm = normalise(input);
  const lang = options.lang ?? detectLanguage(norm);
  const explainIn = options.explainIn ?? lang;
  const labels = model.labels;
  if (!/[a-z]/.test(norm)) {
    // Nothing said breaks no rule; with nothing to go on the judge says so through its confidence.
    const label: UtteranceLabel = role === "listener" ? "acknowledging" : "process";
    return {
      text: input,
      role,
      lang,
      label,
      allowed: true,
      confidence: 0.1,
      // Saying why an empty line is "acknowledging" would teach nothing; say what is the matter.
      why:
        explainIn === "en"
          ? "There are no words here to judge: type what you would say."
          : "Hier staan geen woorden om te beoordelen: typ wat je zou zeggen.",
      cues: [],
    };
  }
  const wholeFeatures = features(norm);
  const whole = score(model, wholeFeatures);
  const core = stripOpeners(norm).core;
  let chosen: Candidate = { label: argmax(whole.probabilities), probability: 0, norm: core };
  chosen.probability = whole.probabilities[chosen.label] as number;
  const allowedAt = (k: number) => isAllowed(labels[k] as UtteranceLabel, role);

  const allowedBest = allowedAt(chosen.label);
  {
    const candidates: Candidate[] = [];
    const breach = likeliestBreach(whole.probabilities, allowedAt);
    if (allowedBest && breach.mass >= THRESHOLDS.whole)
      candidates.push({ label: breach.label, probability: breach.probability, norm: core });
    const sentences = segments(norm);
    for (const s of sentences) {
      const sCore = stripOpeners(s).core;
      const decided = decisiveCue(sCore, role);
      if (decided) {
        const k = labels.indexOf(decided.label);
        // A cue never turns a rule-breaking utterance into an allowed one.
        if (k >= 0 && k !== chosen.label && (allowedBest || !allowedAt(k))) {
          const p = Math.max(whole.probabilities[k] as number, 0.6);
          candidates.push({ label: k, probability: p, norm: sCore, decidedBy: decided.id });
        }
      }
      if (sentences.length < 2 || !allowedBest) continue;
      const sb = likeliestBreach(score(model, features(s)).probabilities, allowedAt);
      // "…, maar …" after thanks or an apology is the "ja maar" the method warns about: a lower bar.
      const after = s !== sentences[0] && /^(maar|but)\b/.test(s);
      if (sb.mass >= (after ? THRESHOLDS.but : THRESHOLDS.sentence))
        candidates.push({ label: sb.label, probability: sb.probability, norm: sCore });
    }
    // A rule-breaking candidate beats an allowed one; among equals the likelier wins.
    candidates.sort(
      (a, b) => Number(allowedAt(a.label)) - Number(allowedAt(b.label)) || b.probability - a.probability,
    );
    if (candidates[0]) chosen = candidates[0];
  }

  const label = labels[chosen.label] as UtteranceLabel;
  const feats = chosen.norm === core ? wholeFeatures : features(chosen.norm);
  const scored = chosen.norm === core ? whole : score(model, feats);
  const weighed = [...feats.keys()]
    .map((f) => ({ f, weight: scored.contributions(f, chosen.label) }))
    .filter((c) => c.weight > 0)
    .sort(
      (a, b) =>
        Number(b.f === chosen.decidedBy) - Number(a.f === chosen.decidedBy) ||
        b.weight * salience(b.f) - a.weight * salience(a.f),
    );
  const quote = quoter(chosen.norm, input, label, lang);
  const top: Cue[] = [];
  for (const c of weighed) {
    if (top.length === 3) break;
    const text = quote(c.f);
    if (text === undefined) continue;
    const lower = text.toLowerCase();
    if (top.some((t) => t.text.toLowerCase().includes(lower) || lower.includes(t.text.toLowerCase())))
      continue;
    top.push({ text, weight: Math.round(c.weight * 100) / 100 });
  }
  return {
    text: input,
    role,
    lang,
    label,
    allowed: isAllowed(label, role),
    confidence: Math.round(Math.min(1, Math.max(0, chosen.probability)) * 100) / 100,
    why: explain(label, role, explainIn, top[0]?.text, formOf(chosen.norm)),
    cues: top,
  };
}
