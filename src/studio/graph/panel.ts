// The studio's graph of the meeting (issue 14 point 3): beats and branches laid out by ELK in a worker,
// drawn as SVG, phases as bands, whose way each edge is, problems marked; a beat selected by click or
// Enter goes to the shared selection. Overlays: where a rule of a role can be met or broken, and the
// best and worst player's way with their scores (worked out in a worker).
import { type Role, rulesOfRole } from "../../engine/rules/catalog.ts";
import type { DocPath, MountPanel, StudioLang } from "../panel-host.ts";
import { DASH, type Drawn, drawGraph, svgEl } from "./draw.ts";
import { buildGraphModel, type GraphModel, WAYS } from "./graph-model.ts";
import { graphLayout } from "./layout.ts";
import type { PathRange, StrategyPaths } from "./path-overlay.ts";
import { type PathOverlayRequest, requestPathOverlay } from "./path-overlay-client.ts";
import { ruleSpots } from "./rule-overlay.ts";
import { WORDS } from "./words.ts";
import "./graph.css";

const REDRAW_MS = 250;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function legend(lang: StudioLang, roles: readonly Role[]): HTMLElement {
  const w = WORDS[lang];
  const box = h("details", "graph-legend");
  box.append(h("summary", "", w.legend));
  const list = h("ul", "");
  for (const way of WAYS) {
    if (way !== "computer" && !roles.includes(way)) continue;
    const item = h("li", "");
    const sample = svgEl("svg", { width: 40, height: 10, "aria-hidden": "true" });
    sample.append(
      svgEl("line", {
        x1: 0,
        y1: 5,
        x2: 40,
        y2: 5,
        class: `graph-edge way-${way}`,
        "stroke-dasharray": DASH[way],
      }),
    );
    item.append(sample, ` ${w.tags[way]} — ${w.wayLine[way]}`);
    list.append(item);
  }
  list.append(h("li", "", w.marks), h("li", "", w.beatHelp));
  box.append(list);
  return box;
}

