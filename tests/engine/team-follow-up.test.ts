// The team's follow-up rules (session/team-follow-up.ts): stages, who may do what, the grounding of a
// proposal in the proposer's own notes, the limits, and closing with at least MIN_FIXED_POINTS.
import { describe, expect, it } from "vitest";
import type { LogEntry } from "../../src/engine/runtime/context.ts";
import {
  applyFollowUp,
  type FollowUpAction,
  type FollowUpActor,
  type FollowUpRoom,
  type FollowUpState,
  MAX_POINT_CHARS,
  MAX_POINTS_PER_SEAT,
  MAX_REFLECTION_CHARS,
  notedQuotes,
  startFollowUp,
} from "../../src/engine/session/team-follow-up.ts";
import { MIN_FIXED_POINTS, type QuotedLine } from "../../src/engine/session/team-points.ts";

const q = (line: string): QuotedLine => ({
  line,
  speaker: "henk",
  text: { nl: `zin ${line}`, en: `line ${line}` },
});
const NOTES: Record<string, QuotedLine[]> = { "listener-1": [q("a"), q("b")], "listener-2": [q("c")] };
const room = (humanSeats: string[]): FollowUpRoom => ({ humanSeats, notes: (s) => NOTES[s] ?? [] });
const full = room(["facilitator", "listener-1", "listener-2"]);
const fac: FollowUpActor = { seat: "facilitator", name: "Fenna" };
const l1: FollowUpActor = { seat: "listener-1", name: "Lotte" };
const l2: FollowUpActor = { seat: "listener-2", name: "Luuk" };
const trainer: FollowUpActor = { trainer: true };

function run(
  r: FollowUpRoom,
  steps: [FollowUpActor, FollowUpAction][],
  from = startFollowUp(),
): FollowUpState {
  let s = from;
  for (const [actor, action] of steps) {
    const out = applyFollowUp(r, s, actor, action);
    if (!out.ok) throw new Error(`${JSON.stringify(action)}: ${out.error}`);
    s = out.state;
  }
  return s;
}

const codeOf = (r: FollowUpRoom, s: FollowUpState, actor: FollowUpActor, action: FollowUpAction) => {
  const out = applyFollowUp(r, s, actor, action);
  return out.ok ? "ok" : out.code;
};

const reflectAll = (): [FollowUpActor, FollowUpAction][] => [
  [fac, { a: "reflect", text: "Ik leidde te veel." }],
  [l1, { a: "reflect", text: "Henk raakte me." }],
  [l2, { a: "reflect", text: "Ik wilde reageren." }],
];

