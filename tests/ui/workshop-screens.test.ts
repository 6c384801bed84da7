// @vitest-environment jsdom
// The workshop's screens from the menu, without a server: Join checks what is typed and says it in the
// user's language, and a page without the workshop server says that instead of failing silently.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { click, meeting, text } from "./meeting-harness.ts";

const fill = (selector: string, value: string) => {
  (document.querySelector(selector) as HTMLInputElement).value = value;
};
const submit = (selector: string) =>
  (document.querySelector(selector) as HTMLFormElement).dispatchEvent(
    new Event("submit", { bubbles: true, cancelable: true }),
  );

describe("workshop screens", () => {
  beforeEach(() => localStorage.clear());

  it("opens Join from the menu; a missing code or name is said in Dutch, the server's absence too", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("fetch failed")));
    await meeting({ settings: { pace: "instant", lang: "nl" } });
    expect(text("#open-join")).toBe("Meedoen");
    click("#open-join");
    await vi.waitFor(() => expect(document.getElementById("join-form")).not.toBeNull());
    expect(text("#join-title")).toBe("Meedoen met een workshop");
    submit("#join-form");
    expect(text("#join-error")).toBe("Typ de code (8 tekens).");
    fill("#join-code-input", " k4mt xw7c ");
    submit("#join-form");
    expect(text("#join-error")).toBe("Typ een naam (1 tot 40 tekens).");
    fill("#join-name", "Anna");
    submit("#join-form");
    await vi.waitFor(() => expect(text("#join-error")).toMatch(/niet bereikbaar/));
    vi.unstubAllGlobals();
  });

  it("speaks English on an English screen, and Back returns to the menu", async () => {
    await meeting({ settings: { pace: "instant", lang: "en" } });
    expect(text("#open-workshop")).toBe("Workshop (trainer)");
    click("#open-workshop");
    await vi.waitFor(() => expect(document.getElementById("ws-create-form")).not.toBeNull());
    expect(text("#ws-title")).toBe("Run a workshop");
    expect(text("#ws-create")).toBe("Create the workshop");
    click("#ws-back");
    expect(document.getElementById("menu-form")).not.toBeNull();
  });

  it("a workshop link (?join=CODE) opens Join with the code filled in", async () => {
    window.history.replaceState(null, "", "/?join=K4MT-XW7C");
    try {
      await meeting();
      await vi.waitFor(() => expect(document.getElementById("join-form")).not.toBeNull());
      expect((document.getElementById("join-code-input") as HTMLInputElement).value).toBe("K4MT-XW7C");
    } finally {
      window.history.replaceState(null, "", "/");
    }
  });
});
