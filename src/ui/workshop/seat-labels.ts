// Who sits where, as the meeting names them on screen: the name a player joined with and their seat.
import type { Lang } from "../i18n.ts";
import type { Lobby } from "./api.ts";
import { seatName } from "./strings.ts";

/** Each taken seat's person as the meeting names them: "Piet (gespreksleider)", "Anna (toehoorder 2)". */
export function seatLabels(lang: Lang, lobby: Lobby | null): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const p of lobby?.players ?? []) {
    if (!p.seat) continue;
    const seat = seatName(lang, p.seat);
    labels[p.seat] = `${p.name} (${seat.charAt(0).toLowerCase()}${seat.slice(1)})`;
  }
  return labels;
}
