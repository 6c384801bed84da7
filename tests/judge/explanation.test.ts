import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/cli/train-judge.ts";
import { explain } from "../../src/engine/judge/explain.ts";
import { classify, detectLanguage } from "../../src/engine/judge/index.ts";

const ROLES = ["listener", "facilitator"] as const;
const quoted = (why: string) => [...why.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
const loose = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’`´]/g, "'");

// Lines whose why used to quote what the trainee never typed: a cue's stock phrase ("een oordeel",
// "ik zorg ervoor / ik bel u", "waarom heeft u niet…") or a spelling the judge made up ("wouldn't").
const NOT_TYPED: [string, "listener" | "facilitator"][] = [
  ["Ik ben het helemaal met u eens.", "facilitator"],
  ["Wij bellen altijd binnen twee werkdagen terug. Hoe vaak had u eigenlijk gebeld?", "listener"],
  ["Had je niet eerst even de huisarts kunnen bellen?", "listener"],
  ["Had u niet beter meteen een klacht kunnen indienen bij de griffie?", "listener"],
  ["Wouldnt it have been easier to call?", "listener"],
  ["wasnt that already in the letter", "listener"],
  ["Dat heeft te maken met hoe de afdeling de planning al jaren op dezelfde manier maakt.", "listener"],
];

// Words that carry no meaning on their own; a why that quotes only these teaches nothing.
const EMPTY = [
  "echt",
  "out",
  "to say",
  "het maar",
  "gewoon",
  "only",
  "zo",
  "had",
  "that's",
  "see",
  "well",
  "too",
];

describe("the quoted words of a why", () => {
  it.each(NOT_TYPED)("are words the trainee typed: %s", (text, role) => {
    for (const lang of ["nl", "en"] as const) {
      const j = classify(text, role, { explainIn: lang });
      for (const q of quoted(j.why)) expect(loose(text)).toContain(loose(q.replace(/…$/, "")));
      for (const c of j.cues) expect(loose(text)).toContain(loose(c.text));
    }
  });

  it.each(ROLES)("%s: are typed words throughout the corpus, and never a lone empty word", (role) => {
    for (const r of readCorpus(role)) {
      if (r.text.includes('"')) continue;
      const j = classify(r.text, role);
      for (const q of quoted(j.why)) {
        expect(loose(r.text), r.text).toContain(loose(q.replace(/…$/, "")));
        expect(EMPTY, r.text).not.toContain(loose(q));
      }
    }
  });

  it.each([
    ["Sorry. Echt.", "listener"],
    ["Thanks for your story. I do want to point out that things have changed a lot since then.", "listener"],
    [
      "I have to say, having heard all of this, I think the court really ought to look at how it treats people on the day of the hearing, because this sounds like a pattern and frankly it isn't good enough.",
      "facilitator",
    ],
  ] as const)("fall back to the sentence without a quote when no words carry meaning: %s", (text, role) => {
    for (const q of quoted(classify(text, role).why)) expect(EMPTY).not.toContain(loose(q));
  });
});

describe("a leading statement", () => {
  it("is not called a question, in either role or language", () => {
    for (const role of ROLES)
      for (const lang of ["nl", "en"] as const) {
        const statement = explain("leading", role, lang, "toch", "statement");
        expect(statement).not.toMatch(/vraag:|question:|in de vraag|into the question/i);
        expect(explain("leading", role, lang, "toch", "question")).toMatch(/vraag|question/i);
        expect(explain("leading", role, lang, undefined, "statement")).not.toMatch(
          /sturende vraag|leading question/i,
        );
      }
  });

  it.each([
    ["U had toch ook zelf even kunnen bellen.", "listener"],
    ["Je had het toch ook gewoon op de website kunnen lezen.", "listener"],
    ["Dat moet toch vreselijk zijn geweest.", "facilitator"],
    ["You must have felt completely abandoned.", "facilitator"],
  ] as const)("is worded as a statement when it is judged leading: %s", (text, role) => {
    const j = classify(text, role);
    if (j.label !== "leading") return;
    expect(j.why).not.toMatch(/sturende vraag|leading question/i);
    expect(classify(`${text.replace(/\.$/, "")}?`, role).why).toMatch(/sturende vraag|leading question/i);
  });
});

it("a tag makes a question, with or without its question mark", () => {
  const j = classify("U was daar natuurlijk woedend over, toch.", "facilitator");
  expect(j.label).toBe("leading");
  expect(j.why).toMatch(/^Een sturende vraag/);
});

describe("the language of the why", () => {
  it.each([
    "We're actually very reachable.",
    "That's outrageous.",
    "well i'd be angry too",
    "I'm so sorry.",
    "Sorry, that's awful.",
    "Honestly, I'm a bit shaken.",
    "ok thanks",
    "That must have been scary.",
    "You poor thing.",
  ])("is English for a short English line: %s", (text) => {
    expect(detectLanguage(text)).toBe("en");
    expect(classify(text, "listener").why).toMatch(/^(A|An|This|Recognition|Your|You)\b/);
  });

  it.each([
    "Dat is schandalig.",
    "Sorry. Echt.",
    "Wat erg.",
    "Jeetje.",
    "Dank je wel",
    "Dat raakt me echt.",
    "Wij zijn juist heel bereikbaar.",
    "Oké, duidelijk.",
  ])("stays Dutch for a short Dutch line: %s", (text) => {
    expect(detectLanguage(text)).toBe("nl");
  });
});
