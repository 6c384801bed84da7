// The studio's one copy of the scenario being written, with undo and redo. Every panel edits through
// set(), so every edit, wherever it was made, is one labelled step that undo takes back. Each step keeps
// the whole document (scenarios are plain JSON of at most a few hundred KB): simpler and safer than
// diffs, and a step can never be replayed onto the wrong document.
import type { StudioDoc } from "../panel-host.ts";

export interface DocStep {
  label: string;
  before: unknown;
  after: unknown;
}

/** How many steps undo can go back: enough for an afternoon's edits, bounded in memory. */
export const UNDO_LIMIT = 200;

export class DocStore implements StudioDoc {
  private doc: unknown;
  private done: DocStep[] = [];
  private undone: DocStep[] = [];
  private listeners = new Set<() => void>();

  constructor(initial: unknown) {
    this.doc = copy(initial);
  }

  get(): unknown {
    return this.doc;
  }

  /** A panel's edit. The value is copied, so a panel that keeps and changes its object cannot change history. */
  set(next: unknown, label: string): void {
    const after = copy(next);
    if (JSON.stringify(after) === JSON.stringify(this.doc)) return;
    this.done.push({ label, before: this.doc, after });
    if (this.done.length > UNDO_LIMIT) this.done.shift();
    this.undone = [];
    this.doc = after;
    this.emit();
  }

  /** Takes back the last edit; returns its label, or null when there is nothing to take back. */
  undo(): string | null {
    const step = this.done.pop();
    if (!step) return null;
    this.undone.push(step);
    this.doc = step.before;
    this.emit();
    return step.label;
  }

  /** Does again what undo took back; returns its label, or null. */
  redo(): string | null {
    const step = this.undone.pop();
    if (!step) return null;
    this.done.push(step);
    this.doc = step.after;
    this.emit();
    return step.label;
  }

  undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of [...this.listeners]) fn();
  }
}

function copy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
