// What every studio panel (forms, JSON editor, graph, checks, try-it, translations) gets from the studio:
// the scenario being written, the language of the studio, and the selection shared by all panels. A panel
// never keeps its own copy of the scenario: it reads the document, proposes a new one, and redraws when
// the document changes, so every view stays in step and undo covers every edit wherever it was made.

/** A place in the scenario as a JSON path, e.g. ["beats", 3, "moves", "facilitator", "choices", 1]. */
export type DocPath = readonly (string | number)[];

export type StudioLang = "nl" | "en";

export interface StudioDoc {
  /** The scenario as authored (plain JSON, format v2), possibly with problems: never assume it is valid. */
  get(): unknown;
  /** Replace the document; `label` names the edit for undo ("Rename beat intro → welcome"). */
  set(next: unknown, label: string): void;
  /** Called after every change (an edit, undo, redo, open); returns an unsubscribe. */
  subscribe(fn: () => void): () => void;
}

export interface StudioPanelHost {
  doc: StudioDoc;
  lang: StudioLang;
  /** Move the shared selection (the forms open that field, the graph highlights that beat). */
  select(path: DocPath): void;
  selection(): DocPath | null;
  onSelect(fn: (path: DocPath) => void): () => void;
}

export interface StudioPanel {
  destroy(): void;
}

/** Every panel module exports one of these. */
export type MountPanel = (el: HTMLElement, host: StudioPanelHost) => StudioPanel;
