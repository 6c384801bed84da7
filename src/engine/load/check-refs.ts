// Checks what the schema cannot: that every name used in a scenario exists, ids are unique, every text
// is there in every language, and each effect and condition makes sense where it is used. Runs only
// on a scenario whose shape is already right, so it may trust the types.
import type {
  Beat,
  Choice,
  Condition,
  Effect,
  FreeText,
  Line,
  Move,
  Next,
  Outcome,
  Scenario,
  UtteranceLabelName,
  Verdict,
} from "../format/schema.ts";
import { LIMITS } from "../format/schema.ts";
import { ROLES, type Role, ruleInfo } from "../rules/catalog.ts";
import { guessOf, type PathPart, type ProblemList } from "./problems.ts";

const LISTENER_LABELS: readonly UtteranceLabelName[] = [
  "clarifying",
  "acknowledging",
  "leading",
  "defending",
  "explaining",
  "solving",
];
const FACILITATOR_LABELS: readonly UtteranceLabelName[] = [
  "open",
  "closed",
  "leading",
  "summary",
  "opinion",
  "process",
];

/** Names the engine registers as XState guards and actions; a condition or effect key must be one of them. */
export const GUARD_NAMES = [
  "all",
  "any",
  "not",
  "flag",
  "openness",
  "trust",
  "minutesUsed",
  "chose",
  "noted",
] as const;
export const ACTION_NAMES = ["openness", "trust", "setFlag", "clearFlag", "note"] as const;

interface Index {
  /** The roles this scenario can be played in. */
  roles: Role[];
  beats: Map<string, Beat>;
  phases: Set<string>;
  participants: Set<string>;
  speakers: Set<string>;
  listeners: Set<string>;
  lines: Set<string>;
  prepared: Set<string>;
  flagsSet: Set<string>;
  /** Flags some condition asks about. */
  flagsTested: Set<string>;
  choicesByBeat: Map<string, Set<string>>;
}

export function checkReferences(s: Scenario, problems: ProblemList): void {
  const index = buildIndex(s, problems);
  checkTexts(s, problems);

  for (const role of ROLES) {
    const setup = s.roles[role];
    if (!setup) continue;
    const at: PathPart[] = ["roles", role];
    if (setup.start !== undefined) refBeat(setup.start, [...at, "start"], index, problems);
    if (setup.seat !== undefined && !index.listeners.has(setup.seat)) {
      problems.error("unknown-seat", [...at, "seat"], {
        id: setup.seat,
        ...guessOf(setup.seat, index.listeners),
      });
    }
    setup.keyRules.forEach((rule, i) => {
      const info = ruleInfo(rule);
      if (info && info.role !== role) {
        problems.warning("key-rule-of-other-role", [...at, "keyRules", i], {
          rule,
          ruleRole: info.role,
          role,
        });
      }
    });
  }
  if (Object.keys(s.roles).length === 0) {
    problems.error("no-roles", ["roles"]);
  }

  refBeat(s.start, ["start"], index, problems);
  // Every flag is a key in the meeting's state, copied when a choice changes flags.
  const flagCount = new Set([...index.flagsSet, ...index.flagsTested]).size;
  if (flagCount > LIMITS.flags) problems.error("too-many-flags", [], { count: flagCount, max: LIMITS.flags });
  if (s.preparedQuestions?.length && !s.phases.some((p) => p.kind === "prepared-questions")) {
    problems.warning("no-prepared-phase", ["preparedQuestions"]);
  }

  s.beats.forEach((beat, b) => {
    const at: PathPart[] = ["beats", b];
    if (!index.phases.has(beat.phase)) {
      problems.error("unknown-phase", [...at, "phase"], {
        id: beat.phase,
        ...guessOf(beat.phase, index.phases),
      });
    }
    beat.lines?.forEach((line, i) => checkLine(line, [...at, "lines", i], index, problems));
    if (beat.next !== undefined) checkNext(beat.next, [...at, "next"], index, problems);
    if (beat.end && beat.next !== undefined) {
      problems.warning("end-with-next", [...at, "next"]);
    }
    for (const role of ROLES) {
      const move = beat.moves?.[role];
      if (!move) continue;
      if (beat.roles && !beat.roles.includes(role) && s.roles[role]) {
        problems.warning("move-never-played", [...at, "moves", role], { roles: beat.roles, role });
      }
      checkMove(move, role, beat, [...at, "moves", role], index, problems);
    }
  });
}

