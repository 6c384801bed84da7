// The browser entry: bundled scenarios, the Phaser room, sound and the DOM overlay, wired together.
import { createSound } from "./audio/sound.ts";
import { createRoom } from "./game/room-scene.ts";
import { App } from "./ui/app.ts";
import { buildCatalog } from "./ui/catalog.ts";
import { readSettings } from "./ui/save.ts";
import "./ui/style.css";

const files = import.meta.glob("../scenarios/*.json", {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;
const uiRoot = document.getElementById("ui") as HTMLElement;
const roomRoot = document.getElementById("room") as HTMLElement;
const room = createRoom(roomRoot);
room.hide();
const app = new App({
  root: uiRoot,
  catalog: buildCatalog(files),
  room,
  sound: createSound(readSettings),
  clock: {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (h) => window.clearTimeout(h as number),
    now: () => Date.now(),
  },
  newSeed: () => Math.floor(Math.random() * 2 ** 31),
});
app.start();
(window as unknown as { spiegelspel: unknown }).spiegelspel = { app, game: room.game };
