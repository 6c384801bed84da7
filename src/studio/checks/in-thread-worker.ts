// The checks where a page has no Worker (an old or locked-down browser, or jsdom in the unit tests): the
// same computation on the page's own thread, after the current task, loaded only when needed. Typing
// may stall while a large scenario's paths are walked; the checks still come.

import type { CheckRequest } from "./checks.worker.ts";
import type { CheckWorker } from "./runner.ts";

export function inThreadWorker(): CheckWorker {
  let stopped = false;
  const worker: CheckWorker = {
    onmessage: null,
    onerror: null,
    terminate() {
      stopped = true;
    },
    postMessage(message: unknown) {
      const { id, doc, lang } = message as CheckRequest;
      setTimeout(() => {
        if (stopped) return;
        void import("./compute.ts")
          .then(({ computeChecks }) => {
            if (stopped) return;
            try {
              worker.onmessage?.({ data: { id, result: computeChecks(doc, lang) } });
            } catch (error) {
              worker.onmessage?.({
                data: { id, error: error instanceof Error ? error.message : String(error) },
              });
            }
          })
          .catch((error: unknown) => worker.onerror?.(error));
      }, 0);
    },
  };
  return worker;
}
