// New ids for what the author adds: readable, valid, and never one already taken.

/** The format's id rule (schema.ts): letters, digits, '-', '_' or '.', starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const ID_MAX = 64;

/** `base`, or `base-2`, `base-3`, … : the first that is not in `taken`. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const clean = slug(base) || "id";
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n++) {
    const id = `${clean.slice(0, ID_MAX - String(n).length - 1)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Words as an id: lower case, accents dropped, anything else a dash. */
export function slug(words: string): string {
  return words
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "")
    .slice(0, ID_MAX);
}