function buildIndex(s: Scenario, problems: ProblemList): Index {
  const unique = (ids: Iterable<[string, PathPart[]]>, what: string, into: Set<string>) => {
    for (const [id, path] of ids) {
      if (into.has(id)) problems.error("duplicate-id", path, { what, id });
      into.add(id);
    }
  };
  const beats = new Map<string, Beat>();
  s.beats.forEach((beat, i) => {
    if (beats.has(beat.id)) {
      problems.error("duplicate-id", ["beats", i, "id"], { what: "beat", id: beat.id });
    } else beats.set(beat.id, beat);
  });
  const phases = new Set<string>();
  unique(
    s.phases.map((p, i) => [p.id, ["phases", i, "id"]]),
    "phase",
    phases,
  );
  const people = new Set<string>();
  const castIds: [string, PathPart[]][] = [
    [s.cast.facilitator.id, ["cast", "facilitator", "id"]],
    ...s.cast.participants.map((p, i): [string, PathPart[]] => [p.id, ["cast", "participants", i, "id"]]),
    ...s.cast.listeners.map((p, i): [string, PathPart[]] => [p.id, ["cast", "listeners", i, "id"]]),
  ];
  if (s.cast.organiser) castIds.push([s.cast.organiser.id, ["cast", "organiser", "id"]]);
  for (const [id, path] of castIds) {
    if (["all", "speaker", "room", "trainee"].includes(id)) {
      problems.error("reserved-id", path, { id });
    }
  }
  unique(castIds, "person", people);
  const participants = new Set(s.cast.participants.map((p) => p.id));
  const listeners = new Set(s.cast.listeners.map((p) => p.id));
  const speakers = new Set([...people, "facilitator", "organiser", "trainee"]);

  const lines = new Set<string>();
  const flagsSet = new Set<string>();
  const lineIds: [string, PathPart[]][] = [];
  const choicesByBeat = new Map<string, Set<string>>();
  const collectOutcome = (o: Outcome | Choice, at: PathPart[]) => {
    o.lines?.forEach((l, i) => {
      if (l.id !== undefined) lineIds.push([l.id, [...at, "lines", i, "id"]]);
    });
    for (const e of o.effects ?? []) if ("setFlag" in e) flagsSet.add(e.setFlag);
  };
  s.beats.forEach((beat, b) => {
    beat.lines?.forEach((l, i) => {
      if (l.id !== undefined) lineIds.push([l.id, ["beats", b, "lines", i, "id"]]);
    });
    const choiceIds = new Set<string>();
    for (const role of ROLES) {
      const move = beat.moves?.[role];
      if (!move) continue;
      const at: PathPart[] = ["beats", b, "moves", role];
      const own = new Set<string>();
      move.choices.forEach((c, i) => {
        if (own.has(c.id)) {
          problems.error("duplicate-choice", [...at, "choices", i, "id"], { id: c.id });
        }
        own.add(c.id);
        choiceIds.add(c.id);
        collectOutcome(c, [...at, "choices", i]);
        for (const e of c.ifNotPicked?.effects ?? []) if ("setFlag" in e) flagsSet.add(e.setFlag);
      });
      if (move.freeText) {
        for (const [label, o] of Object.entries(move.freeText.outcomes)) {
          if (o) collectOutcome(o, [...at, "freeText", "outcomes", label]);
        }
        collectOutcome(move.freeText.otherwise, [...at, "freeText", "otherwise"]);
      }
    }
    choicesByBeat.set(beat.id, choiceIds);
  });
  unique(lineIds, "line", lines);
  const prepared = new Set<string>();
  unique(
    (s.preparedQuestions ?? []).map((q, i) => [q.id, ["preparedQuestions", i, "id"]]),
    "prepared",
    prepared,
  );
  return {
    roles: ROLES.filter((r) => s.roles[r] !== undefined),
    beats,
    phases,
    participants,
    speakers,
    listeners,
    lines,
    prepared,
    flagsSet,
    flagsTested: flagsIn(s.beats, new Set()),
    choicesByBeat,
  };
}

