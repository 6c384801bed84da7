// The trainer's guide quotes real messages: each quoted mistake is made on the guide's own example and
// must give exactly the message the guide shows.
import { describe, expect, it } from "vitest";
import { rulesMarkdown } from "../../src/cli/commands/rules.ts";
import { main } from "../../src/cli/main.ts";
import { RULES } from "../../src/engine/rules/catalog.ts";
import { memoryIo, readText } from "../helpers.ts";

const guide = readText("docs/authoring.md");
const example = () => JSON.parse(readText("docs/examples/minimal-scenario.json"));

// biome-ignore lint/suspicious/noExplicitAny: these tests reach into scenario JSON to break it on purpose.
type Json = Record<string, any>;
const mistakes: [string, (s: Json) => void][] = [
  ["unknown beat 'anja-vertlet'", (s) => (s.beats[0].next = "anja-vertlet")],
  ["the English text is missing", (s) => delete s.beats[0].lines[0].text.en],
  ["unknown speaker 'Anja'", (s) => (s.beats[1].lines[0].speaker = "Anja")],
  [
    'the text "bad" is not allowed here',
    (s) => (s.beats[1].moves.facilitator.choices[1].verdicts[0].kind = "bad"),
  ],
  ['the text "F-NEUTRL"', (s) => (s.beats[1].moves.facilitator.choices[1].verdicts[0].rule = "F-NEUTRL")],
  [
    "unknown effect 'opennes'",
    (s) => (s.beats[1].moves.facilitator.choices[0].effects = [{ opennes: { who: "anja", by: 5 } }]),
  ],
  ['expected a number, found the text "5"', (s) => (s.beats[0].minutes = "5")],
  ['found the text "Goedenavond"', (s) => (s.beats[0].lines[0].text = "Goedenavond")],
  ["play stops at beat 'vragen' after choice 'team'", (s) => delete s.beats[3].next],
  ["goes round in a loop", (s) => (s.beats[2].next = "anja-vertelt")],
  ["an urge needs 'onTimeout'", (s) => delete s.beats[1].moves.listener.onTimeout],
  [
    "flag 'stilte-vergeten' is tested",
    (s) => (s.beats[1].next = [{ when: { flag: "stilte-vergeten" }, to: "vragen" }, { to: "vragen" }]),
  ],
  ["flag 'geen-stilte' is set but no condition asks about it", (s) => s.beats[3].lines.shift()],
];

describe("docs/rules.md", () => {
  it("is what `rules --markdown` prints (run it again after changing the catalogue)", () => {
    expect(readText("docs/rules.md")).toBe(rulesMarkdown());
  });
  it("names every rule, and the guide points to it", () => {
    for (const r of RULES) expect(readText("docs/rules.md")).toContain(`\`${r.id}\``);
    expect(guide).toContain("rules.md");
  });
});

describe("docs/authoring.md", () => {
  it("its example scenario is valid", async () => {
    const io = memoryIo();
    expect(await main(["validate", "docs/examples/minimal-scenario.json"], io)).toBe(0);
    expect(io.stdout).toContain("ok (0 errors, 0 warnings)");
  });

  for (const [marker, mutate] of mistakes) {
    it(`quotes the real message for: ${marker}`, async () => {
      const s = example();
      mutate(s);
      const io = memoryIo({ "x.json": JSON.stringify(s) });
      await main(["validate", "x.json"], io);
      const quoted = guide
        .split("\n")
        .filter((l) => l.includes(marker) && /^(error|warning) at /.test(l))
        .concat(
          guide.split("\n").filter((l, i, all) => l.startsWith("    fix:") && all[i - 1]?.includes(marker)),
        );
      expect(quoted.length).toBeGreaterThan(0);
      for (const line of quoted)
        expect(io.stdout).toContain(line.startsWith("    fix:") ? line : `x.json: ${line}`);
    });
  }
});
