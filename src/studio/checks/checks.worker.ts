// The live checks off the main thread: path analysis of a large scenario takes a second or more, which
// would freeze typing. One request at a time; the page drops a busy worker when a newer text arrives.
import type { StudioLang } from "../panel-host.ts";
import { computeChecks } from "./compute.ts";

export interface CheckRequest {
  id: number;
  doc: unknown;
  lang: StudioLang;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  const { id, doc, lang } = e.data;
  try {
    scope.postMessage({ id, result: computeChecks(doc, lang) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
