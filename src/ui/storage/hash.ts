// A content hash for storing a trainee's own scenario once, however many runs use it. Synchronous on
// purpose: crypto.subtle is async and missing outside secure contexts (a workshop on plain http), and
// this only has to tell one scenario text from another, not resist an attacker.

/** 64 bits of a cyrb53-style hash plus the length, e.g. "3f9c0a1b7d2e4c11-2k5a". */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return `${hex(h2)}${hex(h1)}-${text.length.toString(36)}`;
}
