// Checks for what is said and done (format v2): the computer's choices need words or an action to be
// shown as, stage directions cannot be noted, and answers to typed words belong to participants.
import type { Line, Move, Outcome, Scenario } from "../format/schema.ts";
import { ROLES } from "../rules/catalog.ts";
import { playsIn } from "../runtime/flow.ts";
import type { PathPart, ProblemList } from "./problems.ts";

export function checkActs(s: Scenario, problems: ProblemList): void {
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
      if (trainee) checkComputerChoices(move, role, trainee, path, problems);
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
}

function checkComputerChoices(
  move: Move,
  role: string,
  trainee: string,
  path: PathPart[],
  problems: ProblemList,
): void {
  const ids = Array.isArray(move.npc) ? move.npc : [move.npc];
  move.choices.forEach((c, i) => {
    if (!ids.includes(c.id) || c.say !== undefined || c.do !== undefined) return;
    problems.warning(
      "computer-choice-without-act",
      [...path, "choices", i],
      `the computer plays this choice as the ${role} when the trainee is the ${trainee}, but it has no "say" or "do", so the transcript can only show its button text`,
      'add "say" with the words said aloud (without quotes), or "do" with what is done in the third person, without the subject: { "nl": "houdt zich in", "en": "holds back" }',
    );
  });
}

function checkDirection(line: Line, path: PathPart[], problems: ProblemList): void {
  if (line.direction && line.id !== undefined)
    problems.warning(
      "direction-with-id",
      [...path, "id"],
      "a stage direction is not said, so it cannot be noted or quoted",
      'leave out the id, or leave out "direction": true if these are spoken words',
    );
}

function checkAnswers(
  outcome: Outcome,
  participants: Set<string>,
  path: PathPart[],
  problems: ProblemList,
): void {
  for (const [who, lines] of Object.entries(outcome.answers ?? {})) {
    if (!participants.has(who))
      problems.error(
        "answer-not-participant",
        [...path, "answers", who],
        `'${who}' is not a participant, so typed words can never address them`,
        "use the id of one of cast.participants",
      );
    lines.forEach((l, j) => {
      if (
        l.speaker !== who &&
        !participants.has(l.speaker) &&
        !["facilitator", "organiser"].includes(l.speaker)
      )
        problems.error(
          "unknown-speaker",
          [...path, "answers", who, j, "speaker"],
          `unknown speaker '${l.speaker}'`,
          `the answer is usually spoken by '${who}' itself`,
        );
      checkDirection(l, [...path, "answers", who, j], problems);
    });
  }
}
