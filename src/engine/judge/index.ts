// The utterance judge: labels what a trainee types (UTTERANCES.md), says whether it is allowed in the
// role, and explains why in one sentence naming the words that weighed most. Runs offline in Node and
// the browser; the weights come from `npm run train:judge`.
import { CUES } from "./cues.ts";
import { explain } from "./explain.ts";
import { features, MAX_CHARS, normalise, stripOpeners } from "./features.ts";
import { isAllowed, type JudgeRole, type Lang, type UtteranceLabel } from "./labels.ts";
import { detectLanguage } from "./language.ts";
import facilitatorModel from "./model/facilitator.json" with { type: "json" };
import listenerModel from "./model/listener.json" with { type: "json" };
import { type ModelFile, score } from "./model.ts";

export type { JudgeRole, Lang, UtteranceLabel };
export { detectLanguage, isAllowed };

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

const MODELS: Record<JudgeRole, ModelFile> = {
  listener: listenerModel as ModelFile,
  facilitator: facilitatorModel as ModelFile,
};

// UTTERANCES.md: a mixed utterance takes the label that breaks a rule. When a forbidden label is this
// likely, it wins over an allowed one ("Dank u, maar wij hebben wel teruggebeld").
const MIXED_THRESHOLD = 0.3;

const cueById = new Map(CUES.map((c) => [`cue:${c.id}`, c]));

/** The words of the utterance that a feature stands for, as the trainee typed them (lower case). */
function readable(feature: string, norm: string): string | undefined {
  if (feature.startsWith("cue:")) {
    const cue = cueById.get(feature);
    const match = cue?.pattern.exec(norm)?.[0].trim();
    return match && match.length > 1 ? match : cue?.phrase;
  }
  if (feature.startsWith("w:")) return feature.slice(2);
  if (feature.startsWith("b:")) return feature.slice(2).replace("_", " ");
  return undefined;
}

export function classify(
  text: string,
  role: JudgeRole,
  options: { lang?: Lang; explainIn?: Lang } = {},
): Judgement {
  const model = MODELS[role];
  const lang = options.lang ?? detectLanguage(text.slice(0, MAX_CHARS));
  const feats = features(text);
  const norm = stripOpeners(normalise(text)).core;
  const scored = score(model, feats);
  let best = 0;
  for (let k = 1; k < model.labels.length; k++) {
    if ((scored.probabilities[k] as number) > (scored.probabilities[best] as number)) best = k;
  }
  if (isAllowed(model.labels[best] as UtteranceLabel, role)) {
    let worst = -1;
    for (let k = 0; k < model.labels.length; k++) {
      if (
        isAllowed(model.labels[k] as UtteranceLabel, role) ||
        (scored.probabilities[k] as number) < MIXED_THRESHOLD
      )
        continue;
      if (worst < 0 || (scored.probabilities[k] as number) > (scored.probabilities[worst] as number))
        worst = k;
    }
    if (worst >= 0) best = worst;
  }
  // A precise cue of a rule-breaking kind ("ter info", "ik bel u morgen", "dat was een andere afdeling")
  // outweighs a model that saw too few such phrasings to call it.
  {
    const cued = new Set<number>();
    for (const c of CUES) {
      const decides = role === "listener" ? c.listener : c.facilitator;
      if (decides && feats.has(`cue:${c.id}`)) cued.add(model.labels.indexOf(decides));
    }
    cued.delete(-1);
    if (cued.size > 0 && !cued.has(best)) {
      best = [...cued].reduce((a, b) =>
        (scored.probabilities[b] as number) > (scored.probabilities[a] as number) ? b : a,
      );
    }
  }
  const label = model.labels[best] as UtteranceLabel;
  const cues = [...feats.keys()]
    .map((f) => ({ f, text: readable(f, norm), weight: scored.contributions(f, best) }))
    .filter((c): c is { f: string; text: string; weight: number } => c.text !== undefined && c.weight > 0)
    // Named cues first: they are what a trainer would point at.
    .sort((a, b) => Number(b.f.startsWith("cue:")) - Number(a.f.startsWith("cue:")) || b.weight - a.weight)
    .slice(0, 3)
    .map((c) => ({ text: c.text, weight: Math.round(c.weight * 100) / 100 }));
  const explainIn = options.explainIn ?? lang;
  return {
    text,
    role,
    lang,
    label,
    allowed: isAllowed(label, role),
    confidence: Math.round((scored.probabilities[best] as number) * 100) / 100,
    why: explain(label, role, explainIn, cues[0]?.text),
    cues,
  };
}
