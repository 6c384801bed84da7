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
import { ROLES, type Role, ruleInfo } from "../rules/catalog.ts";
import { type PathPart, type ProblemList, suggestion } from "./problems.ts";

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
      problems.error(
        "unknown-seat",
        [...at, "seat"],
        `unknown listener '${setup.seat}'${suggestion(setup.seat, index.listeners)}`,
        "the seat is the id of one of cast.listeners",
      );
    }
    setup.keyRules.forEach((rule, i) => {
      const info = ruleInfo(rule);
      if (info && info.role !== role) {
        problems.warning(
          "key-rule-of-other-role",
          [...at, "keyRules", i],
          `${rule} is a rule for the ${info.role}, not the ${role}`,
        );
      }
    });
  }
  if (Object.keys(s.roles).length === 0) {
    problems.error(
      "no-roles",
      ["roles"],
      "no role can be played",
      'add at least "facilitator" or "listener" under roles',
    );
  }

  refBeat(s.start, ["start"], index, problems);
  if (s.preparedQuestions?.length && !s.phases.some((p) => p.kind === "prepared-questions")) {
    problems.warning(
      "no-prepared-phase",
      ["preparedQuestions"],
      "there are prepared questions but no phase of kind 'prepared-questions' to ask them in",
    );
  }

  s.beats.forEach((beat, b) => {
    const at: PathPart[] = ["beats", b];
    if (!index.phases.has(beat.phase)) {
      problems.error(
        "unknown-phase",
        [...at, "phase"],
        `unknown phase '${beat.phase}'${suggestion(beat.phase, index.phases)}`,
        "use the id of one of the phases",
      );
    }
    beat.lines?.forEach((line, i) => checkLine(line, [...at, "lines", i], index, problems));
    if (beat.next !== undefined) checkNext(beat.next, [...at, "next"], index, problems);
    if (beat.end && beat.next !== undefined) {
      problems.warning(
        "end-with-next",
        [...at, "next"],
        "this beat ends the run, so its 'next' is never used",
      );
    }
    for (const role of ROLES) {
      const move = beat.moves?.[role];
      if (!move) continue;
      if (beat.roles && !beat.roles.includes(role) && s.roles[role]) {
        problems.warning(
          "move-never-played",
          [...at, "moves", role],
          `this beat is only played as ${beat.roles.join(", ")}, so its ${role} move never happens`,
        );
      }
      checkMove(move, role, beat, [...at, "moves", role], index, problems);
    }
  });
}

function buildIndex(s: Scenario, problems: ProblemList): Index {
  const unique = (ids: Iterable<[string, PathPart[]]>, what: string, into: Set<string>) => {
    for (const [id, path] of ids) {
      if (into.has(id))
        problems.error(
          "duplicate-id",
          path,
          `${what} '${id}' is used more than once`,
          "give each one its own id",
        );
      into.add(id);
    }
  };
  const beats = new Map<string, Beat>();
  s.beats.forEach((beat, i) => {
    if (beats.has(beat.id)) {
      problems.error(
        "duplicate-id",
        ["beats", i, "id"],
        `beat id '${beat.id}' is used more than once`,
        "give each beat its own id",
      );
    } else beats.set(beat.id, beat);
  });
  const phases = new Set<string>();
  unique(
    s.phases.map((p, i) => [p.id, ["phases", i, "id"]]),
    "phase id",
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
      problems.error(
        "reserved-id",
        path,
        `'${id}' is a reserved word and cannot be a person's id`,
        "choose another id",
      );
    }
  }
  unique(castIds, "person id", people);
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
          problems.error(
            "duplicate-id",
            [...at, "choices", i, "id"],
            `choice id '${c.id}' is used twice in this move`,
          );
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
  unique(lineIds, "line id", lines);
  const prepared = new Set<string>();
  unique(
    (s.preparedQuestions ?? []).map((q, i) => [q.id, ["preparedQuestions", i, "id"]]),
    "prepared question id",
    prepared,
  );
  return {
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
    problems.error(
      "unknown-beat",
      path,
      `unknown beat '${id}'${suggestion(id, index.beats.keys())}`,
      "use the id of one of the beats",
    );
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
      problems.warning(
        "unreachable-branch",
        [...path, i + 1],
        "the branches after one without 'when' are never tried",
      );
    }
  });
  const last = next[next.length - 1];
  if (last?.when !== undefined) {
    problems.error(
      "no-fallback-branch",
      [...path, next.length - 1],
      "the last branch has a 'when', so play could get stuck when no branch holds",
      "leave out 'when' in the last branch: it is where play goes otherwise",
    );
  }
}

