// The meeting room from above: the participants in an inner half circle facing the facilitator, the
// listeners in an outer ring behind them, the trainee's seat marked. Whoever speaks is lit; each
// participant's openness shows as a soft ring colour and, when closed, as a drawn-in posture; a small
// sign shows a strong emotion. Online meetings show a video-call grid with muted listeners instead.
// The scene draws what it is handed (RoomState) and keeps its objects between updates.
import * as Phaser from "phaser";
import type { DeskState, RoomPerson, RoomState } from "../ui/room-view.ts";
import { drawDesk } from "./desk-view.ts";
import {
  ACCENT,
  FACILITATOR_CLOTHES,
  HALO,
  INK,
  LISTENER_CLOTHES,
  looks,
  opennessColour,
  REACT,
  SOFT_INK,
} from "./palette.ts";
import { bodyTexture, EMOTION_TEXTURE } from "./textures.ts";
import { TimelineView } from "./timeline.ts";

export const WIDTH = 800;
export const HEIGHT = 450;
const FACILITATOR = { x: 400, y: 92 };
/** Below this openness a participant is drawn closed up (arms crossed, turned a little away). */
const CLOSED_BELOW = 35;

interface Seat {
  person: RoomPerson;
  x: number;
  y: number;
  size: number;
  facing: number;
  figure: Phaser.GameObjects.Container;
  body: Phaser.GameObjects.Image;
  clothes: number;
  halo: Phaser.GameObjects.Arc;
  ring: Phaser.GameObjects.Arc;
  tile: Phaser.GameObjects.Rectangle | null;
  emotion: Phaser.GameObjects.Image;
  speaking: Phaser.GameObjects.Image;
  reacting: Phaser.GameObjects.Image;
  pulse: Phaser.Tweens.Tween | null;
}

export class RoomScene extends Phaser.Scene {
  private state: RoomState | null = null;
  private seats = new Map<string, Seat>();
  private signature = "";
  private timeline: TimelineView | null = null;
  private layer: Phaser.GameObjects.Container | null = null;
  private reducedMotion = false;

  constructor() {
    super("room");
  }

  create(): void {
    this.timeline = new TimelineView(this);
    // The canvas is scaled to fit its slot: on a phone the words are drawn larger to stay readable.
    this.scale.on(Phaser.Scale.Events.RESIZE, () => {
      if (this.state) this.apply(this.state);
    });
    if (this.state) this.apply(this.state);
  }

  /** How much larger than at full size words are drawn, so they read at about their size on any screen. */
  private textScale(): number {
    const shown = this.scale.displaySize?.width || WIDTH;
    return Math.round(Math.min(2.2, Math.max(1, (WIDTH / shown) * 0.85)) * 10) / 10;
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    if (this.state) this.apply(this.state);
  }

  setState(state: RoomState): void {
    this.state = state;
    if (this.timeline) this.apply(state);
  }

  private apply(state: RoomState): void {
    const k = this.textScale();
    if (state.desk) {
      this.showDesk(state, state.desk, k);
      return;
    }
    const signature = `${k}|${state.mode}|${state.labels.you}|${state.people.map((p) => `${p.id}:${p.ring}:${p.trainee ? 1 : 0}`).join(",")}`;
    if (signature !== this.signature) {
      this.signature = signature;
      this.build(state, k);
    }
    this.timeline?.draw(state.timeline, k);
    for (const p of state.people) {
      const seat = this.seats.get(p.id);
      if (seat) this.refresh(seat, p, state);
    }
  }

  /** The organiser away from the meeting: the desk instead of the circle (see desk-view.ts). */
  private showDesk(state: RoomState, desk: DeskState, k: number): void {
    for (const seat of this.seats.values()) seat.pulse?.remove();
    this.seats.clear();
    // The circle is built anew when the evening comes.
    this.signature = "";
    this.layer?.destroy(true);
    this.layer = this.add.container(0, 0);
    drawDesk(this, this.layer, desk, state.people, state.labels.you, k);
    this.timeline?.draw(state.timeline, k);
  }

  /** Seats are made once per cast and reused for every update, so a meeting makes no garbage per line. */
  private build(state: RoomState, k: number): void {
    for (const seat of this.seats.values()) seat.pulse?.remove();
    this.seats.clear();
    this.layer?.destroy(true);
    const layer = this.add.container(0, 0);
    this.layer = layer;
    const online = state.mode === "online";
    const inner = state.people.filter((p) => p.ring === "inner");
    const outer = state.people.filter((p) => p.ring === "outer");
    const facilitator = state.people.find((p) => p.ring === "facilitator");
    const places: { p: RoomPerson; x: number; y: number; size: number }[] = [];
    if (online) {
      // A video call: participants and the facilitator in large tiles, listeners in a row of small ones.
      const big = facilitator ? [facilitator, ...inner] : inner;
      const cols = Math.min(5, Math.max(3, Math.ceil(big.length / 2)));
      big.forEach((p, i) =>
        places.push({
          p,
          x: 90 + (i % cols) * (620 / Math.max(1, cols - 1)),
          y: 110 + Math.floor(i / cols) * 120,
          size: 54,
        }),
      );
      outer.forEach((p, i) =>
        places.push({ p, x: 60 + i * (680 / Math.max(1, outer.length - 1)), y: 385, size: 36 }),
      );
    } else {
      layer.add(this.add.ellipse(400, 250, 700, 330, 0xe4e9ee, 0.6));
      if (facilitator) places.push({ p: facilitator, ...FACILITATOR, size: 50 });
      inner.forEach((p, i) => {
        const a = Phaser.Math.DegToRad(158 - (136 * (i + 0.5)) / inner.length);
        places.push({ p, x: 400 + Math.cos(a) * 290, y: 122 + Math.sin(a) * 196, size: 50 });
      });
      outer.forEach((p, i) => {
        const a = Phaser.Math.DegToRad(164 - (148 * (i + 0.5)) / outer.length);
        places.push({ p, x: 400 + Math.cos(a) * 372, y: 122 + Math.sin(a) * 282, size: 38 });
      });
    }
    for (const { p, x, y, size } of places)
      this.seats.set(p.id, this.seat(layer, p, x, y, size, online, state, k));
  }