/** Every flag a condition (`{"flag": …}`) asks about, anywhere below `node`. */
function flagsIn(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) flagsIn(item, into);
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (typeof record.flag === "string") into.add(record.flag);
    for (const value of Object.values(record)) flagsIn(value, into);
  }
  return into;
}

function refBeat(id: string, path: PathPart[], index: Index, problems: ProblemList): void {
  if (!index.beats.has(id)) {
    problems.error("unknown-beat", path, { id, ...guessOf(id, index.beats.keys()) });
  }
}

function checkNext(next: Next, path: PathPart[], index: Index, problems: ProblemList): void {
  if (typeof next === "string") {
    refBeat(next, path, index, problems);
    return;
  }
  next.forEach((branch, i) => {
    refBeat(branch.to, [...path, i, "to"], index, problems);
    if (branch.when !== undefined) checkCondition(branch.when, [...path, i, "when"], index, problems);
    else if (i < next.length - 1) {
      problems.warning("unreachable-branch", [...path, i + 1]);
    }
  });
  const last = next[next.length - 1];
  if (last?.when !== undefined) {
    problems.error("no-fallback-branch", [...path, next.length - 1]);
  }
}

function checkLine(line: Line, path: PathPart[], index: Index, problems: ProblemList): void {
  if (!index.speakers.has(line.speaker)) {
    problems.error("unknown-speaker", [...path, "speaker"], {
      id: line.speaker,
      ...guessOf(line.speaker, index.speakers),
    });
  }
  if (line.when !== undefined) checkCondition(line.when, [...path, "when"], index, problems);
  if (line.story && line.when === undefined) {
    problems.warning("story-without-when", [...path, "story"]);
  }
}

function checkCondition(c: Condition, path: PathPart[], index: Index, problems: ProblemList): void {
  const key = Object.keys(c)[0] ?? "";
  const at = [...path, key];
  if ("all" in c) c.all.forEach((x, i) => checkCondition(x, [...at, i], index, problems));
  else if ("any" in c) c.any.forEach((x, i) => checkCondition(x, [...at, i], index, problems));
  else if ("not" in c) checkCondition(c.not, at, index, problems);
  else if ("flag" in c) {
    if (!index.flagsSet.has(c.flag)) {
      problems.warning("flag-never-set", at, { flag: c.flag, ...guessOf(c.flag, index.flagsSet) });
    }
  } else if ("openness" in c || "trust" in c) {
    const range = "openness" in c ? c.openness : c.trust;
    if (range.who !== "room" && !index.participants.has(range.who)) {
      problems.error("unknown-participant-condition", [...at, "who"], {
        id: range.who,
        ...guessOf(range.who, index.participants),
      });
    }
    checkRange(range, at, problems);
  } else if ("minutesUsed" in c) checkRange(c.minutesUsed, at, problems);
  else if ("chose" in c) {
    const choices = index.choicesByBeat.get(c.chose.beat);
    if (!choices) refBeat(c.chose.beat, [...at, "beat"], index, problems);
    else if (!choices.has(c.chose.choice)) {
      problems.error("unknown-chose-choice", [...at, "choice"], {
        beat: c.chose.beat,
        id: c.chose.choice,
        ...guessOf(c.chose.choice, choices),
      });
    }
  } else if ("noted" in c) refLine(c.noted, at, index, problems);
}

