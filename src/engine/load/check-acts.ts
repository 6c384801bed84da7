// Checks for what is said and done (format v2): the computer's choices need words or an action to be
// shown as, stage directions cannot be noted, and answers to typed words belong to participants.
import type { Line, Move, Outcome, Scenario } from "../format/schema.ts";
import { ROLES } from "../rules/catalog.ts";
import { playsIn } from "../runtime/flow.ts";
import { describePath, type PathPart, type ProblemList } from "./problems.ts";

// A version-1 file has no "do" at all: one warning per choice would bury the other messages.
const SHOWN = 3;

export function checkActs(s: Scenario, problems: ProblemList): void {
  const silent: Silent[] = [];
  const participants = new Set(s.cast.participants.map((p) => p.id));
  const playable = ROLES.filter((r) => s.roles[r] !== undefined);
  s.beats.forEach((beat, b) => {
    const at: PathPart[] = ["beats", b];
    beat.lines?.forEach((line, i) => checkDirection(line, [...at, "lines", i], problems));
    for (const role of ROLES) {
      const move = beat.moves?.[role];
      if (!move) continue;
      const path: PathPart[] = [...at, "moves", role];
      // The computer plays this move when the trainee plays another role in a beat that is played.
      const trainee = playable.find((r) => r !== role && playsIn(beat, r));
      if (trainee) silent.push(...computerChoicesWithoutAct(move, role, trainee, path));
      move.choices.forEach((c, i) =>
        c.lines?.forEach((l, j) => checkDirection(l, [...path, "choices", i, "lines", j], problems)),
      );
      const free = move.freeText;
      if (!free) continue;
      const outcomes: [string, Outcome | undefined][] = [
        ...Object.entries(free.outcomes).map(([k, o]): [string, Outcome | undefined] => [
          `outcomes.${k}`,
          o as Outcome | undefined,
        ]),
        ["otherwise", free.otherwise],
      ];
      for (const [key, outcome] of outcomes) {
        if (!outcome) continue;
        const opath: PathPart[] = [...path, "freeText", ...key.split(".")];
        outcome.lines?.forEach((l, j) => checkDirection(l, [...opath, "lines", j], problems));
        checkAnswers(outcome, participants, opath, problems);
      }
    }
  });
  reportSilent(silent, s, problems);
}

interface Silent {
  path: PathPart[];
  role: string;
  trainee: string;
}

function reportSilent(silent: Silent[], s: Scenario, problems: ProblemList): void {
  const shown = silent.length <= SHOWN + 1 ? silent : silent.slice(0, SHOWN);
  for (const c of shown)
    problems.warning("computer-choice-without-act", c.path, { role: c.role, trainee: c.trainee });
  const rest = silent.slice(shown.length);
  const first = rest[0];
  if (first)
    problems.warning("computer-choices-without-act", first.path, {
      count: rest.length,
      places: rest.slice(1, 3).map((c) => describePath(c.path, s)),
      more: rest.length > 3,
    });
}

function computerChoicesWithoutAct(move: Move, role: string, trainee: string, path: PathPart[]): Silent[] {
  const ids = Array.isArray(move.npc) ? move.npc : [move.npc];
  const out: Silent[] = [];
  move.choices.forEach((c, i) => {
    if (ids.includes(c.id) && c.say === undefined && c.do === undefined)
      out.push({ path: [...path, "choices", i], role, trainee });
  });
  return out;
}

function checkDirection(line: Line, path: PathPart[], problems: ProblemList): void {
  if (line.direction && line.id !== undefined) problems.warning("direction-with-id", [...path, "id"], {});
}

function checkAnswers(
  outcome: Outcome,
  participants: Set<string>,
  path: PathPart[],
  problems: ProblemList,
): void {
  for (const [who, lines] of Object.entries(outcome.answers ?? {})) {
    if (!participants.has(who)) problems.error("answer-not-participant", [...path, "answers", who], { who });
    lines.forEach((l, j) => {
      if (
        l.speaker !== who &&
        !participants.has(l.speaker) &&
        !["facilitator", "organiser"].includes(l.speaker)
      )
        problems.error("answer-unknown-speaker", [...path, "answers", who, j, "speaker"], {
          id: l.speaker,
          who,
        });
      checkDirection(l, [...path, "answers", who, j], problems);
    });
  }
}
