// @vitest-environment jsdom
// The trainer's scenario picker offers what the studio published to the server's library, under its own
// heading, and a workshop made from it sends the library scenario's text (checked like an own file).
import { afterEach, describe, expect, it, vi } from "vitest";
import template from "../../src/studio/templates/skeleton.json" with { type: "json" };
import { click, meeting } from "./meeting-harness.ts";

const skeleton = JSON.stringify(template);

describe("the library in the trainer's picker", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists published scenarios and creates a workshop from one's text", async () => {
    const calls: { path: string; body: Record<string, unknown> }[] = [];
    vi.stubGlobal("fetch", async (path: string, init: { body: string }) => {
      const body = JSON.parse(init.body) as Record<string, unknown>;
      calls.push({ path, body });
      const json =
        path === "/workshop/api/library/list"
          ? {
              scenarios: [
                { id: "mijn-bijeenkomst", title: { nl: "Mijn spiegelbijeenkomst", en: "My mirror meeting" } },
              ],
            }
          : path === "/workshop/api/library/get"
            ? { text: skeleton }
            : { code: "server-error" };
      return new Response(JSON.stringify(json), { status: path.includes("/create") ? 500 : 200 });
    });
    await meeting({ settings: { pace: "instant", lang: "nl" } });
    click("#open-workshop");
    await vi.waitFor(() => expect(document.querySelector("#ws-library option")).not.toBeNull());
    const option = document.querySelector("#ws-library option") as HTMLOptionElement;
    expect(option.textContent).toBe("Mijn spiegelbijeenkomst");
    expect((document.getElementById("ws-library") as HTMLOptGroupElement).label).toBe(
      "Gepubliceerd vanuit de studio",
    );
    (document.getElementById("ws-scenario") as HTMLSelectElement).value = option.value;
    (document.getElementById("ws-create-form") as HTMLFormElement).dispatchEvent(
      new Event("submit", { bubbles: true, cancelable: true }),
    );
    await vi.waitFor(() => expect(calls.some((c) => c.path === "/workshop/api/create")).toBe(true));
    const create = calls.find((c) => c.path === "/workshop/api/create");
    expect(create?.body.scenarioText).toBe(skeleton);
    expect(create?.body.scenarioId).toBeUndefined();
  });
});
