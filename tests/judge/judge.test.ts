import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { readCorpus, train } from "../../src/cli/train-judge.ts";
import { classify, detectLanguage, isAllowed } from "../../src/engine/judge/index.ts";
import { memoryIo } from "../helpers.ts";

describe("the utterance judge", () => {
  it.each([
    ["Wat bedoelt u met 'geen regie'?", "listener", "clarifying"],
    ["What did you expect from that visit?", "listener", "clarifying"],
    ["Dank u voor uw openheid.", "listener", "acknowledging"],
    ["U wist toch dat het loket dicht was?", "listener", "leading"],
    ["Wij zijn juist heel bereikbaar.", "listener", "defending"],
    ["That was another department.", "listener", "defending"],
    ["Ter verduidelijking: dat is beleid", "listener", "explaining"],
    ["Ik bel u morgen.", "listener", "solving"],
    ["We'll change the letter.", "listener", "solving"],
    ["Hoe was dat voor u?", "facilitator", "open"],
    ["Was dat in maart?", "facilitator", "closed"],
    ["Dat was toch heel vervelend?", "facilitator", "leading"],
    ["Als ik u goed begrijp, voelde u zich niet gehoord. Klopt dat?", "facilitator", "summary"],
    ["Zes weken is echt schandalig.", "facilitator", "opinion"],
    ["De toehoorders luisteren alleen; aan het eind hebben zij een eigen ronde.", "facilitator", "process"],
  ] as const)("%s (%s) → %s", (text, role, label) => {
    expect(classify(text, role).label).toBe(label);
  });

  it("takes the rule-breaking label of a mixed or polite utterance", () => {
    expect(classify("Dank u, maar wij hebben wel teruggebeld", "listener")).toMatchObject({
      label: "defending",
      allowed: false,
    });
    expect(classify("Mag ik vragen of u wist dat het loket dicht was", "listener").label).toBe("leading");
    expect(
      classify("Dank voor uw verhaal. Ter info: vanaf zestien mogen we niets delen.", "listener").label,
    ).toBe("explaining");
  });

  it("explains in one sentence naming the words that weighed, in the asked language", () => {
    const nl = classify("Ter verduidelijking: dat is beleid", "listener");
    expect(nl.why).toMatch(/^Dit is uitleg \(let op: "ter verduidelijking"\)/);
    const en = classify("Ter verduidelijking: dat is beleid", "listener", { explainIn: "en" });
    expect(en.why).toMatch(/^This is explaining/);
    expect(nl.cues[0]?.text).toBe("ter verduidelijking");
  });

  it("maps labels to allowed per role", () => {
    expect(isAllowed("clarifying", "listener")).toBe(true);
    expect(isAllowed("defending", "listener")).toBe(false);
    expect(isAllowed("closed", "facilitator")).toBe(true);
    expect(isAllowed("opinion", "facilitator")).toBe(false);
    expect(isAllowed("open", "listener")).toBe(false);
  });

  it("detects the language", () => {
    expect(detectLanguage("What do you mean by that?")).toBe("en");
    expect(detectLanguage("Wat bedoelt u daarmee?")).toBe("nl");
  });

  it("never throws on odd input, and stays deterministic", () => {
    for (const text of ["", "   ", "🙂🙂", "<img src=x onerror=alert(1)>", "a".repeat(20_000), "?"]) {
      const j = classify(text, "listener");
      expect(j.text).toBe(text);
      expect(j.confidence).toBeGreaterThanOrEqual(0);
      expect(j.confidence).toBeLessThanOrEqual(1);
    }
    expect(classify("Waarom belde u niet?", "listener")).toEqual(
      classify("Waarom belde u niet?", "listener"),
    );
  });

  it("trains the same model from the same corpus", () => {
    const rows = readCorpus("facilitator")
      .filter((r) => r.split === "train")
      .slice(0, 120);
    expect(JSON.stringify(train(rows, "facilitator", { epochs: 3, rate: 0.3, l2: 1e-4, minCount: 2 }))).toBe(
      JSON.stringify(train(rows, "facilitator", { epochs: 3, rate: 0.3, l2: 1e-4, minCount: 2 })),
    );
  });

  it("keeps a floor on its own held-out split", () => {
    for (const role of ["listener", "facilitator"] as const) {
      const rows = readCorpus(role).filter((r) => r.split === "heldout");
      const right = rows.filter((r) => classify(r.text, role).label === r.label).length;
      expect(right / rows.length).toBeGreaterThan(0.75);
    }
  });
});

describe("classify on the command line", () => {
  it("writes one JSON object per input line, in order, and nothing else", async () => {
    const io = memoryIo({}, "Wat bedoelt u?\nIk bel u morgen.\n\nThank you\n");
    expect(await main(["classify", "--role", "listener"], io)).toBe(0);
    const lines = io.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.text)).toEqual(["Wat bedoelt u?", "Ik bel u morgen.", "", "Thank you"]);
    expect(Object.keys(lines[0])).toEqual(["text", "label", "allowed", "confidence", "why"]);
    expect(lines[1]).toMatchObject({ label: "solving", allowed: false });
    expect(io.stderr).toBe("");
  });

  it("needs a role", async () => {
    const io = memoryIo({}, "x\n");
    expect(await main(["classify"], io)).toBe(2);
    expect(io.stdout).toBe("");
  });
});
