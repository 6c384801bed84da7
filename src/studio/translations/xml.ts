// A small, strict XML reader for translators' files: elements, attributes, text, CDATA, comments and
// the XML declaration. No DTD (a DOCTYPE is refused, and with it every entity trick), no namespaces
// beyond dropping a prefix. Pure, so it runs in tests and workers alike; it says at which line a file
// breaks rather than guessing what was meant.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  line: number;
}

/** What went wrong, in both languages of the studio. */
export type Said = { en: string; nl: string };

export class XmlError extends Error {
  constructor(
    readonly line: number,
    readonly detail: Said,
  ) {
    super(detail.en);
  }
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const SPACE = /\s*/y;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(text: string): XmlElement {
  const s = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let i = 0;
  // Lines counted on from the last place asked about: the reader asks in document order, mostly.
  let known = 0;
  let knownLine = 1;
  const lineAt = (at: number) => {
    if (at < known) {
      known = 0;
      knownLine = 1;
    }
    for (; known < at && known < s.length; known++) if (s.charCodeAt(known) === 10) knownLine++;
    return knownLine;
  };
  const fail = (detail: Said, at = i): never => {
    throw new XmlError(lineAt(at), detail);
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
      if (!whole.endsWith(";"))
        fail(
          {
            en: "an '&' that does not start an entity (write &amp;)",
            nl: "een '&' die geen entiteit begint (schrijf &amp;)",
          },
          at,
        );
      if (name.startsWith("#x") || name.startsWith("#X")) {
        const code = Number.parseInt(name.slice(2), 16);
        if (!/^[0-9a-fA-F]+$/.test(name.slice(2)) || code > 0x10ffff)
          fail({ en: `'&${name};' is not a character`, nl: `'&${name};' is geen teken` }, at);
        return String.fromCodePoint(code);
      }
      if (name.startsWith("#")) {
        const code = Number(name.slice(1));
        if (!/^\d+$/.test(name.slice(1)) || code > 0x10ffff)
          fail({ en: `'&${name};' is not a character`, nl: `'&${name};' is geen teken` }, at);
        return String.fromCodePoint(code);
      }
      const known = Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
      return known ?? fail({ en: `unknown entity '&${name};'`, nl: `onbekende entiteit '&${name};'` }, at);
    });
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(s);
    if (!m) fail({ en: "a name was expected", nl: "hier hoort een naam" });
    i = NAME.lastIndex;
    return (m as RegExpExecArray)[0];
  };
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.exec(s);
    i = SPACE.lastIndex;
  };
  const local = (n: string) => n.slice(n.indexOf(":") + 1);
  // Skips the declaration, comments and processing instructions; refuses a DOCTYPE.
  const misc = (): boolean => {
    if (s.startsWith("<?", i)) {
      const end = s.indexOf("?>", i);
      if (end < 0) fail({ en: "'<?' is never closed", nl: "'<?' wordt nergens gesloten" });
      i = end + 2;
      return true;
    }
    if (s.startsWith("<!--", i)) {
      const end = s.indexOf("-->", i);
      if (end < 0) fail({ en: "a comment is never closed", nl: "een commentaar wordt nergens gesloten" });
      i = end + 3;
      return true;
    }
    if (s.startsWith("<!DOCTYPE", i) || s.startsWith("<!doctype", i))
      fail({ en: "a DOCTYPE is not accepted", nl: "een DOCTYPE wordt niet aanvaard" });
    return false;
  };
  const element = (): XmlElement => {
    const start = i;
    i++; // <
    const tag = name();
    const attrs: Record<string, string> = {};
    for (;;) {
      space();
      if (s.startsWith("/>", i)) {
        i += 2;
        return { name: local(tag), attrs, children: [], line: lineAt(start) };
      }
      if (s[i] === ">") {
        i++;
        break;
      }
      if (i >= s.length)
        fail({ en: `the tag <${tag}> is never closed`, nl: `de tag <${tag}> wordt nergens gesloten` }, start);
      const attr = name();
      space();
      if (s[i] !== "=") fail({ en: `'=' expected after ${attr}`, nl: `na ${attr} hoort een '='` });
      i++;
      space();
      const quote = s[i];
      if (quote !== '"' && quote !== "'")
        fail({
          en: `the value of ${attr} must be in quotes`,
          nl: `de waarde van ${attr} hoort tussen aanhalingstekens`,
        });
      const end = s.indexOf(quote as string, i + 1);
      if (end < 0)
        fail({
          en: `the value of ${attr} is never closed`,
          nl: `de waarde van ${attr} wordt nergens gesloten`,
        });
      const raw = s.slice(i + 1, end);
      if (raw.includes("<"))
        fail({ en: `'<' inside the value of ${attr}`, nl: `een '<' in de waarde van ${attr}` });
      attrs[local(attr)] = decode(raw, i);
      i = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (i >= s.length)
        fail({ en: `<${tag}> is never closed`, nl: `<${tag}> wordt nergens gesloten` }, start);
      if (s.startsWith("</", i)) {
        const at = i;
        i += 2;
        const closing = name();
        space();
        if (s[i] !== ">")
          fail({ en: `'>' expected after </${closing}`, nl: `na </${closing} hoort een '>'` });
        i++;
        if (closing !== tag)
          fail({ en: `</${closing}> closes <${tag}>`, nl: `</${closing}> sluit <${tag}>` }, at);
        return { name: local(tag), attrs, children, line: lineAt(start) };
      }
      if (s.startsWith("<![CDATA[", i)) {
        const end = s.indexOf("]]>", i);
        if (end < 0)
          fail({ en: "a CDATA section is never closed", nl: "een CDATA-blok wordt nergens gesloten" });
        children.push(s.slice(i + 9, end));
        i = end + 3;
        continue;
      }
      if (misc()) continue;
      if (s[i] === "<") {
        children.push(element());
        continue;
      }
      const next = s.indexOf("<", i);
      const end = next < 0 ? s.length : next;
      const raw = s.slice(i, end);
      if (raw.includes(">") && raw.includes("]]>")) fail({ en: "']]>' in text", nl: "']]>' in tekst" });
      children.push(decode(raw, i));
      i = end;
    }
  };
  for (;;) {
    space();
    if (!misc()) break;
  }
  if (s[i] !== "<")
    fail(
      i >= s.length
        ? { en: "the file is empty", nl: "het bestand is leeg" }
        : { en: "the file does not start with a tag", nl: "het bestand begint niet met een tag" },
    );
  const root = element();
  for (;;) {
    space();
    if (i >= s.length) break;
    if (!misc())
      fail({ en: "text after the end of the document", nl: "tekst na het einde van het document" });
  }
  return root;
}

/** The text of an element, with that of any inline elements in it (a CAT tool's <mrk> or <g>). */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

export function childrenNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** Every element of that name under e, in document order. */
export function findAll(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of e.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}

/** Text for an XML document: &, < and > always; quotes too, for attribute values. CR kept as &#13;. */
export const escapeXml = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("\r", "&#13;");