describe("the team's follow-up", () => {
  it("opens the proposals once every seat reflected, keeps reflections out of the shared part", () => {
    const s = run(full, reflectAll().slice(0, 2));
    expect(s.team.stage).toBe("reflect");
    expect(s.team.reflected).toEqual(["facilitator", "listener-1"]);
    const all = run(full, reflectAll());
    expect(all.team.stage).toBe("propose");
    expect(all.reflections["listener-1"]).toBe("Henk raakte me.");
    expect(JSON.stringify(all.team)).not.toContain("Henk raakte me.");
  });

  it("refuses actions at the wrong stage", () => {
    const s = startFollowUp();
    expect(codeOf(full, s, l1, { a: "propose", text: "x", quotes: ["a"] })).toBe("follow-up-stage");
    expect(codeOf(full, s, fac, { a: "fix", point: "p1", fixed: true })).toBe("follow-up-stage");
    expect(codeOf(full, s, fac, { a: "close" })).toBe("follow-up-stage");
    const done = run(room(["facilitator"]), [
      [fac, { a: "reflect", text: "ok" }],
      [fac, { a: "next" }],
      [fac, { a: "close" }],
    ]);
    expect(done.team.stage).toBe("done");
    expect(codeOf(room(["facilitator"]), done, fac, { a: "reflect", text: "nog" })).toBe("follow-up-stage");
  });

  it("grounds a proposal in the proposer's own noted lines", () => {
    const s = run(full, reflectAll());
    expect(codeOf(full, s, l1, { a: "propose", text: "Bereikbaarheid", quotes: [] })).toBe(
      "follow-up-no-quote",
    );
    // Listener 2 noted "c", not "a": another seat's notes do not count.
    expect(codeOf(full, s, l2, { a: "propose", text: "Bereikbaarheid", quotes: ["a"] })).toBe(
      "follow-up-not-noted",
    );
    const ok = run(
      full,
      [[l1, { a: "propose", text: "  Terugbellen binnen een dag  ", quotes: ["b", "a", "b"] }]],
      s,
    );
    expect(ok.team.points).toEqual([
      {
        id: "p1",
        seat: "listener-1",
        by: "Lotte",
        text: "Terugbellen binnen een dag",
        quotes: [q("b"), q("a")],
        fixed: false,
      },
    ]);
  });

  it("lets only listener seats propose, and only after reflecting", () => {
    const s = run(full, [...reflectAll().slice(0, 2), [trainer, { a: "next" }]]);
    expect(s.team.stage).toBe("propose");
    expect(codeOf(full, s, fac, { a: "propose", text: "x", quotes: ["a"] })).toBe(
      "follow-up-listeners-propose",
    );
    expect(codeOf(full, s, trainer, { a: "propose", text: "x", quotes: ["a"] })).toBe(
      "follow-up-listeners-propose",
    );
    expect(codeOf(full, s, l2, { a: "propose", text: "x", quotes: ["c"] })).toBe("follow-up-reflect-first");
    expect(codeOf(full, s, { seat: "listener-3", name: "X" }, { a: "reflect", text: "x" })).toBe(
      "follow-up-no-seat",
    );
    expect(codeOf(full, s, trainer, { a: "reflect", text: "x" })).toBe("follow-up-no-seat");
  });

  it("limits text and the number of points", () => {
    const s = run(full, reflectAll());
    expect(codeOf(full, startFollowUp(), l1, { a: "reflect", text: "   " })).toBe("follow-up-empty");
    expect(
      codeOf(full, startFollowUp(), l1, { a: "reflect", text: "x".repeat(MAX_REFLECTION_CHARS + 1) }),
    ).toBe("follow-up-too-long");
    expect(codeOf(full, s, l1, { a: "propose", text: "x".repeat(MAX_POINT_CHARS + 1), quotes: ["a"] })).toBe(
      "follow-up-too-long",
    );
    expect(codeOf(full, s, l1, { a: "propose", text: "x", quotes: ["a", "b", "c", "d", "e", "f"] })).toBe(
      "follow-up-too-many-quotes",
    );
    const many = run(
      full,
      Array.from({ length: MAX_POINTS_PER_SEAT }, (_, k): [FollowUpActor, FollowUpAction] => [
        l1,
        { a: "propose", text: `punt ${k}`, quotes: ["a"] },
      ]),
      s,
    );
    expect(codeOf(full, many, l1, { a: "propose", text: "nog een", quotes: ["a"] })).toBe(
      "follow-up-too-many-points",
    );
    expect(codeOf(full, many, l2, { a: "propose", text: "van 2", quotes: ["c"] })).toBe("ok");
  });

  it("lets the facilitator seat or the trainer fix, unfix and close with at least three fixed", () => {
    const proposed = run(full, [
      ...reflectAll(),
      [l1, { a: "propose", text: "een", quotes: ["a"] }],
      [l1, { a: "propose", text: "twee", quotes: ["b"] }],
      [l2, { a: "propose", text: "drie", quotes: ["c"] }],
      [l2, { a: "propose", text: "vier", quotes: ["c"] }],
    ]);
    expect(codeOf(full, proposed, l1, { a: "next" })).toBe("follow-up-lead-only");
    const fixing = run(full, [[fac, { a: "next" }]], proposed);
    expect(fixing.team.stage).toBe("fix");
    expect(codeOf(full, fixing, l1, { a: "fix", point: "p1", fixed: true })).toBe("follow-up-lead-only");
    expect(codeOf(full, fixing, fac, { a: "fix", point: "p9", fixed: true })).toBe("follow-up-unknown-point");
    // Proposals still come in while the list is settled.
    expect(codeOf(full, fixing, l1, { a: "propose", text: "vijf", quotes: ["a"] })).toBe("ok");
    const two = run(
      full,
      [
        [fac, { a: "fix", point: "p1", fixed: true }],
        [trainer, { a: "fix", point: "p2", fixed: true }],
        [fac, { a: "fix", point: "p3", fixed: true }],
        [trainer, { a: "fix", point: "p3", fixed: false }],
      ],
      fixing,
    );
    expect(two.team.points.filter((p) => p.fixed).map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(MIN_FIXED_POINTS).toBe(3);
    expect(codeOf(full, two, fac, { a: "close" })).toBe("follow-up-too-few-fixed");
    const three = run(
      full,
      [
        [fac, { a: "fix", point: "p4", fixed: true }],
        [trainer, { a: "close" }],
      ],
      two,
    );
    expect(three.team.stage).toBe("done");
    expect(three.team.points.filter((p) => p.fixed).map((p) => p.text)).toEqual(["een", "twee", "vier"]);
  });

  it("leaves the lead to the trainer when nobody plays the facilitator", () => {
    const listeners = room(["listener-1", "listener-2"]);
    const s = startFollowUp();
    expect(codeOf(listeners, s, { seat: "facilitator", name: "X" }, { a: "next" })).toBe(
      "follow-up-lead-only",
    );
    expect(codeOf(listeners, s, trainer, { a: "next" })).toBe("ok");
  });

  it("lets a room without listener players close with no points", () => {
    const alone = room(["facilitator"]);
    const s = run(alone, [[fac, { a: "reflect", text: "Leerzaam." }]]);
    expect(s.team.stage).toBe("propose");
    expect(
      run(
        alone,
        [
          [fac, { a: "next" }],
          [fac, { a: "close" }],
        ],
        s,
      ).team.stage,
    ).toBe("done");
  });

  it("reads a seat's noted lines from its log entries, each line once", () => {
    const note = (line: string, tag: "positive" | "negative"): LogEntry => ({
      t: "note",
      at: 3,
      beat: "b",
      line,
      tag,
      speaker: "henk",
      text: { nl: `zin ${line}`, en: `line ${line}` },
    });
    const phase: LogEntry = { t: "phase", at: 0, phase: "open", plannedStart: 0 };
    expect(notedQuotes([phase, note("a", "positive"), note("b", "negative"), note("a", "negative")])).toEqual(
      [q("a"), q("b")],
    );
  });
});