  private seat(
    layer: Phaser.GameObjects.Container,
    p: RoomPerson,
    x: number,
    y: number,
    size: number,
    online: boolean,
    state: RoomState,
    k: number,
  ): Seat {
    const look = looks(p.id);
    const tile = online
      ? this.add.rectangle(x, y, size * 2.3, size * 1.7, 0xdde4ea).setStrokeStyle(1, 0xc3ccd5)
      : null;
    if (tile) layer.add(tile);
    const halo = this.add.circle(x, y, size * 0.8, HALO, 0.85).setVisible(false);
    const ring = this.add
      .circle(x, y, size * 0.62)
      .setStrokeStyle(3, 0xb9c3cf)
      .setFillStyle(0xffffff, 0);
    layer.add([halo, ring]);
    // Everyone faces the facilitator (or the camera, online); the facilitator faces the circle.
    const facing = online
      ? 0
      : p.ring === "facilitator"
        ? Math.PI
        : Math.atan2(FACILITATOR.y - y, FACILITATOR.x - x) + Math.PI / 2;
    const figure = this.add.container(x, y).setRotation(facing);
    if (!online) figure.add(this.add.image(0, size * 0.22, "chair").setDisplaySize(size * 0.95, size * 0.95));
    const clothes =
      p.ring === "outer" ? LISTENER_CLOTHES : p.ring === "facilitator" ? FACILITATOR_CLOTHES : look.clothes;
    const body = this.add.image(0, 0, bodyTexture(false, clothes)).setDisplaySize(size, size);
    const head = size * 0.2;
    figure.add([
      body,
      this.add.circle(0, -size * 0.04, head, look.hair),
      this.add.ellipse(0, -size * 0.04 - head * 0.55, head * 1.1, head * 0.8, look.skin),
    ]);
    layer.add(figure);
    // The first name, not a title such as "dr." that comes before it.
    const label = p.name.split(" ").find((w) => !w.endsWith(".")) ?? p.name;
    const name = this.add
      .text(x, y + size * 0.62 + 3, p.trainee ? `${label} (${state.labels.you})` : label, {
        fontFamily: "system-ui, sans-serif",
        fontSize: `${Math.round((p.ring === "outer" ? 11 : 13) * k)}px`,
        color: p.trainee ? "#2f6fad" : p.ring === "outer" ? SOFT_INK : INK,
        fontStyle: p.trainee ? "bold" : "normal",
      })
      .setOrigin(0.5, 0);
    layer.add(name);
    if (p.trainee)
      layer.add(
        this.add
          .circle(x, y, size * 0.74)
          .setStrokeStyle(2, ACCENT)
          .setFillStyle(0xffffff, 0),
      );
    if (online && p.ring === "outer")
      layer.add(this.add.image(x + size * 0.75, y - size * 0.5, "muted").setDisplaySize(16, 16));
    const emotion = this.add
      .image(x + size * 0.5, y - size * 0.5, "emotion-sad")
      .setDisplaySize(20, 20)
      .setVisible(false);
    const speaking = this.add
      .image(x - size * 0.55, y - size * 0.55, "speaking")
      .setDisplaySize(20, 20)
      .setVisible(false);
    const reacting = this.add
      .image(x, y - size * 0.8, "reacting")
      .setDisplaySize(20, 20)
      .setVisible(false);
    layer.add([emotion, speaking, reacting]);
    return {
      person: p,
      x,
      y,
      size,
      facing,
      figure,
      body,
      clothes,
      halo,
      ring,
      tile,
      emotion,
      speaking,
      reacting,
      pulse: null,
    };
  }

  private refresh(seat: Seat, p: RoomPerson, state: RoomState): void {
    const speaking = state.speaker === p.id;
    seat.halo.setVisible(speaking);
    seat.speaking.setVisible(speaking);
    seat.tile?.setStrokeStyle(speaking ? 3 : 1, speaking ? 0xd9b44a : 0xc3ccd5);
    if (speaking && !this.reducedMotion && !seat.pulse) {
      seat.pulse = this.tweens.add({
        targets: seat.halo,
        scale: 1.12,
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: "Sine.easeInOut",
      });
    } else if ((!speaking || this.reducedMotion) && seat.pulse) {
      seat.pulse.remove();
      seat.pulse = null;
      seat.halo.setScale(1);
    }
    const reacting = state.reacting === p.id;
    seat.reacting.setVisible(reacting);
    if (p.openness !== undefined) {
      seat.ring.setStrokeStyle(4, reacting ? REACT : opennessColour(p.openness));
      const closed = p.openness < CLOSED_BELOW;
      seat.body.setTexture(bodyTexture(closed, seat.clothes)).setDisplaySize(seat.size, seat.size);
      // A closed participant sits back and turns a little away from the facilitator.
      seat.figure.setRotation(seat.facing + (closed && state.mode !== "online" ? 0.35 : 0));
      seat.figure.setScale(closed ? 0.92 : 1);
    } else seat.ring.setStrokeStyle(reacting ? 4 : 2, reacting ? REACT : 0xc7d0d9);
    const sign = p.emotion ? EMOTION_TEXTURE[p.emotion] : undefined;
    if (sign) seat.emotion.setTexture(sign).setDisplaySize(20, 20);
    seat.emotion.setVisible(sign !== undefined);
  }
}
