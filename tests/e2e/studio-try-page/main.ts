// A test-only page for the browser check of the studio's "try it" panel (tests/e2e/studio-try.ts): the
// panel mounted through the studio's own panel list over a small host holding a bundled scenario, until
// the studio's route exists to mount it. The test edits the document through window.studioTryHost.
import scenarioUrl from "../../../scenarios/wijkteam-zuiderveld.json?url";
import type { DocPath, StudioPanelHost } from "../../../src/studio/panel-host.ts";
import { PANELS } from "../../../src/studio/panel-list.ts";

declare global {
  interface Window {
    studioTryHost?: StudioPanelHost;
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = params.get("lang") === "en" ? "en" : "nl";
  const beat = Number(params.get("beat") ?? "0");
  let value: unknown = await (await fetch(scenarioUrl)).json();
  let selected: DocPath | null = ["beats", beat];
  const docFns = new Set<() => void>();
  const selectFns = new Set<(p: DocPath) => void>();
  const host: StudioPanelHost = {
    lang,
    doc: {
      get: () => value,
      set: (next) => {
        value = next;
        for (const f of docFns) f();
      },
      subscribe: (f) => {
        docFns.add(f);
        return () => docFns.delete(f);
      },
    },
    select: (p) => {
      selected = p;
      for (const f of selectFns) f(p);
    },
    selection: () => selected,
    onSelect: (f) => {
      selectFns.add(f);
      return () => selectFns.delete(f);
    },
  };
  window.studioTryHost = host;
  const entry = PANELS.find((p) => p.id === "try");
  const side = document.getElementById("side");
  if (!entry || !side) throw new Error("no try panel in the studio's list");
  const { mount } = await entry.load();
  mount(side, host);
  side.dataset.ready = "true";
}

void start();
