// Which words a why may quote: only words the trainee typed, as they typed them, and only words that
// mean something to a trainee. A lone "echt", "out" or "to say" teaches nothing; then the why is better
// without a quote.
import { CUES } from "./cues.ts";
import { CONTRACTIONS, MAX_CHARS } from "./features.ts";
import { FUNCTION_WORDS } from "./function-words.ts";
import type { Lang, UtteranceLabel } from "./labels.ts";
import { QUESTION_START } from "./segments.ts";

// The small words that do say something on their own, per language ("want" is "because" in Dutch):
// particles of reproach and defence, negation, question words, causes, promises, apologies, the words of
// the meeting's rules.
const MARKERS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(
    `toch niet geen nooit maar juist eigenlijk degelijk heus altijd omdat doordat want waarom hoe wat wie waar
wanneer welke welk hoeveel hoelang hoezo waarover waardoor misschien vast zeker natuurlijk dus sorry excuses
dank bedankt beloof advies tip samengevat beleid procedure protocol wettelijk regels systeem schuld toehoorders
ronde pauze minuten verslag welkom onderbreek gelijk eens gevoel voelde voelt ervaren ervaring voorbeeld
verduidelijking info uitleg reden bel zorg regel stuur zoek morgen voortaan bedoelt bedoel bedoelde klopt wist
beseft vind vindt denk terecht inderdaad helaas moet moeten beter`.split(/\s+/),
  ),
  en: new Set(
    `not never but still actually always because since why how what who where when which surely obviously
certainly must should sorry thank thanks promise advice tip summarise clarify explain reason due law policy rules
protocol procedure system fault blame listeners round floor minutes break report welcome interrupt agree feel felt
feeling experience example mean meant call fix send tomorrow i'll we'll don't didn't doesn't isn't wasn't aren't
weren't haven't hasn't hadn't won't wouldn't can't couldn't shouldn't right true fair knew realise realize think
suppose guess indeed unfortunately better`.split(/\s+/),
  ),
};

// Words that only give a sentence its shape: articles, pronouns, auxiliaries, particles, conjunctions,
// question words, negation and order ("eerst", "first"). Quoted alone ("first", "not") they show nothing of
// why the words were judged so, so a why never quotes one of them on its own: it takes the rest of the
// clause with it when that holds a word with meaning, or quotes another feature.
export const GRAMMATICAL: ReadonlySet<string> = new Set(
  `de het een en of maar want dus toch ook wel niet geen nooit altijd al nog even gewoon juist echt eigenlijk
misschien zeker vast natuurlijk heus degelijk alleen zelf ik mij me mijn u uw je jij jouw jullie wij we ons onze
hij zij ze haar hem zijn dat dit die deze daar hier er wat wie waar wanneer waarom hoe welke welk hoeveel hoelang
hoezo is was waren ben bent heb hebt heeft hebben had hadden zal zult zullen zou zouden kan kunt kun kunnen kon
konden mag mogen mocht moet moeten moest wil wilt willen wilde word wordt worden werd als omdat doordat zodat dan
eerst daarna pas nu toen voor na van met op aan bij naar in uit over om tot door te zo ja nee
the a an and or but so still also well not no never always already yet just actually really maybe surely
certainly course obviously even only i me my you your we us our he she they them his her it its that this those
these there here what who where when why which how is was are were am be been being have has had do does did
will would shall should can could may might must i'll we'll you'll i'd you'd we'd i'm you're we're it's that's
there's what's don't didn't doesn't isn't wasn't aren't weren't haven't hasn't hadn't won't wouldn't can't
couldn't shouldn't let's if because since for to from with on at in by about after before first then now yes`.split(
    /\s+/,
  ),
);

/** The word at `at` as a quote: alone when it means something, else with the rest of its clause. */
function alone(tokens: readonly Token[], norm: string, at: number): string[] | undefined {
  const word = (tokens[at] as Token).word;
  if (!GRAMMATICAL.has(word)) return [word];
  const longer = clause(tokens, norm, at, 4);
  return longer.some((w) => !GRAMMATICAL.has(w) && w.length > 2) ? longer : undefined;
}

const DETERMINERS = new Set("de het een die dat deze dit the a an this that these those".split(" "));
const isContent = (w: string) => !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w) && w.length > 2;

/** A phrase means something when one of its words is a marker, or, from two words on, a content word
 * that is not just named ("de brief", "the care"). */
