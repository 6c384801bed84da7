// @vitest-environment jsdom
// In a workshop with several people, a move not made by the computer is not necessarily mine: the
// facilitator's move on a listener's device is the facilitator's, named as the person who joined.
import { beforeEach, describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import type { LogEntry } from "../../src/engine/runtime/context.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { transcriptItem } from "../../src/ui/screens/workshop-transcript.ts";
import { RemoteSeat } from "../../src/ui/seat/remote-seat.ts";
import type { WorkshopRoom } from "../../src/ui/workshop/api.ts";
import { seatLabels } from "../../src/ui/workshop/seat-labels.ts";
import { readText } from "../helpers.ts";
import { meeting, text } from "./meeting-harness.ts";

class FakeRoom implements WorkshopRoom {
  private readonly handlers = new Map<string, ((body: never) => void)[]>();
  onMessage(type: string, fn: (body: never) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
  }
  readonly sent: unknown[] = [];
  send(_type: string, body?: unknown): void {
    this.sent.push(body);
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

/** The facilitator's first move as a workshop's lead seat logs it: by a person, with no `seat`. */
function facilitatorMoveLog(): { i: number; entry: LogEntry }[] {
  const session = startSession(scenario, "facilitator", { seed: 1 });
  const p = session.pending();
  if (p?.kind !== "pick") throw new Error("mini.json opens with a pick");
  session.pick(p.choices.slice(0, p.min).map((c) => c.id));
  const log = session.log().map((entry, i) => ({ i, entry }));
  session.stop();
  return log;
}

const move = (over: Partial<Extract<LogEntry, { t: "move" }>>): LogEntry => ({
  t: "move",
  at: 1,
  beat: "b",
  phase: "p",
  role: "listener",
  kind: "choose",
  choices: ["x"],
  texts: [{ nl: "x" }],
  ...over,
});

describe("a workshop seat tells its own moves from other people's", () => {
  beforeEach(() => localStorage.clear());

  it("by the entry's seat, or the role of an entry without one", () => {
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "listener-1");
    const entries = [
      move({ role: "facilitator" }),
      move({ seat: "listener-1" }),
      move({}),
      move({ seat: "listener-2" }),
    ].map((entry, i) => ({ i, entry }));
    room.deliver("entries", { entries });
    const computer = seat.log().map((e) => e.t === "move" && e.byComputer === true);
    expect(computer).toEqual([true, false, false, true]);
    // The lead seat sees the same facilitator move as its own.
    const lead = new RemoteSeat(new FakeRoom(), null);
    lead.take(entries);
    expect(lead.log().every((e) => e.t === "move" && e.byComputer)).toBe(true);
    lead.sitAt("facilitator");
    expect(lead.log().map((e) => e.t === "move" && e.byComputer === true)).toEqual([false, true, true, true]);
  });

  it("shows the facilitator's move on a listener's device as theirs, with the name they joined with", async () => {
    const { app } = await meeting();
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "listener-1");
    seat.setNames(
      seatLabels("nl", {
        status: "running",
        seats: ["facilitator", "listener-1"],
        players: [
          { player: "p1", name: "<b>Piet</b>", seat: "facilitator", connected: true },
          { player: "p2", name: "Anna", seat: "listener-1", connected: true },
        ],
      }),
    );
    app.showSeat(scenario, "listener", "nl", seat, { leave() {}, done() {} });
    room.deliver("status", { status: "running", position: 0, done: false });
    room.deliver("entries", { entries: facilitatorMoveLog() });
    expect(document.querySelectorAll("#log li.move.own").length).toBe(0);
    const theirs = [...document.querySelectorAll("#log li.move.npc")].map((li) => li.textContent ?? "");
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.join(" ")).toContain("<b>Piet</b> (gespreksleider)");
    expect(text("#log")).not.toContain("Jij:");
    // Not the listener's own seat: no name for it.
    expect(seat.playerName("listener-1")).toBeUndefined();
  });

  it("does not give back a turn the server has taken back since the move was sent", () => {
    const room = new FakeRoom();
    const seat = new RemoteSeat(room, "facilitator");
    room.deliver("status", { status: "running", position: 0, done: false });
    const pending = {
      beat: "b",
      kind: "choose",
      prompt: { nl: "?" },
      choices: [{ id: "a", text: { nl: "a" } }],
      min: 1,
      max: 1,
    };
    room.deliver("turn", { pending });
    seat.choose("a");
    const ref = (room.sent[0] as { ref: number }).ref;
    // Another seat's move overtook it: the server takes the turn back, then refuses the move.
    room.deliver("turn", { pending: null });
    room.deliver("refused", { type: "move", code: "lines-coming", reason: "…", ref });
    expect(seat.pending()).toBeNull();
  });

  it("names the people in the seats in the trainer's live transcript too", () => {
    const labels = seatLabels("nl", {
      status: "running",
      seats: ["facilitator", "listener-1"],
      players: [{ player: "p1", name: "Piet", seat: "facilitator", connected: true }],
    });
    const entry = facilitatorMoveLog().find((e) => e.entry.t === "move")?.entry as LogEntry;
    expect(transcriptItem(scenario, entry, "nl", labels)?.textContent).toMatch(/^Piet \(gespreksleider\): /);
    const computer = { ...entry, byComputer: true } as LogEntry;
    expect(transcriptItem(scenario, computer, "nl", labels)?.textContent).not.toContain("Piet");
  });
});
