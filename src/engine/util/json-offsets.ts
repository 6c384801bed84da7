// Where in a JSON text a value starts, by its path: so a message about "moves[3]" can give the line and
// column an editor shows. One linear scan, no recursion; the text is already known to be valid JSON.

/** The offset where the value at `path` starts, or undefined when there is no such value. */
export function offsetOf(text: string, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return skipSpace(text, 0);
  // Per open container: its kind, the current key or index, and whether it is still on the path.
  const stack: { array: boolean; key: string | number; onPath: boolean }[] = [];
  let i = 0;
  const n = text.length;
  const matches = () => stack.length === path.length && stack.every((c, d) => c.onPath && c.key === path[d]);
  const valueStarts = (): boolean => stack.length > 0 && matches();
  let pendingKey: string | undefined;
  let expectValue = true;
  while (i < n) {
    const c = text[i] as string;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === ":") {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === ",") {
      if (top?.array) top.key = (top.key as number) + 1;
      expectValue = top?.array === true;
      i++;
      continue;
    }
    if (c === "}" || c === "]") {
      stack.pop();
      expectValue = false;
      i++;
      continue;
    }
    if (c === '"' && top && !top.array && !expectValue) {
      // A key: read it, and the value after the colon belongs to it.
      const end = stringEnd(text, i);
      pendingKey = JSON.parse(text.slice(i, end)) as string;
      top.key = pendingKey;
      expectValue = true;
      i = end;
      continue;
    }
    // A value starts here.
    if (valueStarts()) return i;
    const onPath = stack.length === 0 || (stack.every((s) => s.onPath) && matchesPrefix(stack, path));
    if (c === "{" || c === "[") {
      stack.push({ array: c === "[", key: c === "[" ? 0 : "", onPath });
      expectValue = c === "[";
      i++;
      continue;
    }
    i = c === '"' ? stringEnd(text, i) : literalEnd(text, i);
    expectValue = false;
  }
  return undefined;
}

function matchesPrefix(stack: { key: string | number }[], path: readonly (string | number)[]): boolean {
  return stack.length < path.length && stack.every((c, d) => c.key === path[d]);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && " \t\n\r\ufeff".includes(text[i] as string)) i++;
  return i;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 34) return i + 1;
    else i++;
  }
  return text.length;
}

function literalEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !",]} \t\n\r".includes(text[i] as string)) i++;
  return i;
}

/** Line and column (both from 1) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
