// Turns the text of a scenario file into a value, refusing what could hurt the engine or the browser:
// oversized files, deep nesting (JSON.parse itself recurses) and syntax errors, each with a line and
// column an author can find in an editor.
import type { ProblemList } from "./problems.ts";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DEPTH = 40;

export function parseScenarioText(text: string, problems: ProblemList): unknown {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    problems.error("file-too-large", [], {
      mb: (bytes / 1024 / 1024).toFixed(1),
      max: MAX_FILE_BYTES / 1024 / 1024,
    });
    return undefined;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = nestingDepth(body);
  if (depth > MAX_DEPTH) {
    problems.error("too-deep", [], { depth, max: MAX_DEPTH });
    return undefined;
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    problems.error("json-syntax", [], locateSyntaxError(body, error));
    return undefined;
  }
}

function utf8Length(text: string): number {
  // TextEncoder would allocate a copy of a possibly huge file; counting is enough.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The deepest nesting of objects and arrays, skipping strings; iterative so hostile input cannot overflow. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * Where and why the text stops being JSON, in the reader's words: our own scanner finds the first bad
 * spot and what it wanted there (V8's messages differ between versions and are English only); V8's
 * position is the fallback for the rare error the scanner does not see.
 */
function locateSyntaxError(
  text: string,
  error: unknown,
): { line: number; column: number; want: string; found: string } {
  let { offset, want } = firstSyntaxError(text);
  if (want === "none") {
    const message = error instanceof Error ? error.message : String(error);
    const found = /position (\d+)/.exec(message);
    offset = found ? Math.min(Number(found[1]), text.length) : text.length;
    want = "unknown";
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const at = text.codePointAt(offset);
  return {
    line,
    column: offset - lineStart + 1,
    want,
    found: at === undefined ? "" : String.fromCodePoint(at),
  };
}

export type SyntaxWant =
  | "value"
  | "key"
  | "keyOrEnd"
  | "colon"
  | "commaInObject"
  | "commaInList"
  | "valueOrEnd"
  | "done"
  | "stringEnd"
  | "stringControl"
  | "escape"
  | "unknown"
  | "none";

/** The first spot where `text` stops being valid JSON and what was wanted there (a small scanner, no recursion). */
export function firstSyntaxError(text: string): { offset: number; want: SyntaxWant } {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && " \t\n\r".includes(text[i] as string)) i++;
  };
  // Expectation stack: what may come next inside each open container.
  const stack: ("obj" | "arr")[] = [];
  type Want = "value" | "key" | "colon" | "commaOrEnd" | "valueOrEnd" | "keyOrEnd" | "done";
  let want: Want = "value";
  const afterValue = (): Want => (stack.length === 0 ? "done" : "commaOrEnd");
  const wanted = (): SyntaxWant =>
    want === "commaOrEnd" ? (stack[stack.length - 1] === "obj" ? "commaInObject" : "commaInList") : want;
  const fail = (offset: number): { offset: number; want: SyntaxWant } => ({ offset, want: wanted() });
  while (true) {
    ws();
    if (i >= n) return want === "done" ? { offset: n, want: "none" } : fail(n);
    const c = text[i] as string;
    switch (want) {
      case "done":
        return fail(i);
      case "colon":
        if (c !== ":") return fail(i);
        i++;
        want = "value";
        continue;
      case "commaOrEnd":
        if (c === ",") {
          i++;
          want = stack[stack.length - 1] === "obj" ? "key" : "value";
        } else if (
          (c === "}" && stack[stack.length - 1] === "obj") ||
          (c === "]" && stack[stack.length - 1] === "arr")
        ) {
          i++;
          stack.pop();
          want = afterValue();
        } else return fail(i);
        continue;
      case "key":
      case "keyOrEnd":
        if (c === "}" && want === "keyOrEnd") {
          i++;
          stack.pop();
          want = afterValue();
          continue;
        }
        if (c !== '"') return fail(i);
        {
          const end = scanString(text, i);
          if (typeof end !== "number") return end;
          i = end;
        }
        want = "colon";
        continue;
      default: {
        if (c === "]" && want === "valueOrEnd") {
          i++;
          stack.pop();
          want = afterValue();
          continue;
        }
        if (c === "{") {
          i++;
          stack.push("obj");
          want = "keyOrEnd";
          continue;
        }
        if (c === "[") {
          i++;
          stack.push("arr");
          want = "valueOrEnd";
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== "number") return end;
          i = end;
          want = afterValue();
          continue;
        }
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
          text.slice(i, i + 400),
        );
        if (!literal) return fail(i);
        i += literal[0].length;
        want = afterValue();
      }
    }
  }
}

/** End offset after a string starting at `start`, or where and why it goes wrong. */
function scanString(text: string, start: number): number | { offset: number; want: SyntaxWant } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      const e = text[i + 1];
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, want: "escape" };
        i += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else return { offset: i, want: "escape" };
    } else if (c < 0x20) return { offset: i, want: "stringControl" };
    else i++;
  }
  return { offset: start, want: "stringEnd" };
}