export const mount: MountPanel = (el, host) => {
  const lang = host.lang;
  const w = WORDS[lang];
  const root = h("section", "studio-graph");
  root.setAttribute("lang", lang);
  const toolbar = h("div", "graph-toolbar");
  const roleLabel = h("label", "", `${w.role} `);
  const roleSelect = h("select", "graph-role");
  roleLabel.append(roleSelect);
  const overlayLabel = h("label", "", `${w.overlay} `);
  const overlaySelect = h("select", "graph-overlay");
  overlayLabel.append(overlaySelect);
  const zoomButtons = (["zoomOut", "zoomFit", "zoomIn"] as const).map((k) => {
    const b = h("button", `graph-${k}`, k === "zoomOut" ? "−" : k === "zoomIn" ? "+" : "↔");
    b.type = "button";
    b.setAttribute("aria-label", w[k]);
    b.title = w[k];
    return b;
  });
  toolbar.append(roleLabel, overlayLabel, ...zoomButtons);
  const status = h("p", "graph-status");
  status.setAttribute("role", "status");
  const info = h("p", "graph-overlay-info");
  info.setAttribute("aria-live", "polite");
  const scroll = h("div", "graph-scroll");
  const legendSlot = h("div", "graph-legend-slot");
  root.append(toolbar, legendSlot, status, info, scroll);
  el.append(root);

  const layout = graphLayout();
  let model: GraphModel = buildGraphModel(host.doc.get(), lang);
  let drawn: Drawn | null = null;
  let focusKey: string | null = null;
  let selectedIndex: number | null = null;
  let redrawTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let pathRequest: PathOverlayRequest | null = null;
  let destroyed = false;
  let zoom = 1;

  const applyZoom = () => {
    const svg = drawn?.svg;
    if (!svg) return;
    const [, , vw, vh] = (svg.getAttribute("viewBox") ?? "0 0 0 0").split(" ").map(Number);
    svg.setAttribute("width", String(Math.round((vw ?? 0) * zoom)));
    svg.setAttribute("height", String(Math.round((vh ?? 0) * zoom)));
    root.dataset.zoom = zoom.toFixed(2);
  };
  const setZoom = (z: number) => {
    zoom = Math.min(2, Math.max(0.2, z));
    applyZoom();
  };

  const role = (): Role | null => (roleSelect.value ? (roleSelect.value as Role) : null);

  const fillSelects = () => {
    const keepRole = roleSelect.value;
    roleSelect.replaceChildren(...model.roles.map((r) => new Option(w.ways[r], r)));
    if (model.roles.includes(keepRole as Role)) roleSelect.value = keepRole;
    roleLabel.hidden = model.roles.length === 0;
    const keep = overlaySelect.value;
    const options = [new Option(w.none, ""), new Option(w.paths, "paths")];
    const r = role();
    if (r) {
      const spots = ruleSpots(host.doc.get(), r);
      for (const rule of rulesOfRole(r))
        options.push(
          new Option(
            `${w.rule} ${rule.id}: ${rule.title[lang]}${spots.has(rule.id) ? "" : " (–)"}`,
            `rule:${rule.id}`,
          ),
        );
    }
    overlaySelect.replaceChildren(...options);
    if (options.some((o) => o.value === keep)) overlaySelect.value = keep;
    legendSlot.replaceChildren(legend(lang, model.roles));
  };

  const clearOverlay = () => {
    pathRequest?.cancel();
    pathRequest = null;
    info.textContent = "";
    if (!drawn) return;
    for (const g of drawn.nodes.values()) {
      g.classList.remove("rule-met", "rule-broken", "on-best", "on-worst");
      g.querySelector(".graph-overlay-mark")?.remove();
    }
    for (const p of drawn.edges.values()) p.classList.remove("on-best", "on-worst");
  };

  const mark = (g: SVGGElement, text: string) => {
    g.querySelector(".graph-overlay-mark")?.remove();
    g.append(svgEl("text", { x: 150, y: 18, class: "graph-overlay-mark", "text-anchor": "end" }, text));
  };

  const showPath = (beats: string[], cls: "on-best" | "on-worst", sign: string) => {
    if (!drawn) return;
    const keys = beats.map((id) => model.beats.find((b) => b.id === id && !b.duplicate)?.key);
    keys.forEach((k) => {
      const g = k ? drawn?.nodes.get(k) : undefined;
      if (!g) return;
      g.classList.add(cls);
      const had = g.querySelector(".graph-overlay-mark")?.textContent ?? "";
      mark(g, had && had !== sign ? `${had}${sign}` : sign);
    });
    for (let i = 0; i + 1 < keys.length; i++)
      for (const e of model.edges)
        if (e.from === keys[i] && e.to === keys[i + 1]) drawn.edges.get(e.key)?.classList.add(cls);
  };

  const applyOverlay = () => {
    clearOverlay();
    const value = overlaySelect.value;
    const r = role();
    if (!value || !r || !drawn) return;
    if (value.startsWith("rule:")) {
      const spots = ruleSpots(host.doc.get(), r).get(value.slice(5)) ?? [];
      for (const s of spots) {
        const b = model.beats.find((x) => x.index === s.index);
        const g = b ? drawn.nodes.get(b.key) : undefined;
        if (!g) continue;
        if (s.met) g.classList.add("rule-met");
        if (s.broken) g.classList.add("rule-broken");
        mark(g, `${s.met ? "✓" : ""}${s.broken ? "✗" : ""}`);
      }
      info.textContent = `${w.rulesMet} · ${w.rulesBroken} (${spots.length})`;
      return;
    }
    info.textContent = w.computing;
    let line = "";
    pathRequest = requestPathOverlay(host.doc.get(), r, {
      strategy: (s: StrategyPaths) => {
        if (!s.ok) {
          info.textContent = w.cannotPaths;
          return;
        }
        showPath(s.best.beats, "on-best", "▲");
        showPath(s.worst.beats, "on-worst", "▼");
        line = `▲ ${w.best}: ${w.score} ${s.best.score ?? "–"} · ▼ ${w.worst}: ${w.score} ${s.worst.score ?? "–"}`;
        info.textContent = `${line} · ${w.rangeBusy}`;
      },
      range: (p: PathRange) => {
        if (!p.ok) {
          if (line) info.textContent = line;
          return;
        }
        const range = w.range
          .replace("{min}", String(p.minScore ?? "–"))
          .replace("{max}", String(p.maxScore ?? "–"))
          .replace("{paths}", groupDigits(p.paths, host.lang));
        info.textContent = line ? `${line} · ${range}` : range;
      },
      failed: (message) => {
        info.textContent = `${w.pathsFailed}: ${message}`;
      },
    });
  };

  const setFocusable = (key: string | null) => {
    if (!drawn) return;
    const first = model.beats[0]?.key ?? null;
    focusKey = key && drawn.nodes.has(key) ? key : first;
    for (const [k, g] of drawn.nodes) g.setAttribute("tabindex", k === focusKey ? "0" : "-1");
  };

  const showSelection = () => {
    if (!drawn) return;
    for (const g of drawn.nodes.values()) g.classList.remove("selected");
    const b = model.beats.find((x) => x.index === selectedIndex);
    const g = b ? drawn.nodes.get(b.key) : undefined;
    if (!g || !b) return;
    g.classList.add("selected");
    setFocusable(b.key);
    g.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  };

  const redraw = async () => {
    const mine = ++generation;
    model = buildGraphModel(host.doc.get(), lang);
    fillSelects();
    if (model.beats.length === 0) {
      scroll.replaceChildren();
      drawn = null;
      status.textContent = w.empty;
      return;
    }
    if (!drawn) status.textContent = w.laying;
    let laid: Awaited<ReturnType<typeof layout.layout>>;
    try {
      laid = await layout.layout(model, lang);
    } catch {
      if (mine === generation && !destroyed) status.textContent = w.layoutFailed;
      return;
    }
    if (mine !== generation || destroyed) return;
    const hadFocus =
      drawn !== null && root.contains(document.activeElement) && scroll.contains(document.activeElement);
    drawn = drawGraph(model, laid, lang);
    scroll.replaceChildren(drawn.svg);
    applyZoom();
    status.textContent = "";
    root.dataset.ready = String(mine);
    setFocusable(focusKey);
    showSelection();
    applyOverlay();
    if (hadFocus && focusKey) drawn.nodes.get(focusKey)?.focus();
  };

  const select = (index: number) => {
    selectedIndex = index;
    showSelection();
    host.select(["beats", index]);
  };

  scroll.addEventListener("click", (e) => {
    const g = (e.target as Element).closest?.(".graph-beat");
    if (g) select(Number(g.getAttribute("data-index")));
  });
  scroll.addEventListener("keydown", (e) => {
    const g = (e.target as Element).closest?.(".graph-beat");
    if (!g || !drawn) return;
    const at = model.beats.findIndex((b) => b.key === focusKey);
    let to = at;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      select(Number(g.getAttribute("data-index")));
      return;
    }
    if (e.key === "ArrowRight" || e.key === "ArrowDown") to = Math.min(at + 1, model.beats.length - 1);
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") to = Math.max(at - 1, 0);
    else if (e.key === "Home") to = 0;
    else if (e.key === "End") to = model.beats.length - 1;
    else return;
    e.preventDefault();
    const key = model.beats[to]?.key ?? null;
    setFocusable(key);
    if (key) drawn.nodes.get(key)?.focus();
  });
  roleSelect.addEventListener("change", () => {
    fillSelects();
    applyOverlay();
  });
  overlaySelect.addEventListener("change", applyOverlay);
  const [zoomOut, zoomFit, zoomIn] = zoomButtons;
  zoomOut?.addEventListener("click", () => setZoom(zoom / 1.25));
  zoomIn?.addEventListener("click", () => setZoom(zoom * 1.25));
  zoomFit?.addEventListener("click", () => {
    const vw = Number((drawn?.svg.getAttribute("viewBox") ?? "0 0 1 1").split(" ")[2]) || 1;
    setZoom(zoom === 1 ? (scroll.clientWidth - 4) / vw : 1);
  });

  const onSelect = (path: DocPath) => {
    if (path[0] !== "beats" || typeof path[1] !== "number") return;
    selectedIndex = path[1];
    showSelection();
  };
  const offSelect = host.onSelect(onSelect);
  const offDoc = host.doc.subscribe(() => {
    if (redrawTimer !== undefined) clearTimeout(redrawTimer);
    redrawTimer = setTimeout(() => void redraw(), REDRAW_MS);
  });
  const initial = host.selection();
  if (initial && initial[0] === "beats" && typeof initial[1] === "number") selectedIndex = initial[1];
  void redraw();

  return {
    destroy() {
      destroyed = true;
      if (redrawTimer !== undefined) clearTimeout(redrawTimer);
      pathRequest?.cancel();
      offSelect();
      offDoc();
      layout.terminate();
      root.remove();
    },
  };
};

/** A count of paths can run to 22 digits: grouped the way the studio's language writes numbers. */
function groupDigits(digits: string, lang: "nl" | "en"): string {
  if (!/^\d+$/.test(digits)) return digits;
  return BigInt(digits).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB");
}
