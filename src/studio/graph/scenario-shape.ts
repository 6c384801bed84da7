// The part of a scenario the graph needs, read defensively from the document as authored: the studio's
// document may be half-written or broken, and the graph must still draw what is there. What it reads is
// coerced into the engine's own Beat shape, so the ways on from a beat come from runtime/flow.ts, the
// same functions the loader's graph checks and the game use.
import type { Beat, Next } from "../../engine/format/schema.ts";
import { ROLES, type Role } from "../../engine/rules/catalog.ts";

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export interface PhaseInfo {
  id: string;
  title: { nl?: string; en?: string };
}

export interface ShapedScenario {
  phases: PhaseInfo[];
  /** Beats with an id, each with its index in the document's `beats` (for selection paths). */
  beats: { beat: Beat; index: number }[];
  roles: Role[];
  /** Where each role starts: its own `start`, else the scenario's. */
  starts: Map<Role, string>;
}

export function shapeNext(v: unknown): Next | undefined {
  if (typeof v === "string") return v;
  if (!Array.isArray(v)) return undefined;
  const branches = v
    .filter(isRec)
    .filter((b) => typeof b.to === "string")
    .map((b) => (b.when === undefined ? { to: b.to as string } : { to: b.to as string, when: b.when }));
  return branches.length > 0 ? (branches as Exclude<Next, string>) : undefined;
}

function shapeOutcome(v: unknown): { next?: Next } {
  const next = isRec(v) ? shapeNext(v.next) : undefined;
  return next === undefined ? {} : { next };
}

function shapeMove(v: unknown): Rec | undefined {
  if (!isRec(v)) return undefined;
  const choices = (Array.isArray(v.choices) ? v.choices : [])
    .filter(isRec)
    .filter((c) => typeof c.id === "string")
    .map((c) => ({ ...c, id: c.id as string, next: shapeNext(c.next) }));
  const kind = v.kind === "pick" || v.kind === "urge" ? v.kind : "choose";
  const out: Rec = { ...v, kind, choices };
  if (v.npc !== undefined && typeof v.npc !== "string" && !Array.isArray(v.npc)) delete out.npc;
  if (isRec(v.freeText)) {
    const outcomes: Rec = {};
    if (isRec(v.freeText.outcomes))
      for (const [label, o] of Object.entries(v.freeText.outcomes)) outcomes[label] = shapeOutcome(o);
    out.freeText = { outcomes, otherwise: shapeOutcome(v.freeText.otherwise) };
  } else delete out.freeText;
  return out;
}

function shapeBeat(v: Rec): Beat {
  const moves: Rec = {};
  if (isRec(v.moves))
    for (const role of ROLES) {
      const m = shapeMove(v.moves[role]);
      if (m) moves[role] = m;
    }
  const roles = Array.isArray(v.roles) ? v.roles.filter((r) => ROLES.includes(r as Role)) : undefined;
  const next = shapeNext(v.next);
  return {
    id: v.id as string,
    phase: str(v.phase) ?? "",
    ...(roles ? { roles } : {}),
    ...(Object.keys(moves).length > 0 ? { moves } : {}),
    ...(next === undefined ? {} : { next }),
    ...(v.end === true ? { end: true } : {}),
  } as Beat;
}

export function shapeScenario(doc: unknown): ShapedScenario {
  const root = isRec(doc) ? doc : {};
  const phases = (Array.isArray(root.phases) ? root.phases : [])
    .filter(isRec)
    .filter((p) => typeof p.id === "string")
    .map((p) => ({
      id: p.id as string,
      title: isRec(p.title) ? { nl: str(p.title.nl), en: str(p.title.en) } : {},
    }));
  const beats: { beat: Beat; index: number }[] = [];
  (Array.isArray(root.beats) ? root.beats : []).forEach((b, index) => {
    if (isRec(b) && typeof b.id === "string") beats.push({ beat: shapeBeat(b), index });
  });
  const roleRecs = isRec(root.roles) ? root.roles : {};
  const roles = ROLES.filter((r) => roleRecs[r] !== undefined);
  const starts = new Map<Role, string>();
  for (const r of roles) {
    const own = isRec(roleRecs[r]) ? str((roleRecs[r] as Rec).start) : undefined;
    const start = own ?? str(root.start);
    if (start !== undefined) starts.set(r, start);
  }
  return { phases, beats, roles, starts };
}
