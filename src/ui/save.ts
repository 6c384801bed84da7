// Saved runs and the history of results in localStorage. The store never touches the UI; old saves are
// migrated or refused with a reason, and nothing here ever throws on what it reads.

import { parseMoves } from "../engine/session/moves-file.ts";
import type { MoveRecord } from "../engine/session/session.ts";

export const SAVE_KEY = "spiegelspel.save";
export const HISTORY_KEY = "spiegelspel.history";
export const SETTINGS_KEY = "spiegelspel.settings";
export const SAVE_VERSION = 2;

export interface SavedRun {
  format: "spiegelspel-save";
  version: number;
  scenarioId: string;
  /** The text of a trainee's own scenario (bundled ones are found by id). */
  customScenario?: string;
  role: "facilitator" | "listener" | "organiser";
  lang: "nl" | "en";
  seed: number;
  moves: MoveRecord[];
  savedAt: string;
}

export interface HistoryItem {
  scenarioId: string;
  title: string;
  role: string;
  total: number | null;
  finishedAt: string;
}

export interface Settings {
  lang: "nl" | "en";
  readAloud: boolean;
  /** Lines at reading pace, or all at once. */
  pace: "reading" | "instant";
  speed: number;
  muted: Record<"room" | "cues" | "voice", boolean>;
  volume: Record<"room" | "cues" | "voice", number>;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: "nl",
  readAloud: false,
  pace: "reading",
  speed: 1,
  muted: { room: false, cues: false, voice: false },
  volume: { room: 0.3, cues: 0.6, voice: 1 },
};

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export type LoadedSave =
  | { ok: true; save: SavedRun }
  | { ok: false; reason: string }
  | { ok: false; reason: null };

/** Reads the save; a save that cannot be used is removed and the reason returned. */
export function readSave(): LoadedSave {
  const raw = storage()?.getItem(SAVE_KEY);
  if (raw === null || raw === undefined) return { ok: false, reason: null };
  const result = parseSave(raw);
  if (!result.ok) storage()?.removeItem(SAVE_KEY);
  return result;
}

export function parseSave(raw: string): LoadedSave {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "the save is damaged (not JSON)" };
  }
  if (value === null || typeof value !== "object") return { ok: false, reason: "the save is damaged" };
  const v = value as Record<string, unknown>;
  if (v.format !== "spiegelspel-save") return { ok: false, reason: "this is not a Spiegelspel save" };
  // Version 1 saves named the language "language": repaired on load.
  if (v.version === 1) {
    v.lang = v.language;
    delete v.language;
    v.version = 2;
  }
  if (v.version !== SAVE_VERSION)
    return { ok: false, reason: `save version ${String(v.version)} is not supported` };
  if (typeof v.scenarioId !== "string") return { ok: false, reason: "the save names no scenario" };
  if (v.role !== "facilitator" && v.role !== "listener" && v.role !== "organiser")
    return { ok: false, reason: "unknown role" };
  if (v.lang !== "nl" && v.lang !== "en") return { ok: false, reason: "unknown language" };
  if (typeof v.seed !== "number") return { ok: false, reason: "the save has no seed" };
  const moves = parseMoves(v.moves);
  if (!moves.ok) return { ok: false, reason: moves.error };
  const save: SavedRun = {
    format: "spiegelspel-save",
    version: SAVE_VERSION,
    scenarioId: v.scenarioId,
    role: v.role,
    lang: v.lang,
    seed: v.seed,
    moves: moves.moves,
    savedAt: typeof v.savedAt === "string" ? v.savedAt : "",
  };
  if (typeof v.customScenario === "string") save.customScenario = v.customScenario;
  return { ok: true, save };
}

export function writeSave(save: SavedRun): void {
  try {
    storage()?.setItem(SAVE_KEY, JSON.stringify(save));
  } catch {
    // Storage full or blocked: the run goes on, it just cannot be resumed after a reload.
  }
}

export function clearSave(): void {
  storage()?.removeItem(SAVE_KEY);
}

export function readHistory(): HistoryItem[] {
  try {
    const value = JSON.parse(storage()?.getItem(HISTORY_KEY) ?? "[]") as unknown;
    return Array.isArray(value)
      ? value.filter(
          (h): h is HistoryItem => h !== null && typeof h === "object" && typeof h.scenarioId === "string",
        )
      : [];
  } catch {
    return [];
  }
}

export function addHistory(item: HistoryItem): void {
  try {
    storage()?.setItem(HISTORY_KEY, JSON.stringify([item, ...readHistory()].slice(0, 50)));
  } catch {
    // Not fatal: history is a convenience.
  }
}

export function readSettings(): Settings {
  try {
    const v = JSON.parse(storage()?.getItem(SETTINGS_KEY) ?? "null") as Partial<Settings> | null;
    if (!v || typeof v !== "object") return structuredClone(DEFAULT_SETTINGS);
    return {
      lang: v.lang === "en" ? "en" : "nl",
      readAloud: v.readAloud === true,
      pace: v.pace === "instant" ? "instant" : "reading",
      speed: typeof v.speed === "number" && v.speed >= 0.5 && v.speed <= 3 ? v.speed : 1,
      muted: { ...DEFAULT_SETTINGS.muted, ...(v.muted ?? {}) },
      volume: { ...DEFAULT_SETTINGS.volume, ...(v.volume ?? {}) },
    };
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export function writeSettings(s: Settings): void {
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(s));
  } catch {
    // Settings simply are not remembered.
  }
}
