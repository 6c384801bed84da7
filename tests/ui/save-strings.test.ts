import { describe, expect, it } from "vitest";
import { SAVE_STRING_KEYS, saveStringsFor } from "../../src/ui/storage/strings.ts";
import { readText } from "../helpers.ts";

describe("the words about saving", () => {
  it("exist in Dutch and English with the same placeholders", () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of SAVE_STRING_KEYS) {
      const s = saveStringsFor(key);
      expect(s.nl.trim().length, key).toBeGreaterThan(0);
      expect(s.en.trim().length, key).toBeGreaterThan(0);
      expect(holes(s.nl), key).toEqual(holes(s.en));
    }
  });

  it("are all used", () => {
    const sources = ["app.ts", "runs-in-progress.ts", "storage/notices.ts", "storage/resume-why.ts"]
      .map((f) => readText(`src/ui/${f}`))
      .join("\n");
    // Built from a prefix and a kind: aside_<kind>, writeFailed_<kind>, why_<reason>.
    const dynamic = ["aside_", "writeFailed_", "why_"];
    for (const key of SAVE_STRING_KEYS) {
      const used = sources.includes(`"${key}"`) || dynamic.some((d) => key.startsWith(d));
      expect(used, `${key} is never used`).toBe(true);
    }
  });
});
