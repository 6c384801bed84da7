// The small words that carry the shape of an utterance rather than its topic: pronouns, auxiliaries,
// particles ("toch", "wel", "juist"), question words, negation, and the few verbs of promising and
// judging. Kept as themselves in the skeleton features, so a pattern such as "u had toch … kunnen"
// generalises across topics the corpus never mentions.

const NL = `de het een en of maar want dus toch ook wel niet geen nooit altijd al nog even gewoon juist echt
eigenlijk misschien zeker vast natuurlijk heus degelijk alleen zelf ik mij me mijn u uw je jij jouw jullie wij
we ons onze hij zij ze haar hem zijn dat dit die deze daar hier er wat wie waar wanneer waarom hoe welke welk
hoeveel hoelang hoezo waarover waardoor is was waren ben bent heb hebt heeft hebben had hadden zal zult zullen
zou zouden kan kunt kun kunnen kon konden mag mogen mocht moet moeten moest wil wilt willen wilde ga gaat gaan
ging gegaan word wordt worden werd doe doet doen deed gedaan laat laten kom komt komen kwam vind vindt vinden
vond vond denk denkt dacht weet wist weten beseft begrijp begrijpt snapt bedoel bedoelt bedoelde zeg zegt zei
hoor hoort hoorde klopt dank bedankt als omdat doordat zodat dan voor na van met op aan bij naar in uit over
om tot door zonder tegen ja nee oke sorry graag alstublieft beste heel erg te zo nu straks morgen voortaan
volgende keer bel zorg regel zoek stuur beloof help neem pak geef lossen advies tip samengevat samenvatten
begrijp gelijk eens vraag vragen vertellen vertel beschrijven voorbeeld verduidelijking info uitleg reden komt
ligt wettelijk beleid regels protocol procedure systeem schuld klopt eerlijk toehoorders ronde woord tijd
minuten pauze verslag welkom onderbreek wachten stoppen afronden gevoel voelde voelt ervaren ervaring`;

const EN = `the a an and or but so still also well not no never always already yet just actually really maybe
surely certainly course obviously even only yourself myself ourselves i me my you your we us our he she they
them his her it that this those these there here what who where when why which how is was are were am be been
being have has had do does did will would shall should can could may might must i'll we'll you'll i'd you'd
we'd i'm you're we're it's that's there's what's don't didn't doesn't isn't wasn't aren't weren't haven't
hasn't hadn't won't wouldn't can't couldn't shouldn't let's let think thought know knew realise realize
understand mean meant say said saying hear hearing heard agree thank thanks if because since for to from with
on at in by about after before without against yes okay sorry please right true fair now later tomorrow next
time call make sure sort fix send promise help take give advice tip sum summarise clarify explain reason due
law policy rules protocol procedure system fault blame listeners round floor minutes break report welcome
interrupt wait stop wrap feel felt feeling experience example tell describe`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(`${NL} ${EN}`.split(/\s+/).filter(Boolean));
