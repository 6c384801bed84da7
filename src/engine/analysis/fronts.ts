// Pareto fronts of (good, bad) weight pairs. The best (or worst) score over paths is a ratio,
// good / (good + bad), which does not add up along a path, so no single number per state can stand for
// what is still to come. A pair is never needed, though, when another has at least as much good and at
// most as much bad (or the other way round for the worst): the front of the rest is all a state needs.
// Fronts are flat arrays [good0, bad0, good1, bad1, ...] in a fixed order (best: most good first; worst:
// least good first), and are built in one scratch buffer, since a walk makes one per state and edge.

export type Front = readonly number[];

export const EMPTY_FRONT: Front = [];
export const ZERO_FRONT: Front = [0, 0];

export class FrontBuilder {
  private buf = new Float64Array(64);
  private k = 0;

  constructor(private readonly best: boolean) {}

  /** Adds every pair of `front`, each moved by (g, b). */
  addShifted(front: Front, g: number, b: number): void {
    const needed = 2 * this.k + front.length;
    if (needed > this.buf.length) {
      const grown = new Float64Array(Math.max(needed, 2 * this.buf.length));
      grown.set(this.buf.subarray(0, 2 * this.k));
      this.buf = grown;
    }
    for (let i = 0; i < front.length; i += 2) {
      this.buf[2 * this.k] = (front[i] as number) + g;
      this.buf[2 * this.k + 1] = (front[i + 1] as number) + b;
      this.k++;
    }
  }

  /** The front of what was added since the last take, and a fresh start. */
  take(): Front {
    const { buf, best } = this;
    const k = this.k;
    this.k = 0;
    if (k === 0) return EMPTY_FRONT;
    if (k === 1) return [buf[0] as number, buf[1] as number];
    // Sorted in place, best by good descending then bad ascending, worst by good ascending then bad
    // descending: by insertion, as a state's candidates are few, unless a pick makes them many.
    if (k > 48) this.sortMany(k);
    else
      for (let i = 1; i < k; i++) {
        const g = buf[2 * i] as number;
        const b = buf[2 * i + 1] as number;
        let j = i - 1;
        while (j >= 0 && comesBefore(best, g, b, buf[2 * j] as number, buf[2 * j + 1] as number)) {
          buf[2 * j + 2] = buf[2 * j] as number;
          buf[2 * j + 3] = buf[2 * j + 1] as number;
          j--;
        }
        buf[2 * j + 2] = g;
        buf[2 * j + 3] = b;
      }
    // Walking in that order, a pair belongs to the front when its bad is strictly better than all before.
    const out: number[] = [];
    let bound = best ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    for (let i = 0; i < k; i++) {
      const bad = buf[2 * i + 1] as number;
      if (best ? bad < bound : bad > bound) {
        out.push(buf[2 * i] as number, bad);
        bound = bad;
      }
    }
    return out;
  }

  private sortMany(k: number): void {
    const { buf, best } = this;
    const pairs: [number, number][] = [];
    for (let i = 0; i < k; i++) pairs.push([buf[2 * i] as number, buf[2 * i + 1] as number]);
    pairs.sort((x, y) =>
      comesBefore(best, x[0], x[1], y[0], y[1]) ? -1 : comesBefore(best, y[0], y[1], x[0], x[1]) ? 1 : 0,
    );
    pairs.forEach(([g, b], i) => {
      buf[2 * i] = g;
      buf[2 * i + 1] = b;
    });
  }
}

function comesBefore(best: boolean, g: number, b: number, g2: number, b2: number): boolean {
  if (g !== g2) return best ? g > g2 : g < g2;
  return best ? b < b2 : b > b2;
}
