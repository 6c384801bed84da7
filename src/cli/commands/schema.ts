import { publishedSchema } from "../../engine/format/schema.ts";
import { parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";

export const schemaHelp = `schema
  Prints the JSON Schema of the scenario format (npm run schema writes it to scenarios/scenario.schema.json).`;

export function schemaText(): string {
  return `${JSON.stringify(publishedSchema(), null, 2)}\n`;
}

export async function schemaCommand(args: string[], io: CliIo): Promise<number> {
  if (parseArgs(args, []).positional.length > 0) throw new UsageError("schema takes no files");
  io.out(schemaText());
  return 0;
}
