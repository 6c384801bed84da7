// Explicit cues the method's trainers listen for (UTTERANCES.md). They are features of the model, so
// their weight is learnt, and they name the reason in the explanation a trainee reads.

export interface Cue {
  id: string;
  pattern: RegExp;
  /** The phrase as a trainee would recognise it. */
  phrase: string;
  /** For a listener: the rule-breaking label this cue decides when the model would allow the utterance. */
  listener?: "leading" | "defending" | "explaining" | "solving";
  /** For a facilitator: the label this cue decides. */
  facilitator?: "leading" | "summary" | "opinion";
}

const cue = (
  id: string,
  pattern: RegExp,
  phrase: string,
  listener?: Cue["listener"],
  facilitator?: Cue["facilitator"],
): Cue => ({
  id,
  pattern,
  phrase,
  ...(listener ? { listener } : {}),
  ...(facilitator ? { facilitator } : {}),
});

export const CUES: readonly Cue[] = [
  cue(
    "ter-verduidelijking",
    /\bter (verduidelijking|info(rmatie)?|uitleg)\b|\bfor your information\b|\bjust to (clarify|explain)\b|\bto clarify\b/,
    "ter verduidelijking / ter info",
    "explaining",
  ),
  cue(
    "oorzaak",
    /\b(dat|het) (komt|ligt) (doordat|omdat|door|aan)\b|\bthat'?s because\b|\bit'?s because\b|\bis due to\b|\bthe reason (is|for)\b|\bde reden\b/,
    "dat komt doordat",
    "explaining",
  ),
  cue(
    "regels",
    /\b(wettelijk|de wet|beleid|protocol|procedure|regels|systeem)\b|\b(by law|policy|protocol|procedure|the system|the rules)\b/,
    "beleid, wet of procedure",
  ),
  cue(
    "ja-maar",
    /^(ja,? ?maar|yes,? but)\b|\b(maar|but) (wij|we) (hebben|hadden|did|have)\b|\bmaar wij\b/,
    "ja maar",
    "defending",
  ),
  cue(
    "wij-zijn",
    /\b(wij|we) (zijn|doen|werken|hebben (wel|juist|gewoon))\b|\bwe (are|do|work) (actually|really|very|hard)\b|\bwe did\b/,
    "wij zijn / wij doen",
  ),
  cue(
    "schuld",
    /\b(geen schuld|schuld (bij|aan)|tekort ?doe|niet aan (ons|het team|het wijkteam)|niets aan (doen|konden)|nothing we could do|not our fault|isn'?t (quite )?(accurate|fair)|not (quite )?(accurate|fair))\b/,
    "het lag niet aan ons",
    "defending",
  ),
  cue(
    "wij-juist",
    /\b(wij|we) (zijn|waren|doen|deden|hebben|hadden) (juist|wel|gewoon|echt|altijd)\b|\b(juist heel|altijd terug)\b|\bwe (actually|really|always|did)\b/,
    "wij doen juist…",
    "defending",
  ),
  cue(
    "andere-afdeling",
    /\b(andere afdeling|niet (aan )?ons|niet wij|not us|another department|not the district team|nachtdienst, niet)\b/,
    "dat was een ander",
    "defending",
  ),
  cue(
    "klopt-niet",
    /\b(klopt niet|niet (zo )?gegaan|niet eerlijk|rechtzetten|herken (ik )?dat niet|not right|not how it went|not quite|correct that|don'?t recognise)\b/,
    "dat klopt niet",
    "defending",
  ),
  cue(
    "belofte",
    /\b(ik|wij|we) (bel|zorg|regel|ga|gaan|zal|zullen|stuur|loop|beloof)\b|\bi'?ll\b|\bwe'?ll\b|\bi promise\b|\bwe('re| are) going to\b|\bshall i\b|\bi will\b|\bzal ik\b/,
    "ik zorg / ik bel u",
    "solving",
  ),
  cue(
    "advies",
    /\b(kunt u (het )?beste|mijn advies|u kunt beter|beter (kunt|mailen)|volgende keer|best (option|to)|my advice|next time|i would .* if i were you|in uw plaats)\b/,
    "een advies",
    "solving",
    "opinion",
  ),
  cue(
    "toch",
    /\btoch\b|\bniet(waar)?\s*\?|\b(right|didn'?t you|weren'?t you|wasn'?t it|aren'?t you|don'?t you|isn'?t it)\s*\??$/,
    "toch? / niet?",
    "leading",
    "leading",
  ),
  cue(
    "waarom-niet",
    /\bwaarom (heeft|had|bent|vroeg) u (niet|het niet)\b|\bwhy didn'?t you\b|\bhad u (niet|de)\b|\bcouldn'?t you\b|\bhad u .* kunnen\b|\bu had toch\b/,
    "waarom heeft u niet…",
    "leading",
  ),
  cue(
    "wist-u",
    /\b(wist u|u wist|did you know|you knew|heeft u .* (gecheckt|gelezen|bekeken)|did you check|hadn'?t you)\b/,
    "wist u dat…",
    "leading",
  ),
  cue(
    "vindt-u-niet",
    /\b(vindt|zou) u (ook )?niet\b|\bwouldn'?t you say\b|\bdon'?t you think\b|\bisn'?t it true\b|\bis het niet\b|\bklopt het niet\b|\bbedoelt u niet\b/,
    "vindt u niet…",
    "leading",
    "leading",
  ),
  cue(
    "open-vraag",
    /^(hoe|wat|wie|waar|wanneer|welke|kunt u (vertellen|beschrijven|een voorbeeld)|vertel|how|what|who|where|when|which|could you (tell|describe|give)|tell)\b/,
    "een open vraag",
  ),
  cue("bedoelt-u", /\b(wat bedoelt u|what do you mean|bedoelt u)\b/, "wat bedoelt u"),
  cue("dank", /\b(dank|bedankt|thank|thanks|grateful|dankbaar)\b/, "dank u"),
  cue(
    "raakt",
    /\b(raakt|raakte|komt binnen|blijft me bij|moedig|touches|moved|lands|stays with me|brave)\b/,
    "dat raakt me",
  ),
  cue(
    "samenvatting",
    /\b(als ik u goed begrijp|samengevat|als ik het (goed hoor|samenvat)|ik hoor (twee|drie|dat)|wat ik hoor|dus (u|het)|heb ik dat goed|klopt dat|if i understand|to sum up|i hear|what i hear|so you|so it|have i got that right|is that right|let me check)\b/,
    "als ik u goed begrijp",
    undefined,
    "summary",
  ),
  cue(
    "oordeel",
    /\b(schandalig|onbegrijpelijk|gelijk|niet handig|slecht|goed zo|ik vind|volgens mij|ben het (niet )?eens|disgrace|unbelievable|right\.|not very clever|i think|i don'?t agree|good, that'?s)\b/,
    "een oordeel",
    undefined,
    "opinion",
  ),
  cue(
    "proces",
    /\b(welkom|toehoorders|verslag|opname|microfoon|we stoppen|minuten|nagesprek|pauze|het woord|ruimte geven|teruggaan|welcome|listeners|report|recording|microphone|minutes|follow-up|the floor|break|go back to)\b/,
    "de bijeenkomst leiden",
  ),
  cue("gesloten", /^(was|is|heeft|had|kreeg|duurde|kwam|did|was|were|is|has|had)\b/, "een ja/nee-vraag"),
];
