// What the drawn room's colours and signs mean, under the room: ring colours for openness, the marks
// for the trainee, the speaker and a visible reaction, and each emotion's badge. Without it the room's
// signals are guesswork.
import { ACCENT, HALO, opennessColour, REACT } from "../game/palette.ts";
import { el } from "./dom.ts";
import type { Lang } from "./i18n.ts";

const ICONS = import.meta.glob("../../assets/room/emotion-*.svg", {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;

const WORDS = {
  nl: {
    title: "Wat de kleuren en tekens betekenen",
    open: "open: vertelt vrijuit",
    middle: "afwachtend",
    closed: "dichtgeklapt (zit ook ingezakt, wat afgewend)",
    you: "jouw plek",
    speaking: "spreekt nu",
    reacting: "reageert zichtbaar (een toehoorder die een impuls volgde)",
    emotions: "Tekens bij een deelnemer: wat die nu voelt",
    phases: "De tijdlijn bovenin: de fasen zoals gepland (een fase te smal voor haar naam toont haar nummer)",
    sad: "verdrietig",
    moved: "geraakt",
    angry: "boos of gefrustreerd",
    tense: "gespannen of bezorgd",
    hesitant: "aarzelend",
    happy: "blij",
    grateful: "dankbaar",
    hopeful: "hoopvol",
  },
  en: {
    title: "What the colours and signs mean",
    open: "open: speaks freely",
    middle: "waiting to see",
    closed: "closed up (also sits back, turned a little away)",
    you: "your seat",
    speaking: "speaking now",
    reacting: "visibly reacts (a listener who gave in to an urge)",
    emotions: "Signs by a participant: what they feel now",
    phases:
      "The timeline at the top: the phases as planned (a phase too narrow for its name shows its number)",
    sad: "sad",
    moved: "moved",
    angry: "angry or frustrated",
    tense: "tense or anxious",
    hesitant: "hesitant",
    happy: "happy",
    grateful: "grateful",
    hopeful: "hopeful",
  },
} as const;

type Emotion = "sad" | "moved" | "angry" | "tense" | "hesitant" | "happy" | "grateful" | "hopeful";
const EMOTIONS: readonly Emotion[] = [
  "sad",
  "moved",
  "angry",
  "tense",
  "hesitant",
  "happy",
  "grateful",
  "hopeful",
];

const css = (n: number) => `#${n.toString(16).padStart(6, "0")}`;

function ring(colour: number, width = 4, fill = "transparent"): HTMLElement {
  return el("span", {
    class: "legend-ring",
    "aria-hidden": "true",
    style: `border:${width}px solid ${css(colour)};background:${fill}`,
  });
}

function icon(emotion: Emotion): HTMLElement | null {
  const svg = Object.entries(ICONS).find(([path]) => path.endsWith(`emotion-${emotion}.svg`))?.[1];
  if (!svg) return null;
  // A background, not an <img>: the overlay holds no image element (scenario text never makes one).
  return el("span", {
    class: "legend-icon",
    "aria-hidden": "true",
    style: `background-image:url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}")`,
  });
}

/** `phases`: the scenario's phases, titles in `lang`, with their planned minutes. */
export function roomLegend(
  lang: Lang,
  phases: readonly { title: string; minutes: number }[] = [],
): HTMLElement {
  const w = WORDS[lang];
  const item = (mark: HTMLElement | null, text: string) =>
    el("li", { class: "legend-item" }, mark, el("span", { text }));
  return el(
    "details",
    { class: "room-legend", id: "room-legend" },
    el("summary", { text: w.title }),
    el(
      "ul",
      { class: "legend-list" },
      item(ring(opennessColour(85)), w.open),
      item(ring(opennessColour(50)), w.middle),
      item(ring(opennessColour(15)), w.closed),
      item(ring(ACCENT, 2), w.you),
      item(ring(HALO, 4, css(HALO)), w.speaking),
      item(ring(REACT), w.reacting),
    ),
    el("p", { class: "legend-sub", text: w.emotions }),
    el("ul", { class: "legend-list" }, ...EMOTIONS.map((e) => item(icon(e), w[e]))),
    phases.length > 0 ? el("p", { class: "legend-sub", text: w.phases }) : null,
    phases.length > 0
      ? el(
          "ol",
          { class: "legend-phases" },
          ...phases.map((p) => el("li", { text: `${p.title} (${p.minutes} min)` })),
        )
      : null,
  );
}
