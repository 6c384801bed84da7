// Checks a parsed scenario against the format's schema and reports every problem at once, in words an
// author can act on. It walks the same schema objects the JSON Schema is written from, so the two cannot
// drift apart. It covers the subset of JSON Schema the format uses.
import { type PathPart, type ProblemList, suggestion } from "../load/problems.ts";

type Node = Record<string, unknown>;

export function checkShape(value: unknown, schema: unknown, problems: ProblemList): void {
  const refs = new Map<string, Node>();
  collectIds(schema, refs);
  walk(value, schema as Node, [], problems, refs);
}

function collectIds(node: unknown, refs: Map<string, Node>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectIds(item, refs);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Node;
  if (typeof record.$id === "string" && !refs.has(record.$id)) refs.set(record.$id, record);
  for (const child of Object.values(record)) collectIds(child, refs);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${JSON.stringify(clip(value))}`;
  return `${typeof value} ${String(value)}`;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function expected(schema: Node): string {
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) {
    const literals = (schema.anyOf as Node[]).filter((s) => "const" in s).map((s) => JSON.stringify(s.const));
    if (literals.length === schema.anyOf.length) return `one of ${literals.join(", ")}`;
    return (schema.anyOf as Node[]).map(expected).join(" or ");
  }
  switch (schema.type) {
    case "object":
      return "an object";
    case "array":
      return "a list";
    case "string":
      return "a text";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    default:
      return "a value";
  }
}

function walk(
  value: unknown,
  schemaIn: Node,
  path: PathPart[],
  problems: ProblemList,
  refs: Map<string, Node>,
): void {
  let schema = schemaIn;
  if (typeof schema.$ref === "string") {
    const target = refs.get(schema.$ref);
    if (!target) throw new Error(`schema reference ${schema.$ref} not found`);
    schema = target;
  }
  if ("const" in schema) {
    if (value !== schema.const) {
      problems.error(
        "wrong-value",
        path,
        `expected ${JSON.stringify(schema.const)}, found ${typeName(value)}`,
      );
    }
    return;
  }
  if (Array.isArray(schema.anyOf)) {
    walkUnion(value, schema, path, problems, refs);
    return;
  }
  switch (schema.type) {
    case "object":
      walkObject(value, schema, path, problems, refs);
      return;
    case "array":
      walkArray(value, schema, path, problems, refs);
      return;
    case "string":
      walkString(value, schema, path, problems);
      return;
    case "number":
    case "integer":
      walkNumber(value, schema, path, problems);
      return;
    case "boolean":
      if (typeof value !== "boolean")
        problems.error(
          "wrong-type",
          path,
          `expected true or false, found ${typeName(value)}`,
          "write true or false without quotes",
        );
      return;
    default:
      return;
  }
}

function walkUnion(
  value: unknown,
  schema: Node,
  path: PathPart[],
  problems: ProblemList,
  refs: Map<string, Node>,
): void {
  const options = (schema.anyOf as Node[]).map((o) => resolve(o, refs));
  const literals = options.filter((o) => "const" in o);
  if (literals.length === options.length) {
    if (literals.some((o) => o.const === value)) return;
    const names = literals.map((o) => String(o.const));
    const hint = typeof value === "string" ? suggestion(value, names) : "";
    // A long list of ids with prefixes (rules: L-, F-, P-) is narrowed to the family the author meant.
    const prefix = typeof value === "string" ? /^([A-Za-z]+-)/.exec(value)?.[1]?.toUpperCase() : undefined;
    const family = prefix ? names.filter((n) => n.startsWith(prefix)) : [];
    problems.error(
      "wrong-value",
      path,
      `${typeName(value)} is not allowed here${hint}`,
      `use one of: ${(family.length > 0 ? family : names).join(", ")}`,
    );
    return;
  }
  // Objects with exactly one key each (conditions, effects): choose the branch by its key.
  const keyed = options.filter(
    (o) => o.type === "object" && Array.isArray(o.required) && o.required.length === 1,
  );
  if (
    keyed.length === options.length &&
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value)
  ) {
    const keys = Object.keys(value);
    const names = keyed.map((o) => (o.required as string[])[0] as string);
    if (keys.length !== 1) {
      problems.error(
        "one-key",
        path,
        keys.length === 0
          ? "this object is empty"
          : `this object has ${keys.length} keys (${keys.join(", ")})`,
        `give exactly one of: ${names.join(", ")}`,
      );
      return;
    }
    const key = keys[0] as string;
    const branch = keyed.find((o) => (o.required as string[])[0] === key);
    if (!branch) {
      problems.error(
        "unknown-name",
        [...path, key],
        `unknown ${schema.$id === "Effect" ? "effect" : "condition"} '${key}'${suggestion(key, names)}`,
        `use one of: ${names.join(", ")}`,
      );
      return;
    }
    walk(value, branch, path, problems, refs);
    return;
  }
  // Otherwise choose by JSON type: the first option that accepts this kind of value.
  const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  const matching = options.filter((o) => sameKind(o, kind));
  const first = matching[0];
  if (first === undefined) {
    problems.error("wrong-type", path, `expected ${expected(schema)}, found ${typeName(value)}`);
    return;
  }
  walk(value, first, path, problems, refs);
}

function resolve(node: Node, refs: Map<string, Node>): Node {
  return typeof node.$ref === "string" ? (refs.get(node.$ref) ?? node) : node;
}

function sameKind(schema: Node, kind: string): boolean {
  if (Array.isArray(schema.anyOf)) return true;
  if ("const" in schema) return typeof schema.const === kind;
  if (schema.type === "integer") return kind === "number";
  return schema.type === kind;
}

function walkObject(
  value: unknown,
  schema: Node,
  path: PathPart[],
  problems: ProblemList,
  refs: Map<string, Node>,
) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const props = (schema.properties ?? {}) as Record<string, Node>;
    // A plain text where the format wants it in each language: show the author the shape to write.
    const isText = "nl" in props && "en" in props && Object.keys(props).length === 2;
    problems.error(
      "wrong-type",
      path,
      `expected an object { … }, found ${typeName(value)}`,
      isText && typeof value === "string"
        ? `write the text per language: { "nl": ${JSON.stringify(clip(value))}, "en": "…" }`
        : undefined,
    );
    return;
  }
  const record = value as Node;
  const properties = (schema.properties ?? {}) as Record<string, Node>;
  const known = Object.keys(properties);
  for (const key of (schema.required ?? []) as string[]) {
    if (!(key in record)) {
      problems.error(
        "missing",
        path,
        `'${key}' is missing`,
        `add "${key}": ${expected(resolve(properties[key] ?? {}, refs))}`,
      );
    }
  }
  for (const [key, child] of Object.entries(record)) {
    const childSchema = properties[key];
    if (childSchema) {
      walk(child, childSchema, [...path, key], problems, refs);
    } else if (schema.additionalProperties === false) {
      problems.error(
        "unknown-field",
        [...path, key],
        `unknown field '${key}'${suggestion(key, known)}`,
        `allowed here: ${known.join(", ")}`,
      );
    }
  }
}

function walkArray(
  value: unknown,
  schema: Node,
  path: PathPart[],
  problems: ProblemList,
  refs: Map<string, Node>,
) {
  if (!Array.isArray(value)) {
    problems.error("wrong-type", path, `expected a list [ … ], found ${typeName(value)}`);
    return;
  }
  if (typeof schema.minItems === "number" && value.length < schema.minItems) {
    problems.error("too-few", path, `needs at least ${schema.minItems} item(s), has ${value.length}`);
  }
  if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
    problems.error("too-many", path, `may have at most ${schema.maxItems} items, has ${value.length}`);
  }
  const items = schema.items as Node | undefined;
  if (items) for (const [i, item] of value.entries()) walk(item, items, [...path, i], problems, refs);
}

function walkString(value: unknown, schema: Node, path: PathPart[], problems: ProblemList) {
  if (typeof value !== "string") {
    problems.error(
      "wrong-type",
      path,
      `expected a text in quotes, found ${typeName(value)}`,
      typeof value === "number" || typeof value === "boolean" ? `put it in quotes: "${value}"` : undefined,
    );
    return;
  }
  if (typeof schema.minLength === "number" && value.length < schema.minLength) {
    problems.error(
      "empty",
      path,
      value.length === 0 ? "this text is empty" : `needs at least ${schema.minLength} characters`,
    );
  }
  if (typeof schema.maxLength === "number" && value.length > schema.maxLength) {
    problems.error("too-long", path, `is ${value.length} characters long; at most ${schema.maxLength}`);
  }
  if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) {
    problems.error(
      "bad-id",
      path,
      `${JSON.stringify(clip(value))} is not a valid id`,
      "use letters, digits, '-', '_' or '.', starting with a letter or digit (no spaces)",
    );
  }
}

function walkNumber(value: unknown, schema: Node, path: PathPart[], problems: ProblemList) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const asNumber =
      typeof value === "string" && value.trim() !== "" ? Number(value.replace(",", ".")) : Number.NaN;
    problems.error(
      "wrong-type",
      path,
      `expected a number, found ${typeName(value)}`,
      Number.isFinite(asNumber)
        ? `write the number without quotes: ${asNumber}`
        : "write a number without quotes, such as 5",
    );
    return;
  }
  if (schema.type === "integer" && !Number.isInteger(value)) {
    problems.error("wrong-type", path, `expected a whole number, found ${value}`);
  }
  if (typeof schema.minimum === "number" && value < schema.minimum) {
    problems.error("out-of-range", path, `${value} is below the minimum ${schema.minimum}`);
  }
  if (typeof schema.maximum === "number" && value > schema.maximum) {
    problems.error("out-of-range", path, `${value} is above the maximum ${schema.maximum}`);
  }
}
