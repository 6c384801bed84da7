// The one place the graph asks for path analysis. Each request gets a fresh worker and ends the one
// before it, so an edit never waits behind the analysis of an older version of the scenario.
import type { Role } from "../../engine/rules/catalog.ts";
import type { PathRange, StrategyPaths } from "./path-overlay.ts";

export interface PathOverlayCallbacks {
  strategy(result: StrategyPaths): void;
  range(result: PathRange): void;
  failed(message: string): void;
}

export interface PathOverlayRequest {
  cancel(): void;
}

export function requestPathOverlay(doc: unknown, role: Role, on: PathOverlayCallbacks): PathOverlayRequest {
  const worker = new Worker(new URL("./path-overlay.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (e: MessageEvent<{ part: "strategy" | "range"; result: never }>) => {
    if (e.data.part === "strategy") on.strategy(e.data.result);
    else {
      on.range(e.data.result);
      worker.terminate();
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    on.failed(e.message);
    worker.terminate();
  };
  worker.postMessage({ doc, role });
  return { cancel: () => worker.terminate() };
}
