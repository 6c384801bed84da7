// Explicit cues the method's trainers listen for (UTTERANCES.md). Every cue is a feature of the model, so
// its weight is learnt; it also names the reason in the sentence a trainee reads. A few are precise enough
// to decide the label of a sentence on their own (`decides`), when the sentence is not itself a question.
import type { UtteranceLabel } from "./labels.ts";

export interface Cue {
  id: string;
  pattern: RegExp;
  /** The phrase as a trainee would recognise it, when the matched words are too short to show. */
  phrase: string;
  /** The label this cue decides for a sentence in that role, whatever the model thinks. */
  decides?: { listener?: UtteranceLabel; facilitator?: UtteranceLabel };
  /** Words that take the decision away again ("ik zal dit onthouden" promises nothing). */
  unless?: RegExp;
}

const cue = (
  id: string,
  pattern: RegExp,
  phrase: string,
  decides?: Cue["decides"],
  unless?: RegExp,
): Cue => ({ id, pattern, phrase, ...(decides ? { decides } : {}), ...(unless ? { unless } : {}) });

// Taking words to heart is acknowledging, not a promise to act; what one always does is a defence.
const TO_HEART =
  /\b(ik|wij|we) (\w+ )?(altijd|normaal|meestal|gewoonlijk|always|usually|normally)\b|\b(onthouden|(niet|nooit) (snel )?vergeten|ter harte|meenemen naar huis|mee naar huis|mee in mijn werk|nadenken|remember|never forget|won'?t forget|to heart|with me|think about|keep (this|that|it) in mind|carry)\b/;

export const CUES: readonly Cue[] = [
  // Explaining: announced explanations and causes.
  cue(
    "ter-verduidelijking",
    /\b(ter (verduidelijking|info(rmatie)?|uitleg)|voor de duidelijkheid|even ter|om (het )?(even )?uit te leggen|misschien (goed|handig) om te weten|wat u moet weten|for your information|fyi|just so you know|for clarity|(just )?to clarify|just to explain|let me (just )?explain|good to know|what you need to know)\b/,
    "ter verduidelijking",
    { listener: "explaining" },
  ),
  cue(
    "oorzaak",
    /\b((dat|het) (komt|kwam|ligt|lag) (doordat|omdat|door|aan (de|het))|dat heeft (te maken|een reden)|heeft te maken met|de reden (is|was|dat|waarom)|het zit zo|zo werkt (het|de)|that'?s because|it'?s because|it was because|is due to|that'?s due|the reason (is|was|that|why|for)|it works like this|the way it works|that'?s how (it|the) \w+ works|has to do with)\b/,
    "dat komt doordat",
    { listener: "explaining" },
  ),
  cue(
    "regels",
    /\b(wettelijk|de wet|wetgev\w*|beleid|protocol|procedure|richtlijn|regels|regelgeving|verplicht|beroepscode|cao|avg|privacywet\w*|by law|the law|legislat\w*|policy|protocol|procedure|guideline|the rules|required|obliged|compulsory|gdpr)\b/,
    "beleid, wet of procedure",
  ),
  cue("nu-eenmaal", /\b(nu eenmaal|simply how|just how|that'?s just the)\b/, "nu eenmaal"),
  // Defending: denying, correcting, shifting blame, "yes but".
  cue(
    "ja-maar",
    /^(ja,? ?maar|ja,? nee|yes,? but|yeah,? but|no,? that)\b|\b(maar|but) (wij|we) (hebben|hadden|zijn|waren|did|have|had|are|were)\b/,
    "ja maar",
    { listener: "defending" },
  ),
  cue(
    "klopt-niet",
    /\b(klopt (gewoon |echt |helemaal )?niet|(is|was) niet (zo|waar)|niet zo gegaan|niet eerlijk|rechtzetten|herken (ik )?(me |mij )?(daar |hier |dat )?(helemaal |echt )?niet|tekort ?(doet|doen)|not (quite |entirely |exactly |really )?(true|right|accurate|fair|how it went|what happened)|isn'?t (quite |entirely |really )?(true|right|accurate|fair)|niet (helemaal |echt )?(wat er (is )?gebeurd|hoe het ging|de hele waarheid)|don'?t recognise|correct that|misunderstood|being unfair|unfair to us)\b/,
    "dat klopt niet",
    { listener: "defending" },
    // "Het was niet eerlijk dat u moest wachten" takes the participant's side: recognition, not a correction.
    /\b(niet (eerlijk|goed|oke|terecht) (dat|voor|tegenover|hoe) (u|je|jij|jullie|niemand)|not (right|fair|okay|ok) (that|for|on|to|how) (you|nobody|no one)|not (right|fair|okay) that)\b/,
  ),
  cue(
    "niet-wij",
    /\b(andere afdeling|niet (van )?(ons|wij|onze afdeling|ons team|het team)|niet aan ons|geen schuld|niets mee te maken|niet onze fout|fout van|not us|not our (fault|team|ward|department)|another department|not to blame|nothing to do with us|not down to us|(was|is) the (\w+ )?(department|council|office|shift)'?s? fault|it was the \w+'s fault|wasn'?t my colleague|niet mijn collega|niet ik|not me)\b/,
    "dat was een ander",
    { listener: "defending" },
  ),
  cue(
    "wij-juist",
    /\b(wij|we) (zijn|waren|doen|deden|hebben|hadden|werken|nemen|luisteren|staan)( \w+)? (juist|wel|wel degelijk|heus|echt|altijd|gewoon|keihard)\b|\bwel degelijk\b|\b(wij|we) (\w+ )?(altijd|juist|heus|always|definitely)\b|\bwe (actually|really|always|definitely|did|do) (\w+ )?(call|send|sent|inform|listen|work|do|care|treat|involve|communicat)\w*|\b(our|onze) (staff|nurses|medewerkers|verpleging|verpleegkundigen|beveiliging|team)\b.*\b(juist|actually|really|wel degelijk|heel|very)\b/,
    "wij doen juist…",
  ),
  cue("wij", /\b(wij|we|ons|onze|our|us)\b/, "wij"),
  // Solving: promises, offers, advice.
  cue(
    "belofte",
    /\b(ik|wij|we) (bel|bellen|zorg|zorgen|regel|regelen|zoek|stuur|sturen|beloof|beloven|kom|pak|pakken|los|lossen|neem) (\w+ ){0,4}(morgen|ervoor|dat|uit|op|langs|na|toe|terug|contact|door|het|u|je|jullie)\b|\b(ik|wij|we) (ga|gaan|zal|zullen) (\w+ ){0,3}(regelen|oplossen|aanpassen|veranderen|zorgen|bellen|oppakken|uitzoeken|invoeren|verbeteren|maken|doen|bespreken|halveren|herschrijven)\b|\b(i'll|we'll|i will|we will|we're going to|i'm going to|i promise|we promise)\b|\blet me (find|look|check|sort|see|arrange)\b|\b(zal ik|shall i|wilt u dat ik|do you want me to|kan ik u|i can give you|ik kan u)\b|\bbeloof\b|\bdat beloof\b|\b(stuur|bel|mail|app) (ik|wij|we) (u|je|jullie)\b|\b(en|dan) (stuur|bel|mail) (ik )?(u|je|jullie)\b|\bik (heb|noteer) (uw|je) (\w+ )?(nummer|mailadres|e-?mailadres|gegevens|adres)\b|\b(u|je) hoort (nog )?van (mij|ons)\b|\bi'?ve (got|noted|jotted down|written down|taken) your (\w+ )?(number|details|email|address)\b|\byou'?ll hear (back )?from (me|us)\b/,
    "ik zorg ervoor / ik bel u",
    { listener: "solving" },
    TO_HEART,
  ),
  cue(
    "advies",
    /\b(kunt u (het )?beste|kun je (het )?beste|u kunt beter|je kunt beter|mijn advies|mijn tip|een tip|ik zou (u|je) (willen )?aanraden|ik raad (u|je)|u zou eens|u moet (gewoon|echt|eens)|je moet (gewoon|echt)|volgende keer|de volgende keer|in uw plaats|als ik u was|wat u moet doen|my advice|a tip|i'?d recommend|i'?d suggest|you should|your best (option|bet)|best thing is|you'?d best|next time|if i were you|what you need to do|you might want to|you could try)\b/,
    "een advies",
    { listener: "solving", facilitator: "opinion" },
  ),
  // Leading: a question that carries a reproach, an opinion or a suggestion.
  cue(
    "toch",
    /\btoch\b|\b(niet|of niet|nietwaar|right|toch)\s*\?|\b(didn'?t|weren'?t|wasn'?t|aren'?t|don'?t|isn'?t|haven'?t|hadn'?t|couldn'?t|wouldn'?t|shouldn'?t|did|do|is|was) (you|it|they|she|he|we)\s*\??\s*$|, right\s*\??$/,
    "toch? / niet?",
  ),
  cue(
    "waarom-niet",
    /\b(waarom|hoezo) (\w+ ){1,5}(niet|geen)\b|\bwhy (didn'?t|haven'?t|hadn'?t|wasn'?t|weren'?t|don'?t) (you|he|she|they)\b|\bwhy did you not\b|\b(had|heeft|kon) (u|je|uw \w+) (\w+ ){0,4}niet\b.*\bkunnen\b|\b(couldn'?t|could) you (not |just )?have\b|\b(hoe kan het|hoe komt het) dat\b|\b(how come|how is it that)\b/,
    "waarom heeft u niet…",
    { listener: "leading" },
  ),
  cue(
    "suggestie",
    /\b(zou het niet|was het niet (\w+ )?(handiger|beter|makkelijker|slimmer|logischer|prettiger)|had (u|je) niet (beter|gewoon|eerder|even)|had (het|dat|dit) (\w+ ){0,2}niet (\w+ )?(beter|anders|sneller|eerder|makkelijker)|(zou|zouden|had|hadden) (een|de|het|meer|wat) (\w+ ){0,3}niet (\w+ ){0,3}(opgelost|geholpen|voorkomen|gescheeld|bespaard)|wouldn'?t it (have been|be)|would it not|isn'?t it (easier|better)|wouldn'?t you rather|wouldn'?t it make sense|(would|could|wouldn'?t|couldn'?t) (a|an|the|some|more|one|better) (\w+ ){0,3}(not )?have (solved|helped|prevented|avoided|saved|made)|(couldn'?t|could) (this|that|it|all this) (all )?(not )?have been (avoided|prevented))\b/,
    "zou het niet beter zijn…",
    { listener: "leading" },
  ),
  cue(
    "tag-vraag",
    /, ?(toch|niet|of niet|nietwaar|right|didn'?t you|don'?t you|weren'?t you|wasn'?t it|isn'?t it|aren'?t you|haven'?t you|couldn'?t you|did you|didn'?t they|did they|wasn'?t she|didn'?t she)\s*\??\s*$/,
    "…, toch?",
    { listener: "leading", facilitator: "leading" },
  ),
  cue(
    "procedure",
    /\b(eerst|daarna|pas (na|als|wanneer)|gaat (eerst )?naar|wordt|worden|werd|werden|automatisch|first|only after|goes (first )?to|go to|is (done|assessed|set|made|sent|handled|decided|required)|are (generated|assessed|made|sent|required)|automatically)\b/,
    "zo gaat de procedure",
  ),
  cue(
    "wist-u",
    /\b(wist u|weet u (dat|toch)|u wist|kende u|beseft u|realiseert u|begrijpt u (toch|wel|dat)|snapt u|kunt u zich voorstellen|heeft u (er )?(wel|eigenlijk|al|weleens|wel eens|er wel)\b|did you (know|even|actually|check|read)|do you (realise|realize|understand)|you do understand|you knew|can you imagine|have you considered|have you tried|did you try|surely)\b/,
    "wist u dat…",
  ),
  cue(
    "u-zelf",
    /\b(u|je|jij|uw \w+) (\w+ ){0,3}(zelf|ook)\b|(?<!by )\byourself\b|\byou (also|too)\b/,
    "u zelf",
  ),
  cue(
    "vindt-u-niet",
    /\b(vindt|vond|vind|zou|denkt|bent) (u|je|jij|jullie) (het )?(ook|dat ook)? ?niet\b|\b(wouldn'?t you (say|agree)|don'?t you (think|agree)|didn'?t you find|isn'?t it true|would you agree|do you agree|do you all agree|is het niet|was het niet|klopt het niet|bent u het (niet )?(met mij|met me)|zijn jullie het)\b/,
    "vindt u niet…",
    { listener: "leading", facilitator: "leading" },
  ),
  cue(
    "aanname",
    /\b(vast|zeker|natuurlijk|ik neem aan|ik kan me voorstellen dat .*(toch|\?)|must have|must be|i bet|i assume|i'?m sure|of course you|obviously|surely)\b/,
    "vast / zeker",
  ),
  cue(
    "u-fout",
    /\b(verkeerd (begrepen|gelezen|verstaan|opgevat|ingevuld|gebeld)|niet goed (gelezen|begrepen|opgelet|geluisterd|ingevuld)|over het hoofd (gezien|zien)|gemist|vergeten|misunderstood|misread|misheard|overlooked|forgot|missed|mixed up|didn'?t (read|check|notice)|niet (gelezen|gecheckt|opgemerkt))\b/,
    "u heeft iets gemist",
  ),
  cue(
    "had-moeten",
    /\b(niet (de bedoeling|aan (u|jou|je|uw \w+)|uw taak|zijn taak|haar taak)|had(den)? (\w+ ){0,3}(niet )?moeten|(was|were|is|wasn'?t|weren'?t|isn'?t) (\w+ ){0,3}(not )?(supposed|meant) to|shouldn'?t (your|the|he|she|they) |(was|is) it not (your|the|up to)|wasn'?t it (your|the|up to)|up to you)\b/,
    "had … niet moeten",
  ),
  cue(
    "negatieve-vraag",
    /^(was|were|is|are|did|do|does|had|has|have|could|would|should|can|will)( [\w']+){1,4} not\b|^(wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|don'?t|doesn'?t|hadn'?t|hasn'?t|haven'?t|couldn'?t|wouldn'?t|shouldn'?t|can'?t|won'?t)\b|^(was|waren|is|had|hadden|heeft|hebt|kon|kunt|zou|zouden|moest|wist|wilde|hoefde)( \w+){1,4} (niet|geen)\b/,
    "niet…?",
  ),
  cue(
    "excuses",
    /\b(sorry|excuses|het spijt (me|ons)|spijt me|betreur|had (\w+ )?(niet|nooit) (zo )?mogen (gebeuren|gaan|lopen)|hoort (het )?niet|niet (oke|ok|in orde|goed|eerlijk) (dat|hoe|was)|was niet (oke|ok|in orde|goed|eerlijk)|(had|hadden) (\w+ )?anders (\w+ )?gemoeten|apologi[sz]e|apologies|i regret|should(n'?t| not| never) have (happened|gone)|never should have|not (okay|ok|right|acceptable|fair) (that|how)|was(n'?t| not) (okay|ok|right|acceptable|fair)|let you down)\b/,
    "het spijt me",
  ),
  // Owning a mistake: "we hadden u moeten bellen", "that's on us".
  cue(
    "eigen-fout",
    /\b((we|wij) (hadden|had) (\w+ ){0,4}(moeten|gemoeten)|(dat|het) ligt bij ons|(onze|mijn) fout|(we|wij) hebben (\w+ ){0,3}(fout|verkeerd) gedaan|(we|wij) hebben (u|je|jullie) (\w+ ){0,3}in de steek gelaten|we should have|that'?s on (us|me)|our (fault|mistake)|my (fault|mistake)|we (failed|let down) you|we let you down|we got (that|it|this) wrong)\b/,
    "dat is onze fout",
  ),
  // An indirect question about the experience: "ik vraag me af hoe…", "I'd like to know what…".
  cue(
    "indirecte-vraag",
    /^(ik vraag me af|ik ben (wel )?benieuwd|ik zou (graag |wel )?(willen )?(weten|begrijpen|horen)|ik wil (graag )?(weten|begrijpen|horen)|ik probeer (te begrijpen|het me voor te stellen)|i'?d (really )?(like|love|want) to (know|understand|hear)|i'?m (wondering|curious|trying to understand)|i was wondering|i wonder)( \w+){0,4}? (hoe|wat|wie|waar|wanneer|welke|waarom|how|what|who|where|when|which|why)\b/,
    "ik vraag me af hoe…",
  ),
  cue(
    "een-feit",
    /^(hoe (oud|lang|laat|vaak|veel)|hoeveel|hoelang|om hoe laat|op welke (dag|datum)|welke (dag|datum|maand)|how (old|long|many|much|often)|what time|which (day|date|month)|on what (day|date))\b/,
    "één feit",
  ),
  // Allowed kinds.
  cue(
    "open-vraag",
    /^(hoe|wat|wie|waar|wanneer|welke|waarover|waardoor|kunt u (vertellen|beschrijven|een voorbeeld|iets)|kun je (vertellen|beschrijven)|vertel|zou u (willen|kunnen) vertellen|how|what|who|where|when|which|could you (tell|describe|give|say)|can you (tell|describe)|tell (us|me))\b/,
    "een open vraag",
  ),
  cue(
    "bedoelt-u",
    /\b(wat bedoel(t|de)? (u|je)|bedoelt u|what do you mean|what did you mean|do you mean)\b/,
    "wat bedoelt u",
  ),
  cue("dank", /\b(dank|bedankt|thank|thanks|grateful|dankbaar|waardeer|appreciate)\b/, "dank u"),
  cue(
    "raakt",
    /\b(raakt|raakte|geraakt|komt (bij mij )?binnen|blijft (me|mij) bij|moedig|dapper|indrukwekkend|onder de indruk|stil van|herken|touches|touched|moved|lands|landed|stays with me|brave|impressed|heartbreaking|recognise what)\b/,
    "dat raakt me",
  ),
  // Doubting, checking or correcting what participants told is taking sides (F-NEUTRAL), however
  // orderly it sounds ("laten we eerst nagaan…"). Checking one's own summary is not: "klopt dat?" after a
  // summary, "corrigeer me", "heb ik het goed".
  cue(
    "verhalen-toetsen",
    /\b((welke|wat|hoeveel|of) (\w+ ){0,3}(verhalen|verhaal|dingen|ervaringen|beweringen|klachten|voorbeelden|punten|wat (er |hier )?(is |werd )?(gezegd|verteld)) (\w+ ){0,3}(echt |wel |nou |feitelijk |werkelijk |helemaal |precies )?(klopt|klopte|klopten|kloppen|waar (is|was|zijn|waren)|juist (is|was|zijn|waren)|fout|onjuist|overdreven|verzonnen|echt gebeurd)|(nagaan|checken|controleren|natrekken|nakijken|verifi[eë]ren|toetsen|uitzoeken|vaststellen) (of|welke|wat) (\w+ ){0,5}(klopt|klopte|klopten|kloppen|waar|juist|echt gebeurd|overdreven)|(is|was|werd|wordt|zijn|waren|worden|werden) (\w+ ){0,2}(wat |een beetje |nogal |flink |behoorlijk |erg )?(overdreven|aangedikt|verzonnen|opgeblazen)|\boverdrijft|\boverdrijven|feitelijk (niet )?(juist|onjuist|fout|correct|klopt|waar)|de feiten (op een rij|rechtzetten|even recht)|(which|what|how many|whether|if) (\w+ ){0,3}(stories|story|things|accounts|claims|complaints|examples|points|what was (said|told)) (\w+ ){0,3}(were|was|are|is) (\w+ )?(actually |really |factually |entirely |even |in fact )?(true|false|wrong|right|accurate|correct|exaggerated|made up|real)|(check|verify|establish|find out|look into|work out|confirm) (whether|if|which|what|how much) (\w+ ){0,5}(true|false|accurate|correct|right|wrong|exaggerated|really happened|actually happened)|(was|is|were|are|got|been) (\w+ ){0,2}(a bit |somewhat |rather |a little |quite |heavily |wildly )?(exaggerated|overstated|blown out of proportion|made up)|\bexaggerat(e|es|ing)\b|factually (wrong|incorrect|right|correct|true|accurate|inaccurate)|fact[- ]?check\w*|(set|put) the record straight|(get|getting) (the|our) facts (straight|right))/,
    "nagaan of het verhaal klopt",
    { facilitator: "opinion" },
    /\b(corrigeer (me|mij)|verbeter (me|mij)|(me|mij) (gerust )?(corrigeren|verbeteren)|heb ik (het|dat) goed|begrijp ik (het|dat) goed|correct me|tell me if i|have i got (that|it) right|did i get (that|it) right)\b/,
  ),
  cue(
    "samenvatting",
    /\b(als ik (u|je|jullie|het) goed (begrijp|hoor|heb gehoord|samenvat)|samengevat|samenvattend|even samenvatten|ik vat (het )?(even )?samen|(?<!(alles|na) )wat ik (u |jullie )?hoor|ik hoor (u|je|jullie) zeggen|u zegt (eigenlijk|dus)|je zegt eigenlijk|heb ik (dat|het) goed|hoor ik dat goed|het klinkt alsof|if i understand|if i heard|if i hear|to sum up|let me (sum|summari[sz]e|check)|if i can summari[sz]e|in short|what i'?m hearing|what i hear|i hear you say|you'?re (basically )?saying|have i got (that|it) right|did i hear (that|you) right|it sounds (like|as if))\b/,
    "als ik u goed begrijp",
    { facilitator: "summary" },
  ),
  cue("dus", /^(dus|so)\b|\b(u|you) (\w+ )?dus\b/, "dus"),
  cue(
    "oordeel",
    /\b(ik vind|vind ik|volgens mij|ik denk dat|eerlijk gezegd|persoonlijk|ik ben het (helemaal )?(met u )?(niet )?eens|(heeft|hebt|hebben) (helemaal |volkomen |groot )?gelijk|schandalig|schande|onbegrijpelijk|onacceptabel|te gek|waardeloos|goed zo|in my (view|opinion)|i think|personally|honestly|i (completely |totally )?(dis)?agree|you'?re (absolutely |completely )?right|disgrace|outrageous|shameful|unacceptable|ridiculous|useless|well done|ik (snap|begrijp) (de|het|die|hun|hem|haar|ze) (\w+ ){0,2}(ook )?wel|ik kan me (de|hun|het|die) (\w+ ){0,2}(ook )?(wel |best |goed )?voorstellen|eerlijk is eerlijk|ik sta (hierin |hier )?(\w+ )?aan (uw|jouw|jullie|hun|de) kant|(i can|i do) (see|understand) (where|why|the) |to be fair to|i'?m (completely |totally )?on (your|their) side|if you ask me|if you want my (view|opinion))\b/,
    "een oordeel",
  ),
  cue(
    "proces",
    /\b(welkom|toehoorder\w*|buitenring|verslag|opname|opgenomen|microfoon|camera|dempen|pauze|minuten|kwartier|nagesprek|het woord|onderbreek|ronde|afronden|afsluiten|uitpraten|vertrouwelijk|volgende (onderwerp|thema|vraag|persoon)|eigen zaak|neem (gerust|rustig) de tijd|welcome|listeners?|outer ring|report|recorded|recording|microphone|mute|unmute|camera|break|minutes|follow-up|the floor|interrupt|round|wrap up|next (topic|question|theme)|move on|own case|take your time|one at a time|confidential)\b/,
    "de bijeenkomst leiden",
  ),
  cue(
    "ja-nee-vraag",
    /^(is|was|heeft|hebt|had|kreeg|kwam|duurde|bent|ben|waren|mocht|kon|werd|ging|lag|zat|sprak|belde|woont|werk|kende|weet|did|was|were|is|are|has|have|had|do|does|could)\b/,
    "een ja/nee-vraag",
  ),
];
