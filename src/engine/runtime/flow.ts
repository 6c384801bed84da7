// How play moves through beats in a given role. The loader's graph checks and the compiled machine both
// use these functions, so what `validate` proves about paths is what the game does.
import type { Beat, Choice, Move, Next, Outcome } from "../format/schema.ts";
import { ROLES, type Role } from "../rules/catalog.ts";

export function playsIn(beat: Beat, role: Role): boolean {
  return beat.roles === undefined || beat.roles.includes(role);
}

/** The move the trainee makes in this beat, if any. */
export function traineeMove(beat: Beat, role: Role): Move | undefined {
  return playsIn(beat, role) ? beat.moves?.[role] : undefined;
}

/** Moves of the roles the trainee does not play here: the computer makes them. */
export function npcMoves(beat: Beat, role: Role): { role: Role; move: Move; choices: Choice[] }[] {
  if (!playsIn(beat, role)) return [];
  const out: { role: Role; move: Move; choices: Choice[] }[] = [];
  for (const other of ROLES) {
    if (other === role) continue;
    const move = beat.moves?.[other];
    if (!move) continue;
    const ids = move.npc === undefined ? [] : Array.isArray(move.npc) ? move.npc : [move.npc];
    const choices = ids
      .map((id) => move.choices.find((c) => c.id === id))
      .filter((c): c is Choice => c !== undefined);
    out.push({ role: other, move, choices });
  }
  return out;
}

/** Where play goes when no choice of the trainee decides it: an npc choice's next, else the beat's. */
export function defaultNext(beat: Beat, role: Role): Next | undefined {
  for (const npc of npcMoves(beat, role)) {
    if (npc.move.kind === "pick") continue;
    const next = npc.choices[0]?.next;
    if (next !== undefined) return next;
  }
  return beat.next;
}

export function nextTargets(next: Next | undefined): string[] {
  if (next === undefined) return [];
  return typeof next === "string" ? [next] : next.map((b) => b.to);
}

/** Every way on from a beat in this role, each with what decides it (for messages). */
export function exits(beat: Beat, role: Role): { via?: string; next: Next | undefined }[] {
  if (!playsIn(beat, role)) return [{ next: beat.next }];
  const move = traineeMove(beat, role);
  const fallback = defaultNext(beat, role);
  if (!move || move.kind === "pick") {
    const out: { via?: string; next: Next | undefined }[] = [{ next: fallback }];
    if (move?.freeText) out.push(...freeTextExits(move, fallback));
    return out;
  }
  return [
    ...move.choices.map((c) => ({ via: c.id, next: c.next ?? fallback })),
    ...(move.freeText ? freeTextExits(move, fallback) : []),
  ];
}

function freeTextExits(move: Move, fallback: Next | undefined): { via?: string; next: Next | undefined }[] {
  if (!move.freeText) return [];
  const outcomes = [
    ...Object.entries(move.freeText.outcomes).map(([label, o]) => ({
      via: `free text '${label}'`,
      next: (o as Outcome | undefined)?.next,
    })),
    { via: "free text (otherwise)", next: move.freeText.otherwise.next },
  ];
  return outcomes.map((o) => ({ via: o.via, next: o.next ?? fallback }));
}
