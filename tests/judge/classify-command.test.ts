import { describe, expect, it } from "vitest";
import { classifyCommand } from "../../src/cli/commands/classify.ts";
import { memoryIo } from "../helpers.ts";

const run = async (args: string[], stdin: string) => {
  const io = memoryIo({}, stdin);
  const code = await classifyCommand(args, io);
  return { code, io, lines: io.stdout === "" ? [] : io.stdout.replace(/\n$/, "").split("\n") };
};

describe("classify on the command line", () => {
  it("writes one JSON object per input line, in order, and nothing else", async () => {
    const { code, io, lines } = await run(
      ["--role", "listener"],
      "Wat bedoelt u?\nIk bel u morgen.\n\nThank you\n",
    );
    expect(code).toBe(0);
    expect(io.stderr).toBe("");
    const objects = lines.map((l) => JSON.parse(l));
    expect(objects.map((o) => o.text)).toEqual(["Wat bedoelt u?", "Ik bel u morgen.", "", "Thank you"]);
    for (const o of objects)
      expect(Object.keys(o)).toEqual(["text", "label", "allowed", "confidence", "why"]);
    expect(objects[1]).toMatchObject({ label: "solving", allowed: false });
    expect(objects[2].confidence).toBeLessThan(0.3);
    expect(objects[2].why).toBe("Hier staan geen woorden om te beoordelen: typ wat je zou zeggen.");
    expect(io.stdout.endsWith("\n")).toBe(true);
  });

  it("keeps the count without a final newline, with CRLF, and with blank lines at the end", async () => {
    expect((await run(["--role", "facilitator"], "Hoe was dat?\r\nWas dat in maart?")).lines).toHaveLength(2);
    expect((await run(["--role", "facilitator"], "Hoe was dat?\n\n\n")).lines).toHaveLength(3);
    expect((await run(["--role", "facilitator"], "")).lines).toHaveLength(0);
    expect((await run(["--role", "facilitator"], "\n")).lines).toHaveLength(1);
  });

  it("writes text with quotes, tabs and unicode as valid JSON", async () => {
    const text = 'Wat bedoelt u met "geen regie"?\tÉcht 🙂 \\ end';
    const { lines } = await run(["--role", "listener"], `${text}\n`);
    expect(JSON.parse(lines[0] as string).text).toBe(text);
  });

  it("explains in the given language", async () => {
    const { lines } = await run(["--role", "listener", "--lang", "en"], "Ik bel u morgen.\n");
    expect(JSON.parse(lines[0] as string).why).toMatch(/^This is a promise/);
  });

  it.each([
    [[]],
    [["--role"]],
    [["--role", "toehoorder"]],
    [["--role", "listener", "--lang", "de"]],
    [["--role", "listener", "file.txt"]],
    [["--role", "listener", "--verbose"]],
  ])("refuses %j with a message on stderr and exit code 2", async (args) => {
    const { code, io } = await run(args, "Wat bedoelt u?\n");
    expect(code).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toMatch(/^classify: /);
  });

  it("warns on stderr about a line it judges only in part", async () => {
    const { code, io, lines } = await run(["--role", "listener"], `${"Wat bedoelt u? ".repeat(100)}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(io.stderr).toMatch(/line 1 has \d+ characters/);
  });
});
