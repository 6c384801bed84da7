// The live checks run after a pause in typing, in a worker, and only the newest text counts: a worker
// still busy with an older text is dropped (its work cancelled), and a late answer to an older request
// is never shown.
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/studio/checks/findings.ts";
import { type CheckWorker, checkRunner } from "../../src/studio/checks/runner.ts";

class FakeWorker implements CheckWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  posted: { id: number; doc: unknown }[] = [];
  terminated = false;
  postMessage(m: unknown) {
    this.posted.push(m as { id: number; doc: unknown });
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, label: string) {
    this.onmessage?.({ data: { id, result: { findings: [], roles: [], label } } });
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const pending: (() => void)[] = [];
  const results: string[] = [];
  const runner = checkRunner({
    makeWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    onResult: (r: CheckResult) => results.push((r as unknown as { label: string }).label),
    onError: (m) => results.push(`error ${m}`),
    timers: {
      set: (fn) => {
        pending.push(fn);
        return pending.length - 1;
      },
      clear: (h) => {
        pending[h as number] = () => {};
      },
    },
  });
  const flush = () => {
    const fns = pending.splice(0);
    for (const fn of fns) fn();
  };
  return { runner, workers, results, flush };
}

describe("live checks runner", () => {
  it("checks only once typing pauses: three quick edits are one check, of the last text", () => {
    const { runner, workers, flush } = setup();
    runner.request({ v: 1 }, "nl");
    runner.request({ v: 2 }, "nl");
    runner.request({ v: 3 }, "nl");
    flush();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted.map((p) => p.doc)).toEqual([{ v: 3 }]);
  });

  it("drops a worker still busy with an older text and shows only the newest answer", () => {
    const { runner, workers, results, flush } = setup();
    runner.request({ v: 1 }, "en");
    flush();
    const first = workers[0] as FakeWorker;
    runner.request({ v: 2 }, "en");
    flush();
    expect(first.terminated).toBe(true);
    const second = workers[1] as FakeWorker;
    expect(second.posted.map((p) => p.doc)).toEqual([{ v: 2 }]);
    // The dropped worker's answer, had it come, is not shown; the new one is.
    first.answer(first.posted[0]?.id as number, "old");
    second.answer(second.posted[0]?.id as number, "new");
    expect(results).toEqual(["new"]);
  });

  it("keeps an idle worker for the next check", () => {
    const { runner, workers, results, flush } = setup();
    runner.request({ v: 1 }, "en");
    flush();
    const w = workers[0] as FakeWorker;
    w.answer(w.posted[0]?.id as number, "one");
    runner.request({ v: 2 }, "en");
    flush();
    expect(workers).toHaveLength(1);
    w.answer(w.posted[1]?.id as number, "two");
    expect(results).toEqual(["one", "two"]);
  });

  it("a crashed worker is reported and replaced on the next edit", () => {
    const { runner, workers, results, flush } = setup();
    runner.request({}, "en");
    flush();
    workers[0]?.onerror?.({ message: "boom" });
    expect(results).toEqual(["error boom"]);
    runner.request({}, "en");
    flush();
    expect(workers).toHaveLength(2);
  });

  it("sends nothing after destroy", () => {
    const { runner, workers, flush } = setup();
    runner.request({}, "en");
    runner.destroy();
    flush();
    expect(workers).toHaveLength(0);
  });
});
