// `cards`: the persona cards of a scenario as text, one language at a time, for an in-person role-play.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { memoryIo, miniValue } from "../helpers.ts";

const FILE = "scenarios/neonatologie-ziekenhuis.json";

describe("cards", () => {
  it("prints every participant's card in Dutch, with its headings and the good and bad it lived", async () => {
    const io = memoryIo();
    expect(await main(["cards", FILE], io)).toBe(0);
    expect(io.stderr).toBe("");
    expect(io.stdout).toMatch(/^Persona-kaarten — /);
    for (const name of ["Linda Wouters", "Marco de Groot", "Esra Yıldız", "Sanne Kuipers", "Joke Hendriks"])
      expect(io.stdout).toContain(name);
    expect(io.stdout.match(/ {2}Wie ik ben\n/g)).toHaveLength(7);
    expect(io.stdout).toContain("Wat ik alleen vertel als het veilig voelt");
    expect(io.stdout).toContain("    + goed: De verpleegkundigen leerden me buidelen.");
    expect(io.stdout).toContain("    - slecht: Bij de artsenvisite");
    // One language at a time: no English heading on the Dutch page.
    expect(io.stdout).not.toContain("Who I am");
    for (const line of io.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(78);
  });

  it("--lang en --participant prints that one card in English only", async () => {
    const io = memoryIo();
    expect(await main(["cards", FILE, "--lang", "en", "--participant", "sanne"], io)).toBe(0);
    expect(io.stdout).toMatch(/^Persona cards — /);
    expect(io.stdout).toContain("Sanne Kuipers");
    expect(io.stdout).toContain("What I tell only when the room feels safe");
    expect(io.stdout).toContain("One phone call after a week.");
    expect(io.stdout).not.toContain("Linda");
    expect(io.stdout).not.toContain("Wie ik ben");
  });

  it("an unknown participant is named with a guess; a participant without a card is said plainly", async () => {
    const typo = memoryIo();
    expect(await main(["cards", FILE, "--participant", "lnda"], typo)).toBe(1);
    expect(typo.stderr).toContain("geen deelnemer 'lnda' — bedoel je 'linda'?");
    const mini = memoryIo({ "mini.json": JSON.stringify(miniValue()) });
    expect(await main(["cards", "mini.json", "--lang", "en"], mini)).toBe(0);
    expect(mini.stdout).toContain("(no persona card in this scenario)");
  });

  it("refuses English from a Dutch-only scenario, and a wrong --lang or a missing file is a usage error", async () => {
    const nlOnly = miniValue();
    nlOnly.languages = ["nl"];
    const io = memoryIo({ "nl.json": JSON.stringify(nlOnly) });
    expect(await main(["cards", "nl.json", "--lang", "en"], io)).toBe(1);
    expect(io.stderr).toContain("this scenario has no English text; use --lang nl");
    expect(await main(["cards", FILE, "--lang", "de"], memoryIo())).toBe(2);
    expect(await main(["cards"], memoryIo())).toBe(2);
  });
});
