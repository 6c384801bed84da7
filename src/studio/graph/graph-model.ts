// The meeting as a graph for the studio: beats as nodes, the ways on as edges (whose way: the computer's
// or a role's, labelled by the choice or condition that takes them), and what is wrong with the shape of
// play: dead ends, beats no role reaches, loops, and ways to beats that do not exist. Pure: built from the
// document as authored, however broken, with the engine's own flow functions (runtime/flow.ts), walked
// per role as the loader's graph check (load/check-graph.ts) walks it.
import type { Beat, Next } from "../../engine/format/schema.ts";
import { ROLES, type Role } from "../../engine/rules/catalog.ts";
import { walkBeats } from "../../engine/runtime/beat-walk.ts";
import type { StudioLang } from "../panel-host.ts";
import { conditionText } from "./condition-text.ts";
import { type PhaseInfo, shapeScenario } from "./scenario-shape.ts";

/** Whose way an edge is: the computer's (a beat's own next, a computer-made choice) or a role's choice. */
export type Way = "computer" | Role;
export const WAYS: readonly Way[] = ["computer", ...ROLES];

export interface GraphBeat {
  /** Node id, unique even when beat ids are not: "b" + index in the document's beats. */
  key: string;
  id: string;
  index: number;
  phase: string;
  /** Index of its phase in `phases`, or -1 when the phase is unknown. */
  phaseIndex: number;
  /** Only played in these roles (the beat's `roles`), or every role when absent. */
  roles?: Role[];
  /** The roles with a move here. */
  moves: Role[];
  end: boolean;
  /** Roles that start here. */
  startOf: Role[];
  /** Ways on that lead nowhere: the role and, when a choice decides it, the choice. */
  deadEnds: { role: Role; via?: string }[];
  unreachable: boolean;
  inLoop: boolean;
  /** A second beat with an id already used: ways to that id go to the first. */
  duplicate: boolean;
  /** Beat ids its ways name that no beat has. */
  missingTargets: string[];
}

export interface GraphEdge {
  key: string;
  from: string;
  to: string;
  way: Way;
  /** What takes this way: choice ids, free-text outcomes, branch conditions (may be empty). */
  labels: string[];
  inLoop: boolean;
}

export interface GraphModel {
  phases: PhaseInfo[];
  beats: GraphBeat[];
  edges: GraphEdge[];
  roles: Role[];
  /** Each loop found, as the beat ids around it (the first repeated at the end). */
  loops: string[][];
}

const FREE_TEXT = { nl: "vrije tekst", en: "free text" } as const;

function branches(next: Next | undefined, lang: StudioLang): { to: string; cond?: string }[] {
  if (next === undefined) return [];
  if (typeof next === "string") return [{ to: next }];
  // One branch alone, without a condition, is just "go there": no label.
  const only = next.length === 1 ? next[0] : undefined;
  if (only && only.when === undefined) return [{ to: only.to }];
  return next.map((b) => ({ to: b.to, cond: conditionText(b.when, lang) }));
}

const join = (label: string, cond?: string) => (cond ? `${label}: ${cond}` : label);

