// The order a move's choices are shown in must not give the answer away: the engine draws it from the
// run's seed (uniform), the same for every replay of the same moves, unless the scenario pins it.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countShownFirst, type ShownFirst } from "../../src/engine/analysis/shown-first.ts";
import { compileScenario } from "../../src/engine/compile/compile.ts";
import type { Scenario } from "../../src/engine/format/schema.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { ROLES } from "../../src/engine/rules/catalog.ts";
import { shuffledPositions } from "../../src/engine/runtime/order.ts";
import type { MoveRecord } from "../../src/engine/session/session.ts";
import { startSession } from "../../src/engine/session/start.ts";
import { loadMini, miniValue, readText, root } from "../helpers.ts";

const shownIds = (
  scenario: Scenario,
  role: "facilitator" | "listener",
  seed: number,
  moves: MoveRecord[],
) => {
  const session = startSession(scenario, role, { seed });
  const orders: string[][] = [];
  for (const m of moves) {
    orders.push(session.pending()?.choices.map((c) => c.id) ?? []);
    expect(session.apply(m)).toEqual({ ok: true });
  }
  return orders;
};

describe("the order choices are shown in", () => {
  it("is the same on a replay of the same seed and moves, and differs between seeds", () => {
    const scenario = loadMini();
    const moves: MoveRecord[] = [{ pick: ["doel", "stilte"] }, { choose: "open" }, { choose: "team" }];
    const a = shownIds(scenario, "facilitator", 11, moves);
    expect(shownIds(scenario, "facilitator", 11, moves)).toEqual(a);
    const differs = Array.from({ length: 20 }, (_, s) => shownIds(scenario, "facilitator", s, moves)).some(
      (o) => JSON.stringify(o) !== JSON.stringify(a),
    );
    expect(differs).toBe(true);
  });

  it("does not change when a line is noted while the move waits", () => {
    const scenario = loadMini();
    const session = startSession(scenario, "listener", { seed: 3 });
    const before = session.pending()?.choices.map((c) => c.id);
    const line = session.log().find((e) => e.t === "line" && e.line?.id && e.line.tone);
    expect(line?.t === "line" && line.line?.id).toBeTruthy();
    if (line?.t === "line" && line.line?.id) expect(session.note(line.line.id, "idea")).toEqual({ ok: true });
    expect(session.pending()?.choices.map((c) => c.id)).toEqual(before);
  });

  it("puts every choice first about equally often over seeds, for choose, urge and pick moves", () => {
    for (const n of [2, 3, 4, 7]) {
      const first = new Array(n).fill(0);
      const runs = 4000;
      for (let seed = 0; seed < runs; seed++)
        first[shuffledPositions(n, seed, "listener", "b")[0] as number]++;
      for (const count of first) expect(Math.abs(count / runs - 1 / n)).toBeLessThan(0.03);
    }
    // The mini scenario's pick (the opening) and urge are shuffled too.
    const scenario = loadMini();
    const pickOrders = new Set<string>();
    const urgeOrders = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      pickOrders.add(
        String(
          startSession(scenario, "facilitator", { seed })
            .pending()
            ?.choices.map((c) => c.id),
        ),
      );
      urgeOrders.add(
        String(
          startSession(scenario, "listener", { seed })
            .pending()
            ?.choices.map((c) => c.id),
        ),
      );
    }
    expect(pickOrders.size).toBe(2);
    expect(urgeOrders.size).toBeGreaterThan(3);
  });

  it("keeps the written order where the scenario pins it with order: fixed", () => {
    const value = miniValue() as { beats: { id: string; moves?: Record<string, Record<string, unknown>> }[] };
    const urge = value.beats.find((b) => b.id === "anja-vertelt")?.moves?.listener;
    if (!urge) throw new Error("the mini fixture has no listener urge");
    urge.order = "fixed";
    const loaded = loadScenario(JSON.stringify(value), "mini.json");
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    for (let seed = 0; seed < 20; seed++) {
      expect(
        startSession(loaded.scenario, "listener", { seed })
          .pending()
          ?.choices.map((c) => c.id),
      ).toEqual(["zucht", "stil", "noteer"]);
    }
    urge.order = "alphabetical";
    const wrong = loadScenario(JSON.stringify(value), "mini.json");
    expect(wrong.ok).toBe(false);
    expect(JSON.stringify(wrong.problems)).toContain("order");
  });

  it("does not show the best-judged choice first more often than chance, over every bundled scenario", () => {
    const files = readdirSync(`${root}scenarios`).filter(
      (f) => f.endsWith(".json") && f !== "scenario.schema.json",
    );
    const total: ShownFirst = { moves: 0, shownFirst: 0, writtenFirst: 0, uniform: 0 };
    for (const file of files) {
      const result = loadScenario(readText(`scenarios/${file}`), file);
      if (!result.ok) throw new Error(`${file} does not load`);
      for (const role of ROLES) {
        if (!result.scenario.roles[role]) continue;
        const c = countShownFirst(compileScenario(result.scenario, role), 12, 1);
        total.moves += c.moves;
        total.shownFirst += c.shownFirst;
        total.writtenFirst += c.writtenFirst;
        total.uniform += c.uniform;
      }
    }
    expect(total.moves).toBeGreaterThan(2000);
    const share = total.shownFirst / total.moves;
    const uniform = total.uniform / total.moves;
    expect(share).toBeLessThan(uniform + 0.1);
  }, 120_000);
});
