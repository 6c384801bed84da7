// @vitest-environment jsdom
// The checks panel: findings as buttons that select their field, grouped with a count, in the studio's
// language, and a live region that announces the count only when it changes.
import { describe, expect, it } from "vitest";
import { computeChecks } from "../../src/studio/checks/compute.ts";
import { mountChecks } from "../../src/studio/checks/panel.ts";
import type { CheckWorker } from "../../src/studio/checks/runner.ts";
import type { DocPath, StudioLang, StudioPanelHost } from "../../src/studio/panel-host.ts";
import { miniValue } from "../helpers.ts";

/** A worker that runs the real checks in this thread. */
class InlineWorker implements CheckWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  postMessage(m: unknown) {
    const { id, doc, lang } = m as { id: number; doc: unknown; lang: StudioLang };
    const result = computeChecks(doc, lang);
    queueMicrotask(() => this.onmessage?.({ data: { id, result } }));
  }
  terminate() {}
}

function host(doc: unknown, lang: StudioLang) {
  let value = doc;
  const subs = new Set<() => void>();
  const selected: DocPath[] = [];
  const h: StudioPanelHost = {
    lang,
    doc: {
      get: () => value,
      set: (next) => {
        value = next;
        for (const fn of subs) fn();
      },
      subscribe: (fn) => {
        subs.add(fn);
        return () => subs.delete(fn);
      },
    },
    select: (p) => selected.push(p),
    selection: () => selected.at(-1) ?? null,
    onSelect: () => () => {},
  };
  return { h, selected };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

function broken() {
  const doc = miniValue();
  const beats = doc.beats as { next?: unknown }[];
  (beats[2] as { next?: unknown }).next = "nergens";
  (beats[3] as { next?: unknown }).next = "nergens";
  return doc;
}

describe("checks panel", () => {
  it("lists a grouped problem once with its count, and a click selects its field", async () => {
    const { h, selected } = host(broken(), "nl");
    const box = document.createElement("div");
    document.body.append(box);
    const panel = mountChecks(box, h, { makeWorker: () => new InlineWorker(), delay: 0 });
    await settle();
    const item = box.querySelector(".finding-error") as HTMLElement;
    expect(item.dataset.count).toBe("2");
    const button = item.querySelector("button") as HTMLButtonElement;
    expect(button.textContent).toMatch(/^fout: .*nergens.*\(2 keer\)$/);
    button.click();
    expect(selected).toEqual([["beats", 2, "next"]]);
    const places = [...item.querySelectorAll(".checks-places button")] as HTMLButtonElement[];
    places[1]?.click();
    expect(selected.at(-1)).toEqual(["beats", 3, "next"]);
    expect(box.querySelector("[role=status]")?.textContent).toBe("2 fouten.");
    panel.destroy();
    expect(box.children).toHaveLength(0);
  });

  it("announces a new count only when it changes, and reruns on each edit", async () => {
    const { h } = host(broken(), "en");
    const box = document.createElement("div");
    mountChecks(box, h, { makeWorker: () => new InlineWorker(), delay: 0 });
    await settle();
    const status = box.querySelector("[role=status]") as HTMLElement;
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(status.textContent).toBe("2 errors.");
    const changes: string[] = [];
    new MutationObserver(() => changes.push(status.textContent ?? "")).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    // Another edit with the same problems: nothing new to announce.
    h.doc.set(structuredClone(h.doc.get()), "edit");
    await settle();
    expect(changes).toEqual([]);
    // Fixed: the count changes and is announced.
    h.doc.set(miniValue(), "fix");
    await settle();
    expect(status.textContent).not.toMatch(/error/);
    expect(changes.length).toBe(1);
    expect(box.querySelector(".checks-scores")?.textContent).toMatch(
      /^Scores per role: Facilitator: worst–best \d+–\d+/,
    );
  });

  it("shows scenario text as text, never as markup", async () => {
    const doc = broken();
    ((doc.beats as { next?: unknown }[])[2] as { next?: unknown }).next = "<img src=x onerror=alert(1)>";
    const { h } = host(doc, "en");
    const box = document.createElement("div");
    mountChecks(box, h, { makeWorker: () => new InlineWorker(), delay: 0 });
    await settle();
    expect(box.querySelector("img")).toBeNull();
    expect(box.textContent).toMatch(/<img/);
  });
});
