// The baseline for bench:web: an empty Phaser 4 scene, built the same way as the game, on the same
// renderer (src/game/create-room.ts).
import * as Phaser from "phaser";

new Phaser.Game({
  type: Phaser.CANVAS,
  parent: "game",
  width: 640,
  height: 420,
  banner: false,
  audio: { noAudio: true },
  scene: {
    create() {
      (window as unknown as { bareCreated: number }).bareCreated = performance.now();
    },
  },
});
