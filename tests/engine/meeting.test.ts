// The workshop meeting: seats, turns, private urges, a listener's breach handled by the facilitator
// seat, the listeners' round, per-seat notes and order, and single play as the case of one seat.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { LogEntry } from "../../src/engine/runtime/context.ts";
import { shownChoices } from "../../src/engine/runtime/order.ts";
import { defaultJudge } from "../../src/engine/session/default-judge.ts";
import { Meeting, MeetingError } from "../../src/engine/session/meeting.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { root } from "../helpers.ts";
import { atBeat, driveUntil, quiet, scenario } from "./meeting-helpers.ts";

const wijkteam = scenario("wijkteam-zuiderveld.json");
const FOUR = ["facilitator", "listener-1", "listener-2", "listener-3"];
const shared = (e: LogEntry) => e.seat === undefined;
const texts = (m: Meeting, seat: string) =>
  m.entriesFor(seat).flatMap(({ entry }) => (entry.t === "line" ? [entry.text.nl] : []));

describe("seats", () => {
  it("refuses seats that are no seat, given twice, or of a role the scenario lacks", () => {
    expect(() => new Meeting(wijkteam, ["facilitator", "listener-21"])).toThrow(MeetingError);
    expect(() => new Meeting(wijkteam, ["listener-1", "listener-1"])).toThrow(/twice/);
    expect(() => new Meeting(wijkteam, ["organiser", "listener-1"])).toThrow(/no organiser role/);
  });

  it("one seat is single play: the same log as a Session, for each golden plan's role", () => {
    for (const [plan, seat] of [
      ["wijkteam-listener-good", "listener-1"],
      ["wijkteam-facilitator-bad", "facilitator"],
      ["voorbereiding-organiser-good", "organiser"],
    ] as const) {
      const p = JSON.parse(readFileSync(`${root}tests/golden/${plan}.plan.json`, "utf8")) as {
        scenario: string;
        role: "listener" | "facilitator" | "organiser";
        seed: number;
        moves: MoveRecord[];
      };
      const s = scenario(p.scenario.replace("scenarios/", ""));
      const session = startSession(s, p.role, { seed: p.seed, judge: defaultJudge });
      expect(session.replay(p.moves)).toEqual({ ok: true });
      const { meeting, result } = Meeting.replay(
        s,
        [seat],
        p.moves.map((move) => ({ seat, move })),
        { seed: p.seed, judge: defaultJudge, compiled: session.compiled },
      );
      expect(result).toEqual({ ok: true });
      expect(JSON.stringify(meeting.log())).toBe(JSON.stringify(session.log()));
      expect(meeting.done).toBe(session.done);
    }
  });

  it("a seat moving out of turn, or a computer's seat, is refused and nothing changes", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 1 });
    expect(m.pending("facilitator")?.beat).toBe("o-welkom");
    expect(m.pending("listener-1")).toBeNull();
    const before = m.logLength();
    const early = m.apply("listener-1", { choose: "stil" });
    expect(early).toMatchObject({ ok: false, code: "no-move" });
    expect(early.ok ? "" : early.error).toMatch(/not listener-1's turn/);
    expect(m.apply("listener-4", { choose: "stil" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/computer/),
    });
    expect(m.apply("trainer", { choose: "stil" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a seat/),
    });
    expect(m.logLength()).toBe(before);
    expect(m.moves()).toEqual([]);
  });
});

