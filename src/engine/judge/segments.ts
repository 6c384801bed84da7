// Mixed utterances ("Dank u, maar wij hebben wel teruggebeld") take the label of the part that breaks a
// rule (UTTERANCES.md), so the judge also looks at each sentence on its own.

/** The sentences of a normalised utterance; "…, maar …" and "…, but …" start a new one. */
export function segments(norm: string): string[] {
  return norm
    .split(/(?<=[.!?;])\s+|,\s*(?=(?:maar|but)\b)/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/.test(s));
}

export const QUESTION_START =
  /^[\s:,.-]*(hoe|wat|wie|waar|wanneer|welke?|waarom|hoeveel|hoelang|hoezo|bedoelt|bedoel|heeft|hebt|bent|was|waren|is|kunt|kun|zou|wilt|mag|had|kreeg|klopt|how|what|who|where|when|which|why|do|did|does|is|was|were|are|could|can|would|have|has)\b/;

/** Whether the words after position `from` are themselves a question ("ter verduidelijking: bedoelt u …?"). */
export function questionAfter(sentence: string, from: number): boolean {
  const rest = sentence.slice(from);
  return QUESTION_START.test(rest) || (sentence.trim().endsWith("?") && QUESTION_START.test(sentence));
}
