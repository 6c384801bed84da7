// The browser entry: bundled scenarios, the Phaser room, sound and the DOM overlay, wired together.

import index from "virtual:scenario-index";
import { createSound } from "./audio/sound.ts";
import { App } from "./ui/app.ts";
import { catalogFromIndex } from "./ui/catalog.ts";
import type { DebriefPicture, RoomState, RoomView } from "./ui/room-view.ts";
import { readSettings } from "./ui/save.ts";
import "./ui/style.css";

const uiRoot = document.getElementById("ui") as HTMLElement;
const roomRoot = document.getElementById("room") as HTMLElement;
const parking = roomRoot.parentElement as HTMLElement;
roomRoot.hidden = true;

// Phaser is large and the menu's words do not need it: it loads after the menu is usable, and until then
// the last request is kept and replayed.
let loaded: RoomView | null = null;
let loading = false;
let reduced = false;
let last: ((view: RoomView) => void) | null = null;
const later = (fn: (view: RoomView) => void) => {
  if (loaded) {
    fn(loaded);
    return;
  }
  last = fn;
  if (loading) return;
  loading = true;
  const go = () =>
    void import("./game/create-room.ts").then(({ createRoom }) => {
      loaded = createRoom(roomRoot);
      loaded.setReducedMotion(reduced);
      if (roomRoot.hidden) loaded.hide();
      else last?.(loaded);
      last = null;
    });
  if ("requestIdleCallback" in window) requestIdleCallback(go, { timeout: 300 });
  else setTimeout(go, 50);
};
const room: RoomView = {
  show(state: RoomState) {
    roomRoot.hidden = false;
    later((v) => v.show(state));
  },
  debrief(picture: DebriefPicture) {
    roomRoot.hidden = false;
    later((v) => v.debrief(picture));
  },
  mount(slot) {
    if (roomRoot.parentElement !== slot) slot.append(roomRoot);
    loaded?.mount(slot);
  },
  setReducedMotion(on) {
    reduced = on;
    loaded?.setReducedMotion(on);
  },
  hide() {
    roomRoot.hidden = true;
    // Back to a place outside the screens, so clearing a screen never takes the canvas with it.
    if (roomRoot.parentElement !== parking) parking.append(roomRoot);
    loaded?.hide();
  },
};

const motion = window.matchMedia?.("(prefers-reduced-motion: reduce)");
const app = new App({
  root: uiRoot,
  // Scenario files come from the game's own origin, never from anywhere else.
  catalog: catalogFromIndex(index, (url) =>
    fetch(url, { credentials: "same-origin" }).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    }),
  ),
  room,
  sound: createSound(readSettings),
  clock: {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (h) => window.clearTimeout(h as number),
    now: () => Date.now(),
  },
  newSeed: () => Math.floor(Math.random() * 2 ** 31),
  systemReducedMotion: () => motion?.matches ?? false,
  // The judge's code loads on demand and its weights are fetched from the game's own origin.
  loadJudge: () => import("./engine/judge/web.ts").then((m) => m.loadJudge()),
});
void app.start();
(window as unknown as { spiegelspel: unknown }).spiegelspel = { app };
