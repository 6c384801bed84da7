// Lint: the text's first JSON syntax error, or else every place the document does not fit the published
// schema, each put on its field and told in the studio's language with the loader's own messages (the
// engine's shape check walks the published schema, so `validate` says the same of the saved file).
import type { Diagnostic } from "@codemirror/lint";
import type { EditorState } from "@codemirror/state";
import { checkShape } from "../../engine/format/check-shape.ts";
import { firstSyntaxError, parseScenarioText } from "../../engine/load/parse.ts";
import { ProblemList, problemText } from "../../engine/load/problems.ts";
import type { StudioLang } from "../panel-host.ts";
import { rangeOf } from "./json-path.ts";
import type { SchemaNode } from "./schema-nav.ts";

/** The text as a value, or the problems that keep it from being one (syntax, size, depth). */
export function parseText(text: string): { ok: true; value: unknown } | { ok: false; problems: ProblemList } {
  const problems = new ProblemList("scenario.json");
  const value = parseScenarioText(text, problems);
  return problems.items.length === 0 ? { ok: true, value } : { ok: false, problems };
}

/** `schema` must have its $defs given ids (schema-nav.ts withRefIds). */
export function lintScenario(state: EditorState, schema: SchemaNode, lang: StudioLang): Diagnostic[] {
  const text = state.doc.toString();
  const say = (p: ProblemList["items"][number]) => {
    const t = problemText(p, lang);
    return t.fix ? `${t.message} (${t.fix})` : t.message;
  };
  const parsed = parseText(text);
  if (!parsed.ok) {
    const at = Math.min(firstSyntaxError(text).offset, text.length);
    return parsed.problems.items.map((p) => ({
      from: p.code === "json-syntax" ? at : 0,
      to: p.code === "json-syntax" ? Math.min(at + 1, text.length) : 0,
      severity: "error",
      message: say(p),
    }));
  }
  const problems = new ProblemList("scenario.json", parsed.value);
  checkShape(parsed.value, schema, problems);
  return problems.items.map((p) => {
    const r = rangeOf(state, p.path);
    return { from: r.from, to: r.to, severity: p.severity, message: say(p) };
  });
}
