// A small argument reader: commands name their options, and anything unknown is a usage error rather
// than silently ignored (a typo in --seed must not quietly change a replay).
import { showInput } from "../engine/util/show-input.ts";

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(args: string[], valued: string[], flags: string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name)) {
      options.set(name, true);
    } else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--"))) {
        throw new UsageError(`--${name} needs a value`);
      }
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${showInput(name, 40)}`);
    }
  }
  return { positional, options };
}

export function optionString(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.options.get(name);
  return typeof v === "string" ? v : undefined;
}

export function optionInt(parsed: ParsedArgs, name: string, fallback: number, min = 0): number {
  const v = optionString(parsed, name);
  if (v === undefined) return fallback;
  // Digits only, and no more than a double holds exactly: "1e23" or 23 nines are refused as written.
  if (!/^-?\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v)))
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}, not '${showInput(v, 40)}'`,
    );
  return Number(v);
}

/** The largest seed: the generator has 2^32 states, so seed 2^32 + 5 would replay seed 5. */
export const MAX_SEED = 2 ** 32 - 1;

/** --seed: a whole number from 0 to 2^32 − 1, refused outside that range rather than folded into it. */
export function optionSeed(parsed: ParsedArgs, fallback: number): number {
  const v = optionString(parsed, "seed");
  if (v === undefined) return fallback;
  if (!/^\d{1,10}$/.test(v) || Number(v) > MAX_SEED)
    throw new UsageError(
      `--seed must be a whole number from 0 to ${MAX_SEED} (2^32 − 1: larger seeds would repeat smaller ones), not '${showInput(v, 40)}'`,
    );
  return Number(v);
}
