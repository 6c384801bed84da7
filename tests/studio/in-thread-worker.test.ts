// Without Worker (jsdom here, a locked-down browser) the live checks still come, computed on the page's
// own thread: the same answer the worker gives, and none after terminate.
import { describe, expect, it } from "vitest";
import { inThreadWorker } from "../../src/studio/checks/in-thread-worker.ts";

describe("the checks without a Worker", () => {
  it("answers a request with the checks of the document", async () => {
    const w = inThreadWorker();
    const answer = new Promise<unknown>((resolve) => {
      w.onmessage = (e) => resolve(e.data);
    });
    w.postMessage({ id: 7, doc: { format: 2 }, lang: "nl" });
    const data = (await answer) as { id: number; result?: { findings: unknown[] } };
    expect(data.id).toBe(7);
    expect(data.result?.findings.length).toBeGreaterThan(0);
  });

  it("says nothing once terminated", async () => {
    const w = inThreadWorker();
    let told = false;
    w.onmessage = () => {
      told = true;
    };
    w.postMessage({ id: 1, doc: {}, lang: "en" });
    w.terminate();
    await new Promise((r) => setTimeout(r, 300));
    expect(told).toBe(false);
  });
});
