// Dutch or English, from the small words every sentence has, English contractions ("we're", "i'd",
// "that's"), and for lines too short for either, the letters Dutch words are made of ("ij", "oe",
// "-tje") against English ones ("th", "-ing", "-ly"). Ties go to Dutch, the product's first language.
import type { Lang } from "./labels.ts";

const NL = new Set(
  `de het een en ik u je jij wij we niet dat dit die deze is was maar toch ook wat hoe wie waar wanneer waarom
welke heeft hebt heb hebben had hadden kunt kan kunnen zou mag moet moeten wil wilt dank bedankt voor van met op
aan bij naar nog al er om ons onze uw mijn jullie zijn ben bent haar hem hij zij ze dan als of heel erg echt wel
geen nooit altijd nu zo daar hier omdat want door uit over tegen zonder alleen misschien eigenlijk juist gewoon
goed duidelijk helemaal eens gaat gaan wordt worden werd zei zegt weet oke jeetje jeminee tjee nou hoor even
me mij jou jouw mee niks niets iets iemand hele wat's zo'n`.split(/\s+/),
);
const EN = new Set(
  `the a an and i you we not that this is was but also what how who where when why which have has had could would
may thank thanks for of with on at to still there our your my his her than if or it did do does be been being
are were am so too very really actually just about from they them he she me no yes well all can will should
must any some here then out up by as more because oh wow please poor awful terrible sad angry shame
horrible scary sounds heard hear feel felt say said tell told know knew think thought get got went
everyone everybody someone anyone nothing something sent`.split(/\s+/),
);

const CONTRACTION = /^(i|you|we|they|he|she|it|that|there|what|who|let|here|where)'(m|re|ve|ll|d|s)$|n't$/;
const NL_LETTERS = /ij|oe|ui|aa|uu|sch|cht|tje$|heid$|lijk$|^ge\w{3}|en$/g;
const EN_LETTERS = /th|sh|wh|ing$|ly$|ous$|tion$|ght|w$|y$/g;

export function detectLanguage(text: string): Lang {
  let nl = 0;
  let en = 0;
  const unknown: string[] = [];
  for (const w of text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .match(/[a-z']+/g) ?? []) {
    const word = w.replace(/^'+|'+$/g, "");
    if (word === "") continue;
    const inNl = NL.has(word);
    const inEn = EN.has(word);
    if (inNl) nl++;
    if (inEn) en++;
    if (word.includes("'") && CONTRACTION.test(word)) en += 2;
    else if (!inNl && !inEn) unknown.push(word);
  }
  if (en !== nl) return en > nl ? "en" : "nl";
  let letters = 0;
  for (const word of unknown)
    letters += (word.match(NL_LETTERS)?.length ?? 0) - (word.match(EN_LETTERS)?.length ?? 0);
  return letters < 0 ? "en" : "nl";
}
