// Finding one's way in the published scenario schema (scenarios/scenario.schema.json, written by
// `npm run schema` from the engine's own format): which schema nodes can stand at a JSON path, and what
// they ask for, for the editor's completion and hover. Covers the subset of JSON Schema the format uses:
// $ref into $defs, anyOf, const, properties, items, additionalProperties and patternProperties.

export type SchemaNode = Record<string, unknown>;

const isNode = (v: unknown): v is SchemaNode => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The schema with each $defs entry given the $id its references use ("#/$defs/Text"), so the engine's
 * own shape check (format/check-shape.ts, which resolves references by $id) can walk it as it is.
 */
export function withRefIds(schema: SchemaNode): SchemaNode {
  const defs = isNode(schema.$defs) ? schema.$defs : {};
  const named: SchemaNode = {};
  for (const [name, def] of Object.entries(defs))
    named[name] = isNode(def) ? { ...def, $id: `#/$defs/${name}` } : def;
  return { ...schema, $defs: named };
}

/** A node with its reference followed and its anyOf spread out: the shapes a value there may take. */
export function expand(root: SchemaNode, node: unknown, depth = 0): SchemaNode[] {
  if (!isNode(node) || depth > 8) return [];
  if (typeof node.$ref === "string") {
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
    const defs = isNode(root.$defs) ? root.$defs : {};
    return name ? expand(root, defs[name], depth + 1) : [];
  }
  if (Array.isArray(node.anyOf)) {
    const out = node.anyOf.flatMap((n) => expand(root, n, depth + 1));
    // The union's own description (e.g. "A condition: …") goes with each of its shapes that has none.
    return typeof node.description === "string"
      ? out.map((n) => (n.description === undefined ? { ...n, description: node.description } : n))
      : out;
  }
  return [node];
}

function child(node: SchemaNode, part: string | number): unknown[] {
  if (typeof part === "number") return node.items === undefined ? [] : [node.items];
  const props = isNode(node.properties) ? node.properties : {};
  if (Object.hasOwn(props, part)) return [props[part]];
  const out: unknown[] = [];
  if (isNode(node.patternProperties))
    for (const [pattern, n] of Object.entries(node.patternProperties))
      if (new RegExp(pattern).test(part)) out.push(n);
  if (isNode(node.additionalProperties)) out.push(node.additionalProperties);
  return out;
}

/** The schema shapes a value at `path` may take (empty where the schema allows nothing). */
export function nodesAt(root: SchemaNode, path: readonly (string | number)[]): SchemaNode[] {
  let nodes = expand(root, root);
  for (const part of path) nodes = nodes.flatMap((n) => child(n, part).flatMap((c) => expand(root, c)));
  return nodes;
}

/** The object shapes among `nodes` that fit the keys already written (all shapes if none fits). */
export function fitting(nodes: SchemaNode[], keys: readonly string[]): SchemaNode[] {
  const objects = nodes.filter((n) => n.type === "object");
  const fit = objects.filter((n) => {
    const props = isNode(n.properties) ? n.properties : {};
    return keys.every((k) => Object.hasOwn(props, k));
  });
  return fit.length > 0 ? fit : objects;
}

export interface PropertyOption {
  name: string;
  required: boolean;
  node: SchemaNode[];
}

/** The properties an object at `path` may have, those already written left out. */
export function propertyOptions(
  root: SchemaNode,
  path: readonly (string | number)[],
  written: readonly string[],
): PropertyOption[] {
  const out = new Map<string, PropertyOption>();
  for (const n of fitting(nodesAt(root, path), written)) {
    const props = isNode(n.properties) ? n.properties : {};
    const required = Array.isArray(n.required) ? n.required : [];
    for (const [name, p] of Object.entries(props)) {
      if (written.includes(name)) continue;
      const had = out.get(name);
      const shapes = expand(root, p);
      if (had) had.node.push(...shapes);
      else out.set(name, { name, required: required.includes(name), node: shapes });
    }
  }
  return [...out.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

/** The fixed values a value at `path` may take (consts of its shapes, and true/false). */
export function valueOptions(root: SchemaNode, path: readonly (string | number)[]): unknown[] {
  const out: unknown[] = [];
  for (const n of nodesAt(root, path)) {
    if (Object.hasOwn(n, "const")) out.push(n.const);
    else if (Array.isArray(n.enum)) out.push(...n.enum);
    else if (n.type === "boolean") out.push(true, false);
  }
  return [...new Set(out)];
}
