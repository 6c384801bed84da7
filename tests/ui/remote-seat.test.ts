// @vitest-environment jsdom
// The meeting view over a workshop seat: the same screen as single play, fed by the server's messages.
// A fake room stands in for colyseus.js; the entries and turns are a real engine run's.
import { beforeEach, describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import type { LogEntry } from "../../src/engine/runtime/context.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { asOthers, RemoteSeat } from "../../src/ui/seat/remote-seat.ts";
import type { WorkshopRoom } from "../../src/ui/workshop/api.ts";
import { codeText } from "../../src/ui/workshop/strings.ts";
import { readText } from "../helpers.ts";
import { click, meeting, text } from "./meeting-harness.ts";

class FakeRoom implements WorkshopRoom {
  readonly sent: { type: string; body: unknown }[] = [];
  private readonly handlers = new Map<string, ((body: never) => void)[]>();
  onMessage(type: string, fn: (body: never) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
  }
  send(type: string, body?: unknown): void {
    this.sent.push({ type, body });
  }
  onLeave(): void {}
  leave(): Promise<unknown> {
    return Promise.resolve();
  }
  deliver(type: string, body: unknown): void {
    for (const fn of this.handlers.get(type) ?? []) fn(body as never);
  }
}

const scenario = (() => {
  const loaded = loadScenario(readText("tests/fixtures/mini.json"), "mini.json");
  if (!loaded.scenario) throw new Error("mini.json does not load");
  return loaded.scenario;
})();

/** A real run's opening: its entries and the facilitator's first pending move. */
function opening() {
  const session = startSession(scenario, "facilitator", { seed: 1 });
  const entries = session.log().map((entry, i) => ({ i, entry }));
  const pending = session.pending();
  session.stop();
  return { entries, pending };
}

const running = { status: "running", position: 0, done: false };

describe("RemoteSeat", () => {
  it("keeps entries once each, in order, whatever order or repeats they come in", () => {
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "facilitator");
    let calls = 0;
    seat.subscribe(() => calls++);
    const { entries } = opening();
    const [a, b] = entries;
    if (!a || !b) throw new Error("mini.json opens with a phase and a line");
    room.deliver("entries", { entries: [b, a] });
    room.deliver("entries", { entries: [a, b], catchUp: true });
    room.deliver("entries", { entries: [] });
    expect(seat.log()).toEqual([a.entry, b.entry]);
    expect(seat.seen).toBe(1);
    expect(calls).toBe(1);
  });

  it("offers the turn only while the meeting runs, and is done when it ends or is ended", () => {
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "facilitator");
    const { pending } = opening();
    room.deliver("turn", { pending });
    expect(seat.pending()).toBeNull();
    room.deliver("status", running);
    expect(seat.pending()).toEqual(pending);
    room.deliver("status", { ...running, status: "paused" });
    expect(seat.pending()).toBeNull();
    expect(seat.done).toBe(false);
    room.deliver("status", { ...running, status: "ended" });
    expect(seat.done).toBe(true);
  });

  it("sends a move once, and gives the turn back with the refusal's code when the server refuses it", () => {
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "facilitator");
    const { pending } = opening();
    if (!pending) throw new Error("mini.json opens with a move");
    room.deliver("status", running);
    room.deliver("turn", { pending });
    const refused: string[] = [];
    seat.onRefused = (code) => refused.push(code);
    const first = pending.choices[0]?.id as string;
    expect(pending.kind === "pick" ? seat.pick([first]) : seat.choose(first)).toEqual({ ok: true });
    expect(room.sent).toHaveLength(1);
    const body = room.sent[0]?.body as { ref: number; move: unknown };
    expect(seat.pending()).toBeNull();
    room.deliver("refused", { type: "move", code: "lines-coming", reason: "…", ref: body.ref });
    expect(refused).toEqual(["lines-coming"]);
    expect(seat.pending()).toEqual(pending);
    expect(codeText("nl", "lines-coming")).toBe("Wacht tot de laatste regel gezegd is.");
  });

  it("says a wrong number of picks on the spot, in the player's words, without sending", () => {
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "facilitator");
    room.deliver("status", running);
    room.deliver("turn", {
      pending: { beat: "b", kind: "pick", prompt: { nl: "?" }, choices: [], min: 2, max: 3 },
    });
    const result = seat.pick(["a"]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("pick-count");
    expect(room.sent).toHaveLength(0);
  });

  it("shows another seat's move as that person's, typed words as quoted words", () => {
    const move: LogEntry = {
      t: "move",
      at: 1,
      beat: "b",
      phase: "p",
      role: "facilitator",
      kind: "say",
      choices: [],
      texts: [],
      free: { text: "<i>hallo</i>", label: "open", confidence: 1, why: { nl: "x" }, cues: [] },
    };
    const shown = asOthers(move);
    expect(shown.t === "move" && shown.byComputer).toBe(true);
    expect(shown.t === "move" && shown.texts[0]?.nl).toBe("“<i>hallo</i>”");
    expect(shown.t === "move" && "free" in shown).toBe(false);
    const follower = new RemoteSeat(new FakeRoom(), null);
    expect(follower.canNote).toBe(false);
  });
});

describe("the meeting view over a workshop seat", () => {
  beforeEach(() => localStorage.clear());

  it("shows the server's lines at once, offers its turn, sends the choice and has no pause of its own", async () => {
    const { app } = await meeting();
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "facilitator");
    const { entries, pending } = opening();
    if (pending?.kind !== "pick") throw new Error("mini.json opens with a pick");
    app.showSeat(scenario, "facilitator", "nl", seat, { leave() {}, done() {} });
    expect(document.getElementById("pause")).toBeNull();
    room.deliver("status", running);
    room.deliver("entries", { entries });
    const lines = entries.filter((e) => e.entry.t === "line").length;
    expect(document.querySelectorAll("#log li.line").length).toBe(lines);
    expect(document.querySelector("#move button")).toBeNull();
    room.deliver("turn", { pending });
    const id = pending.choices[0]?.id as string;
    (document.getElementById(`pick-${id}`) as HTMLInputElement).checked = true;
    click("#confirm");
    expect(room.sent).toEqual([{ type: "move", body: { move: { pick: [id] }, ref: 1 } }]);
    expect(document.querySelector("#move button")).toBeNull();
  });

  it("shows the server's urge window as it is: the server lets the urge pass when it runs out", async () => {
    const { app } = await meeting();
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "listener-1");
    app.showSeat(scenario, "listener", "nl", seat, { leave() {}, done() {} });
    room.deliver("status", running);
    const long =
      "Je wilt iets zeggen over wat je net hoorde, want het klopt volgens jou niet helemaal. ".repeat(3);
    room.deliver("turn", {
      pending: {
        beat: "b",
        kind: "urge",
        prompt: { nl: long },
        choices: [{ id: "wacht", text: { nl: "Je houdt je in" } }],
        windowSeconds: 2,
      },
    });
    expect(document.querySelector(".urge-timer")?.getAttribute("data-seconds")).toBe("2");
  });

  it("ends through the workshop's hook, and a follower has no note buttons", async () => {
    const { app } = await meeting();
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, null);
    let ended = 0;
    app.showSeat(scenario, "listener", "nl", seat, { leave() {}, done: () => ended++ });
    room.deliver("status", running);
    room.deliver("entries", { entries: opening().entries });
    expect(document.querySelectorAll(".note-buttons").length).toBe(0);
    expect(document.getElementById("notes")).toBeNull();
    expect(text("#log")).not.toBe("");
    room.deliver("status", { ...running, done: true });
    expect(ended).toBeGreaterThan(0);
  });
});
