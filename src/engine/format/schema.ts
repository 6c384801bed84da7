// Scenario format v2: the one source of truth. The JSON Schema that editors use
// (scenarios/scenario.schema.json) is written from these definitions by `npm run schema`, and the
// TypeScript types below are inferred from the same definitions.
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import { RULE_IDS } from "../rules/catalog.ts";

// v2 separates what a choice is called (text) from what is said (say) and done (do), and marks stage
// directions in lines (direction); v1 files are repaired on load (load/migrate.ts).
export const FORMAT_VERSION = 2;

const strict = { additionalProperties: false } as const;

/**
 * Caps on what no real scenario comes near (the bundled ones use at most 5 effects on a choice, 25
 * lines in a beat, 24 flags), so a hostile or generated file is refused with a clear message instead of
 * making one click take seconds. Listed in docs/scenario-format.md.
 */
export const LIMITS = {
  effects: 100,
  verdicts: 20,
  lines: 200,
  branches: 50,
  conditions: 50,
  groundedIn: 50,
  phases: 30,
  preparedQuestions: 50,
  flags: 1000,
  shortText: 200,
  // A persona card is read at a glance before playing: a few sentences per part, a short list of events.
  cardText: 600,
  cardLived: 8,
} as const;

const Id = Type.String({
  pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
  maxLength: 64,
  description: "A short name: letters, digits, '-', '_' or '.', starting with a letter or digit.",
});

export const TextSchema = Type.Object(
  {
    nl: Type.String({ minLength: 1, maxLength: 4000, description: "Dutch text." }),
    en: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, description: "English text." })),
  },
  {
    ...strict,
    $id: "Text",
    description: "Text in Dutch (nl) and English (en). Every language in 'languages' is needed.",
  },
);

const RuleId = Type.Union(
  RULE_IDS.map((id) => Type.Literal(id)),
  { description: "A rule of the method, as in METHOD.md (e.g. L-SILENT, F-NEUTRAL)." },
);

const RoleName = Type.Union([
  Type.Literal("facilitator"),
  Type.Literal("listener"),
  Type.Literal("organiser"),
]);

const Target = Type.String({
  minLength: 1,
  maxLength: 64,
  description: "A participant id, 'all' (every participant) or 'speaker' (who spoke last in this beat).",
});

const Range = {
  atLeast: Type.Optional(Type.Number({ description: "True when the value is at least this." })),
  below: Type.Optional(Type.Number({ description: "True when the value is below this." })),
};

// Conditions are XState guards: every key is the name of a registered guard, checked when a scenario loads.
export const ConditionSchema = Type.Recursive(
  (Self) =>
    Type.Union(
      [
        Type.Object(
          { all: Type.Array(Self, { minItems: 1, maxItems: LIMITS.conditions }) },
          { ...strict, description: "All must hold." },
        ),
        Type.Object(
          { any: Type.Array(Self, { minItems: 1, maxItems: LIMITS.conditions }) },
          { ...strict, description: "At least one holds." },
        ),
        Type.Object({ not: Self }, { ...strict, description: "The condition does not hold." }),
        Type.Object({ flag: Id }, { ...strict, description: "A flag set by an effect is on." }),
        Type.Object(
          {
            openness: Type.Object(
              {
                who: Type.String({
                  minLength: 1,
                  maxLength: 64,
                  description: "A participant id or 'room' (the average).",
                }),
                ...Range,
              },
              strict,
            ),
          },
          { ...strict, description: "How open a participant (or the room) is, 0–100." },
        ),
        Type.Object(
          {
            trust: Type.Object(
              {
                who: Type.String({ minLength: 1, maxLength: 64, description: "A participant id or 'room'." }),
                ...Range,
              },
              strict,
            ),
          },
          { ...strict, description: "How much a participant (or the room) trusts the meeting, 0–100." },
        ),
        Type.Object(
          { minutesUsed: Type.Object(Range, strict) },
          { ...strict, description: "Minutes on the simulated clock since the start." },
        ),
        Type.Object(
          { chose: Type.Object({ beat: Id, choice: Id }, strict) },
          { ...strict, description: "The trainee made this choice at that beat." },
        ),
        Type.Object({ noted: Id }, { ...strict, description: "The trainee kept this line in their notes." }),
      ],
      { description: "A condition: an object with exactly one of the keys below." },
    ),
  { $id: "Condition" },
);

