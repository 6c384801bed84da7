// Every message a client may send, checked field by field before the room looks at it. A message that
// does not fit is refused with a reason naming the field; nothing a client sends can throw in the room.

import { isMoreTime, MORE_TIME, type MoreTime } from "../engine/runtime/more-time.ts";
import { parseMoves } from "../engine/session/moves-file.ts";
import type { MoveRecord } from "../engine/session/session.ts";
import {
  type FollowUpRefusalCode,
  MAX_POINT_CHARS,
  MAX_QUOTES_PER_POINT,
  MAX_REFLECTION_CHARS,
} from "../engine/session/team-follow-up.ts";

export const ROOM_NAME = "workshop";
export const MAX_MESSAGE_CHARS = 4000;
export const MAX_SAY_CHARS = 1000;
export const MAX_NAME_CHARS = 40;
export const MAX_PLAYERS = 24;
/** A trainer's own scenario file, uploaded and (checked again) sent on to the players, is at most this. */
export const MAX_SCENARIO_BYTES = 512 * 1024;

export type ClientMessage =
  | { type: "move"; ref?: number; move: MoveRecord }
  | { type: "since"; index: number }
  | { type: "pick-seat"; seat: string | null }
  | { type: "more-time"; value: MoreTime }
  | { type: "assign"; player: string; seat: string | null }
  | { type: "remove"; player: string }
  | { type: "start" | "pause" | "resume" | "skip" | "end" | "rotate-seats" | "next-round" }
  // The team's follow-up after the meeting (engine/session/team-follow-up.ts decides who may).
  | { type: "reflect"; text: string }
  | { type: "propose"; text: string; quotes: string[] }
  | { type: "fix"; point: string; fixed: boolean }
  | { type: "follow-up-next" | "follow-up-close" };

export const TRAINER_ONLY = new Set([
  "assign",
  "remove",
  "start",
  "pause",
  "resume",
  "skip",
  "end",
  "rotate-seats",
  "next-round",
]);
export const FOLLOW_UP_TYPES = new Set(["reflect", "propose", "fix", "follow-up-next", "follow-up-close"]);
export const MESSAGE_TYPES = new Set([
  "move",
  "since",
  "pick-seat",
  "more-time",
  ...TRAINER_ONLY,
  ...FOLLOW_UP_TYPES,
]);

export type Checked = { ok: true; message: ClientMessage } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

const allowedKeys = (o: Record<string, unknown>, keys: string[]): string | undefined =>
  Object.keys(o).find((k) => !keys.includes(k));

