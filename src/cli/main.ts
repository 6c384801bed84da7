// The engine from the terminal: `npm run cli -- <command>` (started by bin.ts). Only this file and bin.ts touch process and the file
// system; commands get a CliIo, so tests run them in memory.
import { readFile } from "node:fs/promises";
import { UsageError } from "./args.ts";
import { cardsCommand, cardsHelp } from "./commands/cards.ts";
import { classifyCommand, classifyHelp } from "./commands/classify.ts";
import { pathsCommand, pathsHelp } from "./commands/paths.ts";
import { playCommand, playHelp } from "./commands/play.ts";
import { rulesCommand, rulesHelp } from "./commands/rules.ts";
import { schemaCommand, schemaHelp } from "./commands/schema.ts";
import { scriptCommand, scriptHelp } from "./commands/script.ts";
import { simulateCommand, simulateHelp } from "./commands/simulate.ts";
import { validateCommand, validateHelp } from "./commands/validate.ts";
import type { CliIo, Command } from "./io.ts";

const commands: Record<string, { run: Command; help: string }> = {
  validate: { run: validateCommand, help: validateHelp },
  play: { run: playCommand, help: playHelp },
  paths: { run: pathsCommand, help: pathsHelp },
  simulate: { run: simulateCommand, help: simulateHelp },
  script: { run: scriptCommand, help: scriptHelp },
  classify: { run: classifyCommand, help: classifyHelp },
  rules: { run: rulesCommand, help: rulesHelp },
  cards: { run: cardsCommand, help: cardsHelp },
  schema: { run: schemaCommand, help: schemaHelp },
};

const usage = () =>
  `Spiegelspel — usage: npm run --silent cli -- <command> [options]\n\n${Object.values(commands)
    .map((c) => c.help)
    .join("\n\n")}\n`;

export const nodeIo: CliIo = {
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  async readFile(path) {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? "cannot read");
      throw new Error(`cannot read '${path}': ${why}`);
    }
  },
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${name}: ${error.message}\n\n${command.help}\n`);
      return 2;
    }
    // Not an author's mistake: a bug. Say so plainly, with the trace for whoever fixes it.
    io.err(
      `internal error in '${name}' (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 3;
  }
}