function checkRange(
  range: { atLeast?: number; below?: number },
  path: PathPart[],
  problems: ProblemList,
): void {
  if (range.atLeast === undefined && range.below === undefined) {
    problems.error("empty-range", path);
  }
}

function refLine(id: string, path: PathPart[], index: Index, problems: ProblemList): void {
  if (!index.lines.has(id)) {
    problems.error("unknown-line", path, { id, ...guessOf(id, index.lines) });
  }
}

function checkEffect(e: Effect, path: PathPart[], index: Index, problems: ProblemList): void {
  if ("openness" in e || "trust" in e) {
    const change = "openness" in e ? e.openness : e.trust;
    const key = "openness" in e ? "openness" : "trust";
    if (change.who !== "all" && change.who !== "speaker" && !index.participants.has(change.who)) {
      problems.error("unknown-participant-effect", [...path, key, "who"], {
        id: change.who,
        ...guessOf(change.who, [...index.participants, "all", "speaker"]),
      });
    }
  } else if ("note" in e) refLine(e.note.line, [...path, "note", "line"], index, problems);
  else if ("setFlag" in e && !index.flagsTested.has(e.setFlag)) {
    problems.warning("flag-never-tested", [...path, "setFlag"], {
      flag: e.setFlag,
      ...guessOf(e.setFlag, index.flagsTested),
    });
  }
}

function checkVerdicts(
  verdicts: Verdict[] | undefined,
  role: Role,
  path: PathPart[],
  problems: ProblemList,
): void {
  verdicts?.forEach((v, i) => {
    const info = ruleInfo(v.rule);
    if (info && info.role !== role) {
      // An error, not a warning: the debrief would score this role on another role's dimension.
      problems.error("verdict-of-other-role", [...path, i, "rule"], {
        rule: v.rule,
        ruleRole: info.role,
        role,
      });
    }
  });
}

function checkOutcome(
  o: Outcome | Choice,
  role: Role,
  path: PathPart[],
  index: Index,
  problems: ProblemList,
): void {
  checkVerdicts(o.verdicts, role, [...path, "verdicts"], problems);
  o.effects?.forEach((e, i) => checkEffect(e, [...path, "effects", i], index, problems));
  o.lines?.forEach((l, i) => checkLine(l, [...path, "lines", i], index, problems));
  if (o.next !== undefined) checkNext(o.next, [...path, "next"], index, problems);
}

