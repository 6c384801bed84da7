// Every problem the loader reports, in Dutch and English. A problem stores its key and parameters, so
// validate (--lang nl|en) and the game's own-scenario screen tell it in the reader's language. Text
// parameters arrive already clipped and made visible (problems.ts), so they are quoted as they are.

export type Lang = "nl" | "en";
export type Param = string | number | boolean | readonly string[];
export type Params = Readonly<Record<string, Param>>;
type Said = { message: string; fix?: string };
type Say = (p: P) => Said | string;

/** Typed access to parameters: a missing one shows as "?" rather than "undefined". */
class P {
  constructor(private readonly params: Params) {}
  s(key: string): string {
    const v = this.params[key];
    return v === undefined ? "?" : Array.isArray(v) ? v.join(", ") : String(v);
  }
  n(key: string): number {
    const v = this.params[key];
    return typeof v === "number" ? v : Number(v);
  }
  has(key: string): boolean {
    return this.params[key] !== undefined && this.params[key] !== false;
  }
  list(key: string, lang: Lang): string {
    const v = this.params[key];
    const items = Array.isArray(v) ? v : v === undefined ? [] : [String(v)];
    const total = this.has(`${key}Total`) ? this.n(`${key}Total`) : items.length;
    const more = total - items.length;
    return more > 0
      ? `${items.join(", ")} ${lang === "nl" ? `en nog ${more}` : `and ${more} more`}`
      : items.join(", ");
  }
  guess(lang: Lang): string {
    if (!this.has("guess")) return "";
    return lang === "nl" ? ` — bedoel je '${this.s("guess")}'?` : ` — did you mean '${this.s("guess")}'?`;
  }
}

/** What was found where something else was expected (check-shape's `foundKind` and `foundValue`). */
function found(p: P, lang: Lang): string {
  const v = p.s("foundValue");
  const nl = lang === "nl";
  switch (p.s("foundKind")) {
    case "null":
      return "null";
    case "list":
      return nl ? "een lijst" : "a list";
    case "object":
      return nl ? "een object" : "an object";
    case "text":
      return nl ? `de tekst "${v}"` : `the text "${v}"`;
    case "number":
      return nl ? `het getal ${v}` : `number ${v}`;
    case "boolean":
      return nl ? `de waarde ${v}` : `boolean ${v}`;
    default:
      return nl ? "een waarde" : "a value";
  }
}

const KIND_WORDS: Record<string, { en: string; nl: string }> = {
  "#object": { en: "an object", nl: "een object" },
  "#list": { en: "a list", nl: "een lijst" },
  "#text": { en: "a text", nl: "een tekst" },
  "#integer": { en: "a whole number", nl: "een geheel getal" },
  "#number": { en: "a number", nl: "een getal" },
  "#boolean": { en: "true or false", nl: "true of false" },
  "#value": { en: "a value", nl: "een waarde" },
};

/** What the schema expects (check-shape's `expected`: kind words like "#object", or JSON literals). */
function expected(p: P, lang: Lang): string {
  const v = (p as unknown as { params: Params }).params.expected;
  const tokens = Array.isArray(v) ? v : [String(v ?? "#value")];
  const words = tokens.map((t) => (Object.hasOwn(KIND_WORDS, t) ? (KIND_WORDS[t]?.[lang] ?? t) : t));
  if (p.has("oneOf")) return `${lang === "nl" ? "één van" : "one of"} ${words.join(", ")}`;
  return words.join(lang === "nl" ? " of " : " or ");
}

const loopOf = (p: P) =>
  p
    .s("loop")
    .split(", ")
    .map((b) => (b === "…" ? b : `'${b}'`))
    .join(" → ");

const langName = (lang: string, in_: Lang) =>
  in_ === "nl" ? (lang === "en" ? "Engelse" : "Nederlandse") : lang === "en" ? "English" : "Dutch";

const ROLE_NL: Record<string, string> = {
  facilitator: "gespreksleider",
  listener: "toehoorder",
  organiser: "organisator",
};
const roleNl = (r: string) => (Object.hasOwn(ROLE_NL, r) ? (ROLE_NL[r] as string) : r);

const entry = (code: string, en: Say, nl: Say) => ({ code, en, nl });

const SAY_OR_DO = {
  en: 'add "say" with the words said aloud (without quotes), or "do" with what is done in the third person, without the subject: { "nl": "houdt zich in", "en": "holds back" }',
  nl: 'voeg "say" toe met de woorden die hardop gezegd worden (zonder aanhalingstekens), of "do" met wat er gedaan wordt in de derde persoon, zonder onderwerp: { "nl": "houdt zich in", "en": "holds back" }',
};

