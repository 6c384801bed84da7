// The workshop screens' entry, loaded on demand (with colyseus.js) when Workshop or Join is opened.
import "./workshop.css";
import type { Scenario } from "../../engine/format/schema.ts";
import type { Report } from "../../engine/report/report.ts";
import type { TranscriptEntry } from "../../engine/report/transcript.ts";
import type { Role } from "../../engine/rules/catalog.ts";
import type { SeatHooks } from "../app.ts";
import type { CatalogEntry } from "../catalog.ts";
import type { Lang } from "../i18n.ts";
import type { MeetingSeat } from "../seat/seat.ts";

/** What the workshop screens need from the App around them. */
export interface WorkshopHost {
  root: HTMLElement;
  lang: Lang;
  catalog: CatalogEntry[];
  toMenu(): void;
  /** The meeting view (the same as single play) over a seat. */
  showSeat(scenario: Scenario, role: Role, seat: MeetingSeat, hooks: SeatHooks): void;
  /** Takes the meeting view down, so a workshop screen can have the page. */
  leaveMeeting(): void;
  /** The debrief screen of single play (scores, the room picture, moments, transcript, export). */
  showDebrief(report: Report, transcript: TranscriptEntry[], leave: () => void): void;
}

/** A bundled scenario by id, checked; undefined when this device does not have it or it does not pass. */
export async function bundledScenario(host: WorkshopHost, id: string): Promise<Scenario | undefined> {
  const entry = host.catalog.find((c) => c.id === id);
  if (!entry) return undefined;
  const loaded = entry.peek() ?? (await entry.load());
  return loaded.scenario && !loaded.problems.some((p) => p.severity === "error")
    ? loaded.scenario
    : undefined;
}

export { openJoin } from "./workshop-join.ts";
export { openTrainer } from "./workshop-trainer.ts";
