// The drawn assets (assets/room/*.svg) as textures. The SVG text is bundled and handed to Phaser as
// blob URLs, so the room makes no network request of its own.
import type * as Phaser from "phaser";
import { ALL_CLOTHES } from "./palette.ts";

const SVGS = import.meta.glob("../../assets/room/*.svg", {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;

export const EMOTION_TEXTURE: Record<string, string> = {
  sad: "emotion-sad",
  moved: "emotion-moved",
  angry: "emotion-angry",
  frustrated: "emotion-angry",
  tense: "emotion-tense",
  anxious: "emotion-tense",
  hesitant: "emotion-hesitant",
  happy: "emotion-happy",
  grateful: "emotion-grateful",
  hopeful: "emotion-hopeful",
};

const hex = (n: number) => n.toString(16).padStart(6, "0");

/** The key of a body texture in a clothes colour. */
export const bodyTexture = (closed: boolean, clothes: number) =>
  `${closed ? "body-closed" : "body"}-${hex(clothes)}`;

/**
 * The drawing in a colour, as a tint would make it (each channel multiplied). The room is drawn on the
 * canvas renderer, which has no tint, so the bodies are drawn once per clothes colour instead.
 */
function dyed(svg: string, colour: number): string {
  const channels = (n: number) => [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const tint = channels(colour);
  return svg.replace(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi, (_, h: string) => {
    const full = h.length === 3 ? [...h].map((d) => d + d).join("") : h;
    const c = channels(Number.parseInt(full, 16));
    return `#${hex(c.reduce((acc, v, i) => (acc << 8) | Math.round((v * (tint[i] ?? 255)) / 255), 0))}`;
  });
}

/** Queues every SVG on the scene's loader; returns a function that frees the blob URLs afterwards. */
export function queueTextures(load: Phaser.Loader.LoaderPlugin): () => void {
  const urls: string[] = [];
  const queue = (key: string, text: string, size: number) => {
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    urls.push(url);
    // Drawn at twice the size they are shown, so they stay crisp on a laptop's dense screen.
    load.svg(key, url, { width: size * 2, height: size * 2 });
  };
  for (const [path, text] of Object.entries(SVGS)) {
    const key = (path.split("/").pop() ?? path).replace(/\.svg$/, "");
    if (key === "body" || key === "body-closed")
      for (const colour of ALL_CLOTHES)
        queue(bodyTexture(key === "body-closed", colour), dyed(text, colour), 64);
    else queue(key, text, key === "chair" ? 64 : 24);
  }
  return () => {
    for (const u of urls) URL.revokeObjectURL(u);
  };
}
