// The order a move's choices are shown in. Authors tend to write the best option first (and a listener's
// holding back last), so showing the written order gives the answer away. The engine shuffles instead,
// uniformly (Fisher–Yates), with the run's seeded generator: the order is a pure function of the seed,
// the role and the beat, so the CLI, the game, a replay and any other seat of the same run show the same
// order, and it never depends on anything the trainee did at that moment (noting a line does not
// reshuffle). A move with `"order": "fixed"` keeps the written order, for choices whose order means
// something (steps in sequence, a scale).
import type { Move } from "../format/schema.ts";
import type { Role } from "../rules/catalog.ts";
import { nextRandom, seedState } from "./rng.ts";

/** FNV-1a: a stable 32-bit number from the beat and role, mixed into the seed's generator state. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Positions 0..n-1 in the order they are shown for this seed, role and beat. */
export function shuffledPositions(n: number, seed: number, role: Role, beat: string): number[] {
  const positions = Array.from({ length: n }, (_, i) => i);
  let state = (seedState(seed) ^ hash(`${role}\u0000${beat}`)) >>> 0;
  for (let i = n - 1; i > 0; i--) {
    const r = nextRandom(state);
    state = r.state;
    const j = Math.floor(r.value * (i + 1));
    [positions[i], positions[j]] = [positions[j] as number, positions[i] as number];
  }
  return positions;
}

/** The move's choices in the order the trainee sees them. */
export function shownChoices<C>(
  move: Pick<Move, "order"> & { choices: readonly C[] },
  seed: number,
  role: Role,
  beat: string,
): C[] {
  if (move.order === "fixed") return [...move.choices];
  return shuffledPositions(move.choices.length, seed, role, beat).map((i) => move.choices[i] as C);
}