// Effects are XState actions: every key is the name of a registered action, checked when a scenario loads.
export const EffectSchema = Type.Union(
  [
    Type.Object(
      { openness: Type.Object({ who: Target, by: Type.Number({ minimum: -100, maximum: 100 }) }, strict) },
      { ...strict, description: "Change openness (0–100) of a participant, of 'all' or of the 'speaker'." },
    ),
    Type.Object(
      { trust: Type.Object({ who: Target, by: Type.Number({ minimum: -100, maximum: 100 }) }, strict) },
      { ...strict, description: "Change trust (0–100)." },
    ),
    Type.Object({ setFlag: Id }, { ...strict, description: "Turn a flag on; conditions can test it." }),
    Type.Object({ clearFlag: Id }, { ...strict, description: "Turn a flag off." }),
    Type.Object(
      {
        note: Type.Object(
          {
            line: Id,
            tag: Type.Union([Type.Literal("positive"), Type.Literal("negative"), Type.Literal("idea")]),
          },
          strict,
        ),
      },
      { ...strict, description: "Keep a spoken line in the trainee's notes (listener)." },
    ),
  ],
  { $id: "Effect", description: "An effect: an object with exactly one of the keys below." },
);

export const VerdictSchema = Type.Object(
  {
    rule: RuleId,
    kind: Type.Union([Type.Literal("good"), Type.Literal("breach"), Type.Literal("missed")], {
      description:
        "good: the rule was kept well; breach: broken; missed: a chance the method asks for was let go.",
    }),
    weight: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 5, description: "How much it counts, 1–5 (1)." }),
    ),
    why: TextSchema,
    better: Type.Optional(TextSchema),
  },
  { ...strict, $id: "Verdict", description: "How a move is judged on one rule of the method." },
);

/** How a line is said (the room shows it); the studio offers the same list. */
export const EMOTIONS = [
  "neutral",
  "calm",
  "happy",
  "grateful",
  "hopeful",
  "hesitant",
  "anxious",
  "sad",
  "moved",
  "frustrated",
  "angry",
  "tense",
] as const;

/** What a line says about the service (notes are judged on their balance). */
export const LINE_TONES = ["positive", "negative", "mixed", "neutral"] as const;

/** The kinds of moment a beat may be labelled with, for whoever reads the scenario. */
export const BEAT_EVENTS = [
  "interruption",
  "dominant",
  "silence",
  "emotion",
  "own-case",
  "drift",
  "time-short",
  "refusal",
  "question",
] as const;

export const EmotionSchema = Type.Union(
  EMOTIONS.map((e) => Type.Literal(e)),
  { description: "How the line is said; the room shows it." },
);

export const LineSchema = Type.Object(
  {
    id: Type.Optional(Id),
    speaker: Type.String({
      minLength: 1,
      maxLength: 64,
      description: "A cast id, 'facilitator', or 'trainee' (whoever plays).",
    }),
    text: TextSchema,
    direction: Type.Optional(
      Type.Literal(true, {
        description:
          "The text is a stage direction (what is seen, not said), e.g. 'Mr Janssen leans forward.': shown as action, never quoted or read aloud as speech.",
      }),
    ),
    emotion: Type.Optional(EmotionSchema),
    tone: Type.Optional(
      Type.Union(
        LINE_TONES.map((t) => Type.Literal(t)),
        {
          description: "What the line says about the service: used to judge whether notes are balanced.",
        },
      ),
    ),
    audio: Type.Optional(
      Type.Object(
        {
          nl: Type.Optional(Type.String({ maxLength: LIMITS.shortText })),
          en: Type.Optional(Type.String({ maxLength: LIMITS.shortText })),
        },
        { ...strict, description: "Voice-over files under assets/, per language." },
      ),
    ),
    when: Type.Optional(ConditionSchema),
    story: Type.Optional(
      Type.Object(
        { title: TextSchema },
        {
          ...strict,
          description:
            "Marks the real story behind a guarded one: when 'when' does not hold, the debrief lists it as untold.",
        },
      ),
    ),
  },
  strict,
);

export const NextSchema = Type.Union(
  [
    Id,
    Type.Array(
      Type.Object(
        { when: Type.Optional(ConditionSchema), to: Id },
        { ...strict, description: "Go to 'to' when 'when' holds; the last branch has no 'when'." },
      ),
      { minItems: 1, maxItems: LIMITS.branches },
    ),
  ],
  { $id: "Next", description: "The next beat: an id, or branches tried in order." },
);

