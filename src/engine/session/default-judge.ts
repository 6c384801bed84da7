// The utterance judge the game and CLI use for typed words.
import { classify } from "../judge/index.ts";
import type { Judge } from "./session.ts";

export const defaultJudge: Judge = (text, role, explainIn) => classify(text, role, { explainIn });