function checkLine(line: Line, path: PathPart[], index: Index, problems: ProblemList): void {
  if (!index.speakers.has(line.speaker)) {
    problems.error(
      "unknown-speaker",
      [...path, "speaker"],
      `unknown speaker '${line.speaker}'${suggestion(line.speaker, index.speakers)}`,
      "a speaker is the id of someone in the cast, or 'facilitator' or 'organiser' (whoever has that role), or 'trainee'",
    );
  }
  if (line.when !== undefined) checkCondition(line.when, [...path, "when"], index, problems);
  if (line.story && line.when === undefined) {
    problems.warning(
      "story-without-when",
      [...path, "story"],
      "a story is listed as missed only when its 'when' does not hold, and this line has no 'when'",
    );
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
      problems.warning(
        "flag-never-set",
        at,
        `flag '${c.flag}' is tested but no effect sets it${suggestion(c.flag, index.flagsSet)}`,
        `add {"setFlag": "${c.flag}"} to the choice that should turn it on`,
      );
    }
  } else if ("openness" in c || "trust" in c) {
    const range = "openness" in c ? c.openness : c.trust;
    if (range.who !== "room" && !index.participants.has(range.who)) {
      problems.error(
        "unknown-participant",
        [...at, "who"],
        `unknown participant '${range.who}'${suggestion(range.who, index.participants)}`,
        "use a participant id or 'room'",
      );
    }
    checkRange(range, at, problems);
  } else if ("minutesUsed" in c) checkRange(c.minutesUsed, at, problems);
  else if ("chose" in c) {
    const choices = index.choicesByBeat.get(c.chose.beat);
    if (!choices) refBeat(c.chose.beat, [...at, "beat"], index, problems);
    else if (!choices.has(c.chose.choice)) {
      problems.error(
        "unknown-choice",
        [...at, "choice"],
        `beat '${c.chose.beat}' has no choice '${c.chose.choice}'${suggestion(c.chose.choice, choices)}`,
      );
    }
  } else if ("noted" in c) refLine(c.noted, at, index, problems);
}

function checkRange(
  range: { atLeast?: number; below?: number },
  path: PathPart[],
  problems: ProblemList,
): void {
  if (range.atLeast === undefined && range.below === undefined) {
    problems.error("empty-range", path, "needs 'atLeast' or 'below' (or both)");
  }
}

function refLine(id: string, path: PathPart[], index: Index, problems: ProblemList): void {
  if (!index.lines.has(id)) {
    problems.error(
      "unknown-line",
      path,
      `unknown line '${id}'${suggestion(id, index.lines)}`,
      "give the line an 'id' and use that",
    );
  }
}

