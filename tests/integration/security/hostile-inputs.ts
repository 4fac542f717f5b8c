/**
 * Hostile variants of a valid input, generated from the procedure's zod schema: for every
 * field (nested ones too) one variant per hostile kind, each otherwise valid, so a variant
 * that slips past a check reaches the code behind it. One per field and kind, never the
 * cross product: the sweep has to stay fast enough to run on every `npm test`.
 */

interface Schema {
  _zod: { def: unknown };
}
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  getter?: () => Schema;
}
type Kind = "object" | "array" | "string" | "number" | "boolean" | "enum" | "date" | "other";
type Path = (string | number)[];
interface Field {
  path: Path;
  kind: Kind;
  value: unknown;
}
export interface Variant {
  /** The hostile kind, for the summary. */
  kind: string;
  /** Where and what, for a failure message. */
  label: string;
  input: unknown;
}

/** What a field accepts, seen through optional/default/nullable wrappers and pipes. */
function baseDef(schema: Schema): Def {
  let def = schema._zod.def as Def;
  for (;;) {
    if (def.innerType) def = def.innerType._zod.def as Def;
    else if (def.type === "pipe" && def.in) def = def.in._zod.def as Def;
    else if (def.type === "lazy" && def.getter) def = def.getter()._zod.def as Def;
    else return def;
  }
}

const kindOf: Record<string, Kind> = {
  object: "object",
  array: "array",
  string: "string",
  number: "number",
  boolean: "boolean",
  enum: "enum",
  literal: "enum",
  date: "date",
};

/** Every field of the input, nested objects and array items included, with its valid value. */
function fieldsOf(schema: Schema | undefined, value: unknown, path: Path = []): Field[] {
  // No input schema: the procedure ignores input, which is itself worth probing.
  if (!schema) return [{ path, kind: "object", value: {} }];
  const def = baseDef(schema);
  const kind = kindOf[def.type] ?? "other";
  const fields: Field[] = [{ path, kind, value }];
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    const inner = (value as Record<string, unknown> | undefined)?.[key];
    fields.push(...fieldsOf(field, inner, [...path, key]));
  }
  if (kind === "array" && def.element) {
    const first = Array.isArray(value) ? (value[0] as unknown) : undefined;
    fields.push(...fieldsOf(def.element, first, [...path, 0]));
  }
  return fields;
}

const MISSING = Symbol("missing");
const megabyte = "x".repeat(1 << 20);
const nest = (depth: number, wrap: (inner: unknown) => unknown) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};
const deepObject = nest(5_000, (a) => ({ a }));
const deepArray = nest(5_000, (a) => [a]);
const ftsSyntax = ['" unbalanced', "NEAR(a b", "a OR b AND NOT c", "-x ^y col:z", "pre* 'q'"];
const numbers: [string, number][] = [
  ["1e308", 1e308],
  ["MAX_SAFE_INTEGER+2", Number.MAX_SAFE_INTEGER + 2],
  ["-1", -1],
  ["0.5", 0.5],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity],
];
const wrongTypes: [string, unknown][] = [
  ["number", 42],
  ["string", "42"],
  ["boolean", true],
  ["null", null],
  ["array", ["x"]],
  ["object", { x: 1 }],
];
const ownType: Partial<Record<Kind, string>> = {
  number: "number",
  string: "string",
  boolean: "boolean",
  array: "array",
  object: "object",
};

/** An own `key` property, even `__proto__`, the way JSON.parse makes one. */
function withKey(node: unknown, key: string, value: unknown) {
  const copy: Record<string, unknown> = { ...(node as object) };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** [kind, what, value] for one field: the hostile values it gets, one per kind. */
function hostileValues(field: Field): [string, string, unknown][] {
  const out: [string, string, unknown][] = [["missing field", "left out", MISSING]];
  for (const [name, value] of wrongTypes)
    if (name !== ownType[field.kind]) out.push(["wrong type", name, value]);
  out.push(["deep nesting", "5,000 levels", field.kind === "array" ? deepArray : deepObject]);
  const text = typeof field.value === "string" && field.value ? field.value : "word";
  switch (field.kind) {
    case "string":
      out.push(["1 MB string", "1 MB", megabyte]);
      out.push(["NUL", "embedded NUL", `${text}\u0000${text}`]);
      out.push(["unpaired surrogate", "lone high", `${text}\uD800`]);
      out.push(["unpaired surrogate", "lone low", `\uDC00${text}`]);
      for (const syntax of ftsSyntax) out.push(["FTS syntax", syntax, `${text} ${syntax}`]);
      out.push(["empty string", "blank", "   "]);
      break;
    case "number":
      for (const [name, value] of numbers) out.push(["huge or negative number", name, value]);
      break;
    case "enum":
      out.push(["not a member", "unknown value", "not-a-member"]);
      out.push(["not a member", "__proto__", "__proto__"]);
      out.push(["1 MB string", "1 MB", megabyte]);
      break;
    case "date":
      out.push(["invalid date", "Invalid Date", new Date(NaN)]);
      out.push(["invalid date", "ISO string", "2026-01-01T00:00:00Z"]);
      out.push(["invalid date", "year 275760", new Date(8.64e15)]);
      break;
    case "array": {
      const item: unknown = Array.isArray(field.value) && field.value.length ? field.value[0] : "x";
      out.push(["huge array", "10,000 items", new Array(10_000).fill(item)]);
      break;
    }
    case "object":
      out.push(["missing field", "every field", {}]);
      out.push(["extra field", "unknown key", withKey(field.value, "unexpected", "x")]);
      out.push(["__proto__ key", "__proto__", withKey(field.value, "__proto__", { polluted: 1 })]);
      out.push([
        "constructor key",
        "constructor.prototype",
        withKey(field.value, "constructor", { prototype: { polluted: 1 } }),
      ]);
      out.push([
        "deep nesting",
        "5,000 levels in an extra key",
        withKey(field.value, "x", deepObject),
      ]);
      break;
  }
  return out;
}

/** `base` with the value at `path` replaced (or removed); everything else stays valid. */
function replaceAt(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value === MISSING ? undefined : value;
  const copy = structuredClone(base ?? {}) as Record<string | number, unknown>;
  let node = copy;
  for (const [i, key] of path.slice(0, -1).entries()) {
    node[key] ??= typeof path[i + 1] === "number" ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === MISSING) delete node[last];
  else node[last] = value;
  return copy;
}

/** Every hostile variant of `base` (a valid input for `schema`). */
export function hostileVariants(schema: unknown, base: unknown): Variant[] {
  return fieldsOf(schema as Schema | undefined, base).flatMap((field) =>
    hostileValues(field).map(([kind, what, value]) => ({
      kind,
      label: `${field.path.join(".") || "(input)"}: ${kind} (${what})`,
      input: replaceAt(base, field.path, value),
    })),
  );
}
