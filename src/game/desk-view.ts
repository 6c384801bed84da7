// The organiser's desk, drawn instead of the circle while preparing, recruiting and following up: an
// inbox of colleagues' messages on the left, the phone with whoever is on the line on the right, the
// organiser at the desk between them. Redrawn whole on each update: it holds a handful of objects.
import type * as Phaser from "phaser";
import type { DeskState, RoomPerson } from "../ui/room-view.ts";
import { ACCENT, HALO, INK, looks, opennessColour, SOFT_INK } from "./palette.ts";
import { bodyTexture } from "./textures.ts";

const WOOD = 0xd9c3a5;
const PAPER = 0xffffff;
const FONT = "system-ui, sans-serif";

export function drawDesk(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  desk: DeskState,
  people: readonly RoomPerson[],
  youLabel: string,
  k: number,
): void {
  const text = (x: number, y: number, s: string, size: number, colour = INK, bold = false) =>
    scene.add.text(x, y, s, {
      fontFamily: FONT,
      fontSize: `${Math.round(size * k)}px`,
      color: colour,
      fontStyle: bold ? "bold" : "normal",
    });
  // The desk top across the room, with the organiser behind it.
  layer.add(scene.add.rectangle(400, 330, 760, 170, WOOD, 1).setStrokeStyle(2, 0xc2a888));
  const you = desk.you;
  if (you) {
    const look = looks(you.id);
    layer.add([
      scene.add.image(400, 215, bodyTexture(false, look.clothes)).setDisplaySize(70, 70),
      scene.add.circle(400, 212, 14, look.hair),
      scene.add.ellipse(400, 204, 15, 11, look.skin),
      scene.add.circle(400, 215, 48).setStrokeStyle(2, ACCENT),
      text(400, 267, `${you.name} (${youLabel})`, 13, "#2f6fad", true).setOrigin(0.5, 0),
    ]);
  }

  // The inbox: a sheet of paper with the newest messages on top.
  const inX = 40;
  const inW = 280;
  layer.add(scene.add.rectangle(inX + inW / 2, 235, inW, 250, PAPER).setStrokeStyle(1, 0xc3ccd5));
  layer.add(text(inX + 12, 120, desk.labels.inbox, 14, INK, true));
  const rowH = Math.max(34, 22 * k + 10);
  if (desk.messages.length === 0) layer.add(text(inX + 12, 150, desk.labels.empty, 12, SOFT_INK));
  desk.messages.forEach((m, i) => {
    const y = 150 + i * rowH;
    if (y + rowH > 355) return;
    if (i === 0 && desk.fresh)
      layer.add(scene.add.rectangle(inX + inW / 2, y + rowH / 2 - 2, inW - 8, rowH - 4, HALO));
    // An envelope: a box with its flap.
    const ex = inX + 24;
    const ey = y + rowH / 2 - 2;
    layer.add(scene.add.rectangle(ex, ey, 22, 15, PAPER).setStrokeStyle(1.5, SOFT_INK_NUM));
    layer.add(
      scene.add
        .polygon(0, 0, [ex - 11, ey - 7, ex, ey + 1, ex + 11, ey - 7], 0, 0)
        .setStrokeStyle(1.5, SOFT_INK_NUM)
        .setOrigin(0, 0),
    );
    layer.add(text(ex + 20, ey, m.name, 13, i === 0 ? INK : SOFT_INK, i === 0).setOrigin(0, 0.5));
  });

  // The phone, and who is on the line, with their openness as the ring's colour as in the circle.
  const phX = 600;
  layer.add(scene.add.rectangle(phX, 235, 260, 250, PAPER).setStrokeStyle(1, 0xc3ccd5));
  layer.add(text(phX - 118, 120, desk.labels.phone, 14, INK, true));
  const handset = scene.add
    .rectangle(phX - 80, 200, 38, 64, desk.caller ? 0x2e7d4f : 0x9aa6b4)
    .setStrokeStyle(2, 0x24313f);
  layer.add([handset, scene.add.rectangle(phX - 80, 200, 28, 40, 0xeef2f5)]);
  if (desk.caller) {
    const who = people.find((p) => p.id === desk.caller?.id);
    const look = looks(desk.caller.id);
    const colour = who?.openness !== undefined ? opennessColour(who.openness) : 0xb9c3cf;
    layer.add([
      scene.add.circle(phX + 30, 200, 30, HALO, 0.85),
      scene.add.circle(phX + 30, 200, 26).setStrokeStyle(4, colour),
      scene.add.image(phX + 30, 204, bodyTexture(false, look.clothes)).setDisplaySize(42, 42),
      scene.add.circle(phX + 30, 199, 8, look.hair),
      scene.add.ellipse(phX + 30, 194, 9, 7, look.skin),
      text(phX - 118, 255, desk.labels.onTheLine, 12, SOFT_INK),
      text(phX - 118, 255 + 16 * k, desk.caller.name, 14, INK, true),
    ]);
  } else layer.add(text(phX - 40, 190, desk.labels.noCall, 13, SOFT_INK));
}

const SOFT_INK_NUM = Number.parseInt(SOFT_INK.slice(1), 16);
