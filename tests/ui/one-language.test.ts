// @vitest-environment jsdom
// Issue 11, points 7 and 8: one language at a time (judge labels, the Session's refusals, the menu's
// words) and a change of language in the menu that keeps the scenario and role.
import { beforeEach, describe, expect, it } from "vitest";
import { UTTERANCE_LABELS } from "../../src/engine/format/schema.ts";
import { stringsFor } from "../../src/ui/i18n.ts";
import { labelName } from "../../src/ui/label-names.ts";
import { REFUSAL_CODES, refusalText } from "../../src/ui/refusal-text.ts";
import { readText } from "../helpers.ts";
import { click, meeting, startAs, text } from "./meeting-harness.ts";

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** English words that give away an untranslated string on a Dutch screen. */
const ENGLISH = /\b(pick|between|options?|you|the|defending|opening|summary|opinion|process|rules?)\b/i;

describe("one language at a time", () => {
  it("names every judge label in Dutch and English", () => {
    for (const label of UTTERANCE_LABELS) {
      expect(labelName(label, "nl"), label).not.toBe(label === "open" ? "" : label);
      expect(labelName(label, "nl")).not.toMatch(ENGLISH);
      expect(labelName(label, "en").length).toBeGreaterThan(0);
    }
  });

  it("words every refusal of the Session in Dutch, with its numbers", () => {
    for (const code of REFUSAL_CODES) {
      const nl = refusalText({ ok: false, code, error: "x", params: { min: 3, max: 6, picked: 2 } }, "nl");
      expect(nl, code).not.toMatch(ENGLISH);
    }
    const result = {
      ok: false as const,
      code: "pick-count" as const,
      error: "",
      params: { min: 3, max: 6, picked: 2 },
    };
    expect(refusalText(result, "nl")).toBe("Kies er 3 tot 6 (je koos er 2).");
    expect(refusalText(result, "en")).toBe("Choose 3 to 6 (you chose 2).");
  });

  it("shows a refused pick in the player's language, in full", async () => {
    await meeting();
    startAs("facilitator");
    click("#confirm");
    expect(text("#move .error")).toBe("Kies er 1 tot 2 (je koos er 0).");
  });

  it("shows how typed words came across with the label in Dutch", async () => {
    await meeting();
    startAs("facilitator");
    click("#pick-doel");
    click("#confirm");
    (document.getElementById("free-text") as HTMLInputElement).value = "Kunt u daar meer over vertellen?";
    (document.querySelector("form.free-text") as HTMLFormElement).requestSubmit();
    const said = [...document.querySelectorAll("#log .move.own")].map((e) => e.textContent).join(" ");
    expect(said).toContain("Zo klonk het: ");
    expect(said).not.toMatch(/Zo klonk het: (open|closed|leading|summary|opinion|process)\)/);
  });

  it("calls showing everything at once showing all text, not all rules", () => {
    expect(stringsFor("instantLines").nl).not.toContain("regels");
  });

  it("keeps the chosen scenario and role when the language changes", async () => {
    const mini = readText("tests/fixtures/mini.json");
    const other = JSON.stringify({
      ...JSON.parse(mini),
      id: "tweede",
      title: { nl: "Tweede", en: "Second" },
    });
    await meeting({ files: { "mini.json": mini, "tweede.json": other } });
    const scenario = document.getElementById("scenario") as HTMLSelectElement;
    scenario.value = "tweede";
    scenario.dispatchEvent(new Event("change"));
    (document.getElementById("role") as HTMLSelectElement).value = "listener";
    const lang = document.getElementById("lang") as HTMLSelectElement;
    lang.value = "en";
    lang.dispatchEvent(new Event("change"));
    expect(text("#new-title")).toBe("New run");
    expect((document.getElementById("scenario") as HTMLSelectElement).value).toBe("tweede");
    expect((document.getElementById("role") as HTMLSelectElement).value).toBe("listener");
    expect(document.activeElement?.id).toBe("lang");
    click("#start");
    expect(text("#briefing-title")).toContain("Second");
  });
});
