// Draws a laid-out graph as SVG with DOM calls only (every text from the scenario goes in as text):
// phases as bands behind the beats, edges styled by whose way they are (a dash pattern and a letter in
// the label, not colour alone), beats with their marks written out, not only coloured.
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import type { StudioLang } from "../panel-host.ts";
import type { GraphBeat, GraphModel, Way } from "./graph-model.ts";
import { WORDS } from "./words.ts";

const SVG = "http://www.w3.org/2000/svg";
const BAND_HEAD = 28;
const PAD = 16;

/** Dash patterns per way: what tells the ways apart without colour. */
export const DASH: Record<Way, string | undefined> = {
  computer: undefined,
  facilitator: "8 4",
  listener: "2 3",
  organiser: "9 3 2 3",
};

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The problems of a beat in words, for its label and its visible mark. */
export function beatMarks(b: GraphBeat, lang: StudioLang): string[] {
  const w = WORDS[lang];
  const marks: string[] = [];
  if (b.deadEnds.length > 0) {
    const how = b.deadEnds.map((d) => (d.via ? `${w.ways[d.role]}: ${d.via}` : w.ways[d.role]));
    marks.push(`${w.deadEnd} (${[...new Set(how)].join(", ")})`);
  }
  if (b.unreachable) marks.push(w.unreachable);
  if (b.inLoop) marks.push(w.loop);
  if (b.duplicate) marks.push(w.duplicate);
  if (b.missingTargets.length > 0) marks.push(`${w.missing}: ${b.missingTargets.join(", ")}`);
  return marks;
}

/** The accessible name of a beat: id, phase, roles, start/end, and its problems. */
export function beatLabel(b: GraphBeat, model: GraphModel, lang: StudioLang): string {
  const w = WORDS[lang];
  const phase = model.phases[b.phaseIndex];
  const parts = [b.id, phase ? (phase.title[lang] ?? phase.title.nl ?? phase.id) : b.phase];
  if (b.startOf.length > 0) parts.push(`${w.start} (${b.startOf.map((r) => w.ways[r]).join(", ")})`);
  if (b.end) parts.push(w.end);
  if (b.roles) parts.push(`${w.onlyIn} ${b.roles.map((r) => w.ways[r]).join(", ")}`);
  return [...parts, ...beatMarks(b, lang)].join(" · ");
}

