// The drawn assets (assets/room/*.svg) as textures. The SVG text is bundled and handed to Phaser as
// blob URLs, so the room makes no network request of its own.
import type * as Phaser from "phaser";

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

/** Queues every SVG on the scene's loader; returns a function that frees the blob URLs afterwards. */
export function queueTextures(load: Phaser.Loader.LoaderPlugin): () => void {
  const urls: string[] = [];
  for (const [path, text] of Object.entries(SVGS)) {
    const key = (path.split("/").pop() ?? path).replace(/\.svg$/, "");
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    urls.push(url);
    const size = key.startsWith("body") || key === "chair" ? 64 : 24;
    // Drawn at twice the size they are shown, so they stay crisp on a laptop's dense screen.
    load.svg(key, url, { width: size * 2, height: size * 2 });
  }
  return () => {
    for (const u of urls) URL.revokeObjectURL(u);
  };
}
