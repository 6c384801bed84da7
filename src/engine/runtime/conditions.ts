// Conditions of a scenario, evaluated against the meeting's context. The compiler registers each kind
// as a named XState guard; lines' `when` use the same functions, so both always agree.
import type { Condition } from "../format/schema.ts";
import { own } from "../util/own.ts";
import type { Context } from "./context.ts";

export function roomAverage(ctx: Context, key: "openness" | "trust"): number {
  const people = Object.values(ctx.people);
  if (people.length === 0) return 0;
  return people.reduce((sum, p) => sum + p[key], 0) / people.length;
}

function measure(ctx: Context, key: "openness" | "trust", who: string): number {
  if (who === "room") return roomAverage(ctx, key);
  return own(ctx.people, who)?.[key] ?? 0;
}

export function inRange(value: number, range: { atLeast?: number; below?: number }): boolean {
  if (range.atLeast !== undefined && value < range.atLeast) return false;
  if (range.below !== undefined && value >= range.below) return false;
  return true;
}

export const conditionKinds = {
  flag: (ctx: Context, p: { flag: string }) => own(ctx.flags, p.flag) === true,
  openness: (ctx: Context, p: { openness: { who: string; atLeast?: number; below?: number } }) =>
    inRange(measure(ctx, "openness", p.openness.who), p.openness),
  trust: (ctx: Context, p: { trust: { who: string; atLeast?: number; below?: number } }) =>
    inRange(measure(ctx, "trust", p.trust.who), p.trust),
  minutesUsed: (ctx: Context, p: { minutesUsed: { atLeast?: number; below?: number } }) =>
    inRange(ctx.clock, p.minutesUsed),
  chose: (ctx: Context, p: { chose: { beat: string; choice: string } }) =>
    own(ctx.chosen, p.chose.beat)?.includes(p.chose.choice) === true,
  noted: (ctx: Context, p: { noted: string }) => own(ctx.noted, p.noted) !== undefined,
} as const;

export function holds(c: Condition, ctx: Context): boolean {
  // Loops rather than every/some with an arrow: path analysis tests conditions on each of hundreds of
  // thousands of moves, and each arrow was a new closure to collect.
  if ("all" in c) {
    for (const x of c.all) if (!holds(x, ctx)) return false;
    return true;
  }
  if ("any" in c) {
    for (const x of c.any) if (holds(x, ctx)) return true;
    return false;
  }
  if ("not" in c) return !holds(c.not, ctx);
  if ("flag" in c) return conditionKinds.flag(ctx, c);
  if ("openness" in c) return conditionKinds.openness(ctx, c);
  if ("trust" in c) return conditionKinds.trust(ctx, c);
  if ("minutesUsed" in c) return conditionKinds.minutesUsed(ctx, c);
  if ("chose" in c) return conditionKinds.chose(ctx, c);
  if ("noted" in c) return conditionKinds.noted(ctx, c);
  return false;
}
