import { MAX_CHARS } from "../../engine/judge/features.ts";
import { classify, type JudgeRole, type Lang } from "../../engine/judge/index.ts";
import { optionString, parseArgs, UsageError } from "../args.ts";
import type { CliIo } from "../io.ts";

export const classifyHelp = `classify --role listener|facilitator [--lang nl|en]
  Reads one utterance per line on stdin and writes one JSON object per line, in the same order:
  {"text", "label", "allowed", "confidence", "why"}. The language is detected when --lang is absent.
  A line without a word gets "label": null and "allowed": null: there is nothing to judge.`;

function options(args: string[]): { role: JudgeRole; lang?: Lang } {
  const parsed = parseArgs(args, ["role", "lang"]);
  if (parsed.positional.length > 0) throw new UsageError("classify reads stdin; it takes no files");
  const role = optionString(parsed, "role");
  if (role === undefined) throw new UsageError("--role is required: listener or facilitator");
  if (role !== "listener" && role !== "facilitator")
    throw new UsageError(`--role must be listener or facilitator, not '${role}'`);
  const lang = optionString(parsed, "lang");
  if (lang !== undefined && lang !== "nl" && lang !== "en")
    throw new UsageError(`--lang must be nl or en, not '${lang}'`);
  return lang ? { role, lang } : { role };
}

export async function classifyCommand(args: string[], io: CliIo): Promise<number> {
  let chosen: ReturnType<typeof options>;
  try {
    chosen = options(args);
  } catch (error) {
    // Answered here rather than by main(), so the command keeps its contract when called on its own.
    if (!(error instanceof UsageError)) throw error;
    io.err(`classify: ${error.message}\n\n${classifyHelp}\n`);
    return 2;
  }
  const input = (await io.readStdin()).replace(/^\uFEFF/, "");
  const lines = input.split(/\r?\n/);
  // A final newline ends the last line; it does not start another one.
  if (lines[lines.length - 1] === "") lines.pop();
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (line.length > MAX_CHARS)
      io.err(`classify: line ${i + 1} has ${line.length} characters; judged on its first ${MAX_CHARS}\n`);
    if (!/\p{L}/u.test(line)) {
      // No word at all (empty, spaces, control characters): there is nothing to label, so no label
      // and no verdict rather than "acknowledging, allowed".
      const why =
        chosen.lang === "en"
          ? "There are no words here to judge: type what you would say."
          : "Hier staan geen woorden om te beoordelen: typ wat je zou zeggen.";
      out.push(JSON.stringify({ text: line, label: null, allowed: null, confidence: 0, why }));
      return;
    }
    const j = classify(line, chosen.role, chosen.lang ? { lang: chosen.lang, explainIn: chosen.lang } : {});
    out.push(
      JSON.stringify({
        text: j.text,
        label: j.label,
        allowed: j.allowed,
        confidence: j.confidence,
        why: j.why,
      }),
    );
  });
  if (out.length > 0) io.out(`${out.join("\n")}\n`);
  return 0;
}
