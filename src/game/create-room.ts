// The RoomView the overlay talks to, backed by one Phaser game: boot, the room and the debrief picture.
// Calls made before the textures are ready are kept and applied once they are; the game loop sleeps
// while no screen shows the canvas, so the menu and the debrief cost no frames.
import * as Phaser from "phaser";
import type { DebriefPicture, RoomState, RoomView } from "../ui/room-view.ts";
import { BootScene } from "./boot-scene.ts";
import { DebriefScene } from "./debrief-scene.ts";
import { BACKGROUND } from "./palette.ts";
import { HEIGHT, RoomScene, WIDTH } from "./room-scene.ts";

export function createRoom(parent: HTMLElement): RoomView & { game: Phaser.Game } {
  const room = new RoomScene();
  const debrief = new DebriefScene();
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: BACKGROUND,
    scene: [new BootScene(), room, debrief],
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    render: { antialias: true },
  });
  let ready = false;
  let pending: (() => void) | null = null;
  const whenReady = (fn: () => void) => {
    if (ready) fn();
    else pending = fn;
  };
  game.events.once("room-ready", () => {
    ready = true;
    pending?.();
    pending = null;
  });
  const wake = () => {
    parent.hidden = false;
    if (game.loop.started && !game.loop.running) game.loop.wake();
    game.scale.refresh();
  };
  return {
    game,
    show(state: RoomState) {
      wake();
      room.setState(state);
      whenReady(() => {
        if (game.scene.isSleeping("room")) game.scene.wake("room");
        // Only a running scene can sleep (the debrief's may not have started yet).
        if (game.scene.isActive("debrief")) game.scene.sleep("debrief");
      });
    },
    debrief(picture: DebriefPicture) {
      wake();
      debrief.setPicture(picture);
      whenReady(() => {
        if (!game.scene.isSleeping("room")) game.scene.sleep("room");
        if (game.scene.isSleeping("debrief")) game.scene.wake("debrief");
        debrief.setPicture(picture);
      });
    },
    mount(slot: HTMLElement) {
      if (parent.parentElement !== slot) slot.append(parent);
      game.scale.refresh();
    },
    setReducedMotion(on: boolean) {
      room.setReducedMotion(on);
    },
    hide() {
      parent.hidden = true;
      if (game.loop.running) game.loop.sleep();
    },
  };
}
