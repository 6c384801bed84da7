// Every code the workshop server may answer with (as docs/workshop.md lists them) has its own words in
// both languages, so a refusal is never shown in English on a Dutch screen nor as a vague fallback.
import { describe, expect, it } from "vitest";
import { codeText, hasCodeText, seatName } from "../../src/ui/workshop/strings.ts";
import { readText } from "../helpers.ts";

const doc = readText("docs/workshop.md");
const listed = (after: string, until: string) => {
  const start = doc.indexOf(after);
  const part = doc.slice(start, doc.indexOf(until, start));
  // The field names around the lists are not codes.
  const fields = new Set(["code", "error", "reason", "ref", "type"]);
  return [...part.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)]
    .map((m) => m[1] as string)
    .filter((c) => !fields.has(c));
};

describe("the workshop's words for the server's codes", () => {
  const http = listed('Errors are `{"code", "error"}`', "with `400`");
  const refused = listed("`code` (stable, to say it", "`reason`");
  it("finds the codes in the docs", () => {
    expect(http).toContain("no-workshop");
    expect(refused).toContain("not-your-turn");
  });
  it("has words of its own for each, in Dutch and English", () => {
    for (const code of [...http, ...refused]) {
      expect(hasCodeText(code), code).toBe(true);
      expect(codeText("nl", code)).not.toBe(codeText("en", code));
    }
  });
  it("names the seats", () => {
    expect(seatName("nl", "listener-12")).toBe("Toehoorder 12");
    expect(seatName("en", "facilitator")).toBe("Facilitator");
    expect(seatName("nl", null)).toBe("Kijkt mee (geen plaats)");
  });
});
