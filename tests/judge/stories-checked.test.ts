// Doubting, checking or correcting what participants told is taking sides, however orderly it sounds:
// "Let us first check which of these stories were actually true" was judged a summary and praised. And a
// why quotes what decided the label, never a lone "first" or "not".
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/cli/train-judge.ts";
import { classify } from "../../src/engine/judge/index.ts";
import { GRAMMATICAL } from "../../src/engine/judge/quote.ts";

const quoted = (why: string) => [...why.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);

// Written for this test, apart from the corpus: other words, other settings.
const DOUBTING: string[] = [
  "Let us first check which of these stories were actually true, because some of it was exaggerated.",
  "Let's first check which stories were factually wrong.",
  "Laten we eerst nagaan welke verhalen feitelijk niet klopten.",
  "Voor we verdergaan wil ik natrekken of dat verhaal over de balie wel klopt.",
  "Ik denk dat een deel van wat Henk vertelde nogal overdreven was.",
  "Before the team responds, we should verify whether that account of the ward round is accurate.",
  "Honestly, parts of tonight's stories were made up, so let's check what really happened.",
];

const ALLOWED: [string, string][] = [
  ["Als ik het goed hoor, kreeg u de brief pas na de zitting. Klopt dat?", "summary"],
  ["So you waited two weeks for a call back; correct me if I'm wrong.", "summary"],
  ["Laten we eerst iedereen aan het woord laten die nog niets heeft gezegd.", "process"],
  ["Wat gebeurde er toen u de griffie belde?", "open"],
];

describe("doubting or checking participants' stories (facilitator)", () => {
  it.each(DOUBTING)("is taking sides, not allowed: %s", (text) => {
    const j = classify(text, "facilitator");
    expect(j.allowed, `${text} → ${j.label}`).toBe(false);
    expect(["opinion", "leading"]).toContain(j.label);
  });

  it.each(ALLOWED)("is told apart from checking one's own summary or giving turns: %s", (text, label) => {
    const j = classify(text, "facilitator");
    expect(j.label).toBe(label);
    expect(j.allowed).toBe(true);
  });

  it("names what decided it in the why: the checking, not 'first'", () => {
    for (const lang of ["nl", "en"] as const) {
      const j = classify(DOUBTING[0] as string, "facilitator", { explainIn: lang });
      expect(j.label).toBe("opinion");
      const q = quoted(j.why);
      expect(q).toHaveLength(1);
      expect(q[0]).toMatch(/check/);
      expect(q[0]).toMatch(/stories|true/);
    }
  });
});

describe("the words a why quotes", () => {
  it.each(["listener", "facilitator"] as const)(
    "%s: are never one grammatical word alone, throughout the corpus",
    (role) => {
      const lone: string[] = [];
      for (const r of readCorpus(role)) {
        for (const q of quoted(classify(r.text, role).why)) {
          const word = q.toLowerCase().replace(/…$/, "").replace(/’/g, "'");
          if (!word.includes(" ") && GRAMMATICAL.has(word)) lone.push(`${r.text} → "${q}"`);
        }
      }
      expect(lone).toEqual([]);
    },
  );
});