function checkMove(
  move: Move,
  role: Role,
  beat: Beat,
  path: PathPart[],
  index: Index,
  problems: ProblemList,
): void {
  const ids = move.choices.map((c) => c.id);
  const refChoice = (id: string, at: PathPart[], what: string) => {
    if (!ids.includes(id)) {
      problems.error("unknown-choice", at, { what, id, ...guessOf(id, ids) });
    }
  };
  const npc = move.npc === undefined ? [] : Array.isArray(move.npc) ? move.npc : [move.npc];
  npc.forEach((id, i) =>
    refChoice(id, Array.isArray(move.npc) ? [...path, "npc", i] : [...path, "npc"], "npc"),
  );
  // The computer makes this move only when the trainee plays another role in this beat: only then is
  // 'npc' needed (a beat played as one role alone, or a scenario with one role, never uses it).
  const others = index.roles.filter(
    (r) => r !== role && (beat.roles === undefined || beat.roles.includes(r)),
  );
  const npcPlayed = others.length > 0;
  if (npcPlayed && move.npc === undefined) {
    problems.error("npc-missing", [...path], { role, others, choice: ids[0] ?? "" });
  }
  if (move.kind === "pick") {
    const min = move.min ?? 1;
    const max = move.max ?? move.choices.length;
    if (min > max) problems.error("min-over-max", [...path, "min"], { min, max });
    if (max > move.choices.length) {
      problems.error("max-over-choices", [...path, "max"], { max, count: move.choices.length });
    }
    if (npcPlayed && move.npc !== undefined && (npc.length < min || npc.length > max)) {
      problems.error("npc-count", [...path, "npc"], { count: npc.length, min, max });
    }
    move.choices.forEach((c, i) => {
      if (c.next !== undefined) {
        problems.error("next-in-pick", [...path, "choices", i, "next"]);
      }
    });
  } else {
    if (Array.isArray(move.npc)) {
      problems.error("npc-list", [...path, "npc"], { kind: move.kind });
    }
    for (const key of ["min", "max"] as const) {
      if (move[key] !== undefined) problems.warning("unused-field", [...path, key], { key, kind: "pick" });
    }
    move.choices.forEach((c, i) => {
      if (c.ifNotPicked)
        problems.warning("unused-field", [...path, "choices", i, "ifNotPicked"], {
          key: "ifNotPicked",
          kind: "pick",
        });
    });
  }
  if (move.kind === "urge") {
    if (move.onTimeout === undefined) {
      problems.error("urge-without-timeout", [...path, "onTimeout"], {
        choice:
          move.choices.find((c) => c.verdicts?.some((v) => v.kind === "good"))?.id ?? ids[0] ?? "hold-back",
      });
    } else refChoice(move.onTimeout, [...path, "onTimeout"], "onTimeout");
  } else {
    if (move.onTimeout !== undefined)
      problems.warning("unused-field", [...path, "onTimeout"], { key: "onTimeout", kind: "urge" });
    if (move.windowSeconds !== undefined) {
      problems.warning("unused-field", [...path, "windowSeconds"], { key: "windowSeconds", kind: "urge" });
    }
  }
  move.choices.forEach((c, i) => {
    const at: PathPart[] = [...path, "choices", i];
    checkOutcome(c, role, at, index, problems);
    if (c.preparedQuestion !== undefined && !index.prepared.has(c.preparedQuestion)) {
      problems.error("unknown-prepared-question", [...at, "preparedQuestion"], {
        id: c.preparedQuestion,
        ...guessOf(c.preparedQuestion, index.prepared),
      });
    }
    c.groundedIn?.forEach((line, j) => refLine(line, [...at, "groundedIn", j], index, problems));
    if (c.ifNotPicked) {
      checkVerdicts(c.ifNotPicked.verdicts, role, [...at, "ifNotPicked", "verdicts"], problems);
      c.ifNotPicked.effects?.forEach((e, j) =>
        checkEffect(e, [...at, "ifNotPicked", "effects", j], index, problems),
      );
    }
  });
  if (move.freeText) checkFreeText(move.freeText, role, [...path, "freeText"], index, problems);
}

function checkFreeText(
  ft: FreeText,
  role: Role,
  path: PathPart[],
  index: Index,
  problems: ProblemList,
): void {
  const labels = role === "listener" ? LISTENER_LABELS : role === "facilitator" ? FACILITATOR_LABELS : [];
  if (labels.length === 0) {
    problems.error("free-text-role", path, { role });
    return;
  }
  for (const [label, outcome] of Object.entries(ft.outcomes)) {
    if (!labels.includes(label as UtteranceLabelName)) {
      problems.warning("label-of-other-role", [...path, "outcomes", label], {
        role,
        label,
        labels: [...labels],
      });
    }
    if (outcome) checkOutcome(outcome, role, [...path, "outcomes", label], index, problems);
  }
  checkOutcome(ft.otherwise, role, [...path, "otherwise"], index, problems);
}

/** Every text the player sees must be there in every language the scenario lists. */
function checkTexts(s: Scenario, problems: ProblemList): void {
  const langs = s.languages;
  const visit = (node: unknown, path: PathPart[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.nl === "string") {
      for (const lang of langs) {
        if (typeof record[lang] !== "string") {
          problems.error("missing-translation", [...path, lang], { lang });
        }
      }
      return;
    }
    for (const [key, value] of Object.entries(record)) if (key !== "audio") visit(value, [...path, key]);
  };
  visit(s, []);
}
