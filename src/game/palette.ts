// The room's colours in one place: soft, calm, readable on the light background.
export const BACKGROUND = 0xeef2f5;
export const INK = "#24313f";
export const SOFT_INK = "#5a6775";
export const ACCENT = 0x2f6fad;
export const HALO = 0xffe7a3;
export const FLOOR = 0xe4e9ee;
export const LISTENER_CLOTHES = 0x9aa6b4;
export const FACILITATOR_CLOTHES = 0x6f8fae;
export const REACT = 0xd08a55;
const CLOSED = 0xc98b8b;
const MIDDLE = 0xd9c48f;
const OPEN = 0x8fbf9f;

// Varied but quiet clothes and hair, chosen per person by a hash of the id: the same person always
// looks the same, in every run.
const CLOTHES = [0x8aa3bd, 0xa394bd, 0xbda38a, 0x8fb5a2, 0xbd8f8f, 0x8fb1b5, 0xb5ad8a, 0x96a6cc, 0xa8b58f];
/** Every colour clothes can have: the body textures are drawn once in each (textures.ts). */
export const ALL_CLOTHES: readonly number[] = [...CLOTHES, LISTENER_CLOTHES, FACILITATOR_CLOTHES];
const HAIR = [0x3b2f2a, 0x6b4a35, 0x9a7b55, 0xc9b07a, 0x2b2b2b, 0x8c8c8c, 0x5a3a2a, 0xb08a6a];
const SKIN = [0xf1d3bd, 0xe0b899, 0xc99a78, 0x9c6b4e, 0x7a5038, 0xf4dcc8];

function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

export function looks(id: string): { clothes: number; hair: number; skin: number } {
  const h = hash(id);
  return {
    clothes: CLOTHES[h % CLOTHES.length] as number,
    hair: HAIR[(h >>> 4) % HAIR.length] as number,
    skin: SKIN[(h >>> 8) % SKIN.length] as number,
  };
}

function mix(a: number, b: number, f: number): number {
  const ch = (shift: number) => Math.round(((a >> shift) & 255) * (1 - f) + ((b >> shift) & 255) * f);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** Openness 0–100 as a soft ring colour: rose when closed, sand in between, sage when open. */
export function opennessColour(openness: number): number {
  const f = Math.max(0, Math.min(1, openness / 100));
  return f < 0.5 ? mix(CLOSED, MIDDLE, f * 2) : mix(MIDDLE, OPEN, (f - 0.5) * 2);
}
