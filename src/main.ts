// The browser entry: bundled scenarios, the Phaser room, sound and the DOM overlay, wired together.
import { createSound } from "./audio/sound.ts";
import { App } from "./ui/app.ts";
import { buildCatalog } from "./ui/catalog.ts";
import type { RoomState, RoomView } from "./ui/room-view.ts";
import { readSettings } from "./ui/save.ts";
import "./ui/style.css";

const files = import.meta.glob("../scenarios/*.json", {
  eager: true,
  query: "?raw",
  import: "default",
}) as Record<string, string>;
const uiRoot = document.getElementById("ui") as HTMLElement;
const roomRoot = document.getElementById("room") as HTMLElement;
roomRoot.hidden = true;
// Phaser is large and the menu does not need it: the room is loaded when a meeting first shows it.
let latest: RoomState | null = null;
let loaded: RoomView | null = null;
let loading = false;
const room: RoomView = {
  show(state) {
    latest = state;
    roomRoot.hidden = false;
    if (loaded) loaded.show(state);
    else if (!loading) {
      loading = true;
      void import("./game/room-scene.ts").then(({ createRoom }) => {
        loaded = createRoom(roomRoot);
        if (latest && !roomRoot.hidden) loaded.show(latest);
        else loaded.hide();
      });
    }
  },
  hide() {
    roomRoot.hidden = true;
    loaded?.hide();
  },
};
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
(window as unknown as { spiegelspel: unknown }).spiegelspel = { app };