const OutcomeFields = {
  verdicts: Type.Optional(Type.Array(VerdictSchema, { maxItems: LIMITS.verdicts })),
  effects: Type.Optional(Type.Array(EffectSchema, { maxItems: LIMITS.effects })),
  lines: Type.Optional(
    Type.Array(LineSchema, { maxItems: LIMITS.lines, description: "What is said right after." }),
  ),
  minutes: Type.Optional(
    Type.Number({ minimum: 0, maximum: 60, description: "Simulated minutes it takes." }),
  ),
  next: Type.Optional(NextSchema),
};

// A typed question is answered by whoever it addresses; these replace the outcome's lines for them.
const Answers = Type.Optional(
  Type.Record(Id, Type.Array(LineSchema, { minItems: 1 }), {
    description:
      "Free text only: per participant id, the lines spoken instead of 'lines' when the typed words address that participant (by name).",
  }),
);

export const UTTERANCE_LABELS = [
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
] as const;

export const ChoiceSchema = Type.Object(
  {
    id: Id,
    // text: what the choice is called, on the button, to the trainee. say: the words said aloud, without
    // quotes. do: a stage direction in the third person without its subject ("holds back"), shown when
    // the computer plays the choice. (Texts share one $defs entry, so these notes live in the docs.)
    text: TextSchema,
    say: Type.Optional(TextSchema),
    do: Type.Optional(TextSchema),
    label: Type.Optional(
      Type.Union(
        UTTERANCE_LABELS.map((l) => Type.Literal(l)),
        { description: "What kind of utterance this is (UTTERANCES.md)." },
      ),
    ),
    ...OutcomeFields,
    preparedQuestion: Type.Optional(Id),
    ifNotPicked: Type.Optional(
      Type.Object(
        {
          verdicts: Type.Optional(Type.Array(VerdictSchema, { maxItems: LIMITS.verdicts })),
          effects: Type.Optional(Type.Array(EffectSchema, { maxItems: LIMITS.effects })),
        },
        { ...strict, description: "In a 'pick' move: what follows when this option is left out." },
      ),
    ),
    groundedIn: Type.Optional(
      Type.Array(Id, {
        maxItems: LIMITS.groundedIn,
        description: "Line ids this improvement point rests on (listener follow-up).",
      }),
    ),
  },
  strict,
);

export const OutcomeSchema = Type.Object(
  { ...OutcomeFields, answers: Answers },
  { ...strict, $id: "Outcome" },
);

export const FreeTextSchema = Type.Object(
  {
    prompt: TextSchema,
    outcomes: Type.Partial(
      Type.Record(Type.Union(UTTERANCE_LABELS.map((l) => Type.Literal(l))), OutcomeSchema),
      {
        ...strict,
        description: "What follows per label of the utterance judge; labels left out use 'otherwise'.",
      },
    ),
    otherwise: OutcomeSchema,
  },
  strict,
);

export const MoveSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal("choose"), Type.Literal("urge"), Type.Literal("pick")], {
      description: "choose: one option; urge: an impulse with a short window; pick: several options at once.",
    }),
    prompt: TextSchema,
    choices: Type.Array(ChoiceSchema, { minItems: 1, maxItems: 12 }),
    npc: Type.Optional(
      Type.Union([Id, Type.Array(Id)], {
        description:
          "What the computer does in this role when the trainee plays another role here (ids of choices); needed only where that can happen.",
      }),
    ),
    windowSeconds: Type.Optional(Type.Number({ minimum: 1, maximum: 30 })),
    onTimeout: Type.Optional(Id),
    min: Type.Optional(Type.Integer({ minimum: 0, maximum: 12 })),
    max: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
    freeText: Type.Optional(FreeTextSchema),
    order: Type.Optional(
      Type.Union([Type.Literal("shuffled"), Type.Literal("fixed")], {
        description:
          "shuffled (default): the choices are shown in an order drawn from the run's seed, so the written order gives nothing away; fixed: shown as written, only where the order itself means something (steps in sequence, a scale).",
      }),
    ),
  },
  strict,
);

export const PHASE_KINDS = [
  "preparation",
  "recruitment",
  "opening",
  "free-round",
  "prepared-questions",
  "listeners-round",
  "closing",
  "follow-up",
] as const;

