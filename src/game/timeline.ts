// The phase timeline across the top of the room: the phases as planned (widths by planned minutes), the
// current one lit, a tick where each phase actually started, and the simulated clock as a marker.
import type * as Phaser from "phaser";
import type { RoomTimeline } from "../ui/room-view.ts";
import { ACCENT, INK } from "./palette.ts";

const LEFT = 16;
const RIGHT = 700;
const TOP = 12;
const HEIGHT = 18;
const LATE = 0xc98b8b;

export class TimelineView {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly titles: Phaser.GameObjects.Text[] = [];
  private readonly clock: Phaser.GameObjects.Text;
  private signature = "";

  constructor(private readonly scene: Phaser.Scene) {
    this.g = scene.add.graphics();
    this.clock = scene.add
      .text(784, TOP + HEIGHT / 2, "", { fontFamily: "system-ui, sans-serif", fontSize: "13px", color: INK })
      .setOrigin(1, 0.5);
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    this.clock.setVisible(on);
    for (const t of this.titles) t.setVisible(on);
  }

  draw(tl: RoomTimeline | null): void {
    this.setVisible(tl !== null);
    if (!tl) return;
    const total = Math.max(1, tl.planned);
    const scale = (RIGHT - LEFT) / total;
    const signature = tl.phases.map((p) => `${p.id}:${p.plannedMinutes}:${p.title}`).join("|");
    if (signature !== this.signature) {
      this.signature = signature;
      for (const t of this.titles.splice(0)) t.destroy();
      let x = LEFT;
      for (const p of tl.phases) {
        const w = p.plannedMinutes * scale;
        const text = this.scene.add
          .text(x + 4, TOP + HEIGHT / 2, p.title, {
            fontFamily: "system-ui, sans-serif",
            fontSize: "11px",
            color: INK,
          })
          .setOrigin(0, 0.5);
        // Titles that do not fit their phase are shortened rather than running into the next one.
        while (text.width > w - 6 && text.text.length > 2) text.setText(`${text.text.slice(0, -2)}…`);
        if (text.width > w - 6) text.setText("");
        this.titles.push(text);
        x += w;
      }
    }
    const g = this.g;
    g.clear();
    let x = LEFT;
    tl.phases.forEach((p, i) => {
      const w = p.plannedMinutes * scale;
      const current = p.id === tl.current;
      const past = p.actualStart !== null && !current;
      g.fillStyle(current ? ACCENT : past ? 0xcdd6df : 0xe1e7ec, 1);
      g.fillRoundedRect(x + 1, TOP, w - 2, HEIGHT, 5);
      this.titles[i]?.setColor(current ? "#ffffff" : INK);
      if (p.actualStart !== null) {
        // Where the phase actually began, under the bar, to compare with its planned start above.
        const ax = LEFT + Math.min(total, p.actualStart) * scale;
        g.fillStyle(0x5a6775, 1);
        g.fillTriangle(ax, TOP + HEIGHT + 2, ax - 4, TOP + HEIGHT + 8, ax + 4, TOP + HEIGHT + 8);
      }
      x += w;
    });
    const cx = LEFT + Math.min(total, tl.clock) * scale;
    g.lineStyle(2, tl.clock > total ? LATE : 0x24313f, 1);
    g.lineBetween(cx, TOP - 4, cx, TOP + HEIGHT + 4);
    this.clock.setText(`${Math.round(tl.clock)}′`);
  }
}
