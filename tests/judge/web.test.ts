import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/judge/index.ts";
import { loadJudge, loadModels, MODEL_URLS } from "../../src/engine/judge/web.ts";
import { root } from "../helpers.ts";

// The browser's fetch, played by the files on disk: a URL from the ?url import is a path from the root.
const fromDisk = async (url: string) => {
  const file = `${root}${url.replace(/^\//, "").replace(/\?.*$/, "")}`;
  const text = readFileSync(file, "utf8");
  return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
};

describe("the judge in the browser", () => {
  it("fetches both models as files, not as code", () => {
    expect(MODEL_URLS.listener).toMatch(/listener\.json$/);
    expect(MODEL_URLS.facilitator).toMatch(/facilitator\.json$/);
  });

  it("judges exactly as in Node with the fetched weights", async () => {
    const judge = await loadJudge(fromDisk);
    for (const [text, role] of [
      ["Dank u, maar wij hebben wel teruggebeld", "listener"],
      ["That should not have happened.", "listener"],
      ["U voelde zich dus niet gehoord?", "facilitator"],
      ["Would a better letter not have helped?", "facilitator"],
    ] as const)
      for (const lang of ["nl", "en"] as const) {
        const j = classify(text, role, { explainIn: lang });
        expect(judge(text, role, lang)).toEqual(j);
      }
  });

  it("refuses when a file is missing, so the game offers no typed words", async () => {
    const missing = async (url: string) =>
      url.includes("facilitator")
        ? { ok: false, status: 404, json: async () => ({}) as unknown }
        : fromDisk(url);
    await expect(loadModels(missing)).rejects.toThrow(/facilitator model .* could not be loaded .*HTTP 404/);
    await expect(loadJudge(async () => Promise.reject(new TypeError("Failed to fetch")))).rejects.toThrow(
      /Failed to fetch/,
    );
  });

  it("refuses a file that is not the role's model", async () => {
    const swapped = (url: string) =>
      fromDisk(url.includes("listener") ? MODEL_URLS.facilitator : MODEL_URLS.listener);
    await expect(loadModels(swapped)).rejects.toThrow(/is for the role/);
    const html = async () => ({ ok: true, status: 200, json: async () => "<html>" as unknown });
    await expect(loadModels(html)).rejects.toThrow(/is not an object/);
    const broken = async (url: string) => {
      const r = await fromDisk(url);
      const m = (await r.json()) as { weights: Record<string, unknown> };
      m.weights.bias = ["x"];
      return { ...r, json: async () => m as unknown };
    };
    await expect(loadModels(broken)).rejects.toThrow(/bad weight for 'bias'/);
  });
});
