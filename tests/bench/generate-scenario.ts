// A large generated scenario for benchmarks: beats in a chain with a three-way choice at each, whose
// branches rejoin at the next beat, so it is valid, playable and as long as asked.
export function generateScenario(beats: number): Record<string, unknown> {
  const t = (s: string) => ({ nl: s, en: s });
  const phases = [
    "opening",
    "free-round",
    "prepared-questions",
    "listeners-round",
    "closing",
    "follow-up",
  ].map((kind, i) => ({
    id: `p${i}`,
    kind,
    title: t(kind),
    plannedMinutes: 15,
  }));
  const list = Array.from({ length: beats }, (_, i) => {
    const phase = `p${Math.min(5, Math.floor((i * 6) / beats))}`;
    const beat: Record<string, unknown> = {
      id: `b${i}`,
      phase,
      minutes: 0.05,
      lines: [
        {
          id: `l${i}`,
          speaker: `d${i % 8}`,
          tone: i % 2 ? "positive" : "negative",
          text: t(`Regel ${i}: een ervaring.`),
        },
        {
          speaker: `d${(i + 3) % 8}`,
          text: t(`Reactie ${i}.`),
          when: { openness: { who: `d${i % 8}`, atLeast: 40 } },
        },
      ],
      moves: {
        facilitator: {
          kind: "choose",
          prompt: t("Wat doe je?"),
          npc: "a",
          choices: [
            {
              id: "a",
              text: t("Open vraag"),
              verdicts: [{ rule: "F-QUESTION", kind: "good", why: t("Open.") }],
              effects: [{ openness: { who: "speaker", by: 2 } }],
            },
            {
              id: "b",
              text: t("Mening"),
              verdicts: [{ rule: "F-NEUTRAL", kind: "breach", why: t("Mening.") }],
              effects: [{ openness: { who: "all", by: -2 } }],
            },
            {
              id: "c",
              text: t("Samenvatten"),
              verdicts: [{ rule: "F-SUMMARY", kind: "good", why: t("Samenvatting.") }],
              effects: [{ setFlag: "samengevat" }],
            },
          ],
        },
        listener: {
          kind: "urge",
          prompt: t("Je wilt reageren."),
          npc: "stil",
          onTimeout: "stil",
          choices: [
            {
              id: "stil",
              text: t("Stil"),
              verdicts: [{ rule: "L-NONVERBAL", kind: "good", why: t("Stil.") }],
            },
            {
              id: "zucht",
              text: t("Zucht"),
              verdicts: [{ rule: "L-NONVERBAL", kind: "breach", why: t("Zucht.") }],
              effects: [{ openness: { who: "speaker", by: -3 } }],
            },
          ],
        },
      },
    };
    if (i === beats - 1) beat.end = true;
    else
      beat.next =
        i % 50 === 0 ? [{ when: { flag: "samengevat" }, to: `b${i + 1}` }, { to: `b${i + 1}` }] : `b${i + 1}`;
    return beat;
  });
  return {
    $schema: "./scenario.schema.json",
    formatVersion: 2,
    id: "generated",
    title: t("Gegenereerd"),
    summary: t("Voor benchmarks."),
    languages: ["nl", "en"],
    context: "other",
    setting: { mode: "in-person" },
    durationMinutes: 90,
    roles: {
      facilitator: { briefing: t("Leid."), keyRules: ["F-QUESTION"] },
      listener: { briefing: t("Luister."), keyRules: ["L-NONVERBAL"], seat: "t0" },
    },
    cast: {
      facilitator: { id: "f", name: "F" },
      participants: Array.from({ length: 8 }, (_, i) => ({
        id: `d${i}`,
        name: `Deelnemer ${i}`,
        persona: "mixed",
        description: t("Iemand."),
        openness: 50,
        trust: 50,
      })),
      listeners: Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, name: `Toehoorder ${i}` })),
    },
    phases,
    start: "b0",
    beats: list,
  };
}
