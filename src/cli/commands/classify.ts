import { classify, type JudgeRole, type Lang } from "../../engine/judge/index.ts";
import { optionString, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";

export const classifyHelp = `classify --role listener|facilitator [--lang nl|en]
  Reads one utterance per line on stdin and writes one JSON object per line, in the same order:
  {"text", "label", "allowed", "confidence", "why"}. The language is detected when --lang is absent.`;

export async function classifyCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ["role", "lang"]);
  if (parsed.positional.length > 0) throw new UsageError("classify reads stdin; it takes no files");
  const role = optionString(parsed, "role");
  if (role !== "listener" && role !== "facilitator")
    throw new UsageError("--role must be listener or facilitator");
  const lang = optionString(parsed, "lang");
  if (lang !== undefined && lang !== "nl" && lang !== "en")
    throw new UsageError(`--lang must be nl or en, not '${lang}'`);
  const input = await io.readStdin();
  const lines = input.split(/\r?\n/);
  // A final newline ends the last line; it does not start another one.
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let out = "";
  for (const line of lines) {
    const j = classify(line, role as JudgeRole, lang ? { lang: lang as Lang } : {});
    out += `${JSON.stringify({ text: j.text, label: j.label, allowed: j.allowed, confidence: j.confidence, why: j.why })}\n`;
  }
  io.out(out);
  return 0;
}
