// @vitest-environment jsdom
// Issue 11, point 15: the organiser's calls and inbox are not shown in the meeting circle: away from the
// evening the room is a desk with an inbox and a phone; the evening itself is the circle.
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/engine/load/load.ts";
import type { LogEntry } from "../../src/engine/runtime/context.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { deskState } from "../../src/ui/desk-state.ts";
import { roomLegend } from "../../src/ui/room-legend.ts";
import { roomState } from "../../src/ui/room-state.ts";
import { readText } from "../helpers.ts";

const organiser = () => {
  const s = loadScenario(readText("scenarios/voorbereiding-organisator.json"), "x.json").scenario;
  if (!s) throw new Error("the organiser's scenario does not load");
  return s;
};

/** Plays the first choice of every move until `until` holds for the log. */
function playUntil(until: (log: LogEntry[]) => boolean) {
  const s = organiser();
  const session = startSession(s, "organiser", { seed: 3 });
  for (let i = 0; i < 200 && !session.done && !until(session.log()); i++) {
    const p = session.pending();
    if (!p) break;
    const r =
      p.kind === "pick"
        ? session.pick(p.choices.slice(0, p.min).map((c) => c.id))
        : session.choose(p.choices[0]?.id ?? "");
    if (!r.ok) break;
  }
  return { s, session };
}

describe("the organiser's desk", () => {
  it("shows colleagues' messages in the inbox at the start, and no call", () => {
    const { s, session } = playUntil(() => true);
    const desk = deskState(s, "organiser", "nl", session.log(), session.context.phase);
    expect(desk?.you?.name).toBe("Ingrid");
    expect(desk?.messages[0]?.name).toBe("Petra Hendriks");
    expect(desk?.fresh).toBe(true);
    expect(desk?.caller).toBeNull();
    expect(desk?.labels.inbox).toBe("Inbox en overleg");
  });

  it("puts a resident who speaks while recruiting on the phone", () => {
    const { s, session } = playUntil((log) => log.some((e) => e.t === "line" && e.speaker === "anja"));
    const desk = deskState(s, "organiser", "en", session.log(), session.context.phase);
    expect(desk?.caller?.name).toBe("Anja de Vries");
    expect(desk?.labels.phone).toBe("Phone");
  });

  it("shows the circle on the evening itself, and for the other roles", () => {
    const { s, session } = playUntil((log) => log.some((e) => e.t === "phase" && e.phase === "avond"));
    expect(session.context.phase).toBe("avond");
    expect(deskState(s, "organiser", "nl", session.log(), "avond")).toBeNull();
    const evening = roomState(s, "organiser", "nl", session.log(), session.context);
    expect(evening.desk).toBeNull();
    // The organiser is in the room that evening, marked as the one playing.
    expect(evening.people.find((p) => p.trainee)?.id).toBe("ingrid");
    const mini = loadScenario(readText("tests/fixtures/mini.json"), "mini.json").scenario;
    if (!mini) throw new Error("mini does not load");
    expect(deskState(mini, "listener", "nl", [], "nagesprek")).toBeNull();
  });
});

describe("the room's legend", () => {
  it("explains ring colours, marks and every emotion badge in the player's language", () => {
    const nl = roomLegend("nl", [{ title: "Afsluiting", minutes: 10 }]);
    const words = nl.textContent ?? "";
    for (const w of [
      "open",
      "dichtgeklapt",
      "jouw plek",
      "spreekt nu",
      "verdrietig",
      "hoopvol",
      "Afsluiting (10 min)",
    ])
      expect(words).toContain(w);
    expect(words).not.toMatch(/\b(sad|hopeful|speaking|your seat)\b/);
    expect(nl.querySelectorAll(".legend-icon")).toHaveLength(8);
    expect(roomLegend("en").textContent).toContain("closed up");
  });
});