function pathData(e: ElkExtendedEdge, dy: number): string {
  const parts: string[] = [];
  for (const s of e.sections ?? []) {
    const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
    parts.push(
      points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${(p.y + dy).toFixed(1)}`).join(" "),
    );
  }
  return parts.join(" ");
}

export interface Drawn {
  svg: SVGSVGElement;
  /** The group of each beat, by node key. */
  nodes: Map<string, SVGGElement>;
  /** The path of each edge, by edge key. */
  edges: Map<string, SVGPathElement>;
}

export function drawGraph(model: GraphModel, laid: ElkNode, lang: StudioLang): Drawn {
  const w = WORDS[lang];
  const width = Math.ceil((laid.width ?? 0) + 2 * PAD);
  const height = Math.ceil((laid.height ?? 0) + BAND_HEAD + 2 * PAD);
  const svg = svgEl("svg", {
    class: "graph-svg",
    width,
    height,
    viewBox: `${-PAD} ${-PAD} ${width} ${height}`,
    role: "group",
    "aria-label": w.graphLabel,
  });
  const defs = svgEl("defs");
  const marker = svgEl("marker", {
    id: "graph-arrow",
    viewBox: "0 0 10 10",
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: "auto-start-reverse",
  });
  marker.append(svgEl("path", { d: "M0,0 L10,5 L0,10 z", class: "graph-arrowhead" }));
  defs.append(marker);
  svg.append(defs);

  const placed = new Map((laid.children ?? []).map((c) => [c.id, c]));
  // Bands: one per phase, spanning its beats; the beats' partitions keep them in order and apart.
  const bands = svgEl("g", { class: "graph-bands" });
  model.phases.forEach((phase, i) => {
    const xs = model.beats
      .filter((b) => b.phaseIndex === i)
      .map((b) => placed.get(b.key))
      .filter((n): n is ElkNode => n !== undefined);
    if (xs.length === 0) return;
    const left = Math.min(...xs.map((n) => n.x ?? 0)) - PAD / 2;
    const right = Math.max(...xs.map((n) => (n.x ?? 0) + (n.width ?? 0))) + PAD / 2;
    const band = svgEl("g", { class: `graph-band band-${i % 2}`, "data-phase": phase.id });
    band.append(
      svgEl("rect", { x: left, y: -PAD / 2, width: right - left, height: height - PAD, rx: 6 }),
      svgEl(
        "text",
        { x: left + 6, y: 10, class: "graph-band-title" },
        phase.title[lang] ?? phase.title.nl ?? phase.id,
      ),
    );
    bands.append(band);
  });
  svg.append(bands);

  const edges = new Map<string, SVGPathElement>();
  const edgeLayer = svgEl("g", { class: "graph-edges" });
  const labelLayer = svgEl("g", { class: "graph-labels" });
  const laidEdges = new Map((laid.edges ?? []).map((e) => [e.id, e]));
  for (const e of model.edges) {
    const le = laidEdges.get(e.key);
    if (!le) continue;
    const path = svgEl("path", {
      d: pathData(le, BAND_HEAD),
      class: `graph-edge way-${e.way}${e.inLoop ? " in-loop" : ""}`,
      "stroke-dasharray": DASH[e.way],
      "marker-end": "url(#graph-arrow)",
      "data-edge": e.key,
    });
    edges.set(e.key, path);
    edgeLayer.append(path);
    for (const l of le.labels ?? [])
      labelLayer.append(
        svgEl(
          "text",
          { x: (l.x ?? 0) + 3, y: (l.y ?? 0) + BAND_HEAD + 11, class: `graph-edge-label way-${e.way}` },
          l.text ?? "",
        ),
      );
  }
  svg.append(edgeLayer, labelLayer);

  const nodes = new Map<string, SVGGElement>();
  const nodeLayer = svgEl("g", { class: "graph-nodes" });
  for (const b of model.beats) {
    const n = placed.get(b.key);
    if (!n) continue;
    const marks = beatMarks(b, lang);
    const g = svgEl("g", {
      class: `graph-beat${marks.length > 0 ? " has-problem" : ""}${b.end ? " is-end" : ""}`,
      transform: `translate(${n.x ?? 0},${(n.y ?? 0) + BAND_HEAD})`,
      tabindex: -1,
      role: "button",
      "aria-label": beatLabel(b, model, lang),
      "data-beat": b.id,
      "data-index": b.index,
    });
    g.append(svgEl("rect", { width: n.width, height: n.height, rx: b.end ? 16 : 4 }));
    const title = b.id.length > 24 ? `${b.id.slice(0, 23)}…` : b.id;
    g.append(
      svgEl("text", { x: 8, y: 18, class: "graph-beat-id" }, `${marks.length > 0 ? "⚠ " : ""}${title}`),
    );
    const tags = [
      ...b.startOf.map(() => `▶ ${w.start}`).slice(0, 1),
      b.end ? `■ ${w.end}` : "",
      b.moves.map((r) => w.tags[r]).join(" "),
      marks[0] ?? "",
    ].filter((t) => t.length > 0);
    g.append(svgEl("text", { x: 8, y: 38, class: "graph-beat-tags" }, tags.join(" · ").slice(0, 30)));
    g.append(svgEl("title", {}, beatLabel(b, model, lang)));
    nodes.set(b.key, g);
    nodeLayer.append(g);
  }
  svg.append(nodeLayer);
  return { svg, nodes, edges };
}
