// Checks a parsed scenario against the format's schema and reports every problem at once, in words an
// author can act on. It walks the same schema objects the JSON Schema is written from, so the two cannot
// drift apart. It covers the subset of JSON Schema the format uses.
import { guessOf, type PathPart, type ProblemList } from "../load/problems.ts";

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

/** What was found, as message parameters (the catalogue words it per language). */
function foundOf(value: unknown): { foundKind: string; foundValue: string } {
  if (value === null) return { foundKind: "null", foundValue: "" };
  if (Array.isArray(value)) return { foundKind: "list", foundValue: "" };
  if (typeof value === "object") return { foundKind: "object", foundValue: "" };
  if (typeof value === "string") return { foundKind: "text", foundValue: value };
  return { foundKind: typeof value, foundValue: String(value) };
}

const has = (node: object, key: string) => Object.hasOwn(node, key);

/** What a schema node expects: kind words ("#object") or JSON literals, and whether it is "one of" them. */
function expected(schema: Node): { expected: string[]; oneOf?: true } {
  if (has(schema, "const")) return { expected: [JSON.stringify(schema.const)] };
  if (Array.isArray(schema.anyOf)) {
    const options = schema.anyOf as Node[];
    const literals = options.filter((s) => has(s, "const")).map((s) => JSON.stringify(s.const));
    if (literals.length === options.length) return { expected: literals, oneOf: true };
    return { expected: options.flatMap((o) => expected(o).expected) };
  }
  switch (schema.type) {
    case "object":
      return { expected: ["#object"] };
    case "array":
      return { expected: ["#list"] };
    case "string":
      return { expected: ["#text"] };
    case "integer":
      return { expected: ["#integer"] };
    case "number":
      return { expected: ["#number"] };
    case "boolean":
      return { expected: ["#boolean"] };
    default:
      return { expected: ["#value"] };
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
  if (has(schema, "const")) {
    if (value !== schema.const) {
      problems.error("wrong-const", path, { expected: JSON.stringify(schema.const), ...foundOf(value) });
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
      if (typeof value !== "boolean") problems.error("wrong-type-boolean", path, foundOf(value));
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
  const literals = options.filter((o) => has(o, "const"));
  if (literals.length === options.length) {
    if (literals.some((o) => o.const === value)) return;
    const names = literals.map((o) => String(o.const));
    const hint = typeof value === "string" ? guessOf(value, names) : {};
    // A long list of ids with prefixes (rules: L-, F-, P-) is narrowed to the family the author meant.
    const prefix = typeof value === "string" ? /^([A-Za-z]+-)/.exec(value)?.[1]?.toUpperCase() : undefined;
    const family = prefix ? names.filter((n) => n.startsWith(prefix)) : [];
    problems.error("not-allowed", path, {
      ...foundOf(value),
      ...hint,
      allowed: family.length > 0 ? family : names,
    });
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
      problems.error("one-key", path, {
        count: keys.length,
        keys: keys.slice(0, 5),
        keysTotal: keys.length,
        names,
      });
      return;
    }
    const key = keys[0] as string;
    const branch = keyed.find((o) => (o.required as string[])[0] === key);
    if (!branch) {
      problems.error(schema.$id === "Effect" ? "unknown-effect" : "unknown-condition", [...path, key], {
        name: key,
        ...guessOf(key, names),
        names,
      });
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
    problems.error("wrong-type", path, { ...expected(schema), ...foundOf(value) });
    return;
  }
  walk(value, first, path, problems, refs);
}

function resolve(node: Node, refs: Map<string, Node>): Node {
  return typeof node.$ref === "string" ? (refs.get(node.$ref) ?? node) : node;
}

function sameKind(schema: Node, kind: string): boolean {
  if (Array.isArray(schema.anyOf)) return true;
  if (has(schema, "const")) return typeof schema.const === kind;
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
    const isText = has(props, "nl") && has(props, "en") && Object.keys(props).length === 2;
    problems.error("wrong-type-object", path, {
      ...foundOf(value),
      ...(isText && typeof value === "string"
        ? { asText: JSON.stringify(value.slice(0, 200)).slice(1, -1) }
        : {}),
    });
    return;
  }
  const record = value as Node;
  const properties = (schema.properties ?? {}) as Record<string, Node>;
  const known = Object.keys(properties);
  for (const key of (schema.required ?? []) as string[]) {
    if (!has(record, key)) {
      problems.error("missing", path, { key, ...expected(resolve(properties[key] ?? {}, refs)) });
    }
  }
  for (const [key, child] of Object.entries(record)) {
    // Own properties only: a key named "toString" or "constructor" is an unknown key like any other.
    const childSchema = has(properties, key) ? properties[key] : undefined;
    if (childSchema) {
      walk(child, childSchema, [...path, key], problems, refs);
    } else if (schema.additionalProperties === false) {
      problems.error("unknown-field", [...path, key], { key, ...guessOf(key, known), known });
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
    problems.error("wrong-type-list", path, foundOf(value));
    return;
  }
  if (typeof schema.minItems === "number" && value.length < schema.minItems) {
    problems.error("too-few", path, { min: schema.minItems, count: value.length });
  }
  if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
    problems.error("too-many", path, { max: schema.maxItems, count: value.length });
    // Checking each of thousands of items past the cap would only bury that message.
    return;
  }
  const items = schema.items as Node | undefined;
  if (items) for (const [i, item] of value.entries()) walk(item, items, [...path, i], problems, refs);
}

function walkString(value: unknown, schema: Node, path: PathPart[], problems: ProblemList) {
  if (typeof value !== "string") {
    problems.error("wrong-type-text", path, {
      ...foundOf(value),
      ...(typeof value === "number" || typeof value === "boolean" ? { quoted: String(value) } : {}),
    });
    return;
  }
  if (typeof schema.minLength === "number" && value.length < schema.minLength) {
    problems.error("empty", path, { length: value.length, min: schema.minLength });
  }
  if (typeof schema.maxLength === "number" && value.length > schema.maxLength) {
    problems.error("too-long", path, { length: value.length, max: schema.maxLength });
  }
  if (typeof schema.pattern === "string" && !patternOf(schema.pattern).test(value)) {
    problems.error("bad-id", path, { value });
  }
}

function walkNumber(value: unknown, schema: Node, path: PathPart[], problems: ProblemList) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const asNumber =
      typeof value === "string" && value.trim() !== "" ? Number(value.replace(",", ".")) : Number.NaN;
    problems.error("wrong-type-number", path, {
      ...foundOf(value),
      ...(Number.isFinite(asNumber) ? { asNumber } : {}),
    });
    return;
  }
  if (schema.type === "integer" && !Number.isInteger(value)) {
    problems.error("not-whole", path, { value });
  }
  if (typeof schema.minimum === "number" && value < schema.minimum) {
    problems.error("below-minimum", path, { value, min: schema.minimum });
  }
  if (typeof schema.maximum === "number" && value > schema.maximum) {
    problems.error("above-maximum", path, { value, max: schema.maximum });
  }
}

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source);
    patterns.set(source, re);
  }
  return re;
}
