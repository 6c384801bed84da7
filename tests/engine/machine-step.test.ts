// Path analysis steps the compiled machine itself (src/engine/analysis/machine-step.ts) instead of through
// XState's interpreter. It must land in the same state with the same context as XState on every move:
// random playthroughs of every bundled scenario and the fixture, in every role, through both.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getInitialSnapshot, getNextSnapshot } from "xstate";
import { machineStepper, type Step } from "../../src/engine/analysis/machine-step.ts";
import { eventsFor } from "../../src/engine/analysis/walk.ts";
import { type CompiledScenario, compileScenario } from "../../src/engine/compile/compile.ts";
import { loadScenario } from "../../src/engine/load/load.ts";
import { ROLES } from "../../src/engine/rules/catalog.ts";
import type { MachineEvent, NoteTag } from "../../src/engine/runtime/context.ts";
import { toArray } from "../../src/engine/runtime/plist.ts";
import { Random } from "../../src/engine/runtime/rng.ts";
import { readText, root } from "../helpers.ts";

const files = [
  ...readdirSync(`${root}scenarios`)
    .filter((f) => f.endsWith(".json") && f !== "scenario.schema.json")
    .map((f) => `scenarios/${f}`),
  "tests/fixtures/mini.json",
];

type Snap = { value: unknown; status: string; context: Step["context"] };
const plain = (s: Snap) => ({
  value: String(s.value),
  status: s.status,
  context: { ...s.context, log: toArray(s.context.log) },
});

/** The trainee's moves, and now and then a note on a line or a timeout, which the machine also takes. */
function someEvent(compiled: CompiledScenario, step: Step, random: Random): MachineEvent | undefined {
  const moves = eventsFor(compiled, step);
  const r = random.next();
  if (r < 0.15) {
    const lines = [...compiled.world.lines.keys()];
    const tags: NoteTag[] = ["positive", "negative", "idea"];
    if (lines.length > 0) return { type: "note", line: random.pick(lines), tag: random.pick(tags) };
  }
  if (r < 0.2) return { type: "expire" };
  return moves.length > 0 ? random.pick(moves) : undefined;
}

describe("stepping the compiled machine without XState's interpreter", () => {
  for (const file of files) {
    const loaded = loadScenario(readText(file), file);
    for (const role of ROLES) {
      if (!loaded.ok || !loaded.scenario.roles[role]) continue;
      it(`${file} as ${role}: same states and contexts as XState on random playthroughs`, () => {
        const compiled = compileScenario(loaded.scenario, role);
        const machine = compiled.machine as never;
        const stepper = machineStepper(compiled);
        const random = new Random(7);
        let moves = 0;
        for (let run = 0; run < 12; run++) {
          let ours = stepper.initial();
          let theirs = getInitialSnapshot(compiled.machine, undefined) as unknown as Snap;
          expect(plain(ours)).toEqual(plain(theirs));
          for (let step = 0; step < 400 && ours.status === "active"; step++) {
            const event = someEvent(compiled, ours, random);
            if (!event) break;
            ours = stepper.next(ours, event);
            theirs = getNextSnapshot(machine, theirs as never, event as never) as unknown as Snap;
            expect(plain(ours), `${event.type} at step ${step}`).toEqual(plain(theirs));
            moves++;
          }
          expect(ours.status).toBe("done");
        }
        expect(moves).toBeGreaterThan(12);
      });
    }
  }
});
