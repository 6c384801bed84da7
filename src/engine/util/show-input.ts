// Input repeated in a message (an id, a key, a wrong value) is shown clipped and with every character
// that would not show as itself made visible: a terminal escape must never reach a terminal (it can
// clear the screen and print a fake "scenario OK"), and bidi or invisible characters make a message
// look like it contradicts itself ("go⁦od" is not 'good'). Clipping keeps a message about a 6 MB value
// short.

export const SHOWN_MAX = 80;

/** Control, bidi, invisible and separator characters, and lone surrogates: shown as \u{…} escapes. */
function hidden(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0x3164 ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfeff ||
    code === 0xffa0 ||
    (code >= 0xfff0 && code <= 0xfffb) ||
    (code >= 0xe0000 && code <= 0xe007f)
  );
}

/** `text` clipped to `max` characters (with "…") and with hidden characters written as \u{…}. */
export function showInput(text: string, max = SHOWN_MAX): string {
  let out = "";
  let count = 0;
  for (let i = 0; i < text.length; ) {
    if (count === max) return `${out}…`;
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    // A lone high surrogate followed by a low one is a pair (code > 0xffff); alone it is escaped.
    out += hidden(code) ? `\\u{${code.toString(16).toUpperCase()}}` : String.fromCodePoint(code);
    i += width;
    count++;
  }
  return out;
}

/** True when showing would change the text: it has hidden characters or is longer than `max`. */
export function needsShowing(text: string, max = SHOWN_MAX): boolean {
  return showInput(text, max) !== text;
}
