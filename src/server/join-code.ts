// Join codes are read aloud in a video call and typed on a phone: only letters and digits that cannot be
// mistaken for one another (no B/8, O/0, I/1/L, S/5, G/6, Z/2, Q), in two groups of four.
import { createHash, randomBytes, randomInt } from "node:crypto";

export const CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
export const CODE_LENGTH = 8;
/** log2(22^8) ≈ 35.7 bits: with at most a few attempts per minute per address, out of reach of guessing. */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

export function newJoinCode(): string {
  let code = "";
  for (let k = 0; k < CODE_LENGTH; k++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, as a code: case, spaces and dashes do not matter. Undefined when it cannot be one. */
export function normalizeCode(typed: unknown): string | undefined {
  if (typeof typed !== "string" || typed.length > 32) return undefined;
  const bare = typed.toUpperCase().replace(/[\s-]/g, "");
  if (bare.length !== CODE_LENGTH) return undefined;
  for (const ch of bare) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return `${bare.slice(0, 4)}-${bare.slice(4)}`;
}

/** Trainer and player keys: secrets of 256 bits, kept by the server only as hashes. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