export const MESSAGES = {
  // parse.ts
  "file-too-large": entry(
    "file-too-large",
    (p) => ({
      message: `the file is ${p.s("mb")} MB; a scenario may be at most ${p.s("max")} MB`,
      fix: "split it into several scenarios, or move long texts out",
    }),
    (p) => ({
      message: `het bestand is ${p.s("mb")} MB; een scenario mag hoogstens ${p.s("max")} MB zijn`,
      fix: "verdeel het over meer scenario's, of kort lange teksten in",
    }),
  ),
  "too-deep": entry(
    "too-deep",
    (p) => ({
      message: `the file nests ${p.s("depth")} levels deep; at most ${p.s("max")} are allowed`,
      fix: "conditions nest 'all'/'any'/'not': flatten them",
    }),
    (p) => ({
      message: `het bestand nest ${p.s("depth")} niveaus diep; hoogstens ${p.s("max")} mogen`,
      fix: "voorwaarden nesten 'all'/'any'/'not': maak ze platter",
    }),
  ),
  "json-syntax": entry(
    "json-syntax",
    (p) => ({
      message: `this is not valid JSON at line ${p.s("line")}, column ${p.s("column")}: ${JSON_WANT[p.s("want")]?.en ?? "unexpected text"}, but found ${p.s("found") === "" ? "the end of the file" : `'${p.s("found")}'`}`,
      fix: `look just before that spot for a missing comma or quote, or a comma after the last item; a quote inside a text must be written as \\"`,
    }),
    (p) => ({
      message: `dit is geen geldige JSON op regel ${p.s("line")}, kolom ${p.s("column")}: ${JSON_WANT[p.s("want")]?.nl ?? "onverwachte tekst"}, maar er staat ${p.s("found") === "" ? "het einde van het bestand" : `'${p.s("found")}'`}`,
      fix: `kijk vlak voor die plek naar een ontbrekende komma of een ontbrekend aanhalingsteken, of een komma na het laatste item; een aanhalingsteken binnen een tekst schrijf je als \\"`,
    }),
  ),
  // load.ts, migrate.ts
  "not-an-object": entry(
    "not-an-object",
    () => "a scenario is one JSON object, starting with '{'",
    () => "een scenario is één JSON-object, dat begint met '{'",
  ),
  "missing-format-version": entry(
    "missing-format-version",
    (p) => ({
      message: "the file does not say which format version it is written in",
      fix: `add "formatVersion": ${p.s("current")} at the top`,
    }),
    (p) => ({
      message: "het bestand zegt niet in welke versie van het formaat het geschreven is",
      fix: `zet "formatVersion": ${p.s("current")} bovenaan`,
    }),
  ),
  "bad-format-version": entry(
    "bad-format-version",
    (p) => ({
      message: `formatVersion must be a whole number from 1, not ${p.s("value")}`,
      fix: `use "formatVersion": ${p.s("current")}`,
    }),
    (p) => ({
      message: `formatVersion moet een geheel getal vanaf 1 zijn, niet ${p.s("value")}`,
      fix: `gebruik "formatVersion": ${p.s("current")}`,
    }),
  ),
  "older-format": entry(
    "older-format",
    (p) => ({
      message: `this scenario is written in format version ${p.s("version")}; it was read as version ${p.s("current")}: wholly quoted choice texts became "say", lines in parentheses became stage directions ("direction": true)`,
      fix: `write it as version ${p.s("current")}: give the computer's choices "say" or "do", mark stage directions with "direction": true, then set "formatVersion": ${p.s("current")} (docs/scenario-format.md)`,
    }),
    (p) => ({
      message: `dit scenario is geschreven in formaatversie ${p.s("version")}; het is gelezen als versie ${p.s("current")}: keuzeteksten die helemaal tussen aanhalingstekens stonden werden "say", regels tussen haakjes werden regieaanwijzingen ("direction": true)`,
      fix: `schrijf het als versie ${p.s("current")}: geef de keuzes van de computer "say" of "do", markeer regieaanwijzingen met "direction": true, en zet dan "formatVersion": ${p.s("current")} (docs/scenario-format.md)`,
    }),
  ),
  "newer-format": entry(
    "newer-format",
    (p) => ({
      message: `this scenario is written in format version ${p.s("version")}, newer than this Spiegelspel understands (${p.s("current")})`,
      fix: "update Spiegelspel, or ask the author for a version-1 file",
    }),
    (p) => ({
      message: `dit scenario is geschreven in formaatversie ${p.s("version")}, nieuwer dan deze Spiegelspel begrijpt (${p.s("current")})`,
      fix: "werk Spiegelspel bij, of vraag de auteur om een bestand in versie 1",
    }),
  ),
  "no-migration": entry(
    "no-migration",
    (p) => `format version ${p.s("version")} can no longer be read`,
    (p) => `formaatversie ${p.s("version")} kan niet meer gelezen worden`,
  ),
  // check-shape.ts
  "wrong-const": entry(
    "wrong-value",
    (p) => `expected ${p.s("expected")}, found ${found(p, "en")}`,
    (p) => `verwacht ${p.s("expected")}, gevonden: ${found(p, "nl")}`,
  ),
  "not-allowed": entry(
    "wrong-value",
    (p) => ({
      message: `${found(p, "en")} is not allowed here${p.guess("en")}`,
      fix: `use one of: ${p.s("allowed")}`,
    }),
    (p) => ({
      message: `${found(p, "nl")} mag hier niet${p.guess("nl")}`,
      fix: `gebruik één van: ${p.s("allowed")}`,
    }),
  ),
  "one-key": entry(
    "one-key",
    (p) => ({
      message:
        p.n("count") === 0
          ? "this object is empty"
          : `this object has ${p.n("count")} keys (${p.list("keys", "en")})`,
      fix: `give exactly one of: ${p.s("names")}`,
    }),
    (p) => ({
      message:
        p.n("count") === 0
          ? "dit object is leeg"
          : `dit object heeft ${p.n("count")} sleutels (${p.list("keys", "nl")})`,
      fix: `geef precies één van: ${p.s("names")}`,
    }),
  ),
  "unknown-effect": entry(
    "unknown-name",
    (p) => ({
      message: `unknown effect '${p.s("name")}'${p.guess("en")}`,
      fix: `use one of: ${p.s("names")}`,
    }),
    (p) => ({
      message: `onbekend effect '${p.s("name")}'${p.guess("nl")}`,
      fix: `gebruik één van: ${p.s("names")}`,
    }),
  ),
  "unknown-condition": entry(
    "unknown-name",
    (p) => ({
      message: `unknown condition '${p.s("name")}'${p.guess("en")}`,
      fix: `use one of: ${p.s("names")}`,
    }),
    (p) => ({
      message: `onbekende voorwaarde '${p.s("name")}'${p.guess("nl")}`,
      fix: `gebruik één van: ${p.s("names")}`,
    }),
  ),
  "wrong-type": entry(
    "wrong-type",
    (p) => `expected ${expected(p, "en")}, found ${found(p, "en")}`,
    (p) => `verwacht ${expected(p, "nl")}, gevonden: ${found(p, "nl")}`,
  ),
  "wrong-type-boolean": entry(
    "wrong-type",
    (p) => ({
      message: `expected true or false, found ${found(p, "en")}`,
      fix: "write true or false without quotes",
    }),
    (p) => ({
      message: `verwacht true of false, gevonden: ${found(p, "nl")}`,
      fix: "schrijf true of false zonder aanhalingstekens",
    }),
  ),
  "wrong-type-object": entry(
    "wrong-type",
    (p) => {
      const said: Said = { message: `expected an object { … }, found ${found(p, "en")}` };
      if (p.has("asText")) said.fix = `write the text per language: { "nl": "${p.s("asText")}", "en": "…" }`;
      return said;
    },
    (p) => {
      const said: Said = { message: `verwacht een object { … }, gevonden: ${found(p, "nl")}` };
      if (p.has("asText")) said.fix = `schrijf de tekst per taal: { "nl": "${p.s("asText")}", "en": "…" }`;
      return said;
    },
  ),
  "wrong-type-list": entry(
    "wrong-type",
    (p) => `expected a list [ … ], found ${found(p, "en")}`,
    (p) => `verwacht een lijst [ … ], gevonden: ${found(p, "nl")}`,
  ),
  "wrong-type-text": entry(
    "wrong-type",
    (p) => {
      const said: Said = { message: `expected a text in quotes, found ${found(p, "en")}` };
      if (p.has("quoted")) said.fix = `put it in quotes: "${p.s("quoted")}"`;
      return said;
    },
    (p) => {
      const said: Said = {
        message: `verwacht een tekst tussen aanhalingstekens, gevonden: ${found(p, "nl")}`,
      };
      if (p.has("quoted")) said.fix = `zet het tussen aanhalingstekens: "${p.s("quoted")}"`;
      return said;
    },
  ),
  "wrong-type-number": entry(
    "wrong-type",
    (p) => ({
      message: `expected a number, found ${found(p, "en")}`,
      fix: p.has("asNumber")
        ? `write the number without quotes: ${p.s("asNumber")}`
        : "write a number without quotes, such as 5",
    }),
    (p) => ({
      message: `verwacht een getal, gevonden: ${found(p, "nl")}`,
      fix: p.has("asNumber")
        ? `schrijf het getal zonder aanhalingstekens: ${p.s("asNumber")}`
        : "schrijf een getal zonder aanhalingstekens, zoals 5",
    }),
  ),
  "not-whole": entry(
    "wrong-type",
    (p) => `expected a whole number, found ${p.s("value")}`,
    (p) => `verwacht een geheel getal, gevonden: ${p.s("value")}`,
  ),
  "below-minimum": entry(
    "out-of-range",
    (p) => `${p.s("value")} is below the minimum ${p.s("min")}`,
    (p) => `${p.s("value")} is lager dan het minimum ${p.s("min")}`,
  ),
  "above-maximum": entry(
    "out-of-range",
    (p) => `${p.s("value")} is above the maximum ${p.s("max")}`,
    (p) => `${p.s("value")} is hoger dan het maximum ${p.s("max")}`,
  ),
  missing: entry(
    "missing",
    (p) => ({ message: `'${p.s("key")}' is missing`, fix: `add "${p.s("key")}": ${expected(p, "en")}` }),
    (p) => ({ message: `'${p.s("key")}' ontbreekt`, fix: `voeg "${p.s("key")}": ${expected(p, "nl")} toe` }),
  ),
  "unknown-field": entry(
    "unknown-field",
    (p) => ({
      message: `unknown field '${p.s("key")}'${p.guess("en")}`,
      fix: `allowed here: ${p.s("known")}`,
    }),
    (p) => ({
      message: `onbekend veld '${p.s("key")}'${p.guess("nl")}`,
      fix: `hier toegestaan: ${p.s("known")}`,
    }),
  ),
  "too-few": entry(
    "too-few",
    (p) => `needs at least ${p.s("min")} item(s), has ${p.s("count")}`,
    (p) => `heeft minstens ${p.s("min")} item(s) nodig, heeft er ${p.s("count")}`,
  ),
  "too-many": entry(
    "too-many",
    (p) => `may have at most ${p.s("max")} items, has ${p.s("count")}`,
    (p) => `mag hoogstens ${p.s("max")} items hebben, heeft er ${p.s("count")}`,
  ),
  empty: entry(
    "empty",
    (p) => (p.n("length") === 0 ? "this text is empty" : `needs at least ${p.s("min")} characters`),
    (p) => (p.n("length") === 0 ? "deze tekst is leeg" : `heeft minstens ${p.s("min")} tekens nodig`),
  ),
  "too-long": entry(
    "too-long",
    (p) => `is ${p.s("length")} characters long; at most ${p.s("max")}`,
    (p) => `is ${p.s("length")} tekens lang; hoogstens ${p.s("max")}`,
  ),
  "bad-id": entry(
    "bad-id",
    (p) => ({
      message: `"${p.s("value")}" is not a valid id`,
      fix: "use letters, digits, '-', '_' or '.', starting with a letter or digit (no spaces)",
    }),
    (p) => ({
      message: `"${p.s("value")}" is geen geldige id`,
      fix: "gebruik letters, cijfers, '-', '_' of '.', en begin met een letter of cijfer (geen spaties)",
    }),
  ),
  // check-refs.ts
  "key-rule-of-other-role": entry(
    "key-rule-of-other-role",
    (p) => `${p.s("rule")} is a rule for the ${p.s("ruleRole")}, not the ${p.s("role")}`,
    (p) =>
      `${p.s("rule")} is een regel voor de ${roleNl(p.s("ruleRole"))}, niet voor de ${roleNl(p.s("role"))}`,
  ),
  "unknown-seat": entry(
    "unknown-seat",
    (p) => ({
      message: `unknown listener '${p.s("id")}'${p.guess("en")}`,
      fix: "the seat is the id of one of cast.listeners",
    }),
    (p) => ({
      message: `onbekende toehoorder '${p.s("id")}'${p.guess("nl")}`,
      fix: "de plaats (seat) is de id van een van cast.listeners",
    }),
  ),
  "no-roles": entry(
    "no-roles",
    () => ({ message: "no role can be played", fix: 'add at least "facilitator" or "listener" under roles' }),
    () => ({
      message: "er is geen rol om te spelen",
      fix: 'voeg onder roles minstens "facilitator" of "listener" toe',
    }),
  ),
  "no-prepared-phase": entry(
    "no-prepared-phase",
    () => "there are prepared questions but no phase of kind 'prepared-questions' to ask them in",
    () => "er zijn voorbereide vragen, maar geen fase van soort 'prepared-questions' om ze te stellen",
  ),
  "unknown-phase": entry(
    "unknown-phase",
    (p) => ({
      message: `unknown phase '${p.s("id")}'${p.guess("en")}`,
      fix: "use the id of one of the phases",
    }),
    (p) => ({
      message: `onbekende fase '${p.s("id")}'${p.guess("nl")}`,
      fix: "gebruik de id van een van de fasen",
    }),
  ),
  "end-with-next": entry(
    "end-with-next",
    () => "this beat ends the run, so its 'next' is never used",
    () => "met deze beat eindigt het spel, dus zijn 'next' wordt nooit gebruikt",
  ),
  "move-never-played": entry(
    "move-never-played",
    (p) => `this beat is only played as ${p.s("roles")}, so its ${p.s("role")} move never happens`,
    (p) =>
      `deze beat wordt alleen gespeeld als ${p.s("roles").split(", ").map(roleNl).join(", ")}, dus zijn zet voor de ${roleNl(p.s("role"))} gebeurt nooit`,
  ),
  "duplicate-id": entry(
    "duplicate-id",
    (p) => ({
      message: `${ID_WHAT[p.s("what")]?.en ?? "id"} '${p.s("id")}' is used more than once`,
      fix: "give each one its own id",
    }),
    (p) => ({
      message: `${ID_WHAT[p.s("what")]?.nl ?? "id"} '${p.s("id")}' wordt vaker dan eens gebruikt`,
      fix: "geef elk een eigen id",
    }),
  ),
  "duplicate-choice": entry(
    "duplicate-id",
    (p) => `choice id '${p.s("id")}' is used twice in this move`,
    (p) => `keuze-id '${p.s("id")}' komt twee keer voor in deze zet`,
  ),
  "reserved-id": entry(
    "reserved-id",
    (p) => ({
      message: `'${p.s("id")}' is a reserved word and cannot be a person's id`,
      fix: "choose another id",
    }),
    (p) => ({
      message: `'${p.s("id")}' is een gereserveerd woord en kan niet de id van een persoon zijn`,
      fix: "kies een andere id",
    }),
  ),
  "unknown-beat": entry(
    "unknown-beat",
    (p) => ({
      message: `unknown beat '${p.s("id")}'${p.guess("en")}`,
      fix: "use the id of one of the beats",
    }),
    (p) => ({
      message: `onbekende beat '${p.s("id")}'${p.guess("nl")}`,
      fix: "gebruik de id van een van de beats",
    }),
  ),
  "unreachable-branch": entry(
    "unreachable-branch",
    () => "the branches after one without 'when' are never tried",
    () => "de takken na een tak zonder 'when' worden nooit geprobeerd",
  ),
  "no-fallback-branch": entry(
    "no-fallback-branch",
    () => ({
      message: "the last branch has a 'when', so play could get stuck when no branch holds",
      fix: "leave out 'when' in the last branch: it is where play goes otherwise",
    }),
    () => ({
      message: "de laatste tak heeft een 'when', dus het spel kan vastlopen als geen tak geldt",
      fix: "laat 'when' weg in de laatste tak: daar gaat het spel anders heen",
    }),
  ),
  "unknown-speaker": entry(
    "unknown-speaker",
    (p) => ({
      message: `unknown speaker '${p.s("id")}'${p.guess("en")}`,
      fix: "a speaker is the id of someone in the cast, or 'facilitator' or 'organiser' (whoever has that role), or 'trainee'",
    }),
    (p) => ({
      message: `onbekende spreker '${p.s("id")}'${p.guess("nl")}`,
      fix: "een spreker is de id van iemand uit de cast, of 'facilitator' of 'organiser' (wie die rol heeft), of 'trainee'",
    }),
  ),
  // check-acts.ts
  "computer-choice-without-act": entry(
    "computer-choice-without-act",
    (p) => ({
      message: `the computer plays this choice as the ${p.s("role")} when the trainee is the ${p.s("trainee")}, but it has no "say" or "do", so the transcript can only show its button text`,
      fix: SAY_OR_DO.en,
    }),
    (p) => ({
      message: `de computer speelt deze keuze als ${roleNl(p.s("role"))} wanneer de trainee ${roleNl(p.s("trainee"))} is, maar ze heeft geen "say" of "do", dus het verslag kan alleen de tekst van de knop tonen`,
      fix: SAY_OR_DO.nl,
    }),
  ),
  "computer-choices-without-act": entry(
    "computer-choice-without-act",
    (p) => ({
      message: `and ${p.s("count")} more choices the computer plays have no "say" or "do": this one, ${p.s("places")}${p.has("more") ? ", …" : ""}`,
      fix: SAY_OR_DO.en,
    }),
    (p) => ({
      message: `en nog ${p.s("count")} keuzes die de computer speelt hebben geen "say" of "do": deze, ${p.s("places")}${p.has("more") ? ", …" : ""}`,
      fix: SAY_OR_DO.nl,
    }),
  ),
  "direction-with-id": entry(
    "direction-with-id",
    () => ({
      message: "a stage direction is not said, so it cannot be noted or quoted",
      fix: 'leave out the id, or leave out "direction": true if these are spoken words',
    }),
    () => ({
      message: "een regieaanwijzing wordt niet gezegd, dus ze kan niet genoteerd of geciteerd worden",
      fix: 'laat de id weg, of laat "direction": true weg als dit gesproken woorden zijn',
    }),
  ),
  "answer-not-participant": entry(
    "answer-not-participant",
    (p) => ({
      message: `'${p.s("who")}' is not a participant, so typed words can never address them`,
      fix: "use the id of one of cast.participants",
    }),
    (p) => ({
      message: `'${p.s("who")}' is geen deelnemer, dus getypte woorden kunnen zich nooit tot hem of haar richten`,
      fix: "gebruik de id van een van cast.participants",
    }),
  ),
  "answer-unknown-speaker": entry(
    "unknown-speaker",
    (p) => ({
      message: `unknown speaker '${p.s("id")}'`,
      fix: `the answer is usually spoken by '${p.s("who")}' itself`,
    }),
    (p) => ({
      message: `onbekende spreker '${p.s("id")}'`,
      fix: `het antwoord wordt meestal door '${p.s("who")}' zelf gegeven`,
    }),
  ),
  "story-without-when": entry(
    "story-without-when",
    () => "a story is listed as missed only when its 'when' does not hold, and this line has no 'when'",
    () =>
      "een verhaal komt alleen als gemist in de nabespreking als zijn 'when' niet geldt, en deze regel heeft geen 'when'",
  ),
  "flag-never-set": entry(
    "flag-never-set",
    (p) => ({
      message: `flag '${p.s("flag")}' is tested but no effect sets it${p.guess("en")}`,
      fix: `add {"setFlag": "${p.s("flag")}"} to the choice that should turn it on`,
    }),
    (p) => ({
      message: `vlag '${p.s("flag")}' wordt getest, maar geen effect zet hem${p.guess("nl")}`,
      fix: `voeg {"setFlag": "${p.s("flag")}"} toe aan de keuze die hem moet aanzetten`,
    }),
  ),
  "unknown-participant-condition": entry(
    "unknown-participant",
    (p) => ({
      message: `unknown participant '${p.s("id")}'${p.guess("en")}`,
      fix: "use a participant id or 'room'",
    }),
    (p) => ({
      message: `onbekende deelnemer '${p.s("id")}'${p.guess("nl")}`,
      fix: "gebruik de id van een deelnemer of 'room'",
    }),
  ),
  "unknown-participant-effect": entry(
    "unknown-participant",
    (p) => ({
      message: `unknown participant '${p.s("id")}'${p.guess("en")}`,
      fix: "use a participant id, 'all' or 'speaker'",
    }),
    (p) => ({
      message: `onbekende deelnemer '${p.s("id")}'${p.guess("nl")}`,
      fix: "gebruik de id van een deelnemer, 'all' of 'speaker'",
    }),
  ),
  "empty-range": entry(
    "empty-range",
    () => "needs 'atLeast' or 'below' (or both)",
    () => "heeft 'atLeast' of 'below' nodig (of allebei)",
  ),
  "unknown-chose-choice": entry(
    "unknown-choice",
    (p) => `beat '${p.s("beat")}' has no choice '${p.s("id")}'${p.guess("en")}`,
    (p) => `beat '${p.s("beat")}' heeft geen keuze '${p.s("id")}'${p.guess("nl")}`,
  ),
  "unknown-line": entry(
    "unknown-line",
    (p) => ({
      message: `unknown line '${p.s("id")}'${p.guess("en")}`,
      fix: "give the line an 'id' and use that",
    }),
    (p) => ({
      message: `onbekende regel '${p.s("id")}'${p.guess("nl")}`,
      fix: "geef de regel een 'id' en gebruik die",
    }),
  ),
  "flag-never-tested": entry(
    "flag-never-tested",
    (p) => ({
      message: `flag '${p.s("flag")}' is set but no condition asks about it, so it changes nothing${p.guess("en")}`,
      fix: `test it where it should make a difference ("when": {"flag": "${p.s("flag")}"}), or take this effect out`,
    }),
    (p) => ({
      message: `vlag '${p.s("flag")}' wordt gezet, maar geen voorwaarde vraagt ernaar, dus hij verandert niets${p.guess("nl")}`,
      fix: `test hem waar hij verschil moet maken ("when": {"flag": "${p.s("flag")}"}), of haal dit effect weg`,
    }),
  ),
  "verdict-of-other-role": entry(
    "verdict-of-other-role",
    (p) => ({
      message: `${p.s("rule")} is a rule for the ${p.s("ruleRole")}, but this is a ${p.s("role")} move: the ${p.s("role")}'s debrief would score a dimension that is not theirs`,
      fix: `judge this move on a rule of the ${p.s("role")} (npm run --silent cli -- rules --role ${p.s("role")})`,
    }),
    (p) => ({
      message: `${p.s("rule")} is een regel voor de ${roleNl(p.s("ruleRole"))}, maar dit is een zet van de ${roleNl(p.s("role"))}: de nabespreking zou de ${roleNl(p.s("role"))} scoren op iets dat niet van hem is`,
      fix: `beoordeel deze zet op een regel van de ${roleNl(p.s("role"))} (npm run --silent cli -- rules --role ${p.s("role")})`,
    }),
  ),
  "unknown-choice": entry(
    "unknown-choice",
    (p) =>
      `${p.s("what") === "npc" ? "npc choice" : p.s("what")} '${p.s("id")}' is not one of this move's choices${p.guess("en")}`,
    (p) =>
      `${p.s("what") === "npc" ? "npc-keuze" : p.s("what")} '${p.s("id")}' is geen van de keuzes van deze zet${p.guess("nl")}`,
  ),
  "npc-missing": entry(
    "npc-missing",
    (p) => ({
      message: `'npc' is missing: when the trainee plays the ${p.s("others")} here, the computer makes this ${p.s("role")} move and needs to know which choice`,
      fix: `add "npc": "${p.s("choice")}" (the choice the computer makes)`,
    }),
    (p) => ({
      message: `'npc' ontbreekt: als de trainee hier de ${p.s("others").split(", ").map(roleNl).join(", ")} speelt, doet de computer deze zet van de ${roleNl(p.s("role"))} en moet hij weten welke keuze`,
      fix: `voeg "npc": "${p.s("choice")}" toe (de keuze die de computer maakt)`,
    }),
  ),
  "min-over-max": entry(
    "bad-range",
    (p) => `min (${p.s("min")}) is more than max (${p.s("max")})`,
    (p) => `min (${p.s("min")}) is groter dan max (${p.s("max")})`,
  ),
  "max-over-choices": entry(
    "bad-range",
    (p) => `max (${p.s("max")}) is more than the ${p.s("count")} choices`,
    (p) => `max (${p.s("max")}) is meer dan de ${p.s("count")} keuzes`,
  ),
  "npc-count": entry(
    "bad-npc",
    (p) => `the computer's pick has ${p.s("count")} choice(s); this move needs ${p.s("min")}–${p.s("max")}`,
    (p) =>
      `de keuze van de computer heeft ${p.s("count")} optie(s); deze zet vraagt er ${p.s("min")}–${p.s("max")}`,
  ),
  "npc-list": entry(
    "bad-npc",
    (p) => `a '${p.s("kind")}' move takes one npc choice, not a list`,
    (p) => `een '${p.s("kind")}'-zet neemt één npc-keuze, geen lijst`,
  ),
  "next-in-pick": entry(
    "next-in-pick",
    () => ({ message: "in a 'pick' move play goes on at the beat's 'next'", fix: "move 'next' to the beat" }),
    () => ({
      message: "bij een 'pick'-zet gaat het spel verder bij de 'next' van de beat",
      fix: "zet 'next' bij de beat",
    }),
  ),
  "unused-field": entry(
    "unused-field",
    (p) => `'${p.s("key")}' is only used in '${p.s("kind")}' moves`,
    (p) => `'${p.s("key")}' wordt alleen gebruikt bij '${p.s("kind")}'-zetten`,
  ),
  "urge-without-timeout": entry(
    "urge-without-timeout",
    (p) => ({
      message: "an urge needs 'onTimeout': the choice that counts when the trainee lets the moment pass",
      fix: `add "onTimeout": "${p.s("choice")}" (usually the choice that holds back)`,
    }),
    (p) => ({
      message:
        "een aandrang (urge) heeft 'onTimeout' nodig: de keuze die telt als de trainee het moment laat passeren",
      fix: `voeg "onTimeout": "${p.s("choice")}" toe (meestal de keuze die zich inhoudt)`,
    }),
  ),
  "unknown-prepared-question": entry(
    "unknown-prepared-question",
    (p) => `unknown prepared question '${p.s("id")}'${p.guess("en")}`,
    (p) => `onbekende voorbereide vraag '${p.s("id")}'${p.guess("nl")}`,
  ),
  "free-text-role": entry(
    "free-text-role",
    (p) => `the utterance judge knows listeners and facilitators, not the ${p.s("role")}`,
    (p) =>
      `de beoordelaar van getypte zinnen kent toehoorders en gespreksleiders, niet de ${roleNl(p.s("role"))}`,
  ),
  "label-of-other-role": entry(
    "label-of-other-role",
    (p) => ({
      message: `the judge never gives a ${p.s("role")} the label '${p.s("label")}'`,
      fix: `labels for the ${p.s("role")}: ${p.s("labels")}`,
    }),
    (p) => ({
      message: `de beoordelaar geeft een ${roleNl(p.s("role"))} nooit het label '${p.s("label")}'`,
      fix: `labels voor de ${roleNl(p.s("role"))}: ${p.s("labels")}`,
    }),
  ),
  "missing-translation": entry(
    "missing-translation",
    (p) => ({
      message: `the ${langName(p.s("lang"), "en")} text is missing`,
      fix: `add "${p.s("lang")}": "…", or take "${p.s("lang")}" out of 'languages'`,
    }),
    (p) => ({
      message: `de ${langName(p.s("lang"), "nl")} tekst ontbreekt`,
      fix: `voeg "${p.s("lang")}": "…" toe, of haal "${p.s("lang")}" uit 'languages'`,
    }),
  ),
  "too-many-flags": entry(
    "too-many-flags",
    (p) => ({
      message: `the scenario uses ${p.s("count")} different flags; at most ${p.s("max")} are allowed`,
      fix: "a flag marks a moment that matters later: keep the ones a condition tests",
    }),
    (p) => ({
      message: `het scenario gebruikt ${p.s("count")} verschillende vlaggen; hoogstens ${p.s("max")} mogen`,
      fix: "een vlag markeert een moment dat later telt: houd alleen de vlaggen die een voorwaarde test",
    }),
  ),
  // check-graph.ts
  "role-unplayable": entry(
    "role-unplayable",
    (p) => ({
      message: `the ${p.s("role")} never gets a move: no beat reached from '${p.s("start")}' has moves.${p.s("role")}`,
      fix: `add a "${p.s("role")}" move to some beats, or take the role out of 'roles'`,
    }),
    (p) => ({
      message: `de ${roleNl(p.s("role"))} krijgt nooit een zet: geen beat die vanaf '${p.s("start")}' bereikt wordt heeft moves.${p.s("role")}`,
      fix: `geef enkele beats een "${p.s("role")}"-zet, of haal de rol uit 'roles'`,
    }),
  ),
  "role-never-ends": entry(
    "role-never-ends",
    (p) => ({
      message: `playing as ${p.s("role")}, no beat with "end": true can be reached from '${p.s("start")}'`,
      fix: 'mark the last beat (usually in the follow-up) with "end": true',
    }),
    (p) => ({
      message: `als ${roleNl(p.s("role"))} is vanaf '${p.s("start")}' geen beat met "end": true te bereiken`,
      fix: 'markeer de laatste beat (meestal in de nabespreking) met "end": true',
    }),
  ),
  "unreachable-beat": entry(
    "unreachable-beat",
    (p) => ({
      message: `beat '${p.s("id")}' is never reached, in any role`,
      fix: "point a 'next' at it, or remove it",
    }),
    (p) => ({
      message: `beat '${p.s("id")}' wordt nooit bereikt, in geen enkele rol`,
      fix: "laat een 'next' ernaar wijzen, of haal hem weg",
    }),
  ),
  "dead-end": entry(
    "dead-end",
    (p) => ({
      message: `play stops at beat '${p.s("id")}'${p.has("via") ? ` after choice '${p.s("via")}'` : ""} (as ${p.s("role")}): there is no 'next' and no "end": true`,
      fix: "give the beat (or the choice) a 'next', or mark it \"end\": true",
    }),
    (p) => ({
      message: `het spel stopt bij beat '${p.s("id")}'${p.has("via") ? ` na keuze '${p.s("via").replace("free text", "getypte tekst").replace("(otherwise)", "(anders)")}'` : ""} (als ${roleNl(p.s("role"))}): er is geen 'next' en geen "end": true`,
      fix: "geef de beat (of de keuze) een 'next', of markeer hem met \"end\": true",
    }),
  ),
  "phase-order": entry(
    "phase-order",
    (p) => ({
      message: `'${p.s("from")}' (phase '${p.s("fromPhase")}') leads back to '${p.s("to")}' in the earlier phase '${p.s("toPhase")}'`,
      fix: "phases run in the order of 'phases'; point 'next' at a beat of this phase or a later one",
    }),
    (p) => ({
      message: `'${p.s("from")}' (fase '${p.s("fromPhase")}') leidt terug naar '${p.s("to")}' in de eerdere fase '${p.s("toPhase")}'`,
      fix: "fasen lopen in de volgorde van 'phases'; laat 'next' wijzen naar een beat van deze fase of een latere",
    }),
  ),
  loop: entry(
    "loop",
    (p) => ({
      message: `a path never ends: ${loopOf(p)} goes round in a loop`,
      fix: "every path must move on to an end; send one of these beats forward instead",
    }),
    (p) => ({
      message: `een pad eindigt nooit: ${loopOf(p)} draait rond in een kring`,
      fix: "elk pad moet doorgaan naar een einde; stuur een van deze beats vooruit",
    }),
  ),
  // src/cli/commands/validate.ts
  "no-schema-link": entry(
    "no-schema-link",
    (p) => ({
      message: 'there is no "$schema" line, so editors cannot complete or check this file',
      fix: `add "$schema": "${p.s("want")}" at the top`,
    }),
    (p) => ({
      message: 'er is geen "$schema"-regel, dus editors kunnen dit bestand niet aanvullen of controleren',
      fix: `zet "$schema": "${p.s("want")}" bovenaan`,
    }),
  ),
  "schema-link": entry(
    "schema-link",
    (p) => ({
      message: `"$schema" points to '${p.s("link")}', which is not there seen from this file; editors cannot check it`,
      fix: `use "$schema": "${p.s("want")}"`,
    }),
    (p) => ({
      message: `"$schema" wijst naar '${p.s("link")}', dat vanaf dit bestand niet bestaat; editors kunnen het niet controleren`,
      fix: `gebruik "$schema": "${p.s("want")}"`,
    }),
  ),
  unreadable: entry(
    "unreadable",
    (p) => `cannot read '${p.s("file")}': ${p.s("why")}`,
    (p) => `kan '${p.s("file")}' niet lezen: ${p.s("why")}`,
  ),
  // check-cards.ts
  "card-one-sided": entry(
    "card-one-sided",
    (p) =>
      p.s("lacks") === "good"
        ? {
            message: "this card tells only what went badly: nothing in 'lived' is marked good or mixed",
            fix: 'add what went well, in the participant\'s own words, with "tone": "good": the facilitator must be able to ask for both (F-BALANCE)',
          }
        : {
            message: "this card tells only what went well: nothing in 'lived' is marked bad or mixed",
            fix: 'add what went badly or could be better, with "tone": "bad": without it the player has nothing to hold back or open up about',
          },
    (p) =>
      p.s("lacks") === "good"
        ? {
            message: "deze kaart vertelt alleen wat slecht ging: niets in 'lived' is good of mixed",
            fix: 'voeg toe wat goed ging, in de eigen woorden van de deelnemer, met "tone": "good": de gespreksleider moet naar allebei kunnen vragen (F-BALANCE)',
          }
        : {
            message: "deze kaart vertelt alleen wat goed ging: niets in 'lived' is bad of mixed",
            fix: 'voeg toe wat slecht ging of beter kan, met "tone": "bad": zonder dat heeft de speler niets om in te houden of over open te gaan',
          },
  ),
} as const;

