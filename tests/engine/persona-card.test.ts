// The persona card on a participant (format v2, optional): a good card loads, each kind of mistake in
// one is told at its own path in both languages, files without cards are untouched, the studio's
// translations panel lists the card's texts, and every bundled participant carries a full card.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/engine/format/schema.ts";
import { loadScenario, loadScenarioValue } from "../../src/engine/load/load.ts";
import { type Problem, problemText } from "../../src/engine/load/problems.ts";
import { collectTexts } from "../../src/studio/translations/texts.ts";
import { miniValue, readText } from "../helpers.ts";

// biome-ignore lint/suspicious/noExplicitAny: these tests reach into scenario JSON to break it on purpose.
type Json = Record<string, any>;

const T = (nl: string, en: string) => ({ nl, en });
const goodCard = (): Json => ({
  who: T("Ik ben Anja, moeder van twee.", "I'm Anja, mother of two."),
  lived: [
    { tone: "bad", text: T("Ik wachtte zes weken.", "I waited six weeks.") },
    { tone: "good", text: T("Nu is het geregeld.", "It's sorted now.") },
    { tone: "mixed", text: T("De brieven snap ik half.", "I half understand the letters.") },
  ],
  feels: T("Nog steeds moe.", "Still tired."),
  safeOnly: T("Mijn dochter stopte met school.", "My daughter stopped going to school."),
  closesUp: T("Als iemand achter me zucht.", "If someone behind me sighs."),
  wants: T("Dat iemand even belt.", "That someone just calls."),
});

function withCard(card: unknown): Problem[] {
  const s = miniValue() as Json;
  s.cast.participants[0].card = card;
  return loadScenarioValue(s, "mini.json").problems;
}

/** The one problem at `where`, told in both languages. */
function at(problems: Problem[], where: string) {
  const found = problems.filter((p) => p.where === where);
  expect(found, JSON.stringify(problems, null, 1)).toHaveLength(1);
  const p = found[0] as Problem;
  return { code: p.code, en: problemText(p, "en"), nl: problemText(p, "nl") };
}

const CARD = 'cast.participants[0] ("anja").card';

