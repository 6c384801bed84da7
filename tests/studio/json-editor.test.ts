// @vitest-environment jsdom
// Issue 14 point 2: the JSON side editor — in step with the studio's document (debounced, never a syntax
// error), the cursor's beat or choice shared, completion, hover and lint from the published schema in
// the studio's language.
import { CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { json } from "@codemirror/lang-json";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterEach, describe, expect, it } from "vitest";
import { DEBOUNCE_MS, docText, smallestChange } from "../../src/studio/json-editor/doc-sync.ts";
import { pathAt, rangeOf } from "../../src/studio/json-editor/json-path.ts";
import { mount } from "../../src/studio/json-editor/panel.ts";
import { schemaCompletion } from "../../src/studio/json-editor/schema-completion.ts";
import { hoverLines } from "../../src/studio/json-editor/schema-hover.ts";
import { lintScenario } from "../../src/studio/json-editor/schema-lint.ts";
import { type SchemaNode, withRefIds } from "../../src/studio/json-editor/schema-nav.ts";
import type { StudioPanel } from "../../src/studio/panel-host.ts";
import { miniValue, readText } from "../helpers.ts";
import { fakeHost } from "./fake-host.ts";

// jsdom lays nothing out: CodeMirror's measuring asks ranges for rectangles it does not have.
Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => new DOMRect();

const SCHEMA = withRefIds(JSON.parse(readText("scenarios/scenario.schema.json")) as SchemaNode);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stateOf = (doc: string) => EditorState.create({ doc, extensions: [json()] });

let panel: StudioPanel | null = null;
afterEach(() => {
  panel?.destroy();
  panel = null;
  document.body.textContent = "";
});

function open(value: unknown, lang: "nl" | "en" = "nl") {
  const host = fakeHost(value, lang);
  const el = document.createElement("div");
  document.body.append(el);
  panel = mount(el, host);
  const view = EditorView.findFromDOM(el.querySelector(".cm-editor") as HTMLElement) as EditorView;
  return { host, el, view, status: () => el.querySelector(".json-status")?.textContent ?? "" };
}

describe("JSON side editor in step with the document", () => {
  it("passes a pause of typing on as one edit, and never text that is not JSON", async () => {
    const { host, view, status } = open(miniValue());
    const text = view.state.doc.toString();
    const at = text.indexOf('"Welkom allemaal.');
    view.dispatch({ changes: { from: at + 1, insert: "Goedemorgen. " } });
    view.dispatch({ changes: { from: at + 1, insert: "Hallo! " } });
    expect(host.edits).toEqual([]);
    await wait(DEBOUNCE_MS + 100);
    expect(host.edits.length).toBe(1);
    expect(host.edits[0]?.label).toBe("Bewerking in de JSON");
    expect(JSON.stringify(host.doc.get())).toContain("Hallo! Goedemorgen. Welkom allemaal.");

    // A syntax error: shown, not passed on.
    view.dispatch({ changes: { from: at, to: at + 1 } }); // the opening quote goes
    await wait(DEBOUNCE_MS + 100);
    expect(host.edits.length).toBe(1);
    expect(status()).toContain("Geen geldige JSON");
  });

  it("follows a change from elsewhere without moving the cursor", () => {
    const { host, view } = open(miniValue());
    const text = view.state.doc.toString();
    const cursor = text.indexOf('"beats"');
    view.dispatch({ selection: { anchor: cursor } });
    const changed = miniValue();
    (changed.cast as { facilitator: { name: string } }).facilitator.name = "Nieuwe naam";
    host.setFromElsewhere(changed);
    expect(view.state.doc.toString()).toBe(docText(changed));
    const shift =
      "Nieuwe naam".length - (miniValue().cast as { facilitator: { name: string } }).facilitator.name.length;
    expect(view.state.selection.main.head).toBe(cursor + shift);
    expect(host.edits).toEqual([]);
  });

  it("keeps the author's layout when the document says the same", () => {
    const compact = JSON.stringify(miniValue());
    const { host, view } = open(miniValue());
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: compact } });
    host.setFromElsewhere(miniValue());
    expect(view.state.doc.toString()).toBe(compact);
  });

  it("shares the beat or choice the cursor is in, and goes to a selection made elsewhere", () => {
    const { host, view } = open(miniValue());
    const text = view.state.doc.toString();
    view.dispatch({ selection: { anchor: text.indexOf('"anja-verdieping",') } });
    expect(host.selected.at(-1)).toEqual(["beats", 2]);
    view.dispatch({ selection: { anchor: text.indexOf('"mening"') } });
    expect(host.selected.at(-1)).toEqual(["beats", 1, "moves", "facilitator", "choices", 1]);
    const count = host.selected.length;
    host.selectFromElsewhere(["beats", 4]);
    expect(pathAt(view.state, view.state.selection.main.head).slice(0, 2)).toEqual(["beats", 4]);
    expect(host.selected.length).toBe(count); // not echoed back
  });
});

