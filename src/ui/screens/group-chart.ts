// The room's openness over the meeting, drawn: minutes across, the phases as named bands, the average
// as a solid line with dots between the least and the most open participant (dashed), and below it one
// lane per human seat with a numbered marker where that seat broke a rule (the numbers are those of the
// list beside the chart). Shapes, dashes and numbers carry the meaning, colour only adds to it. Built
// with DOM calls: names and phase titles go in as text. A table holds the same figures for screen readers.
import type { Scenario } from "../../engine/format/schema.ts";
import { phaseTitle } from "../../engine/report/names.ts";
import type { GroupSummary } from "../../engine/session/group-summary.ts";
import { el } from "../dom.ts";
import type { Lang } from "../i18n.ts";
import { seatName, ws } from "../workshop/strings.ts";

const NS = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(typeof c === "string" ? document.createTextNode(c) : c);
  return node;
}

/** A phase's stretch of the meeting, in minutes. */
export interface PhaseBand {
  phase: string;
  from: number;
  to: number;
}

/** The phases in the order the meeting went through them, from the beat of each openness point. */
export function phaseBands(scenario: Scenario, summary: GroupSummary, end: number): PhaseBand[] {
  const phaseOf = new Map(scenario.beats.map((b) => [b.id, b.phase]));
  const bands: PhaseBand[] = [];
  for (const p of summary.openness) {
    const phase = phaseOf.get(p.beat);
    if (!phase) continue;
    const last = bands[bands.length - 1];
    if (last?.phase === phase) continue;
    if (last) last.to = p.at;
    bands.push({ phase, from: bands.length === 0 ? 0 : p.at, to: end });
  }
  return bands;
}

/** About how wide a letter of a phase's name is, in the chart's units. */
const LETTER = 6;

export interface LabelPlace {
  x: number;
  row: 0 | 1;
  anchor: "start" | "end";
  text: string;
}

/**
 * Where each phase's name goes above its band: on the first of two rows where it does not run into the
 * name before it, ending at the chart's edge rather than past it; shortened (…) where neither row has
 * room, left out where not even a few letters fit (the band's tooltip and the table still name it).
 */
export function placeLabels(
  bands: readonly { from: number; to: number; text: string }[],
  right: number,
): (LabelPlace | null)[] {
  const ends: [number, number] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  return bands.map((band) => {
    const full = band.text.length > 28 ? `${band.text.slice(0, 27)}…` : band.text;
    const onRow = (text: string, row: 0 | 1): LabelPlace | null => {
      const width = text.length * LETTER;
      let start = Math.max(band.from + 3, ends[row] + 8);
      if (start + width > right) start = right - width;
      if (start < band.from + 3 - LETTER * 4 || start < ends[row] + 8) return null;
      const anchor = start + width >= right ? "end" : "start";
      return { x: anchor === "end" ? right : start, row, anchor, text };
    };
    let place = onRow(full, 0) ?? onRow(full, 1);
    if (!place) {
      // Neither row has room for the whole name: the row with more room gets as much as fits.
      const row: 0 | 1 = ends[0] <= ends[1] ? 0 : 1;
      const start = Math.max(band.from + 3, ends[row] + 8);
      const letters = Math.floor((Math.min(right, Math.max(band.to, start + 5 * LETTER)) - start) / LETTER);
      place = letters >= 4 ? onRow(`${full.slice(0, letters - 1)}…`, row) : null;
    }
    if (place) ends[place.row] = place.anchor === "end" ? right : place.x + place.text.length * LETTER;
    return place;
  });
}

const W = 720;
const LEFT = 118;
const RIGHT = 14;
const TOP = 34;
const PLOT = 170;
const LANE = 24;

/** A short label for a lane: the player's name, cut to fit, or the seat's name. */
function laneLabel(lang: Lang, seat: string, names: Readonly<Record<string, string>>): string {
  const name = names[seat] ?? seatName(lang, seat);
  return name.length > 16 ? `${name.slice(0, 15)}…` : name;
}