describe("urges per listener seat", () => {
  it("each listener gets the urge, decides alone, and the beat waits for every seat or its window", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 2 });
    driveUntil(m, atBeat("v-henk-buurthuis"));
    for (const seat of ["listener-1", "listener-2", "listener-3"]) {
      expect(m.pending(seat)).toMatchObject({ purpose: "move", kind: "urge", beat: "v-henk-buurthuis" });
    }
    expect(m.pending("facilitator")).toBeNull();
    expect(m.apply("listener-1", { choose: "noteer" })).toEqual({ ok: true });
    // listener-1's move and verdicts are its own: the others see none of it.
    const own = m.entriesFor("listener-1").filter(({ entry }) => entry.seat === "listener-1");
    expect(own.map(({ entry }) => entry.t)).toEqual(expect.arrayContaining(["move", "verdict"]));
    for (const other of ["listener-2", "listener-3", "facilitator"]) {
      expect(m.entriesFor(other).some(({ entry }) => entry.seat === "listener-1")).toBe(false);
    }
    expect(m.pending("listener-1")).toBeNull();
    expect(m.pending("listener-2")?.beat).toBe("v-henk-buurthuis");
    expect(m.apply("listener-2", { choose: "stil" })).toEqual({ ok: true });
    // listener-3's window passes: its onTimeout choice counts for it alone, and the meeting goes on.
    expect(m.apply("listener-3", { wait: true })).toEqual({ ok: true });
    const timedOut = m
      .entriesFor("listener-3")
      .find(({ entry }) => entry.t === "move" && entry.seat === "listener-3");
    expect(timedOut?.entry).toMatchObject({ timedOut: true });
    expect(m.pending("listener-1")?.beat).toBe("v-kees-1");
  });

  it("holding back changes nothing in the room; each seat that gives in is heard and lowers openness", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 2 });
    driveUntil(m, atBeat("v-henk"));
    const henk = () => m.contextFor("facilitator").people.henk?.openness as number;
    const start = henk();
    m.apply("listener-1", { choose: "stil" });
    expect(henk()).toBe(start);
    m.apply("listener-2", { choose: "zuchten" });
    const once = henk();
    expect(once).toBeLessThan(start);
    m.apply("listener-3", { choose: "zuchten" });
    expect(henk()).toBeLessThan(once);
    // Everyone sees both sighs, named; the verdicts stay with the seats.
    const heard = texts(m, "listener-1").filter((t) => t.startsWith("Toehoorder"));
    expect(heard).toEqual(["Toehoorder 2 reageert hoorbaar.", "Toehoorder 3 reageert hoorbaar."]);
    // The speaker is the seat, for a client to label with the player's own name.
    const speakers = m
      .entriesFor("facilitator")
      .flatMap(({ entry }) => (entry.t === "line" && entry.line?.direction ? [entry.speaker] : []));
    expect(speakers).toEqual(expect.arrayContaining(["listener-2", "listener-3"]));
    expect(
      m.entriesFor("listener-1").some(({ entry }) => entry.t === "verdict" && entry.kind === "breach"),
    ).toBe(false);
  });

  it("shows each seat its own order, drawn from the seed, the seat and the beat", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 5 });
    const pick = wijkteam.beats.find((b) => b.id === "o-welkom")?.moves?.facilitator;
    if (!pick) throw new Error("o-welkom has a facilitator move");
    expect(m.pending("facilitator")?.choices.map((c) => c.id)).toEqual(
      shownChoices(pick, 5, "facilitator", "o-welkom").map((c) => c.id),
    );
    // Replayed, a seat sees its order again; in the same run, seats do not all see the same order.
    let seatsDiffer = false;
    for (let seed = 0; seed < 4; seed++) {
      const run = new Meeting(wijkteam, FOUR, { seed });
      const again = new Meeting(wijkteam, FOUR, { seed });
      driveUntil(run, atBeat("r-vraag-2"));
      driveUntil(again, atBeat("r-vraag-2"));
      const orders = new Set<string>();
      for (const seat of ["listener-1", "listener-2", "listener-3"]) {
        expect(again.pending(seat)?.choices).toEqual(run.pending(seat)?.choices);
        orders.add(JSON.stringify(run.pending(seat)?.choices.map((c) => c.id)));
      }
      if (orders.size > 1) seatsDiffer = true;
    }
    expect(seatsDiffer).toBe(true);
  });
});

describe("views for the workshop server", () => {
  it("a seat's view leaves out others' own entries; the trainer's has everything and every pending move", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 2 });
    driveUntil(m, atBeat("v-henk-buurthuis"));
    m.apply("listener-1", { choose: "noteer" });
    const trainer = m.trainerView();
    expect(trainer.entries.length).toBe(m.logLength());
    expect(trainer.entries.some(({ entry }) => entry.seat === "listener-1")).toBe(true);
    expect(Object.keys(trainer.pending)).toEqual(FOUR);
    expect(trainer.pending["listener-1"]).toBeNull();
    expect(trainer.pending["listener-2"]?.beat).toBe("v-henk-buurthuis");
    const view = m.viewFor("listener-2", 3);
    expect(view.entries.every(({ i }) => i >= 3)).toBe(true);
    expect(view.entries.length).toBeGreaterThan(0);
    expect(view.entries.some(({ entry }) => entry.seat === "listener-1")).toBe(false);
    expect(view.pending?.kind).toBe("urge");
  });
});

