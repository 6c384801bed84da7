import { describe, expect, it } from "vitest";
import {
  ASIDE_PREFIX,
  AUTOSAVE_KEY,
  type KeyValue,
  readAutosave,
  writeAutosave,
} from "../../src/studio/model/autosave.ts";
import { DocStore, UNDO_LIMIT } from "../../src/studio/model/doc-store.ts";

function memory(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("the studio's document store", () => {
  it("undoes and redoes labelled steps in order", () => {
    const store = new DocStore({ id: "a" });
    store.set({ id: "b" }, "Rename a → b");
    store.set({ id: "c" }, "Rename b → c");
    expect(store.undoLabel()).toBe("Rename b → c");
    expect(store.undo()).toBe("Rename b → c");
    expect(store.get()).toEqual({ id: "b" });
    expect(store.undo()).toBe("Rename a → b");
    expect(store.get()).toEqual({ id: "a" });
    expect(store.undo()).toBeNull();
    expect(store.redo()).toBe("Rename a → b");
    expect(store.get()).toEqual({ id: "b" });
    expect(store.redoLabel()).toBe("Rename b → c");
  });

  it("a new edit after undo drops what could be redone", () => {
    const store = new DocStore(1);
    store.set(2, "two");
    store.undo();
    store.set(3, "three");
    expect(store.redo()).toBeNull();
    expect(store.get()).toBe(3);
  });

  it("tells subscribers after every change, and an edit that changes nothing is no step", () => {
    const store = new DocStore({ a: 1 });
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.set({ a: 1 }, "same");
    expect(store.undoLabel()).toBeNull();
    store.set({ a: 2 }, "edit");
    store.undo();
    store.redo();
    expect(calls).toBe(3);
    off();
    store.set({ a: 3 }, "after");
    expect(calls).toBe(3);
  });

  it("keeps its own copy: a panel changing the object it passed changes nothing", () => {
    const mine = { beats: [{ id: "x" }] };
    const store = new DocStore({ beats: [] });
    store.set(mine, "add");
    mine.beats[0] = { id: "changed" };
    expect(store.get()).toEqual({ beats: [{ id: "x" }] });
    store.undo();
    expect(store.get()).toEqual({ beats: [] });
  });

  it("keeps at most UNDO_LIMIT steps", () => {
    const store = new DocStore(0);
    for (let i = 1; i <= UNDO_LIMIT + 5; i++) store.set(i, `to ${i}`);
    let n = 0;
    while (store.undo()) n++;
    expect(n).toBe(UNDO_LIMIT);
    expect(store.get()).toBe(5);
  });
});

describe("the studio's autosave", () => {
  it("round trips the document, the selection, the panel and the name", () => {
    const kv = memory();
    const doc = { id: "mijn", beats: [{ id: "welkom" }] };
    expect(writeAutosave(kv, { doc, selection: ["beats", 0, "id"], panel: "forms", name: "mijn.json" })).toBe(
      true,
    );
    const back = readAutosave(kv, () => "t");
    expect(back).toEqual({
      kind: "ok",
      saved: { doc, selection: ["beats", 0, "id"], panel: "forms", name: "mijn.json" },
    });
  });

  it("says there is none when nothing was saved", () => {
    expect(readAutosave(memory(), () => "t")).toEqual({ kind: "none" });
  });

  it("moves a corrupt autosave aside unchanged instead of losing it", () => {
    const kv = memory();
    kv.setItem(AUTOSAVE_KEY, '{"version":1,"doc":{"id":');
    const back = readAutosave(kv, () => "2026-12-08T01:00:00.000Z");
    expect(back.kind).toBe("corrupt");
    if (back.kind !== "corrupt") return;
    expect(back.asideKey).toBe(`${ASIDE_PREFIX}2026-12-08T01:00:00.000Z`);
    expect(kv.getItem(back.asideKey)).toBe('{"version":1,"doc":{"id":');
    expect(back.text).toBe('{"version":1,"doc":{"id":');
    expect(kv.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it("treats valid JSON of the wrong shape as corrupt too", () => {
    const kv = memory();
    kv.setItem(AUTOSAVE_KEY, JSON.stringify({ version: 7, doc: {} }));
    expect(readAutosave(kv, () => "t").kind).toBe("corrupt");
  });

  it("leaves a corrupt autosave in place when the copy cannot be written", () => {
    const kv = memory();
    kv.setItem(AUTOSAVE_KEY, "broken");
    kv.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    const back = readAutosave(kv, () => "t");
    expect(back).toEqual({ kind: "corrupt", asideKey: AUTOSAVE_KEY, text: "broken" });
    expect(kv.getItem(AUTOSAVE_KEY)).toBe("broken");
  });

  it("reports a write that storage refuses", () => {
    const kv = memory();
    kv.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    expect(writeAutosave(kv, { doc: {}, selection: null, panel: null, name: "x.json" })).toBe(false);
  });
});
