// What the engine itself judges of a listener once the meeting proper is over: the notes (L-NOTES) and
// whether they asked in the listeners' round (L-CLARIFY). Holding back at every urge earns a good
// verdict each time, so a listener who only held back scored in the nineties; but noting participants'
// own words and asking one good question are the rest of the role. Notes are weighed by what the
// scenario gives to note: the more is said worth noting, the more noting (or not) counts.
import type { Text, Verdict } from "../format/schema.ts";
import type { Context, LogEntry } from "./context.ts";
import type { PList } from "./plist.ts";
import type { World } from "./steps.ts";

const text = (nl: string, en: string): Text => ({ nl, en });

type Tally = { offered: boolean; asked: boolean };

// What the log held up to a node, per world: a log only grows, so the tally of a longer log starts
// from that of the log it grew from. Path analysis asks for it on every state it walks.
const talliesByWorld = new WeakMap<World, WeakMap<PList<LogEntry>, Tally>>();

/** What the log holds for the listeners' round: did it offer a clarifying question, and was one asked. */
function roundTally(ctx: Context, world: World): Tally {
  let known = talliesByWorld.get(world);
  if (!known) {
    known = new WeakMap();
    talliesByWorld.set(world, known);
  }
  const out = { offered: false, asked: false };
  for (let node = ctx.log; node !== null; node = node.tail) {
    const before = known.get(node);
    if (before) {
      out.offered ||= before.offered;
      out.asked ||= before.asked;
      break;
    }
    const e = node.head;
    if (e.t !== "move" || e.byComputer || e.role !== "listener") continue;
    if (world.phaseKind.get(e.phase) !== "listeners-round") continue;
    const move = world.beats.get(e.beat)?.moves?.listener;
    if (e.free?.label === "clarifying") out.asked = true;
    if (!move) continue;
    if (move.choices.some((c) => e.choices.includes(c.id) && c.label === "clarifying")) out.asked = true;
    const typed = move.freeText ? "clarifying" in move.freeText.outcomes : false;
    if (typed || move.choices.some((c) => c.label === "clarifying")) out.offered = true;
  }
  if (ctx.log !== null) known.set(ctx.log, out);
  return { ...out };
}

const chancesOf = new WeakMap<World, number>();

/**
 * What there is to note in this scenario: the participants' lines with a tone (positive, negative,
 * mixed) in the beats a listener plays before the follow-up. Taken from the scenario rather than from
 * the run, so the weight is the same on every path (and path analysis need not tell runs apart by it).
 */
export function noteChances(world: World): number {
  const known = chancesOf.get(world);
  if (known !== undefined) return known;
  let count = 0;
  for (const { line, beat } of world.lines.values()) {
    const b = world.beats.get(beat);
    if (!b || world.phaseKind.get(b.phase) === "follow-up") continue;
    if (b.roles !== undefined && !b.roles.includes("listener")) continue;
    if (!world.participants.has(line.speaker)) continue;
    if (line.tone === "positive" || line.tone === "negative" || line.tone === "mixed") count++;
  }
  chancesOf.set(world, count);
  return count;
}

/** 0 for no notes, then a third, two thirds, or all of the credit as the notes near the target. */
export function notesCredit(count: number, target: number): number {
  if (count <= 0) return 0;
  if (count >= target) return 1;
  return count * 2 < target ? 1 / 3 : 2 / 3;
}

/**
 * Everything these verdicts will depend on, as a short key: path analysis merges states by it, so two
 * runs that differ only in what these verdicts cannot see are walked once.
 */
export function listenerJudgeKey(ctx: Context, world: World): string {
  if (world.role !== "listener" || ctx.judged.notes) return "";
  const t = roundTally(ctx, world);
  const { count, positive, negative } = noteKinds(ctx, world);
  const credit = notesCredit(count, notesTarget(noteChances(world)));
  const b = (x: boolean) => (x ? "1" : "0");
  return `${credit.toFixed(2)}${b(count > 0)}${b(positive)}${b(negative)}${b(t.offered)}${b(t.asked)}`;
}

function noteKinds(ctx: Context, world: World): { count: number; positive: boolean; negative: boolean } {
  let positive = false;
  let negative = false;
  let count = 0;
  for (const [id, tag] of Object.entries(ctx.noted)) {
    count++;
    const tone = world.lines.get(id)?.line.tone;
    if (tone === "positive" || tone === "mixed" || (tone === undefined && tag === "positive"))
      positive = true;
    if (tone === "negative" || tone === "mixed" || (tone === undefined && tag === "negative"))
      negative = true;
  }
  return { count, positive, negative };
}

