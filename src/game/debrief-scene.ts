// The debrief's picture: the score per dimension as calm bars, and how each participant's openness
// moved from the start of the meeting to its end. The DOM beside it says the same in words and tables.
import * as Phaser from "phaser";
import type { DebriefPicture } from "../ui/room-view.ts";
import { INK, opennessColour, SOFT_INK } from "./palette.ts";

export class DebriefScene extends Phaser.Scene {
  private picture: DebriefPicture | null = null;
  private layer: Phaser.GameObjects.Container | null = null;

  constructor() {
    super("debrief");
  }

  create(): void {
    // Drawn anew when the canvas is shown at another size: on a phone the words are drawn larger.
    this.scale.on(Phaser.Scale.Events.RESIZE, () => {
      if (this.picture && this.sys.isActive()) this.draw(this.picture);
    });
    // Sleeping is only possible once running: asking from outside before that only warns.
    if (this.picture) this.draw(this.picture);
    else this.sys.sleep();
  }

  setPicture(picture: DebriefPicture): void {
    this.picture = picture;
    if (this.sys.isActive() || this.sys.isSleeping()) this.draw(picture);
  }

  private draw(pic: DebriefPicture): void {
    this.layer?.destroy(true);
    const layer = this.add.container(0, 0);
    this.layer = layer;
    // How much larger than at full size words are drawn, so they stay readable when the canvas is small.
    const shown = this.scale.displaySize?.width || this.scale.width;
    const k = Math.round(Math.min(1.5, Math.max(1, (this.scale.width / shown) * 0.85)) * 10) / 10;
    const style = (size: number, color = INK) => ({
      fontFamily: "system-ui, sans-serif",
      fontSize: `${Math.round(size * k)}px`,
      color,
    });
    const g = this.add.graphics();
    layer.add(g);
    // Scores: one bar per dimension.
    pic.dimensions.forEach((d, i) => {
      const y = 40 + i * 52 * k;
      layer.add(this.add.text(30, y, `${d.title}`, style(15)));
      layer.add(this.add.text(370, y, `${d.score}`, style(15)).setOrigin(1, 0));
      g.fillStyle(0xe1e7ec, 1).fillRoundedRect(30, y + 22 * k, 340, 12, 6);
      g.fillStyle(opennessColour(d.score), 1).fillRoundedRect(
        30,
        y + 22 * k,
        Math.max(12, 3.4 * d.score),
        12,
        6,
      );
    });
    // Openness: a grey dot where each participant started, a coloured one where they ended.
    const top = 40;
    const step = Math.min(48, 380 / Math.max(1, pic.people.length));
    const x0 = 520;
    const w = 250;
    pic.people.forEach((p, i) => {
      const y = top + i * step + 10;
      layer.add(
        this.add.text(x0 - 12, y, p.name.split(" ")[0] ?? p.name, style(13, SOFT_INK)).setOrigin(1, 0.5),
      );
      g.lineStyle(2, 0xd5dce3, 1).lineBetween(x0, y, x0 + w, y);
      const sx = x0 + (w * p.start) / 100;
      const ex = x0 + (w * p.end) / 100;
      g.lineStyle(4, opennessColour(p.end), 1).lineBetween(sx, y, ex, y);
      g.fillStyle(0x9aa6b4, 1).fillCircle(sx, y, 5);
      g.fillStyle(opennessColour(p.end), 1).fillCircle(ex, y, 8);
    });
  }
}
