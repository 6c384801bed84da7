// Reading a moves file (`play --moves`, golden tests, saved games): a list of moves, each checked, with
// the position of anything wrong.
import type { MoveRecord } from "./session.ts";

export type MovesResult =
  | { ok: true; moves: MoveRecord[] }
  | { ok: false; error: string; path: (string | number)[] };

const TAGS = ["positive", "negative", "idea"];

export function parseMoves(value: unknown): MovesResult {
  const list = Array.isArray(value)
    ? value
    : value !== null && typeof value === "object" && Array.isArray((value as { moves?: unknown }).moves)
      ? (value as { moves: unknown[] }).moves
      : undefined;
  if (!list) return { ok: false, error: 'a moves file is {"moves": [ … ]} or a list of moves', path: [] };
  const moves: MoveRecord[] = [];
  for (const [i, m] of list.entries()) {
    const where = `moves[${i}]`;
    const path = ["moves", i];
    if (m === null || typeof m !== "object" || Array.isArray(m))
      return { ok: false, error: `${where}: a move is an object`, path };
    const r = m as Record<string, unknown>;
    const keys = Object.keys(r).filter((k) => k !== "tag" && k !== "comment");
    if (keys.length !== 1) {
      return {
        ok: false,
        error: `${where}: give exactly one of "choose", "pick", "say", "wait" or "note"`,
        path,
      };
    }
    if (typeof r.choose === "string") moves.push({ choose: r.choose });
    else if (Array.isArray(r.pick) && r.pick.every((x) => typeof x === "string"))
      moves.push({ pick: r.pick as string[] });
    else if (typeof r.say === "string") moves.push({ say: r.say });
    else if (r.wait === true) moves.push({ wait: true });
    else if (typeof r.note === "string" && typeof r.tag === "string" && TAGS.includes(r.tag)) {
      moves.push({ note: r.note, tag: r.tag as "positive" | "negative" | "idea" });
    } else {
      return {
        ok: false,
        error: `${where}: expected {"choose": id}, {"pick": [ids]}, {"say": text}, {"wait": true} or {"note": line, "tag": "positive"|"negative"|"idea"}`,
        path,
      };
    }
  }
  return { ok: true, moves };
}
