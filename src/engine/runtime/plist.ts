// An immutable list that shares its tail: appending is O(1) and older snapshots keep their own view.
// Machine snapshots are forked by path analysis and kept for undo and replay, so the log must never be
// mutated in place, and copying a growing array on every step would make a long meeting quadratic.

export interface PList<T> {
  readonly head: T;
  readonly tail: PList<T> | null;
  readonly size: number;
}

export function push<T>(list: PList<T> | null, item: T): PList<T> {
  return { head: item, tail: list, size: (list?.size ?? 0) + 1 };
}

export function toArray<T>(list: PList<T> | null): T[] {
  const out: T[] = new Array(list?.size ?? 0);
  let i = out.length - 1;
  for (let node = list; node !== null; node = node.tail) out[i--] = node.head;
  return out;
}

/** Items appended to `later` since `earlier` (which must be one of its tails), oldest first. */
export function since<T>(later: PList<T> | null, earlier: PList<T> | null): T[] {
  const out: T[] = [];
  for (let node = later; node !== null && node !== earlier; node = node.tail) out.push(node.head);
  return out.reverse();
}
