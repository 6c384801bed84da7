import { describe, expect, it } from "vitest";
import { fillIn, t } from "../../src/ui/i18n.ts";
import { st } from "../../src/ui/storage/strings.ts";
import { ws } from "../../src/ui/workshop/strings.ts";

describe("filling in words", () => {
  it("inserts a value as written, even one that looks like a replacement pattern", () => {
    expect(t("nl", "noteAdded", { text: "a$&b $1" })).toBe("Genoteerd: a$&b $1");
    expect(st("en", "startFailed", { why: "$`x" })).toBe("This run could not start: $`x.");
    expect(ws("nl", "backTo", { code: "$'" })).toBe("Terug naar workshop $'");
  });

  it("fills every occurrence and leaves an unknown placeholder, or one named like an object property, visible", () => {
    expect(fillIn("{a} en {a}", { a: 1 })).toBe("1 en 1");
    expect(fillIn("{constructor} {b}", {})).toBe("{constructor} {b}");
  });
});
