// A whole workshop as one JSON document, for the trainer to keep: the scenario, every round played in
// the room (who sat where, the ordered moves, the seed, every seat's report, the group summary and the
// team's list) and when it happened. Pure: the server's round records in, the document out, so a test
// and the trainer's download get the same from the same workshop. Names and typed words stay text.
import type { GroupSummary } from "../session/group-summary.ts";
import type { Seat } from "../session/seats.ts";
import type { MoveRecord } from "../session/session.ts";
import type { TeamFollowUp } from "../session/team-points.ts";
import type { Report } from "./report.ts";

/** One round of a workshop as the server keeps it once it has ended (times in ms since 1970). */
export interface WorkshopRound {
  round: number;
  seed: number;
  startedAt: number | null;
  /** null when the meeting ran to its end before the room was rebuilt (the end is not logged then). */
  endedAt: number | null;
  /** The human seats, in the room's seat order, with the player and the name they had then. */
  seats: { seat: Seat; player: string; name: string }[];
  /** The whole ordered (seat, move) list: with the scenario, the seats and the seed it replays the round. */
  moves: { seat: Seat; move: MoveRecord }[];
  reports: Record<Seat, { nl: Report; en: Report } | null>;
  summary: GroupSummary & { team?: TeamFollowUp };
  team?: TeamFollowUp;
}

export interface WorkshopExportInput {
  code: string;
  scenario: { id: string | null; title: string };
  createdAt: number | null;
  rounds: readonly WorkshopRound[];
  exportedAt: number;
}

export interface WorkshopExport {
  format: "spiegelspel-workshop";
  version: 1;
  exportedAt: string;
  workshop: { code: string; scenario: { id: string | null; title: string }; createdAt: string | null };
  rounds: {
    round: number;
    seed: number;
    startedAt: string | null;
    endedAt: string | null;
    seats: { seat: Seat; player: string; name: string }[];
    moves: { seat: Seat; move: MoveRecord }[];
    movesPerSeat: Record<Seat, MoveRecord[]>;
    reports: Record<Seat, { nl: Report; en: Report } | null>;
    summary: GroupSummary;
    team: TeamFollowUp | null;
  }[];
}

const iso = (ms: number | null): string | null =>
  ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString();

export function buildWorkshopExport(input: WorkshopExportInput): WorkshopExport {
  const rounds = [...input.rounds]
    .sort((a, b) => a.round - b.round)
    .map((r) => {
      const movesPerSeat: Record<Seat, MoveRecord[]> = {};
      for (const s of r.seats) movesPerSeat[s.seat] = [];
      for (const m of r.moves) {
        const list = movesPerSeat[m.seat] ?? [];
        list.push(m.move);
        movesPerSeat[m.seat] = list;
      }
      // The team's list travels with the summary message; a round record may also carry it itself.
      const { team: inSummary, ...summary } = r.summary;
      return {
        round: r.round,
        seed: r.seed,
        startedAt: iso(r.startedAt),
        endedAt: iso(r.endedAt),
        seats: r.seats.map((s) => ({ seat: s.seat, player: s.player, name: s.name })),
        moves: r.moves.map((m) => ({ seat: m.seat, move: m.move })),
        movesPerSeat,
        reports: r.reports,
        summary,
        team: r.team ?? inSummary ?? null,
      };
    });
  return {
    format: "spiegelspel-workshop",
    version: 1,
    exportedAt: iso(input.exportedAt) ?? "",
    workshop: { code: input.code, scenario: input.scenario, createdAt: iso(input.createdAt) },
    rounds,
  };
}

/** The file's name: the scenario and the join code, letters and digits only. */
export function workshopExportName(e: WorkshopExport): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  const scenario = safe(e.workshop.scenario.id ?? "eigen-scenario") || "scenario";
  return `spiegelspel-workshop-${scenario}-${safe(e.workshop.code)}.json`;
}
