// Turns the text of a scenario file into a value, refusing what could hurt the engine or the browser:
// oversized files, deep nesting (JSON.parse itself recurses) and syntax errors, each with a line and
// column an author can find in an editor.
import type { ProblemList } from "./problems.ts";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
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
  const position = /position (\d+)/.exec(message);
  let line = 1;
  let column = 1;
  if (lineCol) {
    line = Number(lineCol[1]);
    column = Number(lineCol[2]);
  } else if (position) {
    const offset = Math.min(Number(position[1]), text.length);
    const before = text.slice(0, offset);
    line = before.split("\n").length;
    column = offset - before.lastIndexOf("\n");
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
