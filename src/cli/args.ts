// A small argument reader: commands name their options, and anything unknown is a usage error rather
// than silently ignored (a typo in --seed must not quietly change a replay).

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
      throw new UsageError(`unknown option --${name}`);
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
  if (!/^-?\d+$/.test(v) || Number(v) < min)
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not '${v}'`);
  return Number(v);
}