describe("a listener's breach and the facilitator", () => {
  it("gives the human facilitator a handling move, which holds the beat and is judged", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 3 });
    driveUntil(m, atBeat("v-henk-buurthuis"));
    m.apply("listener-1", { choose: "stil" });
    m.apply("listener-2", { choose: "instemmen" });
    m.apply("listener-3", { choose: "stil" });
    const p = m.pending("facilitator");
    expect(p).toMatchObject({ purpose: "handle", kind: "choose", beat: "v-henk-buurthuis" });
    expect(p?.prompt.nl).toContain("Toehoorder 2");
    expect(p?.choices.map((c) => c.id).sort()).toEqual(["protect-ignore", "protect-side", "protect-stop"]);
    // The meeting waits for it: nobody else has a move.
    for (const seat of ["listener-1", "listener-2", "listener-3"]) expect(m.pending(seat)).toBeNull();
    expect(m.apply("facilitator", { choose: "protect-side" })).toEqual({ ok: true });
    const verdict = m
      .entriesFor("facilitator")
      .find(({ entry }) => entry.t === "verdict" && entry.rule === "F-PROTECT");
    expect(verdict?.entry).toMatchObject({ kind: "breach", seat: "facilitator" });
    expect(
      m.entriesFor("listener-2").some(({ entry }) => entry.t === "verdict" && entry.rule === "F-PROTECT"),
    ).toBe(false);
    expect(texts(m, "listener-2")).toContain("Daar zit wel wat in, wat de toehoorder zegt. Hoe ziet u dat?");
    expect(m.pending("listener-1")?.beat).toBe("v-kees-1");
    expect(m.summary().breaches.map((b) => `${b.seat} ${b.rule}`)).toEqual([
      "listener-2 L-NONVERBAL",
      "facilitator F-PROTECT",
    ]);
  });

  it("a computer facilitator answers where the scenario has it answer, unjudged; a human one is asked", () => {
    const scripted = "Ik wil de toehoorders vragen om nu alleen te luisteren. Straks is er een eigen ronde.";
    const m = new Meeting(wijkteam, ["listener-1", "listener-2"], { seed: 3 });
    driveUntil(m, atBeat("v-kees-1"));
    m.apply("listener-1", { choose: "rechtzetten" });
    m.apply("listener-2", { choose: "stil" });
    expect(texts(m, "listener-2")).toContain(scripted);
    const human = new Meeting(wijkteam, FOUR, { seed: 3 });
    driveUntil(human, atBeat("v-kees-1"));
    human.apply("listener-1", { choose: "rechtzetten" });
    expect(human.pending("facilitator")?.purpose).toBe("handle");
    driveUntil(human, atBeat("v-kees-2"));
    expect(texts(human, "listener-2")).not.toContain(scripted);
    expect(m.log().some((e) => e.t === "verdict" && e.seat === undefined)).toBe(false);
    expect(
      m
        .log()
        .filter((e) => e.t === "move" && e.role === "facilitator")
        .every((e) => e.t === "move" && e.byComputer),
    ).toBe(true);
  });
});

describe("the listeners' round", () => {
  const toRound = (seats: string[]) => {
    const m = new Meeting(wijkteam, seats, { seed: 4, judge: defaultJudge });
    driveUntil(m, atBeat("r-vraag-l"));
    return m;
  };

  it("listeners raise hands, the facilitator seat gives the turn, the others wait", () => {
    const m = toRound(FOUR);
    for (const seat of ["listener-1", "listener-2", "listener-3"])
      expect(m.pending(seat)?.purpose).toBe("hand");
    expect(m.apply("listener-3", { choose: "verheldering" })).toMatchObject({
      ok: false,
      code: "not-a-choice",
    });
    expect(m.apply("listener-1", { choose: "raise-hand" })).toEqual({ ok: true });
    expect(m.pending("facilitator")).toBeNull();
    m.apply("listener-2", { choose: "raise-hand" });
    m.apply("listener-3", { wait: true });
    const turn = m.pending("facilitator");
    expect(turn).toMatchObject({ purpose: "turn" });
    expect(turn?.choices.map((c) => c.id)).toEqual(["turn:listener-1", "turn:listener-2"]);
    expect(m.apply("facilitator", { choose: "turn:listener-2" })).toEqual({ ok: true });
    expect(m.pending("listener-1")).toBeNull();
    expect(m.apply("listener-1", { choose: "verheldering" })).toMatchObject({ ok: false, code: "no-move" });
    expect(m.pending("listener-2")).toMatchObject({ purpose: "move", kind: "choose" });
    expect(
      m.apply("listener-2", { say: "Wat had u op dat moment het meest geholpen, meneer Mulder?" }),
    ).toEqual({ ok: true });
    // The question is heard by all; how it was judged is listener-2's.
    expect(texts(m, "listener-3")).toContain("Wat had u op dat moment het meest geholpen, meneer Mulder?");
    const judged = (seat: string) =>
      m.entriesFor(seat).some(({ entry }) => entry.t === "verdict" && entry.beat === "r-vraag-l");
    expect(judged("listener-2")).toBe(true);
    expect(judged("listener-1")).toBe(false);
    expect(m.pending("facilitator")?.beat).toBe("r-vraag-f");
  });

  it("a computer facilitator gives the turn in the order hands went up; no hands, no question", () => {
    const m = toRound(["listener-1", "listener-2", "listener-3"]);
    m.apply("listener-3", { choose: "raise-hand" });
    m.apply("listener-1", { choose: "raise-hand" });
    expect(m.pending("listener-3")).toBeNull();
    m.apply("listener-2", { wait: true });
    expect(m.pending("listener-3")).toMatchObject({ purpose: "move", beat: "r-vraag-l" });
    expect(m.pending("listener-1")).toBeNull();

    const none = toRound(["listener-1", "listener-2"]);
    const before = none.logLength();
    none.apply("listener-1", { wait: true });
    none.apply("listener-2", { wait: true });
    expect(
      none
        .log()
        .slice(before)
        .some((e) => e.t === "move" && e.beat === "r-vraag-l"),
    ).toBe(false);
    expect(none.pending("listener-1")?.beat).not.toBe("r-vraag-l");
  });

  it("a listener who never raised a hand where a clarifying question was possible misses L-CLARIFY", () => {
    const m = toRound(FOUR);
    driveUntil(
      m,
      () => false,
      (mm, p) =>
        p.purpose === "hand"
          ? p.seat === "listener-1"
            ? { choose: "raise-hand" }
            : { wait: true }
          : p.purpose === "move" && p.beat === "r-vraag-l"
            ? { choose: "verheldering" }
            : quiet(mm, p),
    );
    const clarify = (seat: string) =>
      m
        .entriesFor(seat)
        .filter(({ entry }) => entry.t === "verdict" && entry.rule === "L-CLARIFY")
        .map(({ entry }) => entry.t === "verdict" && entry.kind);
    expect(clarify("listener-1")).not.toContain("missed");
    expect(clarify("listener-2")).toContain("missed");
  });
});

