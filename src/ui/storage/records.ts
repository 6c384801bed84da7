// What the store keeps, and a check for each kind of record as it is read back: anything stored may
// have been written by an older version, edited by hand or cut short, so nothing is trusted until
// checked. A check names the first field that is wrong; the store sets such a record aside.
import { type Static, Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { parseMoves } from "../../engine/session/moves-file.ts";
import type { MoveRecord } from "../../engine/session/session.ts";
import { parseSave } from "../save.ts";
import { contentHash } from "./hash.ts";

export const RUN_VERSION = 3;

const RoleSchema = Type.Union([
  Type.Literal("facilitator"),
  Type.Literal("listener"),
  Type.Literal("organiser"),
]);
const LangSchema = Type.Union([Type.Literal("nl"), Type.Literal("en")]);
const TitleSchema = Type.Object({ nl: Type.String(), en: Type.Optional(Type.String()) });
const Finite = Type.Number({ minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE });
const Iso = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}" });

/** A run in progress: enough to replay it exactly (the moves), and to list it in the menu. */
const RunSchema = Type.Object({
  format: Type.Literal("spiegelspel-save"),
  version: Type.Literal(RUN_VERSION),
  key: Type.String({ minLength: 1 }),
  scenarioId: Type.String({ minLength: 1 }),
  /** Content hash of an own scenario, stored once under `own:<hash>`. */
  own: Type.Optional(Type.String({ minLength: 1 })),
  /** Content hash of the scenario text the moves were made in: tells "the scenario changed" apart. */
  scenarioHash: Type.Optional(Type.String()),
  title: Type.Optional(TitleSchema),
  role: RoleSchema,
  lang: LangSchema,
  seed: Finite,
  moves: Type.Array(Type.Unknown()),
  savedAt: Type.String(),
  progress: Type.Optional(Type.Object({ moves: Finite, minute: Finite, planned: Finite })),
});
export type RunRecord = Omit<Static<typeof RunSchema>, "moves"> & { moves: MoveRecord[] };

const HistorySchema = Type.Object({
  scenarioId: Type.String({ minLength: 1 }),
  title: Type.String(),
  role: RoleSchema,
  total: Type.Union([Finite, Type.Null()]),
  finishedAt: Iso,
  replay: Type.Optional(Type.Object({ lang: LangSchema, seed: Finite, moves: Type.Array(Type.Unknown()) })),
});
export type HistoryItem = Omit<Static<typeof HistorySchema>, "replay"> & {
  /** Enough to rebuild the debrief exactly (bundled scenarios only): the engine replays the moves. */
  replay?: { lang: "nl" | "en"; seed: number; moves: MoveRecord[] };
};

const OwnSchema = Type.Object({
  format: Type.Literal("spiegelspel-own"),
  name: Type.String(),
  text: Type.String(),
});
export type OwnRecord = Static<typeof OwnSchema>;

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string };

/** The first wrong field as a path ("finishedAt", "replay.moves"), or "(record)" for the whole. */
function firstError(schema: Parameters<typeof Value.Errors>[0], value: unknown): string {
  const first = Value.Errors(schema, value).First();
  const path = first?.path.replace(/^\//, "").replaceAll("/", ".") ?? "";
  return path === "" ? "(record)" : path;
}

function movesOf(list: unknown[], field: string): Checked<MoveRecord[]> {
  const moves = parseMoves(list);
  return moves.ok ? { ok: true, value: moves.moves } : { ok: false, field };
}

export function checkRun(value: unknown): Checked<RunRecord> {
  if (!Value.Check(RunSchema, value)) return { ok: false, field: firstError(RunSchema, value) };
  const moves = movesOf(value.moves, "moves");
  return moves.ok ? { ok: true, value: { ...value, moves: moves.value } } : moves;
}

export function checkHistoryItem(value: unknown): Checked<HistoryItem> {
  if (!Value.Check(HistorySchema, value)) return { ok: false, field: firstError(HistorySchema, value) };
  const { replay, ...rest } = value;
  if (!replay) return { ok: true, value: rest };
  const moves = movesOf(replay.moves, "replay.moves");
  return moves.ok ? { ok: true, value: { ...rest, replay: { ...replay, moves: moves.value } } } : moves;
}

export function checkOwn(value: unknown): Checked<OwnRecord> {
  return Value.Check(OwnSchema, value)
    ? { ok: true, value }
    : { ok: false, field: firstError(OwnSchema, value) };
}

/** A run is kept per scenario and role: a new round of the same pair replaces it (after asking). */
export function runKey(scenario: { id: string; own?: string }, role: string): string {
  return `${scenario.own ? `own:${scenario.own}` : scenario.id}|${role}`;
}

/** The title inside an own scenario's text, for the menu, without running the loader on it. */
function titleOf(text: string): RunRecord["title"] {
  try {
    const v = JSON.parse(text) as { title?: unknown };
    const t = v?.title;
    if (typeof t === "string") return { nl: t };
    if (Value.Check(TitleSchema, t)) return t;
  } catch {
    // An unreadable text has no title to show: the menu falls back to the id.
  }
  return undefined;
}

export type Migrated =
  | { ok: true; run: RunRecord; own?: { hash: string; text: string } }
  | { ok: false; detail: ReturnType<typeof parseSave> & { ok: false } };

/** A save of versions 1 and 2 (one slot, the own scenario's text inside) as a record of today. */
export function migrateSave(raw: string): Migrated {
  const parsed = parseSave(raw);
  if (!parsed.ok) return { ok: false, detail: parsed };
  const s = parsed.save;
  const own = s.customScenario !== undefined ? contentHash(s.customScenario) : undefined;
  const run: RunRecord = {
    format: "spiegelspel-save",
    version: RUN_VERSION,
    key: runKey(own ? { id: s.scenarioId, own } : { id: s.scenarioId }, s.role),
    scenarioId: s.scenarioId,
    role: s.role,
    lang: s.lang,
    seed: s.seed,
    moves: s.moves,
    savedAt: s.savedAt,
  };
  if (own && s.customScenario !== undefined) {
    run.own = own;
    const title = titleOf(s.customScenario);
    if (title) run.title = title;
    return { ok: true, run, own: { hash: own, text: s.customScenario } };
  }
  return { ok: true, run };
}
