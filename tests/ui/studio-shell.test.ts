// @vitest-environment jsdom
// The studio's shell: panels laid out by place, one tab per panel; switching a tab redraws only its
// area (a side panel keeps its state), the main panel is in the address, and every panel gets the same
// document, language and selection.
import { afterEach, describe, expect, it, vi } from "vitest";
import { openStudio } from "../../src/studio/open-studio.ts";
import type { StudioPanelHost } from "../../src/studio/panel-host.ts";
import { PANELS } from "../../src/studio/panel-list.ts";

describe("the studio's shell", () => {
  // The shell alone: the real panels are set aside so only the test's own are laid out.
  const real = [...PANELS];
  afterEach(() => {
    PANELS.splice(0, PANELS.length, ...real);
  });

  it("switches a main tab without touching the side panel, and shares the host", async () => {
    const events: string[] = [];
    const hosts: StudioPanelHost[] = [];
    const fake = (id: string, place: "main" | "side") => ({
      id,
      title: { nl: `${id} nl`, en: `${id} en` },
      place,
      load: async () => ({
        mount: (el: HTMLElement, host: StudioPanelHost) => {
          hosts.push(host);
          events.push(`mount ${id}`);
          el.textContent = id;
          return { destroy: () => events.push(`destroy ${id}`) };
        },
      }),
    });
    PANELS.splice(
      0,
      PANELS.length,
      fake("first-test", "main"),
      fake("graph-test", "main"),
      fake("json-test", "side"),
    );
    window.history.replaceState(null, "", "/#studio");
    document.body.innerHTML = '<div id="ui"></div>';
    const store = new Map<string, string>();
    openStudio({
      root: document.getElementById("ui") as HTMLElement,
      lang: "nl",
      catalog: [],
      toGame: () => undefined,
      storage: {
        getItem: (k) => store.get(k) ?? null,
        setItem: (k, v) => void store.set(k, v),
        removeItem: (k) => void store.delete(k),
      },
    });
    await vi.waitFor(() => expect(events).toContain("mount json-test"));
    expect(document.getElementById("studio-tab-json-test")?.textContent).toBe("json-test nl");
    (document.getElementById("studio-tab-graph-test") as HTMLElement).click();
    await vi.waitFor(() => expect(events).toContain("mount graph-test"));
    expect(events).not.toContain("destroy json-test");
    expect(window.location.hash).toBe("#studio/graph-test");
    expect(document.getElementById("studio-tab-graph-test")?.getAttribute("aria-selected")).toBe("true");
    // One document, language and selection for all.
    const side = hosts[0] as StudioPanelHost;
    const main = hosts.at(-1) as StudioPanelHost;
    expect(side.doc).toBe(main.doc);
    expect(main.lang).toBe("nl");
    const seen: unknown[] = [];
    side.onSelect((p) => seen.push(p));
    main.select(["beats", 2]);
    expect(seen).toEqual([["beats", 2]]);
    expect(side.selection()).toEqual(["beats", 2]);
  });
});
