import { describe, expect, it } from "vitest";
import { classify, detectLanguage, isAllowed, type UtteranceLabel } from "../../src/engine/judge/index.ts";

type Case = readonly [string, UtteranceLabel];

const LISTENER: Case[] = [
  ["Wat bedoelt u met 'geen regie'?", "clarifying"],
  ["Over welke periode gaat het?", "clarifying"],
  ["What did you expect from that visit?", "clarifying"],
  ["Dank voor uw openheid.", "acknowledging"],
  ["Dat raakt me.", "acknowledging"],
  ["Thank you, that really stays with me.", "acknowledging"],
  ["U wist toch dat het loket dicht was?", "leading"],
  ["Wouldn't it have been easier to email?", "leading"],
  ["Wij zijn juist heel bereikbaar.", "defending"],
  ["That was another department.", "defending"],
  ["Dat is wettelijk zo bepaald.", "explaining"],
  ["The form goes to the back office first.", "explaining"],
  ["Ik bel u morgen.", "solving"],
  ["We'll change the letter.", "solving"],
];

const FACILITATOR: Case[] = [
  ["Hoe was dat voor u?", "open"],
  ["Could you tell us what happened at the desk?", "open"],
  ["Was dat in maart?", "closed"],
  ["Did you get a letter?", "closed"],
  ["Dat was toch heel vervelend?", "leading"],
  ["You must have felt abandoned, didn't you?", "leading"],
  ["Als ik u goed begrijp, voelde u zich niet gehoord. Klopt dat?", "summary"],
  ["So what I'm hearing is that the phone was the problem.", "summary"],
  ["Zes weken is echt schandalig.", "opinion"],
  ["I completely agree with you.", "opinion"],
  ["De toehoorders luisteren alleen; aan het eind hebben zij een eigen ronde.", "process"],
  ["We have ten minutes left, then we move on to the listeners' round.", "process"],
];

// The hard cases UTTERANCES.md names, in phrasings the corpus does not hold word for word.
const HARD_LISTENER: Case[] = [
  // Politeness around a defence.
  ["Mag ik vragen of u wist dat het loket op vrijdag altijd dicht is?", "leading"],
  ["I'm curious whether you realised the desk closes at noon.", "leading"],
  // Explanations that open with "ter verduidelijking".
  ["Ter verduidelijking: dat is beleid", "explaining"],
  ["Ter info, de brieven worden centraal verstuurd.", "explaining"],
  ["Just so you know, that's how the law works.", "explaining"],
  // Questions without a question mark.
  ["wat bedoelt u precies met van het kastje naar de muur", "clarifying"],
  ["how long did you have to wait", "clarifying"],
  // Statements with one.
  ["Wij zijn altijd bereikbaar?", "defending"],
  ["Dat is gewoon de procedure?", "explaining"],
  // Mixed: the label that breaks a rule.
  ["Dank u, maar wij hebben wel teruggebeld", "defending"],
  ["Thank you for sharing. I'll make sure someone calls you tomorrow.", "solving"],
  ["Dank voor uw verhaal. Ter info: vanaf zestien mogen we niets delen.", "explaining"],
  // Allowed words that only look suspicious.
  ["Waarom voelde u zich niet serieus genomen?", "clarifying"],
  ["Maar hoe voelde dat dan voor u?", "clarifying"],
  ["Dank u. Wat had u op dat moment nodig?", "clarifying"],
];

describe("labels of clear utterances", () => {
  it.each(LISTENER)("listener: %s → %s", (text, label) => {
    expect(classify(text, "listener").label).toBe(label);
  });
  it.each(FACILITATOR)("facilitator: %s → %s", (text, label) => {
    expect(classify(text, "facilitator").label).toBe(label);
  });
});

describe("the hard cases", () => {
  it.each(HARD_LISTENER)("listener: %s → %s", (text, label) => {
    expect(classify(text, "listener").label).toBe(label);
  });

  it("a facilitator's view in a question is leading, stated it is opinion", () => {
    expect(classify("Vindt u ook niet dat het team beter bereikbaar moet zijn?", "facilitator").label).toBe(
      "leading",
    );
    expect(classify("Ik vind dat het team beter bereikbaar moet zijn.", "facilitator").label).toBe("opinion");
  });

  it("a facilitator stopping a listener or giving the floor runs the meeting, question mark or not", () => {
    expect(classify("Meneer, wilt u wachten tot de ronde van de toehoorders?", "facilitator").label).toBe(
      "process",
    );
    expect(classify("ik geef het woord aan mevrouw de vries", "facilitator").label).toBe("process");
  });
});

describe("allowed", () => {
  it("follows UTTERANCES.md per role, with a closed question allowed as weak technique", () => {
    const allowed = (role: "listener" | "facilitator") =>
      (
        [
          "clarifying",
          "acknowledging",
          "leading",
          "defending",
          "explaining",
          "solving",
          "open",
          "closed",
          "summary",
          "opinion",
          "process",
        ] as const
      ).filter((l) => isAllowed(l, role));
    expect(allowed("listener")).toEqual(["clarifying", "acknowledging"]);
    expect(allowed("facilitator")).toEqual(["open", "closed", "summary", "process"]);
  });

  it("is what the judgement says", () => {
    expect(classify("Ik zoek het voor u uit.", "listener").allowed).toBe(false);
    expect(classify("Heeft u toen gebeld?", "facilitator")).toMatchObject({ label: "closed", allowed: true });
  });
});

describe("language", () => {
  it.each([
    ["What do you mean by that?", "en"],
    ["Wat bedoelt u daarmee?", "nl"],
    ["dank je", "nl"],
    ["thanks", "en"],
    ["Ik bel u morgen", "nl"],
    ["I'll call you tomorrow", "en"],
  ] as const)("%s is %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("explains in the asked language and takes a given language as is", () => {
    const j = classify("Ter verduidelijking: dat is beleid", "listener", { explainIn: "en" });
    expect(j.lang).toBe("nl");
    expect(j.why).toMatch(/^This is explaining/);
    expect(classify("Hoe was dat?", "facilitator", { lang: "en" }).lang).toBe("en");
  });
});