export type MessageKey = keyof typeof MESSAGES;

const ID_WHAT: Record<string, { en: string; nl: string }> = {
  beat: { en: "beat id", nl: "beat-id" },
  phase: { en: "phase id", nl: "fase-id" },
  person: { en: "person id", nl: "persoons-id" },
  line: { en: "line id", nl: "regel-id" },
  prepared: { en: "prepared question id", nl: "id van voorbereide vraag" },
};

/** What the JSON reader wanted where the text went wrong (parse.ts names the state). */
const JSON_WANT: Record<string, { en: string; nl: string }> = {
  value: {
    en: "expected a value (a text in quotes, a number, true, false, null, { or [)",
    nl: "verwacht een waarde (een tekst tussen aanhalingstekens, een getal, true, false, null, { of [)",
  },
  key: { en: "expected a name in quotes", nl: "verwacht een naam tussen aanhalingstekens" },
  keyOrEnd: {
    en: "expected a name in quotes or '}'",
    nl: "verwacht een naam tussen aanhalingstekens of '}'",
  },
  colon: { en: "expected ':' after the name", nl: "verwacht ':' na de naam" },
  commaInObject: { en: "expected ',' or '}'", nl: "verwacht ',' of '}'" },
  commaInList: { en: "expected ',' or ']'", nl: "verwacht ',' of ']'" },
  valueOrEnd: { en: "expected a value or ']'", nl: "verwacht een waarde of ']'" },
  done: { en: "expected the end of the file", nl: "verwacht het einde van het bestand" },
  stringEnd: {
    en: "a text is not closed: its closing quote is missing",
    nl: "een tekst is niet afgesloten: het sluitende aanhalingsteken ontbreekt",
  },
  stringControl: {
    en: "a text may not hold a line break or control character (write \\n)",
    nl: "een tekst mag geen regeleinde of stuurteken bevatten (schrijf \\n)",
  },
  escape: {
    en: 'a backslash in a text must start \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits',
    nl: 'een backslash in een tekst moet beginnen aan \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t of \\u met vier hexadecimale cijfers',
  },
  unknown: { en: "unexpected text", nl: "onverwachte tekst" },
};

/** A problem's message and fix in a language. */
export function renderMessage(key: MessageKey, params: Params, lang: Lang): Said {
  const said = MESSAGES[key][lang](new P(params));
  return typeof said === "string" ? { message: said } : said;
}
