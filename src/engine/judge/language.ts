// Dutch or English, from the small words every sentence has. Ties go to Dutch, the product's first language.
import type { Lang } from "./labels.ts";

const NL = new Set(
  "de het een en ik u je jij wij we niet dat dit is was maar toch ook wat hoe wie waar wanneer waarom welke heeft hebt had kunt zou mag dank bedankt voor van met op aan bij naar nog al er om ons onze uw mijn zijn haar dan als of".split(
    " ",
  ),
);
const EN = new Set(
  "the a an and i you we not that this is was but also what how who where when why which have has had could would may thank thanks for of with on at to still there our your my his her than if or it did do does".split(
    " ",
  ),
);

export function detectLanguage(text: string): Lang {
  let nl = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    if (NL.has(w)) nl++;
    if (EN.has(w)) en++;
  }
  return en > nl ? "en" : "nl";
}