export function buildGraphModel(doc: unknown, lang: StudioLang): GraphModel {
  const shaped = shapeScenario(doc);
  const phaseIndex = new Map(shaped.phases.map((p, i) => [p.id, i]));
  const byId = new Map<string, { beat: Beat; key: string }>();
  const nodes: GraphBeat[] = shaped.beats.map(({ beat, index }) => {
    const key = `b${index}`;
    const duplicate = byId.has(beat.id);
    if (!duplicate) byId.set(beat.id, { beat, key });
    return {
      key,
      id: beat.id,
      index,
      phase: beat.phase,
      phaseIndex: phaseIndex.get(beat.phase) ?? -1,
      ...(beat.roles ? { roles: [...beat.roles] as Role[] } : {}),
      moves: ROLES.filter((r) => beat.moves?.[r] !== undefined),
      end: beat.end === true,
      startOf: [],
      deadEnds: [],
      unreachable: false,
      inLoop: false,
      duplicate,
      missingTargets: [],
    };
  });
  const nodeOf = new Map(nodes.map((n) => [n.key, n]));

  // Edges, merged by (from, to, way) with their labels gathered.
  const edges = new Map<string, GraphEdge>();
  const addEdge = (from: GraphBeat, to: string, way: Way, label?: string) => {
    const target = byId.get(to);
    if (!target) {
      if (!from.missingTargets.includes(to)) from.missingTargets.push(to);
      return;
    }
    const key = `${from.key}>${target.key}>${way}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { key, from: from.key, to: target.key, way, labels: [], inLoop: false };
      edges.set(key, edge);
    }
    if (label && !edge.labels.includes(label)) edge.labels.push(label);
  };
  const severalRoles = shaped.roles.length > 1;
  shaped.beats.forEach(({ beat }, i) => {
    const node = nodes[i] as GraphBeat;
    for (const b of branches(beat.next, lang)) addEdge(node, b.to, "computer", b.cond);
    for (const role of ROLES) {
      const move = beat.moves?.[role];
      if (!move) continue;
      const npc = move.npc === undefined ? [] : Array.isArray(move.npc) ? move.npc : [move.npc];
      for (const c of move.choices) {
        for (const b of branches(c.next, lang)) {
          addEdge(node, b.to, role, join(c.id, b.cond));
          // The computer makes this choice for the role when the trainee plays another one here.
          if (severalRoles && npc.includes(c.id) && move.kind !== "pick")
            addEdge(node, b.to, "computer", join(c.id, b.cond));
        }
      }
      if (move.freeText) {
        const outcomes = [
          ...Object.entries(move.freeText.outcomes).map(([label, o]) => ({
            label,
            next: (o as { next?: Next } | undefined)?.next,
          })),
          { label: conditionText(undefined, lang), next: move.freeText.otherwise.next },
        ];
        for (const o of outcomes)
          for (const b of branches(o.next, lang))
            addEdge(node, b.to, role, join(`${FREE_TEXT[lang]} ${o.label}`, b.cond));
      }
    }
  });

  // The shape of play, per role, as the loader checks it.
  const walkRoles = shaped.roles.length > 0 ? shaped.roles : [...ROLES];
  const reached = new Set<string>();
  const loops: string[][] = [];
  const loopKeys = new Set<string>();
  for (const role of walkRoles) {
    const start = shaped.starts.get(role) ?? shaped.starts.values().next().value;
    const first = start === undefined ? undefined : byId.get(start);
    if (!first) continue;
    nodeOf.get(first.key)?.startOf.push(role);
    const seen = walkBeats(first.beat.id, role, (id) => byId.get(id)?.beat, {
      deadEnd(id, via) {
        const node = nodeOf.get((byId.get(id) as { key: string }).key) as GraphBeat;
        if (!node.deadEnds.some((d) => d.role === role && d.via === via))
          node.deadEnds.push(via === undefined ? { role } : { role, via });
      },
      loop(loop) {
        const key = [...new Set(loop)].sort().join(",");
        if (!loopKeys.has(key)) {
          loopKeys.add(key);
          loops.push(loop);
        }
      },
    });
    for (const id of seen) reached.add(id);
  }
  for (const loop of loops) {
    const keys = loop.map((id) => byId.get(id)?.key as string);
    for (const k of keys) (nodeOf.get(k) as GraphBeat).inLoop = true;
    for (let i = 0; i + 1 < keys.length; i++)
      for (const e of edges.values()) if (e.from === keys[i] && e.to === keys[i + 1]) e.inLoop = true;
  }
  for (const n of nodes) n.unreachable = !n.duplicate && !reached.has(n.id);
  return { phases: shaped.phases, beats: nodes, edges: [...edges.values()], roles: shaped.roles, loops };
}