describe("paths in the text", () => {
  it("finds the path at a position and the range of a path", () => {
    const state = stateOf('{"a": [1, {"b": true}], "c": "x"}');
    expect(pathAt(state, state.doc.toString().indexOf("true"))).toEqual(["a", 1, "b"]);
    const r = rangeOf(state, ["a", 1, "b"]);
    expect(state.sliceDoc(r.from, r.to)).toBe("true");
    const partial = rangeOf(state, ["a", 7]);
    expect(partial.exact).toBe(false);
    expect(state.sliceDoc(partial.from, partial.to)).toBe('[1, {"b": true}]');
  });

  it("makes the smallest change between two texts", () => {
    expect(smallestChange("abcdef", "abXYef")).toEqual({ from: 2, to: 4, insert: "XY" });
    expect(smallestChange("same", "same")).toBeNull();
  });
});

describe("lint from the schema", () => {
  it("puts a syntax error where it is, in Dutch", () => {
    const text = '{\n  "id": "x",\n  "title" {}\n}';
    const d = lintScenario(stateOf(text), SCHEMA, "nl");
    expect(d.length).toBe(1);
    expect(d[0]?.from).toBe(text.indexOf("{}"));
    expect(d[0]?.message).toMatch(/^dit is geen geldige JSON op regel 3/);
  });

  it("puts each schema problem on its field, in the studio's language", () => {
    const doc = miniValue() as Record<string, unknown> & { beats: Record<string, unknown>[] };
    (doc.beats[2] as Record<string, unknown>).minutes = "lang";
    doc.colour = "rood";
    const state = stateOf(docText(doc));
    const nl = lintScenario(state, SCHEMA, "nl");
    expect(nl.length).toBe(2);
    const texts = nl.map((d) => state.sliceDoc(d.from, d.to)).sort();
    expect(texts).toEqual(['"lang"', '"rood"']);
    expect(nl.every((d) => !/\b(the|is|field)\b/.test(d.message))).toBe(true);
    const en = lintScenario(state, SCHEMA, "en");
    expect(en.map((d) => d.message).join(" ")).toMatch(/colour/);
    expect(lintScenario(stateOf(docText(miniValue())), SCHEMA, "nl")).toEqual([]);
  });
});

describe("completion and hover from the schema", () => {
  const complete = (text: string, explicit = true): CompletionResult | null => {
    const pos = text.indexOf("|");
    const state = stateOf(text.replace("|", ""));
    return schemaCompletion(
      SCHEMA,
      "nl",
    )(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
  };

  it("offers a beat's fields, required first and written ones left out", () => {
    const r = complete('{"beats": [{"id": "a", |}]}');
    const labels = r?.options.map((o) => o.label) ?? [];
    expect(labels[0]).toBe("phase");
    expect(labels).toContain("next");
    expect(labels).toContain("moves");
    expect(labels).not.toContain("id");
    expect(r?.options[0]?.detail).toBe(
      "tekst, hoogstens 64 tekens, vorm ^[A-Za-z0-9][A-Za-z0-9_.-]*$ · verplicht",
    );
  });

  it("offers the allowed values, and the document's beat ids for a next", () => {
    const kinds = complete('{"beats": [{"moves": {"listener": {"kind": |}}}]}');
    expect(kinds?.options.map((o) => o.label)).toEqual(['"choose"', '"urge"', '"pick"']);
    const next = complete('{"beats": [{"id": "a"}, {"id": "b", "next": |}]}');
    expect(next?.options.map((o) => o.label)).toEqual(['"a"', '"b"']);
  });

  it("says what a field holds, the schema's English description on an English studio only", () => {
    const nl = hoverLines(SCHEMA, ["beats", 0, "end"], "nl");
    expect(nl).toEqual({ title: "end", lines: ["ja of nee (true of false)", "mag weg"] });
    const en = hoverLines(SCHEMA, ["beats", 0, "end"], "en");
    expect(en?.lines).toEqual(["yes or no (true or false)", "optional", "The run ends after this beat."]);
    expect(hoverLines(SCHEMA, ["beats", 0, "colour"], "nl")?.lines).toEqual(["Dit veld hoort hier niet."]);
  });
});

describe("completion as the editor filters it", () => {
  it("matches a key typed after its opening quote, and closes it on apply", async () => {
    const text = '{"beats": [{"id": "a",\n  "min"\n}]}';
    const pos = text.indexOf('min"') + 3;
    const view = new EditorView({ state: stateOf(text), parent: document.body });
    const r = schemaCompletion(
      SCHEMA,
      "nl",
    )(new CompletionContext(view.state, pos, false)) as CompletionResult;
    // The editor filters by the text from `from` to `to`: just what was typed after the quote.
    expect(view.state.sliceDoc(r.from, r.to ?? pos)).toBe("min");
    const minutes = r.options.find((o) => o.label === "minutes");
    const apply = minutes?.apply as (v: EditorView, c: unknown, from: number, to: number) => void;
    apply(view, minutes, r.from, r.to ?? pos);
    expect(view.state.doc.toString()).toBe('{"beats": [{"id": "a",\n  "minutes": \n}]}');
    view.destroy();
  });
});
