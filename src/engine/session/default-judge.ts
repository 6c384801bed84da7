// The utterance judge the game and CLI use for typed words. Filled in by the judge module (issue 4);
// until then typed words are refused with a clear message rather than guessed at.
import type { Judge } from "./session.ts";

export const defaultJudge: Judge | undefined = undefined;