export function opennessChart(
  lang: Lang,
  scenario: Scenario,
  summary: GroupSummary,
  names: Readonly<Record<string, string>>,
  description: string,
  key = "",
): HTMLElement {
  const points = summary.openness;
  const seats = Object.keys(summary.perSeat).sort();
  const lastAt = Math.max(1, ...points.map((p) => p.at), ...summary.breaches.map((b) => b.at));
  const end = Math.ceil(lastAt / 5) * 5;
  const lanesTop = TOP + PLOT + 30;
  const H = lanesTop + seats.length * LANE + 8;
  const x = (minute: number) => LEFT + ((W - LEFT - RIGHT) * minute) / end;
  const y = (open: number) => TOP + PLOT - (PLOT * Math.max(0, Math.min(100, open))) / 100;
  const titleId = `ws-chart-title${key}`;
  const descId = `ws-chart-desc${key}`;
  const chart = svg("svg", {
    id: `ws-openness-chart${key}`,
    class: "openness-chart",
    viewBox: `0 0 ${W} ${H}`,
    role: "img",
    "aria-labelledby": `${titleId} ${descId}`,
  });
  chart.append(
    svg("title", { id: titleId }, ws(lang, "chart_title")),
    svg("desc", { id: descId }, description),
  );

  // The phases as bands, their names staggered on two rows so that short phases do not overlap.
  const bands = phaseBands(scenario, summary, end);
  const labels = placeLabels(
    bands.map((b) => ({ from: x(b.from), to: x(b.to), text: phaseTitle(scenario, b.phase, lang) })),
    W - RIGHT,
  );
  bands.forEach((band, k) => {
    const title = phaseTitle(scenario, band.phase, lang);
    const g = svg("g", { class: `phase-band ${k % 2 === 0 ? "even" : "odd"}`, "data-phase": band.phase });
    g.append(
      svg("title", {}, title),
      svg("rect", { x: x(band.from), y: TOP, width: Math.max(0, x(band.to) - x(band.from)), height: PLOT }),
      svg("line", { class: "phase-edge", x1: x(band.from), x2: x(band.from), y1: TOP - 22, y2: H - 8 }),
    );
    const place = labels[k];
    if (place)
      g.append(
        svg(
          "text",
          {
            class: "phase-name",
            x: place.x,
            y: place.row === 0 ? TOP - 14 : TOP - 3,
            "text-anchor": place.anchor,
          },
          place.text,
        ),
      );
    chart.append(g);
  });

  // Openness axis: 0–100 with a grid.
  for (const v of [0, 25, 50, 75, 100])
    chart.append(
      svg("line", { class: "grid", x1: LEFT, x2: W - RIGHT, y1: y(v), y2: y(v) }),
      svg("text", { class: "tick", x: LEFT - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)),
    );
  chart.append(
    svg(
      "text",
      { class: "axis-name", x: 4, y: TOP + PLOT / 2, "dominant-baseline": "middle" },
      ws(lang, "chart_openness"),
    ),
  );
  // Minutes axis, under the lanes.
  const step = end > 60 ? 10 : 5;
  for (let m = 0; m <= end; m += step)
    chart.append(
      svg("line", { class: "tick-mark", x1: x(m), x2: x(m), y1: TOP + PLOT, y2: TOP + PLOT + 5 }),
      svg("text", { class: "tick", x: x(m), y: TOP + PLOT + 18, "text-anchor": "middle" }, `${m}′`),
    );
  chart.append(
    svg(
      "text",
      { class: "axis-name", x: LEFT - 14, y: TOP + PLOT + 18, "text-anchor": "end" },
      ws(lang, "chart_minutes"),
    ),
  );

  if (points.length > 0) {
    const path = (values: (p: (typeof points)[number]) => number) =>
      points
        .map((p, k) => `${k === 0 ? "M" : "L"}${x(p.at).toFixed(1)},${y(values(p)).toFixed(1)}`)
        .join(" ");
    const spread = `${points.map((p) => `${x(p.at).toFixed(1)},${y(p.max).toFixed(1)}`).join(" ")} ${[
      ...points,
    ]
      .reverse()
      .map((p) => `${x(p.at).toFixed(1)},${y(p.min).toFixed(1)}`)
      .join(" ")}`;
    chart.append(
      svg("polygon", { class: "spread", points: spread }),
      svg("path", { class: "line-max", d: path((p) => p.max) }),
      svg("path", { class: "line-min", d: path((p) => p.min) }),
      svg("path", { class: "line-average", d: path((p) => p.average) }),
      ...points.map((p) => svg("circle", { class: "dot-average", cx: x(p.at), cy: y(p.average), r: 2.6 })),
    );
  }

  // One lane per human seat, a numbered marker at each of its breaches (numbered as in the list).
  seats.forEach((seat, k) => {
    const mid = lanesTop + k * LANE + LANE / 2;
    const full = names[seat] ? `${names[seat]} (${seatName(lang, seat)})` : seatName(lang, seat);
    chart.append(
      svg("line", { class: "lane", x1: LEFT, x2: W - RIGHT, y1: mid, y2: mid }),
      svg(
        "text",
        { class: "lane-name", x: LEFT - 6, y: mid + 4, "text-anchor": "end", "data-seat": seat },
        svg("title", {}, full),
        laneLabel(lang, seat, names),
      ),
    );
  });
  // Breaches in the same minute would cover each other: a marker moves right of the one before it in
  // its lane, its thin rule still standing at the minute itself.
  const lastIn = new Map<string, number>();
  summary.breaches.forEach((b, n) => {
    const lane = seats.indexOf(b.seat);
    if (lane < 0) return;
    const mid = lanesTop + lane * LANE + LANE / 2;
    const at = x(b.at);
    const cx = Math.max(at, (lastIn.get(b.seat) ?? Number.NEGATIVE_INFINITY) + 19);
    lastIn.set(b.seat, cx);
    const g = svg("g", { class: "breach-marker", "data-seat": b.seat, "data-n": n + 1 });
    g.append(
      svg(
        "title",
        {},
        `${n + 1}. ${Math.round(b.at)}′ · ${names[b.seat] ?? seatName(lang, b.seat)} · ${b.rule}`,
      ),
      svg("polyline", { class: "breach-rule", points: `${at},${TOP} ${at},${mid - 12} ${cx},${mid - 9}` }),
      svg("polygon", { points: `${cx},${mid - 9} ${cx + 9},${mid} ${cx},${mid + 9} ${cx - 9},${mid}` }),
      svg("text", { x: cx, y: mid + 3.5, "text-anchor": "middle" }, String(n + 1)),
    );
    chart.append(g);
  });

  const legend = el(
    "ul",
    { class: "chart-legend" },
    el("li", {}, el("span", { class: "key key-average", "aria-hidden": "true" }), ws(lang, "chart_average")),
    el("li", {}, el("span", { class: "key key-spread", "aria-hidden": "true" }), ws(lang, "chart_spread")),
    el("li", {}, el("span", { class: "key key-breach", "aria-hidden": "true" }), ws(lang, "chart_breach")),
  );
  return el(
    "figure",
    { class: "openness-figure" },
    chart,
    el("figcaption", {}, legend),
    opennessTable(lang, scenario, summary, key),
  );
}

/** The chart's figures as a table: minute, phase, average, least and most open. */
function opennessTable(lang: Lang, scenario: Scenario, summary: GroupSummary, key: string): HTMLElement {
  const phaseOf = new Map(scenario.beats.map((b) => [b.id, b.phase]));
  return el(
    "details",
    { class: "chart-table" },
    el("summary", { text: ws(lang, "chart_asTable") }),
    el(
      "table",
      { id: `ws-openness-table${key}` },
      el("caption", { text: ws(lang, "chart_title") }),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ...(["chart_minute", "chart_phase", "chart_averageCol", "chart_least", "chart_most"] as const).map(
            (k) => el("th", { scope: "col", text: ws(lang, k) }),
          ),
        ),
      ),
      el(
        "tbody",
        {},
        ...summary.openness.map((p) => {
          const phase = phaseOf.get(p.beat);
          return el(
            "tr",
            {},
            el("td", { text: `${Math.round(p.at)}′` }),
            el("td", { text: phase ? phaseTitle(scenario, phase, lang) : "" }),
            el("td", { text: String(p.average) }),
            el("td", { text: String(p.min) }),
            el("td", { text: String(p.max) }),
          );
        }),
      ),
    ),
  );
}
