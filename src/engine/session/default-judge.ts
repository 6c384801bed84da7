// The utterance judge the CLI uses for typed words, with its weights imported. The browser game fetches
// the same weights as files instead (judge/web.ts), so they do not count as code.
import { classify, sessionJudge } from "../judge/index.ts";
import type { Judge } from "./session.ts";

export const defaultJudge: Judge = sessionJudge(classify);
