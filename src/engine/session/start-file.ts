// The start state in a moves file ({"start": {...}, "moves": [...]}): a run tried from a beat in the
// studio replays with `play` from the same beat and state. This reads its shape only; whether it fits the
// scenario is checkStartState's answer.
import type { StartState } from "../runtime/start-state.ts";

export type StartFileResult =
  | { ok: true; start?: StartState }
  | { ok: false; error: string; path: (string | number)[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

const isNumbers = (v: unknown): v is Record<string, number> =>
  isRecord(v) && Object.values(v).every((n) => typeof n === "number");

export function parseStartOf(value: unknown): StartFileResult {
  const start = isRecord(value) ? value.start : undefined;
  if (start === undefined) return { ok: true };
  const bad = (key: string, error: string): StartFileResult => ({
    ok: false,
    error: `start${key ? `.${key}` : ""}: ${error}`,
    path: key ? ["start", key] : ["start"],
  });
  if (!isRecord(start)) return bad("", 'give {"beat": id, "flags": [...], "openness": {...}, …}');
  const known = ["beat", "flags", "openness", "trust", "chosen", "clock"];
  const unknown = Object.keys(start).find((k) => !known.includes(k));
  if (unknown !== undefined) return bad(unknown, `unknown field (known: ${known.join(", ")})`);
  if (typeof start.beat !== "string") return bad("beat", "give the id of the beat to start at");
  const out: StartState = { beat: start.beat };
  if (start.flags !== undefined) {
    if (!Array.isArray(start.flags) || !start.flags.every((f) => typeof f === "string"))
      return bad("flags", "give a list of flag names");
    out.flags = start.flags as string[];
  }
  for (const key of ["openness", "trust"] as const) {
    const values = start[key];
    if (values === undefined) continue;
    if (!isNumbers(values)) return bad(key, 'give {"participant-id": number, …}');
    out[key] = values;
  }
  if (start.chosen !== undefined) {
    const chosen = start.chosen;
    if (
      !isRecord(chosen) ||
      !Object.values(chosen).every((c) => Array.isArray(c) && c.every((x) => typeof x === "string"))
    )
      return bad("chosen", 'give {"beat-id": ["choice-id", …], …}');
    out.chosen = chosen as Record<string, string[]>;
  }
  if (start.clock !== undefined) {
    if (typeof start.clock !== "number") return bad("clock", "give the minutes on the clock as a number");
    out.clock = start.clock;
  }
  return { ok: true, start: out };
}
