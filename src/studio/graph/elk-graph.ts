// The graph model as ELK's input: beats as fixed-size nodes, each in its phase's partition so phases
// stay in order left to right and can be drawn as bands; edges with their labels sized for ELK to place.
import type { ElkNode } from "elkjs/lib/elk-api.js";
import type { StudioLang } from "../panel-host.ts";
import type { GraphModel } from "./graph-model.ts";
import { wayTag } from "./words.ts";

export const NODE_W = 168;
export const NODE_H = 52;
const LABEL_MAX = 36;
const CHAR_W = 6.4;
const LABEL_H = 14;

/** The label an edge shows: whose way, and what takes it. */
export function edgeLabel(labels: readonly string[], tag: string): string {
  const text = labels.length > 0 ? `${tag}: ${labels.join(", ")}` : tag;
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

export function elkGraph(model: GraphModel, lang: StudioLang, partitions = true): ElkNode {
  const last = model.phases.length;
  return {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.partitioning.activate": partitions ? "true" : "false",
      // One layering for all beats, even those cut off from the rest, so every phase keeps its own band.
      "elk.separateConnectedComponents": "false",
      "elk.edgeRouting": "POLYLINE",
      "elk.layered.spacing.nodeNodeBetweenLayers": "56",
      "elk.spacing.nodeNode": "28",
      "elk.spacing.edgeLabel": "4",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    },
    children: model.beats.map((b) => ({
      id: b.key,
      width: NODE_W,
      height: NODE_H,
      layoutOptions: { "elk.partitioning.partition": String(b.phaseIndex >= 0 ? b.phaseIndex : last) },
    })),
    edges: model.edges.map((e) => {
      const text = edgeLabel(e.labels, wayTag(e.way, lang));
      return {
        id: e.key,
        sources: [e.from],
        targets: [e.to],
        labels: [{ id: `${e.key}:label`, text, width: Math.ceil(text.length * CHAR_W) + 6, height: LABEL_H }],
      };
    }),
  };
}
