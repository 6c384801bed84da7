// @vitest-environment jsdom
// The studio in jsdom: every form of a bundled scenario draws in both languages with words of its own
// (no key shown raw), an id renamed in its field carries its references along, and publishing sends
// only a checked scenario, with the key, and says the server's answer in the studio's language.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { missingWords } from "../../src/studio/forms/form-words.ts";
import { AUTOSAVE_KEY, type KeyValue } from "../../src/studio/model/autosave.ts";
import { openStudio } from "../../src/studio/open-studio.ts";
import { PANELS } from "../../src/studio/panel-list.ts";
import { buildCatalog } from "../../src/ui/catalog.ts";
import { readText } from "../helpers.ts";

// The studio now opens with the JSON side editor (CodeMirror), which measures text ranges; jsdom lays
// nothing out and has no Range.getClientRects, so CodeMirror's measuring threw (a console.error) and
// broke the document's change notices. Here ranges measure as empty, as an element's rectangles do.
if (typeof Range.prototype.getClientRects !== "function") {
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
}

const district = JSON.parse(readText("scenarios/wijkteam-zuiderveld.json")) as { beats: { id: string }[] };
const FEATURES = [
  '"urge"',
  '"pick"',
  '"choose"',
  '"note"',
  '"setFlag"',
  '"when"',
  '"to"',
  '"direction"',
  '"trust"',
  '"chose"',
];
const SAMPLE = [
  ...new Set(
    FEATURES.map((f) => district.beats.findIndex((b) => JSON.stringify(b).includes(f))).filter((i) => i >= 0),
  ),
];

function memory(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const byPath = <T extends HTMLElement = HTMLInputElement>(path: unknown[]) =>
  [...document.querySelectorAll<T>("[data-path]")].find((e) => e.dataset.path === JSON.stringify(path)) as T;

async function open(lang: "nl" | "en" = "nl", storage = memory()) {
  document.body.innerHTML = '<div id="ui"></div>';
  const root = $("#ui");
  const studio = openStudio({
    root,
    lang,
    catalog: buildCatalog({ "wijkteam-zuiderveld.json": readText("scenarios/wijkteam-zuiderveld.json") }),
    toGame: () => undefined,
    storage,
  });
  await vi.waitFor(() => expect($(".forms-nav")).not.toBeNull(), 5000);
  return { studio, storage };
}

describe("the studio's forms", () => {
  // The forms alone: without a Worker in jsdom the live checks would walk a bundled scenario's paths on
  // this thread after every edit (seconds under load), and the other panels have tests of their own.
  const all = [...PANELS];
  beforeEach(() => {
    missingWords.clear();
    window.history.replaceState(null, "", "/#studio");
    PANELS.splice(0, PANELS.length, ...all.filter((p) => p.id === "forms"));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    PANELS.splice(0, PANELS.length, ...all);
  });

  it("draws every part and a beat of each kind of a bundled scenario in both languages, each word its own", async () => {
    for (const lang of ["nl", "en"] as const) {
      const { studio } = await open(lang);
      $("#studio-copy").click();
      await vi.waitFor(() =>
        expect(document.querySelectorAll(".nav-beats .nav-item").length).toBeGreaterThan(20),
      );
      for (const part of ["meta", "roles", "cast", "phases"]) {
        $(`#forms-go-${part}`).click();
        expect($("#forms-editor h2")).not.toBeNull();
      }
      // One beat for each kind of thing a form can show (drawing all of them in jsdom takes too long).
      for (const i of SAMPLE) {
        (document.querySelectorAll<HTMLElement>(".nav-beats .nav-item")[i] as HTMLElement).click();
        expect($("#beat-form-title").textContent).toContain(String(district.beats[i]?.id));
      }
      studio.close();
    }
    expect(SAMPLE.length).toBeGreaterThanOrEqual(4);
    expect([...missingWords]).toEqual([]);
  });

  it("renames a beat in its field, and the first beat follows", async () => {
    const { storage } = await open();
    (document.querySelector('.nav-item[data-beat="welkom"]') as HTMLElement).click();
    const id = byPath(["beats", 0, "id"]);
    id.value = "begin";
    id.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(document.querySelector('.nav-item[data-beat="begin"]')).not.toBeNull());
    $("#forms-go-meta").click();
    expect(byPath<HTMLSelectElement>(["start"]).value).toBe("begin");
    await vi.waitFor(() => expect(storage.data.get(AUTOSAVE_KEY)).toContain('"start":"begin"'));
    id.value = "";
    // Taken names are refused with a message, and nothing changes.
    (document.querySelector('.nav-item[data-beat="begin"]') as HTMLElement).click();
    const again = byPath(["beats", 0, "id"]);
    again.value = "verhaal";
    again.dispatchEvent(new Event("change"));
    expect(again.value).toBe("begin");
    expect(again.parentElement?.querySelector(".field-error")?.textContent).toBe(
      "'verhaal' bestaat al: kies een andere naam.",
    );
  });

  it("publishes a checked scenario with the key and says the answer in the studio's language", async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    let answer: { status: number; body: unknown } = {
      status: 201,
      body: { id: "mijn-bijeenkomst", title: { nl: "Mijn spiegelbijeenkomst", en: "My mirror meeting" } },
    };
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    });
    await open();
    $("#studio-publish").click();
    $<HTMLInputElement>("#studio-publish-key").value = "geheim";
    $("#studio-publish-send").click();
    await vi.waitFor(() =>
      expect($("#studio-publish-result").textContent).toMatch(/^Gepubliceerd: Mijn spiegelbijeenkomst/),
    );
    expect(sent[0]?.url).toBe("/workshop/api/library/publish");
    expect((sent[0]?.init.headers ?? {}) as Record<string, string>).toMatchObject({
      "X-Publish-Key": "geheim",
    });
    expect(JSON.parse(JSON.parse(String(sent[0]?.init.body)).scenarioText).id).toBe("mijn-bijeenkomst");
    answer = { status: 403, body: { code: "wrong-publish-key", error: "the publish key is not right" } };
    $("#studio-publish-send").click();
    await vi.waitFor(() =>
      expect($("#studio-publish-result").textContent).toBe(
        "Niet gepubliceerd: De publicatiesleutel klopt niet.",
      ),
    );
  });

  it("does not send a scenario with errors", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    await open("en");
    $("#forms-go-meta").click();
    const id = byPath(["id"]);
    id.value = "met spatie";
    id.dispatchEvent(new Event("change"));
    $("#studio-publish").click();
    expect($("#studio-publish-result").textContent).toMatch(/^Fix first: the scenario still has 1 error/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
