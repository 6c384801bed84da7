// The studio's panels, each loaded only when the studio first shows it. Adding a panel is one entry
// here and one module exporting `mount` (see panel-host.ts); the studio lays them out by `place`.
import type { MountPanel } from "./panel-host.ts";

export interface PanelEntry {
  /** Stable id, also used in the studio's address (#studio/<id>) and in tests. */
  id: string;
  title: { nl: string; en: string };
  /** main: the big area (forms, graph); side: beside it (JSON, try-it); bottom: under it (checks). */
  place: "main" | "side" | "bottom";
  load: () => Promise<{ mount: MountPanel }>;
}

export const PANELS: PanelEntry[] = [
  {
    id: "forms",
    title: { nl: "Formulieren", en: "Forms" },
    place: "main",
    load: () => import("./forms/forms-panel.ts"),
  },
  {
    id: "graph",
    title: { nl: "Verloop", en: "Flow" },
    place: "main",
    load: () => import("./graph/panel.ts"),
  },
  {
    id: "translations",
    title: { nl: "Vertalingen", en: "Translations" },
    place: "main",
    load: () => import("./translations/panel.ts"),
  },
  {
    id: "json",
    title: { nl: "JSON", en: "JSON" },
    place: "side",
    load: () => import("./json-editor/panel.ts"),
  },
  {
    id: "try",
    title: { nl: "Uitproberen", en: "Try it" },
    place: "side",
    load: () => import("./try/try-panel.ts"),
  },
  {
    id: "checks",
    title: { nl: "Controles", en: "Checks" },
    place: "bottom",
    load: () => import("./checks/panel.ts"),
  },
];