function checkEffect(e: Effect, path: PathPart[], index: Index, problems: ProblemList): void {
  if ("openness" in e || "trust" in e) {
    const change = "openness" in e ? e.openness : e.trust;
    const key = "openness" in e ? "openness" : "trust";
    if (change.who !== "all" && change.who !== "speaker" && !index.participants.has(change.who)) {
      problems.error(
        "unknown-participant",
        [...path, key, "who"],
        `unknown participant '${change.who}'${suggestion(change.who, [...index.participants, "all", "speaker"])}`,
        "use a participant id, 'all' or 'speaker'",
      );
    }
  } else if ("note" in e) refLine(e.note.line, [...path, "note", "line"], index, problems);
  else if ("setFlag" in e && !index.flagsTested.has(e.setFlag)) {
    problems.warning(
      "flag-never-tested",
      [...path, "setFlag"],
      `flag '${e.setFlag}' is set but no condition asks about it, so it changes nothing${suggestion(e.setFlag, index.flagsTested)}`,
      `test it where it should make a difference ("when": {"flag": "${e.setFlag}"}), or take this effect out`,
    );
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
      problems.warning(
        "verdict-of-other-role",
        [...path, i, "rule"],
        `${v.rule} is a rule for the ${info.role}, but this is a ${role} move`,
      );
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
      problems.error(
        "unknown-choice",
        at,
        `${what} '${id}' is not one of this move's choices${suggestion(id, ids)}`,
      );
    }
  };
  const npc = Array.isArray(move.npc) ? move.npc : [move.npc];
  npc.forEach((id, i) =>
    refChoice(id, Array.isArray(move.npc) ? [...path, "npc", i] : [...path, "npc"], "npc choice"),
  );
  if (move.kind === "pick") {
    const min = move.min ?? 1;
    const max = move.max ?? move.choices.length;
    if (min > max) problems.error("bad-range", [...path, "min"], `min (${min}) is more than max (${max})`);
    if (max > move.choices.length) {
      problems.error(
        "bad-range",
        [...path, "max"],
        `max (${max}) is more than the ${move.choices.length} choices`,
      );
    }
    if (npc.length < min || npc.length > max) {
      problems.error(
        "bad-npc",
        [...path, "npc"],
        `the computer's pick has ${npc.length} choice(s); this move needs ${min}–${max}`,
      );
    }
    move.choices.forEach((c, i) => {
      if (c.next !== undefined) {
        problems.error(
          "next-in-pick",
          [...path, "choices", i, "next"],
          "in a 'pick' move play goes on at the beat's 'next'",
          "move 'next' to the beat",
        );
      }
    });
  } else {
    if (Array.isArray(move.npc)) {
      problems.error("bad-npc", [...path, "npc"], `a '${move.kind}' move takes one npc choice, not a list`);
    }
    for (const key of ["min", "max"] as const) {
      if (move[key] !== undefined)
        problems.warning("unused-field", [...path, key], `'${key}' is only used in 'pick' moves`);
    }
    move.choices.forEach((c, i) => {
      if (c.ifNotPicked)
        problems.warning(
          "unused-field",
          [...path, "choices", i, "ifNotPicked"],
          "'ifNotPicked' is only used in 'pick' moves",
        );
    });
  }
  if (move.kind === "urge") {
    if (move.onTimeout === undefined) {
      problems.error(
        "urge-without-timeout",
        [...path, "onTimeout"],
        "an urge needs 'onTimeout': the choice that counts when the trainee lets the moment pass",
        `add "onTimeout": "${move.choices.find((c) => c.verdicts?.some((v) => v.kind === "good"))?.id ?? ids[0] ?? "hold-back"}" (usually the choice that holds back)`,
      );
    } else refChoice(move.onTimeout, [...path, "onTimeout"], "onTimeout");
  } else {
    if (move.onTimeout !== undefined)
      problems.warning("unused-field", [...path, "onTimeout"], "'onTimeout' is only used in 'urge' moves");
    if (move.windowSeconds !== undefined) {
      problems.warning(
        "unused-field",
        [...path, "windowSeconds"],
        "'windowSeconds' is only used in 'urge' moves",
      );
    }
  }
  move.choices.forEach((c, i) => {
    const at: PathPart[] = [...path, "choices", i];
    checkOutcome(c, role, at, index, problems);
    if (c.preparedQuestion !== undefined && !index.prepared.has(c.preparedQuestion)) {
      problems.error(
        "unknown-prepared-question",
        [...at, "preparedQuestion"],
        `unknown prepared question '${c.preparedQuestion}'${suggestion(c.preparedQuestion, index.prepared)}`,
      );
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
  void beat;
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
    problems.error(
      "free-text-role",
      path,
      `the utterance judge knows listeners and facilitators, not the ${role}`,
    );
    return;
  }
  for (const [label, outcome] of Object.entries(ft.outcomes)) {
    if (!labels.includes(label as UtteranceLabelName)) {
      problems.warning(
        "label-of-other-role",
        [...path, "outcomes", label],
        `the judge never gives a ${role} the label '${label}'`,
        `labels for the ${role}: ${labels.join(", ")}`,
      );
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
          problems.error(
            "missing-translation",
            [...path, lang],
            `the ${lang === "en" ? "English" : "Dutch"} text is missing`,
            `add "${lang}": "…", or take "${lang}" out of 'languages'`,
          );
        }
      }
      return;
    }
    for (const [key, value] of Object.entries(record)) if (key !== "audio") visit(value, [...path, key]);
  };
  visit(s, []);
}
