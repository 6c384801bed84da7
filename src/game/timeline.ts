// The phase timeline across the top of the room: the phases as planned (widths by planned minutes), the
// current one lit, a tick where each phase actually started, and the simulated clock as a marker. A
// title that does not fit its phase is never cut off: the phase shows its number, which the room's
// legend explains, and the header names the current phase in full.
import type * as Phaser from "phaser";
import type { RoomTimeline } from "../ui/room-view.ts";
import { ACCENT, INK } from "./palette.ts";

const LEFT = 16;
const RIGHT = 700;
const TOP = 12;
const BAR = 18;
const LATE = 0xc98b8b;

export class TimelineView {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly titles: Phaser.GameObjects.Text[] = [];
  private readonly clock: Phaser.GameObjects.Text;
  private signature = "";
  private bar = BAR;

  constructor(private readonly scene: Phaser.Scene) {
    this.g = scene.add.graphics();
    this.clock = scene.add
      .text(784, TOP + this.bar / 2, "", {
        fontFamily: "system-ui, sans-serif",
        fontSize: "13px",
        color: INK,
      })
      .setOrigin(1, 0.5);
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    this.clock.setVisible(on);
    for (const t of this.titles) t.setVisible(on);
  }

  /** `k`: how much larger than at full size to draw the words (the canvas is shown smaller on a phone). */
  draw(tl: RoomTimeline | null, k = 1): void {
    this.setVisible(tl !== null);
    if (!tl) return;
    const size = Math.min(k, 1.8);
    this.bar = Math.round(BAR * size);
    const total = Math.max(1, tl.planned);
    const scale = (RIGHT - LEFT) / total;
    const signature = `${size}|${tl.phases.map((p) => `${p.id}:${p.plannedMinutes}:${p.title}`).join("|")}`;
    if (signature !== this.signature) {
      this.signature = signature;
      for (const t of this.titles.splice(0)) t.destroy();
      this.clock.setFontSize(Math.round(13 * size)).setY(TOP + this.bar / 2);
      let x = LEFT;
      tl.phases.forEach((p, i) => {
        const w = p.plannedMinutes * scale;
        const text = this.scene.add
          .text(x + 4, TOP + this.bar / 2, p.title, {
            fontFamily: "system-ui, sans-serif",
            fontSize: `${Math.round(11 * size)}px`,
            color: INK,
          })
          .setOrigin(0, 0.5);
        // A title that does not fit its phase gives way to the phase's number (see the legend).
        if (text.width > w - 6) text.setText(String(i + 1));
        if (text.width > w - 6) text.setText("");
        this.titles.push(text);
        x += w;
      });
    }
    const g = this.g;
    g.clear();
    let x = LEFT;
    tl.phases.forEach((p, i) => {
      const w = p.plannedMinutes * scale;
      const current = p.id === tl.current;
      const past = p.actualStart !== null && !current;
      g.fillStyle(current ? ACCENT : past ? 0xcdd6df : 0xe1e7ec, 1);
      g.fillRoundedRect(x + 1, TOP, w - 2, this.bar, 5);
      this.titles[i]?.setColor(current ? "#ffffff" : INK);
      if (p.actualStart !== null) {
        // Where the phase actually began, under the bar, to compare with its planned start above.
        const ax = LEFT + Math.min(total, p.actualStart) * scale;
        g.fillStyle(0x5a6775, 1);
        g.fillTriangle(ax, TOP + this.bar + 2, ax - 4, TOP + this.bar + 8, ax + 4, TOP + this.bar + 8);
      }
      x += w;
    });
    const cx = LEFT + Math.min(total, tl.clock) * scale;
    g.lineStyle(2, tl.clock > total ? LATE : 0x24313f, 1);
    g.lineBetween(cx, TOP - 4, cx, TOP + this.bar + 4);
    this.clock.setText(`${Math.round(tl.clock)}′`);
  }
}
