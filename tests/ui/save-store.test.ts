// @vitest-environment jsdom
// The store of runs, history and own scenarios: checked on load, bad records set aside (never deleted),
// old saves migrated, an own scenario stored once, failed writes reported. Run against IndexedDB (the
// fake-indexeddb implementation; jsdom has none) and against the localStorage fallback.
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { type Backend, idbBackend, localBackend } from "../../src/ui/storage/backend.ts";
import { contentHash } from "../../src/ui/storage/hash.ts";
import { checkHistoryItem, checkRun, RUN_VERSION, type RunRecord } from "../../src/ui/storage/records.ts";
import { MAX_RUNS, SaveStore } from "../../src/ui/storage/store.ts";

const now = () => "2026-12-07T10:00:00.000Z";
const goodItem = {
  scenarioId: "mini",
  title: "Mini",
  role: "facilitator",
  total: 80,
  finishedAt: "2026-12-01T09:00:00.000Z",
  replay: { lang: "nl", seed: 1, moves: [{ choose: "open" }] },
};

function run(key: string, savedAt: string, extra: Partial<RunRecord> = {}): RunRecord {
  const [scenarioId = "mini", role = "facilitator"] = key.split("|");
  return {
    format: "spiegelspel-save",
    version: RUN_VERSION,
    key,
    scenarioId,
    role: role as RunRecord["role"],
    lang: "nl",
    seed: 1,
    moves: [{ pick: ["doel"] }],
    savedAt,
    ...extra,
  };
}

const backends: [string, () => Promise<Backend>][] = [
  ["IndexedDB", () => idbBackend(new IDBFactory())],
  ["localStorage", async () => localBackend(localStorage)],
];

beforeEach(() => {
  localStorage.clear();
});

describe("record checks", () => {
  it("name the first wrong field of a history entry", () => {
    expect(checkHistoryItem(goodItem).ok).toBe(true);
    expect(checkHistoryItem({ ...goodItem, finishedAt: 1733 })).toEqual({ ok: false, field: "finishedAt" });
    const { finishedAt: _, ...none } = goodItem;
    expect(checkHistoryItem(none)).toEqual({ ok: false, field: "finishedAt" });
    expect(checkHistoryItem({ ...goodItem, replay: { ...goodItem.replay, moves: "x" } })).toEqual({
      ok: false,
      field: "replay.moves",
    });
    expect(checkHistoryItem({ ...goodItem, replay: { ...goodItem.replay, moves: [{ jump: 1 }] } })).toEqual({
      ok: false,
      field: "replay.moves",
    });
    expect(checkHistoryItem(null)).toEqual({ ok: false, field: "(record)" });
  });

  it("refuse a run record with a wrong field", () => {
    expect(checkRun(run("mini|facilitator", now())).ok).toBe(true);
    expect(checkRun({ ...run("mini|facilitator", now()), seed: "1" })).toEqual({ ok: false, field: "seed" });
  });
});

