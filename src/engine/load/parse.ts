// Turns the text of a scenario file into a value, refusing what could hurt the engine or the browser:
// oversized files, deep nesting (JSON.parse itself recurses) and syntax errors, each with a line and
// column an author can find in an editor.
import type { ProblemList } from "./problems.ts";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DEPTH = 40;

export function parseScenarioText(text: string, problems: ProblemList): unknown {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    problems.error(
      "file-too-large",
      [],
      `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a scenario may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      "split it into several scenarios, or move long texts out",
    );
    return undefined;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = nestingDepth(body);
  if (depth > MAX_DEPTH) {
    problems.error(
      "too-deep",
      [],
      `the file nests ${depth} levels deep; at most ${MAX_DEPTH} are allowed`,
      "conditions nest 'all'/'any'/'not': flatten them",
    );
    return undefined;
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    const { line, column, detail } = locateSyntaxError(body, error);
    problems.error(
      "json-syntax",
      [],
      `this is not valid JSON at line ${line}, column ${column}: ${detail}`,
      "look for a missing comma or quote, or a comma after the last item, just before that spot",
    );
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

function locateSyntaxError(text: string, error: unknown): { line: number; column: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  // V8: "... in JSON at position 123 (line 4 column 5)" or only "at position 123".
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  const found = /position (\d+)/.exec(message);
  // Older V8 (Node 20) often names no position: find the first bad character ourselves.
  const offset = found ? Number(found[1]) : lineCol ? null : firstSyntaxError(text);
  let line = 1;
  let column = 1;
  if (lineCol) {
    line = Number(lineCol[1]);
    column = Number(lineCol[2]);
  } else if (offset !== null) {
    const before = text.slice(0, Math.min(offset, text.length));
    line = before.split("\n").length;
    column = before.length - before.lastIndexOf("\n");
  } else if (/end of JSON input/i.test(message)) {
    const lines = text.split("\n");
    line = lines.length;
    column = (lines[lines.length - 1]?.length ?? 0) + 1;
  }
  const detail = message
    .replace(/^JSON\.parse: /, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/, ".*" is not valid JSON$/s, "")
    .trim();
  return { line, column, detail: detail || "unexpected text" };
}

/** Offset of the first character where `text` stops being valid JSON (a small scanner, no recursion). */
export function firstSyntaxError(text: string): number {
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
  while (true) {
    ws();
    if (i >= n) return n;
    const c = text[i] as string;
    switch (want) {
      case "done":
        return i;
      case "colon":
        if (c !== ":") return i;
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
        } else return i;
        continue;
      case "key":
      case "keyOrEnd":
        if (c === "}" && want === "keyOrEnd") {
          i++;
          stack.pop();
          want = afterValue();
          continue;
        }
        if (c !== '"') return i;
        {
          const end = scanString(text, i);
          if (end < 0) return -end;
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
          if (end < 0) return -end;
          i = end;
          want = afterValue();
          continue;
        }
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
          text.slice(i, i + 400),
        );
        if (!literal) return i;
        i += literal[0].length;
        want = afterValue();
      }
    }
  }
}

/** End offset after a string starting at `start`, or minus the offset of the problem. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) i += 2;
    else if (c < 0x20) return -i;
    else i++;
  }
  return -text.length;
}
