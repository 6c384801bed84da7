import { cardLines } from "../../engine/format/card-text.ts";
import { didYouMean } from "../../engine/load/problems.ts";
import { optionString, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import { loadForCommand } from "../load-file.ts";
import { langOption } from "../role-option.ts";

export const cardsHelp = `cards <scenario> [--lang nl|en] [--participant <id>]
  Prints the persona card of every participant (or of one) as text, for trainers who run the open
  role-play in person: each player gets only their own card. Dutch by default.`;

export async function cardsCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["lang", "participant"]);
  if (parsed.positional.length !== 1) throw new UsageError("cards needs exactly one scenario file");
  const lang = langOption(parsed);
  const file = parsed.positional[0] as string;
  const scenario = await loadForCommand(file, io);
  if (!scenario) return 1;
  // One language at a time: an English page from a Dutch-only scenario would mix the two.
  if (!scenario.languages.includes(lang)) {
    io.err(
      lang === "en"
        ? `${file}: this scenario has no English text; use --lang nl\n`
        : `${file}: dit scenario heeft geen Nederlandse tekst; gebruik --lang en\n`,
    );
    return 1;
  }
  const wanted = optionString(parsed, "participant");
  const cast = scenario.cast.participants;
  const chosen = wanted === undefined ? cast : cast.filter((p) => p.id === wanted);
  if (chosen.length === 0) {
    const guess = didYouMean(
      wanted ?? "",
      cast.map((p) => p.id),
    );
    const hint = guess ? (lang === "nl" ? ` — bedoel je '${guess}'?` : ` — did you mean '${guess}'?`) : "";
    io.err(
      lang === "nl"
        ? `${file}: geen deelnemer '${wanted}'${hint} (deelnemers: ${cast.map((p) => p.id).join(", ")})\n`
        : `${file}: no participant '${wanted}'${hint} (participants: ${cast.map((p) => p.id).join(", ")})\n`,
    );
    return 1;
  }
  const title = lang === "en" ? (scenario.title.en ?? scenario.title.nl) : scenario.title.nl;
  const head = lang === "nl" ? `Persona-kaarten — ${title}` : `Persona cards — ${title}`;
  const rule = "-".repeat(78);
  const pages = chosen.map((p) => cardLines(p, lang).join("\n"));
  io.out(`${head}\n\n${pages.map((page) => `${rule}\n${page}\n`).join("\n")}`);
  return 0;
}