export function meaningful(words: readonly string[], lang: Lang): boolean {
  if (words.some((w) => MARKERS[lang].has(w))) return true;
  if (words.length < 2) return false;
  if (words.length === 2 && words.some((w) => DETERMINERS.has(w))) return false;
  return words.some((w) => isContent(w) && w.length > 3);
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const NORM_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;

function normTokens(norm: string): Token[] {
  return [...norm.matchAll(NORM_WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The words as typed, each with the form the features know it by ("Wouldnt" → "wouldn't"). */
function typedTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(0, 2 * MAX_CHARS).matchAll(/[\p{L}\p{N}]+(?:['’‘`´][\p{L}]+)*/gu)) {
    const plain = m[0]
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[‘’`´]/g, "'");
    for (const word of plain.match(NORM_WORD) ?? [])
      out.push({ word: CONTRACTIONS[word] ?? word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const MAX_WORDS = 8;

/** The typed text of these words, in this order, or undefined when the trainee did not type them so. */
function asTyped(text: string, typed: readonly Token[], words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const shown = words.length > MAX_WORDS ? words.slice(0, 4) : words;
  for (let i = 0; i + shown.length <= typed.length; i++) {
    if (!shown.every((w, k) => typed[i + k]?.word === w)) continue;
    const first = typed[i] as Token;
    const last = typed[i + shown.length - 1] as Token;
    const phrase = text.slice(first.start, last.end).replace(/\s+/g, " ");
    // Words on both sides of a quote or bracket are no phrase of the trainee's.
    if (/["“”„()[\]{}<>]/.test(phrase)) return undefined;
    return shown === words ? phrase : `${phrase}…`;
  }
  return undefined;
}

// Cues that show the form of a question ("hoe oud was", "was dat in"): for a question label the form is the point.
const FORM_CUES = new Set(["cue:open-vraag", "cue:ja-nee-vraag", "cue:bedoelt-u"]);
const QUESTION_LABELS = new Set<UtteranceLabel>(["clarifying", "open", "closed"]);
const cueById = new Map(CUES.map((c) => [`cue:${c.id}`, c]));

/** The next words of the same clause, up to `n` in all. */
function clause(tokens: readonly Token[], norm: string, at: number, n: number): string[] {
  const out = [tokens[at]?.word as string];
  for (let k = at + 1; k < tokens.length && out.length < n; k++) {
    const between = norm.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (/[,.;:!?]/.test(between)) break;
    out.push((tokens[k] as Token).word);
  }
  return out;
}

/** The words of `norm` a feature stands for, when they mean something on their own. */
function featureWords(
  feature: string,
  norm: string,
  tokens: readonly Token[],
  label: UtteranceLabel,
  lang: Lang,
): string[] | undefined {
  const markers = MARKERS[lang];
  if (feature.startsWith("cue:")) {
    const m = cueById.get(feature)?.pattern.exec(norm);
    if (!m) return undefined;
    const start = m.index;
    const end = m.index + m[0].length;
    const inside = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start < end && t.end > start);
    if (inside.length === 0) return undefined;
    const at = (inside[0] as { i: number }).i;
    // A named cue of several words is a phrase a trainer listens for ("ik denk dat", "wist u").
    if (inside.length > 1) return inside.map(({ t }) => t.word);
    const word = (tokens[at] as Token).word;
    if (FORM_CUES.has(feature) && QUESTION_LABELS.has(label))
      return clause(tokens, norm, at, feature === "cue:ja-nee-vraag" ? 2 : 3);
    if (markers.has(word) || isContent(word)) return alone(tokens, norm, at);
    // "wij" says nothing alone; "we're actually very" does.
    const longer = clause(tokens, norm, at, 3);
    return longer.some((w) => markers.has(w)) ? longer : undefined;
  }
  if (feature.startsWith("w:")) {
    const w = feature.slice(2);
    const at = tokens.findIndex((t) => t.word === w);
    return markers.has(w) && at >= 0 ? alone(tokens, norm, at) : undefined;
  }
  const pair = /^(b|first2|last2):(.+)_(.+)$/.exec(feature);
  if (!pair) return undefined;
  const words = [pair[2] as string, pair[3] as string];
  return meaningful(words, lang) ? words : undefined;
}

/** What a why may quote for a feature of `norm` (the sentence judged, normalised): the trainee's own
 * words in `text`, or nothing. Made once per judgement; the words are split only when first asked. */
export function quoter(
  norm: string,
  text: string,
  label: UtteranceLabel,
  lang: Lang,
): (feature: string) => string | undefined {
  let tokens: Token[] | undefined;
  let typed: Token[] | undefined;
  return (feature) => {
    if (!/^(cue|w|b|first2|last2):/.test(feature)) return undefined;
    tokens ??= normTokens(norm);
    const words = featureWords(feature, norm, tokens, label, lang);
    if (!words) return undefined;
    typed ??= typedTokens(text);
    return asTyped(text, typed, words);
  };
}

/** Whether the words were put as a question, asked outright or indirectly ("ik vraag me af of…"). */
export function formOf(sentence: string): "question" | "statement" {
  if (sentence.includes("?")) return "question";
  if (QUESTION_START.test(sentence)) return "question";
  // A tag without its question mark: "U was daar woedend over, toch."
  if (
    /,\s*(toch|niet|of niet|nietwaar|right|no|isn't it|wasn't it|didn't you|don't you|aren't you|weren't you|haven't you)\s*[.!]*\s*$/.test(
      sentence,
    )
  )
    return "question";
  return /^(ik vraag me af|ik ben benieuwd|mag ik (u )?vragen|i wonder|i'm wondering|i was wondering|may i ask|i'd like to know|can i ask|could i ask)\b/.test(
    sentence,
  )
    ? "question"
    : "statement";
}