export const BeatSchema = Type.Object(
  {
    id: Id,
    phase: Id,
    roles: Type.Optional(
      Type.Array(RoleName, { minItems: 1, maxItems: 3, description: "Only in these roles (all)." }),
    ),
    minutes: Type.Optional(Type.Number({ minimum: 0, maximum: 60, description: "Simulated minutes (2)." })),
    event: Type.Optional(
      Type.Union(
        BEAT_EVENTS.map((e) => Type.Literal(e)),
        {
          description:
            "Labels the kind of moment for whoever reads the scenario (a dominant participant, an own case, an interruption…); the game does not judge it: the move's verdicts do.",
        },
      ),
    ),
    lines: Type.Optional(Type.Array(LineSchema, { maxItems: LIMITS.lines })),
    moves: Type.Optional(
      Type.Object(
        {
          facilitator: Type.Optional(MoveSchema),
          listener: Type.Optional(MoveSchema),
          organiser: Type.Optional(MoveSchema),
        },
        strict,
      ),
    ),
    next: Type.Optional(NextSchema),
    end: Type.Optional(Type.Boolean({ description: "The run ends after this beat." })),
  },
  strict,
);

const PersonFields = {
  id: Id,
  name: Type.String({ minLength: 1, maxLength: 80 }),
  role: Type.Optional(TextSchema),
  portrait: Type.Optional(Type.String({ maxLength: 200 })),
};

export const PERSONAS = [
  "talkative",
  "quiet",
  "angry",
  "grateful",
  "drifting",
  "own-case",
  "mixed",
  "anxious",
  "critical",
  "positive",
] as const;

/** A Text with a tighter cap: what a card says must fit on a printed card. */
const CardText = (description: string) =>
  Type.Object(
    {
      nl: Type.String({ minLength: 1, maxLength: LIMITS.cardText, description: "Dutch text." }),
      en: Type.Optional(
        Type.String({ minLength: 1, maxLength: LIMITS.cardText, description: "English text." }),
      ),
    },
    { ...strict, description },
  );

export const CARD_TONES = ["good", "bad", "mixed"] as const;

/**
 * The persona card a person playing this participant gets in an open role-play (people in every seat):
 * written in the first person, so the player can speak from it. Optional; the engine's own play does not
 * read it.
 */
export const PersonaCardSchema = Type.Object(
  {
    who: CardText("Who I am, in a few sentences, in the first person."),
    lived: Type.Array(
      Type.Object(
        {
          tone: Type.Union(
            CARD_TONES.map((t) => Type.Literal(t)),
            { description: "Whether this was good, bad or mixed for me." },
          ),
          text: CardText("What happened, in my own words."),
        },
        strict,
      ),
      {
        minItems: 1,
        maxItems: LIMITS.cardLived,
        description: "What I lived through with the organisation, good and bad, in my own words.",
      },
    ),
    feels: CardText("What I feel now."),
    safeOnly: CardText("What I tell only when the room feels safe."),
    closesUp: CardText("What makes me close up."),
    wants: Type.Optional(CardText("What I hope the organisation hears.")),
  },
  { ...strict, description: "The persona card for a person who plays this participant." },
);

export const ParticipantSchema = Type.Object(
  {
    ...PersonFields,
    persona: Type.Union(PERSONAS.map((p) => Type.Literal(p))),
    description: TextSchema,
    openness: Type.Number({ minimum: 0, maximum: 100, description: "Openness at the start, 0–100." }),
    trust: Type.Number({ minimum: 0, maximum: 100, description: "Trust at the start, 0–100." }),
    card: Type.Optional(PersonaCardSchema),
  },
  strict,
);

export const PersonSchema = Type.Object(PersonFields, strict);

export const RoleSetupSchema = Type.Object(
  {
    briefing: TextSchema,
    keyRules: Type.Array(RuleId, {
      minItems: 1,
      maxItems: 5,
      description: "The rules the briefing card shows.",
    }),
    seat: Type.Optional(Id),
    start: Type.Optional(Id),
  },
  strict,
);

