// Issue 11, point 5: an urge's window grows with what there is to read, and the player may ask for more.
import { describe, expect, it } from "vitest";
import {
  ORIENT_SECONDS,
  readingSeconds,
  urgeWindowSeconds,
  WORDS_PER_SECOND,
  wordCount,
} from "../../src/ui/urge-window.ts";

const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(" ");

describe("the urge's window", () => {
  it("counts words, not punctuation or dashes", () => {
    expect(wordCount("Je wilt — echt — zuchten.")).toBe(4);
    expect(wordCount("  ")).toBe(0);
  });

  it("keeps the scenario's window when the texts are short", () => {
    expect(urgeWindowSeconds(6, ["Zucht.", "Ja", "Nee"], "normal")).toBe(6);
  });

  it("raises it to the reading time of the prompt and four long options", () => {
    const texts = [words(10), words(15), words(15), words(15), words(15)];
    const reading = Math.ceil(ORIENT_SECONDS + 70 / WORDS_PER_SECOND);
    expect(readingSeconds(texts)).toBe(reading);
    expect(urgeWindowSeconds(6, texts, "normal")).toBe(reading);
    expect(reading).toBeGreaterThan(20);
  });

  it("gives one and a half or twice the time, or no limit", () => {
    expect(urgeWindowSeconds(6, ["a"], "half")).toBe(9);
    expect(urgeWindowSeconds(7, ["a"], "double")).toBe(14);
    expect(urgeWindowSeconds(7, [words(100)], "none")).toBeNull();
  });
});