describe.each(backends)("the store on %s", (_name, open) => {
  it("keeps good history entries and sets each bad one aside with what is wrong", async () => {
    const backend = await open();
    const { finishedAt: _, ...noDate } = goodItem;
    await backend.put("history", [
      goodItem,
      { ...goodItem, finishedAt: 5 },
      noDate,
      { ...goodItem, title: "B" },
    ]);
    const store = await SaveStore.open(backend, now);
    expect(store.history().map((h) => h.title)).toEqual(["Mini", "B"]);
    expect(store.takeNotices()).toEqual([
      { t: "asideRead", kind: "history", detail: "finishedAt" },
      { t: "asideRead", kind: "history", detail: "finishedAt" },
    ]);
    // Nothing lost: the bad entries are kept aside, the list now holds only good ones.
    const aside = await Promise.all((await backend.keys("aside:")).map((k) => backend.get(k)));
    expect(aside.map((a) => (a as { value: unknown }).value)).toEqual(
      expect.arrayContaining([{ ...goodItem, finishedAt: 5 }, noDate]),
    );
    expect(await backend.get("history")).toHaveLength(2);
    // Opened again: nothing more to report.
    expect((await SaveStore.open(backend, now)).takeNotices()).toEqual([]);
  });

  it("migrates the one-slot save and the history of older versions, own scenario stored once", async () => {
    const own = '{"id": "eigen", "title": {"nl": "Eigen", "en": "Own"}}';
    localStorage.setItem(
      "spiegelspel.save",
      JSON.stringify({
        format: "spiegelspel-save",
        version: 2,
        scenarioId: "eigen",
        customScenario: own,
        role: "listener",
        lang: "nl",
        seed: 3,
        moves: [],
        savedAt: "2026-12-01T08:00:00.000Z",
      }),
    );
    localStorage.setItem("spiegelspel.history", JSON.stringify([goodItem, { scenarioId: "x" }]));
    const backend = await open();
    const store = await SaveStore.open(backend, now);
    const [saved] = store.runs();
    expect(saved).toMatchObject({ scenarioId: "eigen", own: contentHash(own), title: { nl: "Eigen" } });
    expect(await store.ownText(contentHash(own))).toBe(own);
    expect(store.history()).toHaveLength(1);
    expect(localStorage.getItem("spiegelspel.save")).toBeNull();
    expect(localStorage.getItem("spiegelspel.history")).toBeNull();
    expect(store.takeNotices().map((n) => n.t)).toEqual(["migrated", "asideRead"]);
  });

  it("sets a history that is not JSON aside whole, as its text", async () => {
    localStorage.setItem("spiegelspel.history", '[{"scenarioId": "mini",');
    const backend = await open();
    const store = await SaveStore.open(backend, now);
    expect(store.history()).toEqual([]);
    expect(store.takeNotices()).toEqual([{ t: "asideRead", kind: "historyList", detail: "json" }]);
    const [key] = await backend.keys("aside:");
    expect(await backend.get(key ?? "")).toMatchObject({
      kind: "historyList",
      value: '[{"scenarioId": "mini",',
    });
  });

  it("stores an own scenario once, however many runs and saves use it", async () => {
    const backend = await open();
    const store = await SaveStore.open(backend, now);
    const text = `{"id": "eigen", "pad": "${"x".repeat(100_000)}"}`;
    const hash = contentHash(text);
    for (const role of ["facilitator", "listener"])
      for (let i = 0; i < 3; i++)
        await store.saveRun(run(`own:${hash}|${role}`, now(), { own: hash, scenarioId: "eigen" }), {
          text,
          name: "eigen.json",
        });
    expect(await backend.keys("own:")).toEqual([`own:${hash}`]);
    for (const key of await backend.keys("run:"))
      expect(JSON.stringify(await backend.get(key)).length).toBeLessThan(500);
    // The text goes once no run in progress uses it any more.
    await store.finishRun(`own:${hash}|facilitator`);
    expect(await backend.keys("own:")).toHaveLength(1);
    await store.finishRun(`own:${hash}|listener`);
    expect(await backend.keys("own:")).toEqual([]);
  });

  it(`keeps ${MAX_RUNS} runs in progress and sets the oldest aside for a new one`, async () => {
    const backend = await open();
    const store = await SaveStore.open(backend, now);
    for (let i = 0; i < MAX_RUNS; i++)
      await store.saveRun(run(`s${i}|facilitator`, `2026-12-0${i + 1}T08:00`));
    await store.saveRun(run("s0|facilitator", "2026-12-09T08:00"));
    expect(store.runs()).toHaveLength(MAX_RUNS);
    await store.saveRun(run("new|listener", "2026-12-10T08:00"));
    expect(store.runs().map((r) => r.key)).not.toContain("s1|facilitator");
    expect(store.runs()).toHaveLength(MAX_RUNS);
    expect(store.takeNotices()).toMatchObject([{ t: "capped", run: { key: "s1|facilitator" } }]);
    const [key] = await backend.keys("aside:");
    expect(await backend.get(key ?? "")).toMatchObject({
      kind: "run",
      value: { run: { key: "s1|facilitator" } },
    });
  });
});

describe.each(backends)("quick saves on %s", (_name, open) => {
  it("set one run aside at the cap, and the last save of a run is the one kept", async () => {
    const backend = await open();
    const store = await SaveStore.open(backend, now);
    for (let i = 0; i < MAX_RUNS; i++)
      await store.saveRun(run(`s${i}|facilitator`, `2026-12-0${i + 1}T08:00`));
    const first = run("new|listener", "2026-12-10T08:00");
    const second = { ...first, moves: [...first.moves, { choose: "open" }] };
    await Promise.all([store.saveRun(first), store.saveRun(second)]);
    expect(store.takeNotices()).toHaveLength(1);
    expect(store.runs()).toHaveLength(MAX_RUNS);
    expect(((await backend.get("run:new|listener")) as RunRecord).moves).toHaveLength(2);
  });
});

describe("a full localStorage", () => {
  function fill(): void {
    // jsdom keeps 5,000,000 characters per origin, like the browsers: filled to the last few.
    let i = 0;
    for (let size = 100_000; size >= 10; size = Math.floor(size / 10)) {
      const block = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, block);
        } catch {
          break;
        }
      }
    }
  }

  it("is reported on each failed write (fallback store), and the run stays listed", async () => {
    const store = await SaveStore.open(localBackend(localStorage), now);
    const writes: [string, boolean][] = [];
    store.onWrite = (kind, ok) => writes.push([kind, ok]);
    fill();
    const moves = Array.from({ length: 200 }, () => ({ choose: "open" }));
    expect(await store.saveRun(run("mini|facilitator", now(), { moves }))).toBe(false);
    expect(writes).toEqual([["run", false]]);
    expect(store.runs()).toHaveLength(1);
  });

  it("does not matter to IndexedDB: the run is kept", async () => {
    fill();
    const backend = await idbBackend(new IDBFactory());
    const store = await SaveStore.open(backend, now);
    expect(await store.saveRun(run("mini|facilitator", now()))).toBe(true);
    expect((await SaveStore.open(backend, now)).runs()).toHaveLength(1);
  });
});