export const ScenarioSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ maxLength: LIMITS.shortText })),
    formatVersion: Type.Literal(FORMAT_VERSION),
    id: Id,
    title: TextSchema,
    summary: TextSchema,
    languages: Type.Array(Type.Union([Type.Literal("nl"), Type.Literal("en")]), { minItems: 1, maxItems: 2 }),
    context: Type.Union(
      ["district-team", "neonatal-ward", "court", "company", "online", "other"].map((c) => Type.Literal(c)),
    ),
    setting: Type.Object(
      {
        mode: Type.Union([Type.Literal("in-person"), Type.Literal("online"), Type.Literal("hybrid")]),
        seating: Type.Optional(
          Type.Union([Type.Literal("half-circle"), Type.Literal("ring")], {
            description:
              "half-circle: participants in a half circle, listeners in a row behind; ring: an inner ring inside an outer ring of listeners. Describes the room; the game draws both alike.",
          }),
        ),
        facilitators: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 })),
        listenersMayAnswer: Type.Optional(Type.Boolean()),
        themes: Type.Optional(
          Type.Union([Type.Literal("fixed-in-advance"), Type.Literal("after-free-round")]),
        ),
        recording: Type.Optional(Type.Union([Type.Literal("none"), Type.Literal("in-person-only")])),
        place: Type.Optional(TextSchema),
      },
      strict,
    ),
    durationMinutes: Type.Number({ minimum: 5, maximum: 240 }),
    timing: Type.Optional(
      Type.Object(
        { toleranceMinutes: Type.Optional(Type.Number({ minimum: 0, maximum: 60 })) },
        { ...strict, description: "How late a phase may start before it counts against F-TIME (5)." },
      ),
    ),
    roles: Type.Object(
      {
        facilitator: Type.Optional(RoleSetupSchema),
        listener: Type.Optional(RoleSetupSchema),
        organiser: Type.Optional(RoleSetupSchema),
      },
      { ...strict, description: "The roles a trainee can play, each with a briefing card." },
    ),
    cast: Type.Object(
      {
        facilitator: PersonSchema,
        participants: Type.Array(ParticipantSchema, { minItems: 1, maxItems: 16 }),
        listeners: Type.Array(PersonSchema, { maxItems: 40 }),
        organiser: Type.Optional(PersonSchema),
      },
      strict,
    ),
    preparedQuestions: Type.Optional(
      Type.Array(Type.Object({ id: Id, text: TextSchema }, strict), {
        maxItems: LIMITS.preparedQuestions,
        description: "The team's prepared questions, for after the free round.",
      }),
    ),
    phases: Type.Array(
      Type.Object(
        {
          id: Id,
          kind: Type.Union(PHASE_KINDS.map((k) => Type.Literal(k))),
          title: TextSchema,
          plannedMinutes: Type.Number({ minimum: 0, maximum: 240 }),
        },
        strict,
      ),
      { minItems: 1, maxItems: LIMITS.phases, description: "The phases in the order they run." },
    ),
    start: Id,
    beats: Type.Array(BeatSchema, { minItems: 1, maxItems: 5000 }),
  },
  strict,
);

export type Text = Static<typeof TextSchema>;
export type Condition = Static<typeof ConditionSchema>;
export type Effect = Static<typeof EffectSchema>;
export type Verdict = Static<typeof VerdictSchema>;
export type Line = Static<typeof LineSchema>;
export type Next = Static<typeof NextSchema>;
export type Choice = Static<typeof ChoiceSchema>;
export type Outcome = Static<typeof OutcomeSchema>;
export type FreeText = Static<typeof FreeTextSchema>;
export type Move = Static<typeof MoveSchema>;
export type Beat = Static<typeof BeatSchema>;
export type Participant = Static<typeof ParticipantSchema>;
export type PersonaCard = Static<typeof PersonaCardSchema>;
export type Person = Static<typeof PersonSchema>;
export type RoleSetup = Static<typeof RoleSetupSchema>;
export type Scenario = Static<typeof ScenarioSchema>;
export type PhaseKind = (typeof PHASE_KINDS)[number];
export type Phase = Scenario["phases"][number];
export type UtteranceLabelName = (typeof UTTERANCE_LABELS)[number];
export type Emotion = Static<typeof EmotionSchema>;

/** The published JSON Schema document (draft 2020-12) for editors. */
export function publishedSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  // Shared parts (and the recursive condition) are embedded wherever they are used; a published schema
  // holds each once, under $defs.
  const hoist = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(hoist);
    if (node === null || typeof node !== "object") return node;
    const record = node as Record<string, unknown>;
    if (typeof record.$id === "string") {
      const id = record.$id;
      if (!(id in defs)) {
        const { $id: _omit, ...rest } = record;
        defs[id] = {};
        defs[id] = hoist(rest);
      }
      return { $ref: `#/$defs/${id}` };
    }
    if (typeof record.$ref === "string" && !record.$ref.startsWith("#"))
      return { $ref: `#/$defs/${record.$ref}` };
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, hoist(v)]));
  };
  const plain = hoist(JSON.parse(JSON.stringify(ScenarioSchema))) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://spiegelspel.example/scenario.schema.json",
    title: "Spiegelspel scenario",
    description: `A mirror-meeting scenario for Spiegelspel, format version ${FORMAT_VERSION}. See docs/authoring.md.`,
    ...plain,
    $defs: defs,
  };
}

export type { TSchema };
