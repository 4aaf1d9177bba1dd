/**
 * A small set of composable validation rules. Each rule reads untrusted JSON, reports every
 * problem with its path, keeps what is valid, and describes itself as JSON Schema, so the
 * published schema and the validator cannot drift apart. (A general JSON Schema engine such as
 * Ajv would add tens of kilobytes to every page that loads a feed.)
 *
 * What is kept when something is wrong: an invalid list item is dropped and the rest of the list
 * kept; an invalid optional property is left out; an invalid required property makes its whole
 * object invalid. Every such decision is reported as an {@link Issue}.
 */

/** One problem found in a document: where, and what is wrong. */
export interface Issue {
  /** Path in the document, such as `news[2].date`. */
  readonly path: string;
  /** What is wrong, in English, quoting the offending value. */
  readonly message: string;
}

export type JsonSchema = { readonly [key: string]: unknown };

export interface Rule<T> {
  /**
   * Reads `value`, appends every problem to `issues`, and returns what is valid of it, or
   * `undefined` when nothing usable is left.
   */
  parse(value: unknown, path: string, issues: Issue[]): T | undefined;
  /** The JSON Schema equivalent of this rule. */
  schema(): JsonSchema;
  /** Marks an object property that may be left out. */
  readonly optional?: boolean;
}

export type Infer<R> = R extends Rule<infer T> ? T : never;

const sourcePath = Symbol('sourcePath');

/**
 * Where a record parsed from a document came from (`projects[1]`), so that a widget can tell
 * which of the document's issues concern the record it shows. Kept out of JSON and of equality.
 */
export const sourcePathOf = (record: object): string | undefined =>
  (record as { [sourcePath]?: string })[sourcePath];

/** Quotes a value for a message, cut short so a hostile feed cannot flood the console. */
export const quote = (value: unknown): string => {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    // Too deeply nested to print (JSON nested 100,000 levels overflows the stack).
    text = kindOf(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const fail = (issues: Issue[], path: string, message: string): undefined => {
  issues.push({ path: path || '(document)', message });
  return undefined;
};

interface TextOptions {
  readonly pattern?: RegExp;
  /** Extra test beyond the pattern, e.g. that a date exists in the calendar. */
  readonly test?: (text: string) => boolean;
  /** Finishes "… is not " in a message, e.g. `a date`. */
  readonly expected?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly format?: string;
  readonly description?: string;
}

export const text = (options: TextOptions = {}): Rule<string> => ({
  parse(value, path, issues) {
    if (typeof value !== 'string') return fail(issues, path, `expected text, got ${kindOf(value)}`);
    const { minLength = 1, maxLength = 10_000, pattern, test, expected = 'valid' } = options;
    if (value.trim().length < minLength) return fail(issues, path, 'must not be empty');
    if (value.length > maxLength) return fail(issues, path, `is longer than ${maxLength} characters`);
    if ((pattern && !pattern.test(value)) || (test && !test(value))) {
      return fail(issues, path, `${quote(value)} is not ${expected}`);
    }
    return value;
  },
  schema: () => ({
    type: 'string',
    minLength: options.minLength ?? 1,
    maxLength: options.maxLength ?? 10_000,
    ...(options.pattern && { pattern: options.pattern.source }),
    ...(options.format && { format: options.format }),
    ...(options.description && { description: options.description }),
  }),
});

export const number = (options: { min?: number; integer?: boolean; description?: string } = {}): Rule<number> => ({
  parse(value, path, issues) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return fail(issues, path, `expected a number, got ${kindOf(value)}`);
    }
    if (options.integer && !Number.isInteger(value)) return fail(issues, path, `${value} is not a whole number`);
    if (options.min !== undefined && value < options.min) return fail(issues, path, `${value} is less than ${options.min}`);
    return value;
  },
  schema: () => ({
    type: options.integer ? 'integer' : 'number',
    ...(options.min !== undefined && { minimum: options.min }),
    ...(options.description && { description: options.description }),
  }),
});

export const boolean = (): Rule<boolean> => ({
  parse: (value, path, issues) =>
    typeof value === 'boolean' ? value : fail(issues, path, `expected true or false, got ${kindOf(value)}`),
  schema: () => ({ type: 'boolean' }),
});

export const oneOf = <const V extends string>(values: readonly V[], description?: string): Rule<V> => ({
  parse: (value, path, issues) =>
    values.includes(value as V)
      ? (value as V)
      : fail(issues, path, `${quote(value)} is not one of ${values.map((v) => quote(v)).join(', ')}`),
  schema: () => ({ type: 'string', enum: [...values], ...(description && { description }) }),
});

/** Exactly this value, e.g. a format version. */
export const exactly = <const V extends string | number>(expected: V): Rule<V> => ({
  parse: (value, path, issues) =>
    value === expected ? expected : fail(issues, path, `${quote(value)} is not ${quote(expected)}`),
  schema: () => ({ const: expected }),
});

