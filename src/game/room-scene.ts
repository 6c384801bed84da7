// The meeting room drawn from above: participants in an inner half circle facing the facilitator, the
// listeners in an outer ring behind them, the trainee's seat marked, the speaker lit, and each
// participant's openness as a soft ring colour. It only draws what the UI hands it (RoomState).
import * as Phaser from "phaser";
import type { RoomPerson, RoomState, RoomView } from "../ui/room-view.ts";

// A small sign per emotion, drawn beside a participant: calm colours, no faces to misread.
const EMOTION_SIGNS: Record<string, string> = {
  sad: "☁",
  moved: "💧",
  angry: "⚡",
  frustrated: "⚡",
  tense: "〰",
  anxious: "〰",
  hesitant: "…",
  happy: "☀",
  grateful: "♥",
  hopeful: "✧",
};

const WIDTH = 640;
const HEIGHT = 420;
const CLOSED = 0xc98b8b;
const OPEN = 0x8fbf9f;

function opennessColour(openness: number): number {
  const f = Math.max(0, Math.min(1, openness / 100));
  const mix = (a: number, b: number, shift: number) =>
    Math.round(((a >> shift) & 255) * (1 - f) + ((b >> shift) & 255) * f);
  return (mix(CLOSED, OPEN, 16) << 16) | (mix(CLOSED, OPEN, 8) << 8) | mix(CLOSED, OPEN, 0);
}

export class RoomScene extends Phaser.Scene {
  private state: RoomState | null = null;
  private layer: Phaser.GameObjects.Container | null = null;
  reducedMotion = false;

  constructor() {
    super("room");
  }

  create(): void {
    this.layer = this.add.container(0, 0);
    this.game.events.emit("room-ready");
    if (this.state) this.draw(this.state);
  }

  setState(state: RoomState): void {
    this.state = state;
    if (this.layer) this.draw(state);
  }

  private draw(state: RoomState): void {
    const layer = this.layer;
    if (!layer) return;
    layer.removeAll(true);
    const cx = WIDTH / 2;
    const cy = HEIGHT * 0.62;
    const inner = state.people.filter((p) => p.ring === "inner");
    const outer = state.people.filter((p) => p.ring === "outer");
    const facilitator = state.people.find((p) => p.ring === "facilitator");
    // A half circle opening towards the facilitator at the top.
    const place = (list: RoomPerson[], radius: number, size: number) =>
      list.forEach((p, i) => {
        const angle = Math.PI * (0.1 + (0.8 * (i + 0.5)) / Math.max(1, list.length));
        this.person(
          p,
          cx + Math.cos(angle) * radius * -1,
          cy + Math.sin(angle) * radius * 0.55,
          size,
          state.speaker === p.id,
        );
      });
    place(outer, 290, 14);
    place(inner, 190, 20);
    if (facilitator) this.person(facilitator, cx, 48, 20, state.speaker === facilitator.id);
  }

  private person(p: RoomPerson, x: number, y: number, r: number, speaking: boolean): void {
    const layer = this.layer;
    if (!layer) return;
    if (speaking) layer.add(this.add.circle(x, y, r + 9, 0xfff1b8, 0.9));
    const ring = p.openness === undefined ? 0xb9c3cf : opennessColour(p.openness);
    layer.add(this.add.circle(x, y, r + 4, ring, 1));
    layer.add(this.add.circle(x, y, r, p.ring === "outer" ? 0x6d7a8c : 0x4a5d73, 1));
    const sign = p.emotion ? EMOTION_SIGNS[p.emotion] : undefined;
    if (sign)
      layer.add(
        this.add.text(x + r + 4, y - r - 6, sign, {
          fontFamily: "system-ui, sans-serif",
          fontSize: "14px",
          color: "#5a6775",
        }),
      );
    // A closed participant sits back: the body is drawn a little smaller.
    if (p.openness !== undefined && p.openness < 35) layer.add(this.add.circle(x, y, r * 0.55, 0x3a4a5c, 1));
    if (p.trainee) layer.add(this.add.circle(x, y, r + 12, 0x000000, 0).setStrokeStyle(2, 0x2f6fad));
    layer.add(
      this.add
        .text(x, y + r + 8, p.name.split(" ")[0] ?? p.name, {
          fontFamily: "system-ui, sans-serif",
          fontSize: "12px",
          color: "#24313f",
        })
        .setOrigin(0.5, 0),
    );
  }
}

/** A RoomView backed by a Phaser game in `parent`. */
export function createRoom(parent: HTMLElement): RoomView & { game: Phaser.Game } {
  const scene = new RoomScene();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: "#eef2f5",
    scene: [scene],
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
  });
  return {
    game,
    show(state) {
      parent.hidden = false;
      scene.setState(state);
    },
    hide() {
      parent.hidden = true;
    },
  };
}
