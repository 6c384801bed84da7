// Autosave in the browser: the scenario being written, where the author was (the shared selection and
// the panel), kept under one key after every change. What cannot be read back is never thrown away:
// it is moved aside under its own key, the studio says so, and the author can download it as it was.
import type { DocPath } from "../panel-host.ts";

export const AUTOSAVE_KEY = "spiegelspel.studio";
export const ASIDE_PREFIX = "spiegelspel.studio.aside.";

/** The part of localStorage the autosave uses (a fake in unit tests). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Saved {
  doc: unknown;
  selection: DocPath | null;
  panel: string | null;
  /** The file name the scenario was opened from or will be exported as. */
  name: string;
}

export type Restored =
  | { kind: "none" }
  | { kind: "ok"; saved: Saved }
  /** What was there could not be read: it is kept under `asideKey`, unchanged. */
  | { kind: "corrupt"; asideKey: string; text: string };

interface Stored extends Saved {
  version: 1;
}

export function writeAutosave(store: KeyValue, saved: Saved): boolean {
  const value: Stored = { version: 1, ...saved };
  try {
    store.setItem(AUTOSAVE_KEY, JSON.stringify(value));
    return true;
  } catch {
    // A full or blocked storage: the studio says the work is not saved (see shell), it keeps working.
    return false;
  }
}

export function readAutosave(store: KeyValue, now: () => string): Restored {
  let text: string | null;
  try {
    text = store.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: "none" };
  }
  if (text === null) return { kind: "none" };
  const saved = parse(text);
  if (saved) return { kind: "ok", saved };
  const asideKey = `${ASIDE_PREFIX}${now()}`;
  try {
    store.setItem(asideKey, text);
    store.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage refuses the copy: leave the original where it is, so nothing is lost either way.
    return { kind: "corrupt", asideKey: AUTOSAVE_KEY, text };
  }
  return { kind: "corrupt", asideKey, text };
}

function parse(text: string): Saved | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<Stored>;
  if (v.version !== 1 || v.doc === undefined || typeof v.name !== "string") return null;
  const selection = Array.isArray(v.selection) && v.selection.every(isPart) ? v.selection : null;
  return { doc: v.doc, selection, panel: typeof v.panel === "string" ? v.panel : null, name: v.name };
}

const isPart = (p: unknown) => typeof p === "string" || (typeof p === "number" && Number.isInteger(p));
