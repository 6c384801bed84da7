// The utterance judge with its weights imported as modules: for Node (the CLI, tests, training) and for
// any bundle that may carry the weights in its code. The browser game fetches them instead (web.ts).

import { classifierFor } from "./judge.ts";
import { type JudgeRole, LABELS, type Lang, type UtteranceLabel } from "./labels.ts";
import facilitatorModel from "./model/facilitator.json" with { type: "json" };
import listenerModel from "./model/listener.json" with { type: "json" };
import type { ModelFile } from "./model.ts";

export {
  type Classify,
  type ClassifyOptions,
  type Cue,
  classifierFor,
  classifyWith,
  type Judgement,
  sessionJudge,
  THRESHOLDS,
} from "./judge.ts";
export { isAllowed } from "./labels.ts";
export { detectLanguage } from "./language.ts";
export type { JudgeRole, Lang, UtteranceLabel };
export { LABELS };

export const MODELS: Readonly<Record<JudgeRole, ModelFile>> = {
  listener: listenerModel as ModelFile,
  facilitator: facilitatorModel as ModelFile,
};

export const classify = classifierFor(MODELS);
