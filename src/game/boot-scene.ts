// Boot: turns the drawn SVG assets into textures, then starts the room and the debrief picture (the
// latter asleep until a run ends) and tells the adapter the room is ready.
import * as Phaser from "phaser";
import { queueTextures } from "./textures.ts";

export class BootScene extends Phaser.Scene {
  constructor() {
    super("boot");
  }

  preload(): void {
    const free = queueTextures(this.load);
    this.load.once(Phaser.Loader.Events.COMPLETE, free);
  }

  create(): void {
    this.scene.launch("room");
    // The debrief picture puts itself to sleep once it has started, until a run ends.
    this.scene.launch("debrief");
    this.game.events.emit("room-ready");
  }
}