/** The weight of L-NOTES for a meeting with this many notable lines: about one per three. */
export function notesWeight(chances: number): number {
  return Math.max(2, Math.min(10, Math.round(chances / 3)));
}

/** How many notes earn the whole weight: a fifth of what was worth noting, and at least three. */
export function notesTarget(chances: number): number {
  return Math.max(3, Math.ceil(chances / 5));
}

export function notesVerdicts(ctx: Context, world: World): Verdict[] {
  const chances = noteChances(world);
  const weight = notesWeight(chances);
  const target = notesTarget(chances);
  const { count, positive, negative } = noteKinds(ctx, world);
  if (count === 0)
    return [
      {
        rule: "L-NOTES",
        kind: "missed",
        weight,
        why: text(
          "Je hebt geen woorden van deelnemers genoteerd; in de nabespreking heb je dan alleen je eigen herinnering.",
          "You noted none of the participants' words; in the follow-up you only have your own memory.",
        ),
        better: text(
          `Noteer letterlijke uitspraken, wat goed gaat en wat beter kan: minstens ${target}.`,
          `Note words as they were said, both what goes well and what could be better: at least ${target}.`,
        ),
      },
    ];
  const balanced = positive && negative;
  const credit = notesCredit(count, target) * (balanced ? 1 : 0.5);
  const good = Math.max(1, Math.round(weight * credit));
  const rest = weight - good;
  const out: Verdict[] = [
    {
      rule: "L-NOTES",
      kind: "good",
      weight: good,
      why: balanced
        ? text(
            `Je ${count} notities houden eigen woorden van deelnemers vast, positief én kritisch: een eerlijk beeld voor de nabespreking.`,
            `Your ${count} notes keep participants' own words, positive and critical: a fair picture for the follow-up.`,
          )
        : text(
            `Je ${count} notities houden eigen woorden van deelnemers vast.`,
            `Your ${count} notes keep participants' own words.`,
          ),
    },
  ];
  if (rest > 0 && !balanced)
    out.push({
      rule: "L-NOTES",
      kind: "breach",
      weight: rest,
      why: text(
        `Je notities zijn eenzijdig (alleen ${positive ? "positief" : "kritisch"}); zo mist de nabespreking de helft van het beeld.`,
        `Your notes are one-sided (only ${positive ? "positive" : "critical"}); the follow-up misses half of the picture.`,
      ),
      better: text(
        "Noteer ook wat deelnemers waarderen, of juist ook hun kritiek.",
        "Note what participants value as well as their criticism.",
      ),
    });
  else if (rest > 0)
    out.push({
      rule: "L-NOTES",
      kind: "missed",
      weight: rest,
      why: text(
        `Je noteerde ${count} uitspraken; voor een eerlijk beeld heeft de nabespreking er minstens ${target} nodig.`,
        `You noted ${count} lines; for a fair picture the follow-up needs at least ${target}.`,
      ),
      better: text(
        `Noteer minstens ${target} letterlijke uitspraken, wat goed gaat en wat beter kan.`,
        `Note at least ${target} words as they were said, what goes well and what could be better.`,
      ),
    });
  return out;
}

export const UNASKED_WEIGHT = 3;

/**
 * L-CLARIFY missed: the listeners' round offered a clarifying question (as a choice or in typed words)
 * and the listener never asked one. Thanking is allowed, but the round is the one moment to understand
 * a story better, and a listener who lets it pass has learned less.
 */
export function unaskedVerdict(ctx: Context, world: World): Verdict | null {
  const { offered, asked } = roundTally(ctx, world);
  if (asked) return null;
  if (!offered) return null;
  return unaskedClarify();
}

/** The L-CLARIFY verdict for a round that offered a clarifying question nobody in this seat asked. */
export function unaskedClarify(): Verdict {
  return {
    rule: "L-CLARIFY",
    kind: "missed",
    weight: UNASKED_WEIGHT,
    why: text(
      "In de ronde van de toehoorders heb je geen verduidelijkende vraag gesteld: het enige moment om een verhaal beter te begrijpen ging voorbij.",
      "In the listeners' round you asked no clarifying question: the one moment to understand a story better went by.",
    ),
    better: text(
      "Stel één open, verduidelijkende vraag aan wie iets vertelde, bijvoorbeeld: 'Wat had u toen het meest geholpen?'",
      "Ask one open, clarifying question of someone who told a story, for instance: 'What would have helped you most then?'",
    ),
  };
}
