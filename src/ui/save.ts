// Settings, the tab's active run, and the reading of one-slot saves of versions 1 and 2 (which
// storage/records.ts migrates). Runs, history and own scenarios live in storage/store.ts. Nothing here
// ever throws on what it reads.

import { parseMoves } from "../engine/session/moves-file.ts";
import type { MoveRecord } from "../engine/session/session.ts";
import type { StringKey } from "./i18n.ts";

export const SAVE_KEY = "spiegelspel.save";
export const HISTORY_KEY = "spiegelspel.history";
export const SETTINGS_KEY = "spiegelspel.settings";
/** Set in sessionStorage (to the run's key) while a meeting is on screen: a reload goes straight back into it. */
export const ACTIVE_KEY = "spiegelspel.active";
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

export type { HistoryItem } from "./storage/records.ts";

export interface Settings {
  lang: "nl" | "en";
  readAloud: boolean;
  /** Lines at reading pace, or all at once. */
  pace: "reading" | "instant";
  speed: number;
  muted: Record<Channel, boolean>;
  volume: Record<Channel, number>;
  /** Calm the room's movement; null follows the system's prefers-reduced-motion. */
  reducedMotion: boolean | null;
}

export type Channel = "room" | "cues" | "voice";
export const CHANNELS: readonly Channel[] = ["room", "cues", "voice"];

export const DEFAULT_SETTINGS: Settings = {
  lang: "nl",
  readAloud: false,
  pace: "reading",
  speed: 1,
  muted: { room: false, cues: false, voice: false },
  volume: { room: 0.3, cues: 0.6, voice: 1 },
  reducedMotion: null,
};

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Why a save cannot be used, as a key of the interface's strings (the UI words it in the player's language). */
export interface SaveProblem {
  key: Extract<StringKey, `save_${string}`>;
  detail?: string;
}

export type LoadedSave =
  | { ok: true; save: SavedRun; migrated: boolean }
  | { ok: false; reason: SaveProblem }
  | { ok: false; reason: null };

export function parseSave(raw: string): LoadedSave {
  const no = (key: SaveProblem["key"], detail?: string): LoadedSave => ({
    ok: false,
    reason: detail === undefined ? { key } : { key, detail },
  });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return no("save_damaged");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return no("save_damaged");
  const v = value as Record<string, unknown>;
  if (v.format !== "spiegelspel-save") return no("save_foreign");
  let migrated = false;
  // Version 1 saves named the language "language": repaired on load.
  if (v.version === 1) {
    v.lang = v.language;
    delete v.language;
    v.version = 2;
    migrated = true;
  }
  if (v.version !== SAVE_VERSION) return no("save_version", String(v.version));
  if (typeof v.scenarioId !== "string") return no("save_field", "scenarioId");
  if (v.role !== "facilitator" && v.role !== "listener" && v.role !== "organiser")
    return no("save_field", "role");
  if (v.lang !== "nl" && v.lang !== "en") return no("save_field", "lang");
  if (typeof v.seed !== "number" || !Number.isFinite(v.seed)) return no("save_field", "seed");
  const moves = parseMoves(v.moves);
  if (!moves.ok) return no("save_moves", moves.error);
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
  return { ok: true, save, migrated };
}

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Marks which run is on screen in this tab (null: none), so a reload can return to it directly. */
export function markActive(key: string | null): void {
  try {
    if (key !== null) session()?.setItem(ACTIVE_KEY, key);
    else session()?.removeItem(ACTIVE_KEY);
  } catch {
    // Without session storage a reload shows the menu with its resume button: still no loss.
  }
}

/** The key of the run this tab showed before a reload; "1" (older versions) means the newest run. */
export function activeRun(): string | null {
  try {
    return session()?.getItem(ACTIVE_KEY) ?? null;
  } catch {
    return null;
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
      reducedMotion: typeof v.reducedMotion === "boolean" ? v.reducedMotion : null,
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