describe("notes and determinism", () => {
  it("notes are per seat", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 1 });
    driveUntil(m, atBeat("v-kees-1"));
    expect(m.apply("listener-2", { note: "henk-buurthuis", tag: "positive" })).toEqual({ ok: true });
    expect(m.apply("listener-2", { note: "henk-buurthuis", tag: "positive" })).toMatchObject({
      code: "already-noted",
    });
    expect(m.apply("listener-3", { note: "henk-buurthuis", tag: "positive" })).toEqual({ ok: true });
    expect(m.apply("listener-1", { note: "not-said-yet", tag: "positive" })).toMatchObject({
      code: "not-spoken",
    });
    expect(m.contextFor("listener-2").noted).toEqual({ "henk-buurthuis": "positive" });
    expect(m.contextFor("listener-1").noted).toEqual({});
    expect(m.entriesFor("listener-1").some(({ entry }) => entry.t === "note")).toBe(false);
  });

  it("a choice that notes a line notes it for its own seat, once", () => {
    const m = new Meeting(wijkteam, FOUR, { seed: 1 });
    driveUntil(m, atBeat("v-henk-buurthuis"));
    m.apply("listener-1", { note: "henk-buurthuis", tag: "positive" });
    m.apply("listener-1", { choose: "noteer" });
    m.apply("listener-2", { choose: "noteer" });
    const notes = (seat: string) =>
      m.entriesFor(seat).filter(({ entry }) => entry.t === "note" && entry.line === "henk-buurthuis").length;
    expect(notes("listener-1")).toBe(1);
    expect(notes("listener-2")).toBe(1);
    expect(m.contextFor("listener-2").noted).toEqual({ "henk-buurthuis": "positive" });
  });

  it("scenario + seats + seed + the (seat, move) list replay the meeting byte for byte", () => {
    let n = 0;
    const random = (m: Meeting, p: Parameters<typeof quiet>[1]) => {
      n = (n * 1103515245 + 12345) % 2147483648;
      if (p.purpose !== "move" || p.kind === "pick") return quiet(m, p);
      return { choose: p.choices[n % p.choices.length]?.id ?? "" };
    };
    const m = new Meeting(wijkteam, FOUR, { seed: 11 });
    driveUntil(m, () => false, random);
    expect(m.done).toBe(true);
    const { meeting, result } = Meeting.replay(wijkteam, [...FOUR].reverse(), m.moves(), { seed: 11 });
    expect(result).toEqual({ ok: true });
    expect(JSON.stringify(meeting.log())).toBe(JSON.stringify(m.log()));
    expect(meeting.log().filter(shared).length).toBeLessThan(meeting.log().length);
  });
});

describe("names in reports", () => {
  it("a listener seat is named by number in the language shown", async () => {
    const { speakerName } = await import("../../src/engine/report/names.ts");
    expect(speakerName(wijkteam, "listener-2", "facilitator", "nl")).toBe("Toehoorder 2");
    expect(speakerName(wijkteam, "listener-2", "listener", "en")).toBe("Listener 2");
    expect(speakerName(wijkteam, "ahmed", "listener", "nl")).toBe("Ahmed Yilmaz (Wmo-consulent)");
  });
});
