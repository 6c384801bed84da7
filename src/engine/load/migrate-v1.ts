// Version 1 → 2. Version 1 had one text per choice, used for the button and, when the computer played
// the choice, as if it were said; stage directions were written in parentheses inside spoken lines.
// Version 2 keeps the button text and adds what is said (`say`) and done (`do`), and marks directions
// (`direction`). What can be read off a v1 file safely is repaired here: a choice whose text is wholly
// quoted words says those words; a line wholly in parentheses is a direction; a line that opens with a
// parenthesised part becomes a direction followed by the spoken rest. The third-person `do` cannot be
// derived from a v1 button text, so it is left to the author (validate says where it is missing).

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** The texts of a { nl, en } object, or undefined when it is not one. */
function texts(value: unknown): [string, string][] | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.some(([, v]) => typeof v !== "string")) return undefined;
  return entries as [string, string][];
}

/** Applies `part` to every language; undefined unless it matches in all of them. */
function eachLanguage<T>(value: unknown, part: (s: string) => T | undefined): Record<string, T> | undefined {
  const all = texts(value);
  if (!all) return undefined;
  const out: Record<string, T> = {};
  for (const [lang, s] of all) {
    const got = part(s);
    if (got === undefined) return undefined;
    out[lang] = got;
  }
  return out;
}

const QUOTED = /^\s*["“„]([^"“”„]+)["”]\s*$/s;
const ENDS_QUOTED = /^[^"“”„]*:\s*["“„]([^"“”„]+)["”]\s*$/s;
const WHOLLY_PARENTHESISED = /^\s*\(([^()]+)\)\s*$/s;
const OPENS_PARENTHESISED = /^\s*\(([^()]+)\)\s*(\S.*)$/s;

/** The words a v1 choice text says, when they can be read off it: quoted, or quoted after a colon. */
export function spokenWords(text: string): string | undefined {
  const m = QUOTED.exec(text) ?? ENDS_QUOTED.exec(text);
  return m?.[1]?.trim();
}

function migrateChoice(choice: Json): void {
  if (choice.say !== undefined) return;
  const say = eachLanguage(choice.text, spokenWords);
  if (say) choice.say = say;
}

const stripQuotes = (s: string) => spokenWords(s) ?? s.trim();

/** The lines of a list, with directions marked and split off. */
function migrateLines(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const out: unknown[] = [];
  for (const line of list) {
    if (!isObject(line) || line.direction !== undefined) {
      out.push(line);
      continue;
    }
    const whole = eachLanguage(line.text, (s) => WHOLLY_PARENTHESISED.exec(s)?.[1]?.trim());
    if (whole) {
      out.push({ ...line, text: whole, direction: true });
      continue;
    }
    const opens = eachLanguage(line.text, (s) => {
      const m = OPENS_PARENTHESISED.exec(s);
      return m ? { direction: (m[1] as string).trim(), rest: stripQuotes(m[2] as string) } : undefined;
    });
    if (!opens) {
      out.push(line);
      continue;
    }
    const direction: Json = {
      speaker: line.speaker,
      text: Object.fromEntries(Object.entries(opens).map(([l, p]) => [l, p.direction])),
      direction: true,
    };
    if (line.when !== undefined) direction.when = line.when;
    out.push(direction, {
      ...line,
      text: Object.fromEntries(Object.entries(opens).map(([l, p]) => [l, p.rest])),
    });
  }
  return out;
}

function migrateOutcome(outcome: unknown): void {
  if (isObject(outcome) && "lines" in outcome) outcome.lines = migrateLines(outcome.lines);
}

export function migrateV1(scenario: Json): void {
  if (!Array.isArray(scenario.beats)) return;
  for (const beat of scenario.beats) {
    if (!isObject(beat)) continue;
    if ("lines" in beat) beat.lines = migrateLines(beat.lines);
    if (!isObject(beat.moves)) continue;
    for (const move of Object.values(beat.moves)) {
      if (!isObject(move)) continue;
      if (Array.isArray(move.choices))
        for (const choice of move.choices) {
          if (!isObject(choice)) continue;
          migrateChoice(choice);
          migrateOutcome(choice);
        }
      const free = move.freeText;
      if (isObject(free)) {
        if (isObject(free.outcomes)) for (const o of Object.values(free.outcomes)) migrateOutcome(o);
        migrateOutcome(free.otherwise);
      }
    }
  }
}
