// The loader's last English-only problems (what is said and done, an older format) are in the message
// catalogue now: the live checks tell them in Dutch in a Dutch studio, and validate's English is as before.
import { describe, expect, it } from "vitest";
import { loadScenarioValue } from "../../src/engine/load/load.ts";
import { problemText } from "../../src/engine/load/problems.ts";
import { miniValue } from "../helpers.ts";

type Line = { id?: string; direction?: boolean };

describe("loader problems told in both languages", () => {
  it("a stage direction with an id", () => {
    const doc = miniValue() as { beats: { lines: Line[] }[] };
    const line = doc.beats[1]?.lines[0] as Line;
    line.direction = true;
    const found = loadScenarioValue(doc).problems.find((p) => p.code === "direction-with-id");
    expect(found?.path).toEqual(["beats", 1, "lines", 0, "id"]);
    expect(found?.message).toBe("a stage direction is not said, so it cannot be noted or quoted");
    expect(found?.fix).toBe('leave out the id, or leave out "direction": true if these are spoken words');
    const nl = problemText(found as never, "nl");
    expect(nl.message).toBe(
      "een regieaanwijzing wordt niet gezegd, dus ze kan niet genoteerd of geciteerd worden",
    );
  });

  it("a file in the older format", () => {
    const doc = miniValue();
    doc.formatVersion = 1;
    const found = loadScenarioValue(doc).problems.find((p) => p.code === "older-format");
    expect(found?.path).toEqual(["formatVersion"]);
    expect(found?.message).toBe(
      'this scenario is written in format version 1; it was read as version 2: wholly quoted choice texts became "say", lines in parentheses became stage directions ("direction": true)',
    );
    expect(problemText(found as never, "nl").message).toMatch(
      /^dit scenario is geschreven in formaatversie 1;/,
    );
  });
});