describe("a participant's persona card", () => {
  it("a full card loads with no problems, and the loaded scenario keeps it", () => {
    const s = miniValue() as Json;
    s.cast.participants[0].card = goodCard();
    const result = loadScenarioValue(s, "mini.json");
    expect(result.problems).toEqual([]);
    expect(result.scenario?.cast.participants[0]?.card?.lived.map((l) => l.tone)).toEqual([
      "bad",
      "good",
      "mixed",
    ]);
  });

  it("without 'wants' it still loads: only that part is optional", () => {
    const card = goodCard();
    delete card.wants;
    expect(withCard(card)).toEqual([]);
    const noFeels = goodCard();
    delete noFeels.feels;
    const p = at(withCard(noFeels), CARD);
    expect(p.code).toBe("missing");
    expect(p.en.message).toBe("'feels' is missing");
    expect(p.nl.message).toBe("'feels' ontbreekt");
  });

  it("a wrong type is told at its field", () => {
    const card = goodCard();
    card.feels = "boos";
    const p = at(withCard(card), `${CARD}.feels`);
    expect(p.code).toBe("wrong-type");
    expect(p.en.message).toContain('found the text "boos"');
    expect(p.nl.message).toContain('gevonden: de tekst "boos"');
  });

  it("a text longer than LIMITS.cardText is refused at its language", () => {
    const card = goodCard();
    card.safeOnly.nl = "a".repeat(LIMITS.cardText + 1);
    const p = at(withCard(card), `${CARD}.safeOnly.nl`);
    expect(p.code).toBe("too-long");
    expect(p.en.message).toBe(`is ${LIMITS.cardText + 1} characters long; at most ${LIMITS.cardText}`);
    expect(p.nl.message).toBe(`is ${LIMITS.cardText + 1} tekens lang; hoogstens ${LIMITS.cardText}`);
  });

  it("more than LIMITS.cardLived lived items, or none, is refused at the list", () => {
    const card = goodCard();
    card.lived = Array.from({ length: LIMITS.cardLived + 1 }, () => card.lived[0]);
    expect(at(withCard(card), `${CARD}.lived`).code).toBe("too-many");
    card.lived = [];
    expect(at(withCard(card), `${CARD}.lived`).nl.message).toBe("heeft minstens 1 item(s) nodig, heeft er 0");
  });

  it("a lived item without Dutch, or with a tone that is not good/bad/mixed, is told where", () => {
    const card = goodCard();
    card.lived[1].text = { en: "It's sorted now." };
    card.lived[2].tone = "okay";
    const problems = withCard(card);
    const noNl = at(problems, `${CARD}.lived[1].text`);
    expect(noNl.en.message).toBe("'nl' is missing");
    expect(noNl.nl.message).toBe("'nl' ontbreekt");
    const tone = at(problems, `${CARD}.lived[2].tone`);
    expect(tone.en.message).toBe('the text "okay" is not allowed here');
    expect(tone.nl.fix).toBe("gebruik één van: good, bad, mixed");
  });

  it("missing English in a scenario that lists English is a missing translation at that text", () => {
    const card = goodCard();
    delete card.who.en;
    const p = at(withCard(card), `${CARD}.who.en`);
    expect(p.code).toBe("missing-translation");
  });

  it("an unknown field is named, with the fields allowed there", () => {
    const card = goodCard();
    card.mood = "boos";
    const p = at(withCard(card), `${CARD}.mood`);
    expect(p.code).toBe("unknown-field");
    expect(p.en.fix).toBe("allowed here: who, lived, feels, safeOnly, closesUp, wants");
    expect(p.nl.message).toBe("onbekend veld 'mood'");
  });

  it("a file without cards loads exactly as before", () => {
    const result = loadScenario(readText("tests/fixtures/mini.json"), "mini.json");
    expect(result.problems).toEqual([]);
    expect(result.scenario?.cast.participants.every((p) => p.card === undefined)).toBe(true);
  });

  it("the studio's translations panel finds every text of a card by its shape", () => {
    const s = miniValue() as Json;
    s.cast.participants[0].card = goodCard();
    const ids = collectTexts(s).map((e) => e.id);
    for (const part of ["who", "lived/0/text", "lived/2/text", "feels", "safeOnly", "closesUp", "wants"])
      expect(ids).toContain(`/cast/participants/0/card/${part}`);
  });

  it("every participant of every bundled scenario has a card in Dutch and English, good and bad", () => {
    const files = readdirSync("scenarios").filter((f) => f.endsWith(".json") && f !== "scenario.schema.json");
    expect(files).toHaveLength(6);
    for (const file of files) {
      const result = loadScenario(readText(`scenarios/${file}`), file);
      expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
      for (const p of result.scenario?.cast.participants ?? []) {
        const card = p.card;
        expect(card, `${file} ${p.id}`).toBeDefined();
        if (!card) continue;
        const texts = [card.who, card.feels, card.safeOnly, card.closesUp, ...card.lived.map((l) => l.text)];
        if (card.wants) texts.push(card.wants);
        for (const t of texts) expect(t.en, `${file} ${p.id}`).toBeTruthy();
        const tones = new Set(card.lived.map((l) => l.tone));
        // Good AND bad: a card that only complains (or only thanks) plays a one-sided person.
        expect(tones.has("bad") || tones.has("mixed"), `${file} ${p.id}`).toBe(true);
        expect(tones.has("good") || tones.has("mixed"), `${file} ${p.id}`).toBe(true);
      }
    }
  });
});

describe("a one-sided persona card", () => {
  it("warns, in both languages at the card's 'lived', when nothing good or nothing bad is in it", () => {
    const allBad = goodCard();
    allBad.lived = [{ tone: "bad", text: T("Niemand belde.", "Nobody called.") }];
    const bad = at(withCard(allBad), `${CARD}.lived`);
    expect(bad.code).toBe("card-one-sided");
    expect(bad.en.message).toBe(
      "this card tells only what went badly: nothing in 'lived' is marked good or mixed",
    );
    expect(bad.nl.message).toBe(
      "deze kaart vertelt alleen wat slecht ging: niets in 'lived' is good of mixed",
    );
    const allGood = goodCard();
    allGood.lived = [{ tone: "good", text: T("Fijne zorg.", "Good care.") }];
    const good = at(withCard(allGood), `${CARD}.lived`);
    expect(good.en.message).toContain("only what went well");
    expect(good.nl.fix).toContain('"tone": "bad"');
    // A warning: the scenario still loads and plays.
    const s = miniValue() as Json;
    s.cast.participants[0].card = allGood;
    const result = loadScenarioValue(s, "mini.json");
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.severity)).toEqual(["warning"]);
  });

  it("a single mixed item is both sides: no warning", () => {
    const card = goodCard();
    card.lived = [{ tone: "mixed", text: T("Goed en slecht.", "Good and bad.") }];
    expect(withCard(card)).toEqual([]);
  });
});
