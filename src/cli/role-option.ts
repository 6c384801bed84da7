import type { Scenario } from "../engine/format/schema.ts";
import { ROLES, type Role } from "../engine/rules/catalog.ts";
import { optionString, type ParsedArgs, UsageError } from "./args.ts";

export function roleOption(parsed: ParsedArgs): Role {
  const role = optionString(parsed, "role");
  if (role === undefined) throw new UsageError("--role is required (facilitator, listener or organiser)");
  if (!(ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role must be facilitator, listener or organiser, not '${role}'`);
  return role as Role;
}

/** A scenario that does not offer the role: said plainly, exit 1. */
export function roleMissing(scenario: Scenario, role: Role): string | undefined {
  if (scenario.roles[role]) return undefined;
  const offered = Object.keys(scenario.roles).join(", ") || "none";
  return `scenario '${scenario.id}' cannot be played as ${role} (it offers: ${offered})`;
}

export function langOption(parsed: ParsedArgs): "nl" | "en" {
  const lang = optionString(parsed, "lang") ?? "nl";
  if (lang !== "nl" && lang !== "en") throw new UsageError(`--lang must be nl or en, not '${lang}'`);
  return lang;
}
