// Completion from the schema: at a key, the fields that object may still have (required first); at a
// value, the fixed values the schema allows there, and for the fields that name a beat or a phase, the
// ids the document has. Where a key or value goes is read from the text just before the cursor, so it
// works while the JSON around is still unfinished.
import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import type { EditorState } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import type { SyntaxNode } from "@lezer/common";
import type { StudioLang } from "../panel-host.ts";
import { fullTree, idsIn, keyText, pathOfNode } from "./json-path.ts";
import { propertyOptions, type SchemaNode, valueOptions } from "./schema-nav.ts";
import { descriptionOf, kindText, WORDS } from "./words.ts";

/** Fields whose value is a beat id, and those whose value is a phase id. */
const BEAT_FIELDS = new Set(["next", "to", "start"]);
const PHASE_FIELDS = new Set(["phase"]);

function writtenKeys(state: EditorState, object: SyntaxNode): string[] {
  return object.getChildren("Property").flatMap((p) => {
    const name = p.getChild("PropertyName");
    return name ? [keyText(state, name)] : [];
  });
}

/** The innermost Object or Array the position is in, and the key of the property whose value comes. */
function container(state: EditorState, pos: number): SyntaxNode | null {
  for (let n: SyntaxNode | null = fullTree(state, pos).resolveInner(pos, -1); n; n = n.parent)
    if ((n.name === "Object" || n.name === "Array") && n.from < pos) return n;
  return null;
}

/**
 * Inserts a completion, taking along the closing quote the editor added when the opening one was typed
 * (the range itself must end at the cursor, or the editor would filter by that quote too).
 */
function applyThroughQuote(text: string) {
  return (view: EditorView, _c: Completion, from: number, to: number) => {
    const end = view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
    view.dispatch({
      changes: { from, to: end, insert: text },
      selection: { anchor: from + text.length },
      userEvent: "input.complete",
    });
  };
}

export function schemaCompletion(schema: SchemaNode, lang: StudioLang) {
  const w = WORDS[lang];
  return (context: CompletionContext): CompletionResult | null => {
    const { state, pos } = context;
    const word = context.matchBefore(/"?[A-Za-z0-9_.-]*/);
    const from = word ? word.from : pos;
    if (!context.explicit && (!word || word.from === word.to)) return null;
    const before = state.sliceDoc(Math.max(0, from - 200), from).replace(/\s+$/, "");
    const last = before.slice(-1);
    const box = container(state, from);
    if (!box) return null;
    const boxPath = pathOfNode(state, box);
    const to = pos;

    if (box.name === "Object" && (last === "{" || last === ",")) {
      // Matched without the opening quote, so that typing "min finds minutes.
      const quoted = word?.text.startsWith('"') === true;
      const options: Completion[] = propertyOptions(schema, boxPath, writtenKeys(state, box)).map((p) => {
        const info = descriptionOf(p.node, lang);
        return {
          label: p.name,
          detail: `${kindText(p.node, lang)} · ${p.required ? w.required : w.optional}`,
          ...(info ? { info } : {}),
          apply: applyThroughQuote(quoted ? `${p.name}": ` : `"${p.name}": `),
          type: "property",
          boost: p.required ? 1 : 0,
        };
      });
      return { from: quoted ? from + 1 : from, to, options, validFor: /^[A-Za-z0-9_.-]*$/ };
    }

    let valuePath: (string | number)[] | null = null;
    let key: string | undefined;
    if (last === ":" && box.name === "Object") {
      key = /"((?:[^"\\]|\\.)*)"\s*:$/.exec(before)?.[1];
      if (key !== undefined) valuePath = [...boxPath, key];
    } else if (box.name === "Array" && (last === "[" || last === ",")) {
      let index = 0;
      for (let c = box.firstChild; c; c = c.nextSibling)
        if (c.to <= from && c.name !== "," && c.name !== "[") index++;
      valuePath = [...boxPath, index];
    }
    if (!valuePath) return null;
    const options: Completion[] = valueOptions(schema, valuePath).map((v) => ({
      label: JSON.stringify(v),
      apply: applyThroughQuote(JSON.stringify(v)),
      type: "constant",
    }));
    const field = key ?? "";
    if (BEAT_FIELDS.has(field))
      for (const id of idsIn(state, "beats"))
        options.push({
          label: JSON.stringify(id),
          apply: applyThroughQuote(JSON.stringify(id)),
          detail: w.beatId,
          type: "variable",
        });
    if (PHASE_FIELDS.has(field))
      for (const id of idsIn(state, "phases"))
        options.push({
          label: JSON.stringify(id),
          apply: applyThroughQuote(JSON.stringify(id)),
          detail: w.phaseId,
          type: "variable",
        });
    return options.length > 0 ? { from, to, options, validFor: /^"?[A-Za-z0-9_.-]*$/ } : null;
  };
}
