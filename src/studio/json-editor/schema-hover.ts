// Hover from the schema: over a key or a value, what the field holds in the studio's words (its kind,
// the values allowed, its limits, whether it may be left out) and, on an English studio, the schema's
// own description. Built with DOM calls and textContent: nothing from the schema or the document is HTML.
import { hoverTooltip } from "@codemirror/view";
import type { StudioLang } from "../panel-host.ts";
import { fullTree, pathOfNode } from "./json-path.ts";
import { nodesAt, type SchemaNode } from "./schema-nav.ts";
import { descriptionOf, kindText, WORDS } from "./words.ts";

const line = (cls: string, text: string) => {
  const p = document.createElement("div");
  p.className = cls;
  p.textContent = text;
  return p;
};

/** Whether the field at `path` is required by the object that holds it. */
function isRequired(schema: SchemaNode, path: (string | number)[]): boolean | undefined {
  const key = path[path.length - 1];
  if (typeof key !== "string") return undefined;
  const holders = nodesAt(schema, path.slice(0, -1)).filter((n) => n.type === "object");
  if (holders.length === 0) return undefined;
  return holders.every((n) => Array.isArray(n.required) && n.required.includes(key));
}

/** What a hover over `pos` says, as lines of text (exported for tests). */
export function hoverLines(
  schema: SchemaNode,
  path: (string | number)[],
  lang: StudioLang,
): { title: string; lines: string[] } | null {
  const w = WORDS[lang];
  const nodes = nodesAt(schema, path);
  const title = path.length > 0 ? String(path[path.length - 1]) : "scenario";
  if (nodes.length === 0) return path.length > 0 ? { title, lines: [w.notAllowed] } : null;
  const lines = [kindText(nodes, lang)];
  const required = isRequired(schema, path);
  if (required !== undefined) lines.push(required ? w.required : w.optional);
  const description = descriptionOf(nodes, lang);
  if (description) lines.push(description);
  return { title, lines };
}

export function schemaHover(schema: SchemaNode, lang: StudioLang) {
  return hoverTooltip((view, pos, side) => {
    const node = fullTree(view.state).resolveInner(pos, side);
    if (!["PropertyName", "String", "Number", "True", "False", "Null"].includes(node.name)) return null;
    const said = hoverLines(schema, pathOfNode(view.state, node), lang);
    if (!said) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create: () => {
        const dom = document.createElement("div");
        dom.className = "schema-hover";
        dom.append(
          line("schema-hover-title", said.title),
          ...said.lines.map((l) => line("schema-hover-line", l)),
        );
        return { dom };
      },
    };
  });
}
