// Works out the path overlay off the main thread: first the best and worst runs (quick), then the range
// over every path (slow on a large scenario), each posted as soon as it is known.
import type { Role } from "../../engine/rules/catalog.ts";
import { pathRange, strategyPaths } from "./path-overlay.ts";

self.onmessage = (e: MessageEvent<{ doc: unknown; role: Role }>) => {
  const { doc, role } = e.data;
  self.postMessage({ part: "strategy", result: strategyPaths(doc, role) });
  self.postMessage({ part: "range", result: pathRange(doc, role) });
};
