// The studio's JSON side editor (issue 14 point 2): the scenario as JSON in CodeMirror 6, with completion,
// hover and lint from the published schema, in step with the studio's document and selection.
//
// Styles: CodeMirror adds its styles at run time (style-mod, as constructed style sheets or a <style>
// element). The page's policy already allows inline styles (style-src 'unsafe-inline', which the game's
// own style attributes need) and no script is added, so script-src stays 'self' and no nonce is needed.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { linter, lintGutter, lintKeymap } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import published from "../../../scenarios/scenario.schema.json";
import type { MountPanel } from "../panel-host.ts";
import { docSync, docText } from "./doc-sync.ts";
import { schemaCompletion } from "./schema-completion.ts";
import { schemaHover } from "./schema-hover.ts";
import { lintScenario } from "./schema-lint.ts";
import { type SchemaNode, withRefIds } from "./schema-nav.ts";
import { WORDS } from "./words.ts";
import "./json-editor.css";

const SCHEMA = withRefIds(published as SchemaNode);

export const mount: MountPanel = (el, host) => {
  const w = WORDS[host.lang];
  const status = document.createElement("p");
  status.className = "json-status";
  status.setAttribute("role", "status");
  status.textContent = w.inStep;
  const box = document.createElement("div");
  box.className = "json-editor";
  const wrap = document.createElement("section");
  wrap.className = "studio-json";
  wrap.setAttribute("lang", host.lang);
  wrap.append(box, status);
  el.append(wrap);

  const sync = docSync(host, w.editLabel, (s) => {
    status.dataset.state = s;
    status.textContent = s === "invalid" ? w.notPassed : s === "pending" ? w.pending : w.inStep;
  });
  const view = new EditorView({
    parent: box,
    state: EditorState.create({
      doc: docText(host.doc.get()),
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        json(),
        // Texts in a scenario are long; in a side panel they wrap rather than scroll sideways.
        EditorView.lineWrapping,
        autocompletion({ override: [schemaCompletion(SCHEMA, host.lang)] }),
        schemaHover(SCHEMA, host.lang),
        linter((v) => lintScenario(v.state, SCHEMA, host.lang), { delay: 300 }),
        lintGutter(),
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...completionKeymap,
          ...lintKeymap,
        ]),
        EditorView.contentAttributes.of({ "aria-label": w.editorLabel }),
        EditorView.theme({
          "&": { height: "100%", fontSize: "13px" },
          ".cm-scroller": { fontFamily: "ui-monospace, monospace" },
          ".schema-hover": { padding: "4px 8px", maxWidth: "28em" },
          ".schema-hover-title": { fontWeight: "bold" },
        }),
        sync.extension,
      ],
    }),
  });
  sync.attach(view);

  return {
    destroy() {
      sync.flush();
      sync.destroy();
      view.destroy();
      wrap.remove();
    },
  };
};
