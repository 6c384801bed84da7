// Lays the graph out with ELK, off the main thread (elk.worker.ts). One worker per panel, ended with it.
import ELK, { type ElkNode } from "elkjs/lib/elk-api.js";
import type { StudioLang } from "../panel-host.ts";
import { elkGraph } from "./elk-graph.ts";
import type { GraphModel } from "./graph-model.ts";

export interface GraphLayout {
  layout(model: GraphModel, lang: StudioLang): Promise<ElkNode>;
  terminate(): void;
}

export function graphLayout(): GraphLayout {
  const elk = new ELK({
    workerFactory: () => new Worker(new URL("./elk.worker.ts", import.meta.url), { type: "module" }),
  });
  return {
    async layout(model, lang) {
      try {
        return await elk.layout(elkGraph(model, lang));
      } catch {
        // A way back to an earlier phase (a loop, or a phase out of order, both marked) can defeat the
        // phase partitions; without them the layout still comes, only the bands may overlap.
        return await elk.layout(elkGraph(model, lang, false));
      }
    },
    terminate: () => elk.terminateWorker(),
  };
}
