// Who typed words (or a choice's words) address, and who answers. A question put to Henk by name is
// answered by Henk, and the debrief quotes what Henk said, not whoever spoke last. The scenario can
// write the answer per participant (`answers` in a free-text outcome); where it does not, the
// addressed participant answers briefly in the way the judge's label calls for.
import type { Line, Outcome, Scenario, Text } from "../format/schema.ts";
import type { Context, Quote } from "./context.ts";

interface NameForm {
  id: string;
  pattern: RegExp;
}

const formsByScenario = new WeakMap<Scenario, NameForm[]>();
const TITLES = "(?:meneer|mevrouw|mevr\\.?|dhr\\.?|mr\\.?|mrs\\.?|ms\\.?|mister|madam)";
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Word edges that work for names with letters outside ASCII (Yıldız, Benali).
const edge = (s: string) => `(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`;

function nameForms(s: Scenario): NameForm[] {
  const cached = formsByScenario.get(s);
  if (cached) return cached;
  const firstNames = new Map<string, number>();
  for (const p of s.cast.participants) {
    const first = p.name.split(/\s+/)[0]?.toLowerCase() ?? "";
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const forms: NameForm[] = [];
  for (const p of s.cast.participants) {
    const [first = "", ...rest] = p.name.trim().split(/\s+/);
    const last = rest.join(" ");
    const options = [escapeRegExp(p.name.trim())];
    if (last) options.push(`${TITLES}\\s+${escapeRegExp(last)}`, escapeRegExp(last));
    // A first name shared by two participants addresses neither of them.
    if (first && firstNames.get(first.toLowerCase()) === 1) options.push(escapeRegExp(first));
    forms.push({ id: p.id, pattern: new RegExp(edge(`(?:${options.join("|")})`), "iu") });
  }
  formsByScenario.set(s, forms);
  return forms;
}

const listenersByScenario = new WeakMap<Scenario, Set<string>>();

/** Is this speaker one of the cast's listeners (not 'trainee', not the facilitator)? */
export function isCastListener(s: Scenario, speaker: string): boolean {
  let ids = listenersByScenario.get(s);
  if (!ids) {
    ids = new Set(s.cast.listeners.map((l) => l.id));
    listenersByScenario.set(s, ids);
  }
  return ids.has(speaker);
}

const addressedByScenario = new WeakMap<Scenario, Map<string, string | null>>();
// Typed words are few per meeting, so remembering them is cheap; a scenario's own words are fewer still.
const ADDRESSED_KEPT = 10_000;

/**
 * The participant the words address by name: the one named first. Remembered per scenario and words:
 * the same choice is said on every path `paths` walks, and every name is a regular expression.
 */
export function addressee(s: Scenario, words: string): string | undefined {
  let known = addressedByScenario.get(s);
  if (!known) {
    known = new Map();
    addressedByScenario.set(s, known);
  }
  const had = known.get(words);
  if (had !== undefined) return had ?? undefined;
  let best: { id: string; at: number } | undefined;
  for (const form of nameForms(s)) {
    const m = form.pattern.exec(words);
    if (m && (best === undefined || m.index < best.at)) best = { id: form.id, at: m.index };
  }
  if (known.size < ADDRESSED_KEPT) known.set(words, best?.id ?? null);
  return best?.id;
}

/** The participant's last spoken line in this run (never a stage direction), as a quote. */
export function lastSaidBy(ctx: Context, who: string): Quote | null {
  for (let node = ctx.log; node !== null; node = node.tail) {
    const e = node.head;
    if (e.t === "line" && e.speaker === who && !e.line?.direction) {
      return e.line?.id !== undefined
        ? { speaker: who, text: e.text, line: e.line.id }
        : { speaker: who, text: e.text };
    }
  }
  return null;
}

/** What the participant told: their last line that says something about the service, else their last line. */
function storyOf(ctx: Context, who: string): Quote | null {
  for (let node = ctx.log; node !== null; node = node.tail) {
    const e = node.head;
    const tone = e.t === "line" ? e.line?.tone : undefined;
    if (e.t === "line" && e.speaker === who && !e.line?.direction && tone !== undefined && tone !== "neutral")
      return { speaker: who, text: e.text };
  }
  return lastSaidBy(ctx, who);
}

const t = (nl: string, en: string): Text => ({ nl, en });

// A short answer in the manner each label calls for; for a real question, the participant goes back
// to what they said (the only words of theirs the scenario gives).
const REPLIES: Record<string, { text: Text; emotion: Line["emotion"] }> = {
  closed: { text: t("Ja, zo ongeveer.", "Yes, more or less."), emotion: "neutral" },
  leading: {
    text: t("Eh... zo zou ik het zelf niet zeggen.", "Er... I wouldn't put it like that myself."),
    emotion: "hesitant",
  },
  summary: { text: t("Ja, zo was het.", "Yes, that's how it was."), emotion: "calm" },
  opinion: { text: t("Hm. Oké.", "Hm. Right."), emotion: "hesitant" },
  process: { text: t("Goed.", "All right."), emotion: "neutral" },
  acknowledging: { text: t("Dank u.", "Thank you."), emotion: "calm" },
  defending: {
    text: t("Zie je. Zo gaat het nou altijd.", "See? That's how it always goes."),
    emotion: "frustrated",
  },
  explaining: {
    text: t("Daar heb ik nu niet zoveel aan.", "That doesn't help me much now."),
    emotion: "frustrated",
  },
  solving: { text: t("Dat zien we dan wel.", "We'll see about that."), emotion: "hesitant" },
};

function reply(who: string, label: string, said: Quote | null): Line {
  const fixed = REPLIES[label];
  if (fixed) return { speaker: who, text: fixed.text, emotion: fixed.emotion ?? "neutral" };
  // open, clarifying and anything else asked of them: they come back to what they told.
  const lead =
    label === "open"
      ? t("Voor mij komt het hierop neer:", "For me it comes down to this:")
      : t("Wat ik bedoel is dit:", "What I mean is this:");
  const text = said
    ? t(`${lead.nl} ${said.text.nl}`, `${lead.en} ${said.text.en ?? said.text.nl}`)
    : t("Daar moet ik even over nadenken.", "I need to think about that for a moment.");
  return { speaker: who, text, emotion: "calm" };
}

/**
 * The lines that follow typed words. Words that name a participant get the scenario's answer for them,
 * else the outcome's lines when they already have that participant answer, else a reply from them in
 * place of the other participants' lines. Words that name nobody are put to whoever spoke last in this
 * beat: the outcome's lines as written, or, when no participant answers in them, a reply from that one.
 */
export function answerLines(
  outcome: Outcome,
  who: string | undefined,
  label: string,
  ctx: Context,
  participants: ReadonlySet<string>,
): Line[] | undefined {
  const lines = outcome.lines ?? [];
  if (who === undefined) {
    if (ctx.speaker === null || lines.some((l) => participants.has(l.speaker))) return outcome.lines;
    return [...lines, reply(ctx.speaker, label, storyOf(ctx, ctx.speaker))];
  }
  const written = outcome.answers?.[who];
  if (written) return written;
  const answered = lines.some((l) => l.speaker === who);
  if (answered) return lines;
  const others = lines.filter((l) => !participants.has(l.speaker));
  const firstParticipant = lines.findIndex((l) => participants.has(l.speaker));
  const at = firstParticipant === -1 ? others.length : lines.slice(0, firstParticipant).length;
  const out = [...others];
  out.splice(Math.min(at, out.length), 0, reply(who, label, storyOf(ctx, who)));
  return out;
}