/** A list; invalid items are reported and dropped, the rest kept. */
export const array = <T>(
  item: Rule<T>,
  options: { minItems?: number; maxItems?: number; description?: string; uniqueIds?: boolean } = {},
): Rule<T[]> => ({
  parse(value, path, issues) {
    if (!Array.isArray(value)) return fail(issues, path, `expected a list, got ${kindOf(value)}`);
    const { minItems = 0, maxItems = 100_000 } = options;
    if (value.length > maxItems) return fail(issues, path, `has more than ${maxItems} items`);
    const kept: T[] = [];
    // With uniqueIds, where each id was first seen: a second record with it is left out.
    const firstWith = new Map<string, string>();
    value.forEach((entry, index) => {
      const parsed = item.parse(entry, join(path, index), issues);
      if (parsed === undefined) return;
      const id = options.uniqueIds ? (parsed as { id?: unknown }).id : undefined;
      if (typeof id === 'string') {
        const first = firstWith.get(id);
        if (first) return fail(issues, join(join(path, index), 'id'), `${quote(id)} is already the id of ${first}; this entry is left out`);
        firstWith.set(id, join(path, index));
      }
      kept.push(parsed);
    });
    if (kept.length < minItems) {
      return fail(issues, path, `needs at least ${minItems} valid item${minItems === 1 ? '' : 's'}`);
    }
    return kept;
  },
  schema: () => ({
    type: 'array',
    ...((options.description || options.uniqueIds) && {
      description: [options.description, options.uniqueIds && 'Each entry has an id of its own.'].filter(Boolean).join(' '),
    }),
    items: item.schema(),
    ...(options.minItems && { minItems: options.minItems }),
    ...(options.maxItems && { maxItems: options.maxItems }),
  }),
});

/**
 * A value that `first` or `second` reads without a problem: the first that does. When neither
 * does, the problems are those of `second` for an object and of `first` for anything else.
 */
export const either = <A, B>(first: Rule<A>, second: Rule<B>, description?: string): Rule<A | B> => ({
  parse(value, path, issues) {
    for (const rule of [first, second] as Rule<A | B>[]) {
      const own: Issue[] = [];
      const parsed = rule.parse(value, path, own);
      if (parsed !== undefined && own.length === 0) return parsed;
    }
    return (isPlainObject(value) ? second : first).parse(value, path, issues);
  },
  schema: () => ({ anyOf: [first.schema(), second.schema()], ...(description && { description }) }),
});

/** Marks a property of {@link object} as one that may be left out. */
export const optional = <T>(rule: Rule<T>): Rule<T> & { optional: true } => ({ ...rule, optional: true });

type Shape = Record<string, Rule<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { readonly [K in RequiredKeys<S>]: Infer<S[K]> } & { readonly [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object with these properties. An invalid optional property is reported and left out; an
 * invalid or missing required one makes the object invalid. Unknown properties are reported and
 * dropped, so a typo in a feed is seen rather than silently ignored.
 */
export const object = <S extends Shape>(shape: S, description?: string): Rule<ObjectOf<S>> => ({
  parse(value, path, issues) {
    if (!isPlainObject(value)) return fail(issues, path, `expected an object, got ${kindOf(value)}`);
    // No prototype: a record's fields are its own, whatever a page adds to Object.prototype.
    const kept = Object.create(null) as Record<string, unknown>;
    let complete = true;
    for (const [key, rule] of Object.entries(shape)) {
      if (!Object.hasOwn(value, key)) {
        if (!rule.optional) {
          fail(issues, join(path, key), 'is missing');
          complete = false;
        }
        continue;
      }
      const parsed = rule.parse(value[key], join(path, key), issues);
      if (parsed !== undefined) kept[key] = parsed;
      else if (!rule.optional) complete = false;
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) fail(issues, join(path, key), 'is not a known field');
    }
    if (!complete) return undefined;
    Object.defineProperty(kept, sourcePath, { value: path });
    return kept as ObjectOf<S>;
  },
  schema: () => ({
    type: 'object',
    ...(description && { description }),
    properties: Object.fromEntries(Object.entries(shape).map(([key, rule]) => [key, rule.schema()])),
    required: Object.entries(shape)
      .filter(([, rule]) => !rule.optional)
      .map(([key]) => key),
    additionalProperties: false,
  }),
});

/** A map whose keys match `keyPattern`, e.g. language codes to texts. Invalid entries are dropped. */
export const record = <T>(
  keyPattern: RegExp,
  keyExpected: string,
  entry: Rule<T>,
  options: { minProperties?: number; description?: string } = {},
): Rule<Readonly<Record<string, T>>> => ({
  parse(value, path, issues) {
    if (!isPlainObject(value)) return fail(issues, path, `expected an object, got ${kindOf(value)}`);
    const kept = Object.create(null) as Record<string, T>;
    for (const key of Object.keys(value)) {
      if (!keyPattern.test(key)) {
        fail(issues, join(path, key), `${quote(key)} is not ${keyExpected}`);
        continue;
      }
      const parsed = entry.parse(value[key], join(path, key), issues);
      if (parsed !== undefined) kept[key] = parsed;
    }
    const { minProperties = 0 } = options;
    if (Object.keys(kept).length < minProperties) {
      return fail(issues, path, `needs at least ${minProperties} valid entr${minProperties === 1 ? 'y' : 'ies'}`);
    }
    return kept;
  },
  schema: () => ({
    type: 'object',
    ...(options.description && { description: options.description }),
    ...(options.minProperties && { minProperties: options.minProperties }),
    propertyNames: { pattern: keyPattern.source },
    additionalProperties: entry.schema(),
  }),
});