export function checkMessage(type: unknown, body: unknown): Checked {
  if (typeof type !== "string" || !MESSAGE_TYPES.has(type)) {
    return { ok: false, reason: `unknown message type ${JSON.stringify(String(type).slice(0, 40))}` };
  }
  if (sizeOf(body) > MAX_MESSAGE_CHARS)
    return { ok: false, reason: `message over ${MAX_MESSAGE_CHARS} characters` };
  const o = body === undefined ? {} : body;
  if (!isObject(o)) return { ok: false, reason: `${type}: the message is an object` };
  const refuse = (reason: string): Checked => ({ ok: false, reason: `${type}: ${reason}` });
  switch (type) {
    case "move": {
      const extra = allowedKeys(o, ["move", "ref"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (o.ref !== undefined && !(Number.isSafeInteger(o.ref) && (o.ref as number) >= 0))
        return refuse("'ref' is a whole number");
      const parsed = parseMoves([o.move]);
      if (!parsed.ok) return refuse(`'move': ${parsed.error.replace(/^moves\[0\]: /, "")}`);
      const move = parsed.moves[0] as MoveRecord;
      if ("say" in move && move.say.length > MAX_SAY_CHARS)
        return refuse(`'say' over ${MAX_SAY_CHARS} characters`);
      if ("pick" in move && move.pick.length > 50) return refuse("'pick' lists too many options");
      const message: ClientMessage = { type, move };
      if (o.ref !== undefined) message.ref = o.ref as number;
      return { ok: true, message };
    }
    case "since": {
      const extra = allowedKeys(o, ["index"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (!(Number.isSafeInteger(o.index) && (o.index as number) >= -1))
        return refuse("'index' is a whole number ≥ -1");
      return { ok: true, message: { type, index: o.index as number } };
    }
    case "pick-seat": {
      const extra = allowedKeys(o, ["seat"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (!(o.seat === null || (typeof o.seat === "string" && o.seat.length <= 20)))
        return refuse("'seat' is a seat or null");
      return { ok: true, message: { type, seat: o.seat as string | null } };
    }
    case "more-time": {
      const extra = allowedKeys(o, ["value"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (!isMoreTime(o.value)) return refuse(`'value' is one of ${MORE_TIME.join(", ")}`);
      return { ok: true, message: { type, value: o.value } };
    }
    case "assign": {
      const extra = allowedKeys(o, ["player", "seat"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (typeof o.player !== "string" || o.player.length > 40) return refuse("'player' is a player id");
      if (!(o.seat === null || (typeof o.seat === "string" && o.seat.length <= 20)))
        return refuse("'seat' is a seat or null");
      return { ok: true, message: { type, player: o.player, seat: o.seat as string | null } };
    }
    case "remove": {
      const extra = allowedKeys(o, ["player"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (typeof o.player !== "string" || o.player.length > 40) return refuse("'player' is a player id");
      return { ok: true, message: { type, player: o.player } };
    }
    case "reflect": {
      const extra = allowedKeys(o, ["text"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (typeof o.text !== "string" || o.text.length > MAX_REFLECTION_CHARS)
        return refuse(`'text' is text of at most ${MAX_REFLECTION_CHARS} characters`);
      return { ok: true, message: { type, text: o.text } };
    }
    case "propose": {
      const extra = allowedKeys(o, ["text", "quotes"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (typeof o.text !== "string" || o.text.length > MAX_POINT_CHARS)
        return refuse(`'text' is text of at most ${MAX_POINT_CHARS} characters`);
      const quotes = o.quotes;
      if (
        !Array.isArray(quotes) ||
        quotes.length > MAX_QUOTES_PER_POINT ||
        !quotes.every((q) => typeof q === "string" && q.length > 0 && q.length <= 80)
      )
        return refuse(`'quotes' is a list of at most ${MAX_QUOTES_PER_POINT} noted line ids`);
      return { ok: true, message: { type, text: o.text, quotes: quotes as string[] } };
    }
    case "fix": {
      const extra = allowedKeys(o, ["point", "fixed"]);
      if (extra) return refuse(`unexpected field '${extra}'`);
      if (typeof o.point !== "string" || o.point.length > 10) return refuse("'point' is a point id");
      if (typeof o.fixed !== "boolean") return refuse("'fixed' is true or false");
      return { ok: true, message: { type, point: o.point, fixed: o.fixed } };
    }
    default: {
      const extra = allowedKeys(o, []);
      if (extra) return refuse(`unexpected field '${extra}'`);
      return { ok: true, message: { type } as ClientMessage };
    }
  }
}

/** A display name: trimmed, control characters out, at most MAX_NAME_CHARS. Shown as text by clients. */
export function cleanName(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 200) return undefined;
  const name = [...value]
    .filter((ch) => !invisible(ch.codePointAt(0) as number))
    .join("")
    .trim();
  if (name.length === 0 || name.length > MAX_NAME_CHARS) return undefined;
  return name;
}

/** Control characters, and the zero-width and direction marks that could make a name pose as another. */
function invisible(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** Why a message was refused, stable for clients to say it in their user's language. */
export type RefusalCode =
  | "rate-limited"
  | "invalid-message"
  | "trainer-only"
  | "server-error"
  | "use-assign"
  | "trainer-assigns-seats"
  | "unknown-player"
  | "player-seated"
  | "wrong-status"
  | "seats-fixed"
  | "unknown-seat"
  | "seat-taken"
  | "cannot-start"
  | "no-seat"
  | "not-started"
  | "lines-coming"
  | "not-your-turn"
  | "move-refused"
  | "follow-up-not-open"
  | FollowUpRefusalCode;
