// The judge for the browser game: the weights are files beside the game (Vite emits them as assets), fetched
// from its own origin and checked when typed words are first possible, so they never count as code. When
// fetching or checking fails the promise rejects and the game offers no typed words.
import type { Judge } from "../session/session.ts";
import { classifierFor, sessionJudge } from "./judge.ts";
import type { JudgeRole } from "./labels.ts";
import facilitatorUrl from "./model/facilitator.json?url";
import listenerUrl from "./model/listener.json?url";
import { checkModel, type ModelFile } from "./model.ts";

export const MODEL_URLS: Readonly<Record<JudgeRole, string>> = {
  listener: listenerUrl,
  facilitator: facilitatorUrl,
};

type Fetch = (url: string) => Promise<Pick<Response, "ok" | "status" | "json">>;

async function fetchModel(role: JudgeRole, fetcher: Fetch): Promise<ModelFile> {
  const url = MODEL_URLS[role];
  const response = await fetcher(url);
  if (!response.ok)
    throw new Error(
      `the ${role} model of the judge could not be loaded from ${url}: HTTP ${response.status}`,
    );
  return checkModel(await response.json(), role);
}

/** Both models, fetched at once. */
export async function loadModels(
  fetcher: Fetch = (url) => fetch(url),
): Promise<Record<JudgeRole, ModelFile>> {
  const [listener, facilitator] = await Promise.all([
    fetchModel("listener", fetcher),
    fetchModel("facilitator", fetcher),
  ]);
  return { listener, facilitator };
}

async function build(fetcher?: Fetch): Promise<Judge> {
  return sessionJudge(classifierFor(await loadModels(fetcher)));
}

let shared: Promise<Judge> | undefined;

/** The session's judge on fetched models: the same classifier as in Node, with the weights from elsewhere.
 * Fetched once; after a failure the next call tries again. */
export function loadJudge(fetcher?: Fetch): Promise<Judge> {
  if (fetcher) return build(fetcher);
  shared ??= build().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
