/**
 * Records cut to one language, as the content API serves them: each LocalizedText keeps only the
 * reader's language, or English where the record lacks it (or its first language where it lacks
 * English too), keyed by the language it is in, so that a widget knows which language it got.
 * Where the LocalizedTexts are is read from the rules' JSON Schema, so it follows the rules.
 */
import type { JsonSchema } from '../rules.js';
import { figureLabelRule, localizedTextRule, type LocalizedText } from '../schema.js';

/** The languages of the widgets' interface: the content API has each record in each of them. */
export const uiLanguages = ['en', 'fr', 'es', 'it', 'ar'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The language a text falls back to when a record lacks the reader's. */
export const fallbackLanguage = 'en';

/** The schemas of values by language: texts, and figure labels (a text or plural forms per language). */
const byLanguageSchemas = new Set([localizedTextRule, figureLabelRule].map((rule) => JSON.stringify(rule.schema())));

/** Whether `schema` is the schema of a LocalizedText, or of another value by language (a figure's label). */
export const isLocalizedTextSchema = (schema: JsonSchema): boolean => byLanguageSchemas.has(JSON.stringify(schema));

/** `text` in `language` only, or its fallback, under the key of the language it is in. */
export const cutText = <T = string>(text: Readonly<Record<string, T>>, language: string): Record<string, T> => {
  const key = Object.hasOwn(text, language) ? language : Object.hasOwn(text, fallbackLanguage) ? fallbackLanguage : Object.keys(text)[0]!;
  return { [key]: text[key]! };
};

/**
 * Applies `change` to every LocalizedText schema inside `schema` (object properties and list
 * items), e.g. to say that a cut record holds one language per text.
 */
export const mapLocalizedTextSchemas = (schema: JsonSchema, change: (text: JsonSchema) => JsonSchema): JsonSchema => {
  if (isLocalizedTextSchema(schema)) return change(schema);
  const { properties, items } = schema as { properties?: Record<string, JsonSchema>; items?: JsonSchema };
  return {
    ...schema,
    ...(properties && {
      properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, mapLocalizedTextSchemas(value, change)])),
    }),
    ...(items && { items: mapLocalizedTextSchemas(items, change) }),
  };
};

/** Cuts a value of some schema to a language. */
type Cutter = (value: unknown, language: string) => unknown;

const keep: Cutter = (value) => value;

/** A function that cuts values of `schema` to a language, made once per schema (a build cuts thousands of records). */
const cutterFor = (schema: JsonSchema): Cutter => {
  if (isLocalizedTextSchema(schema)) return (value, language) => cutText(value as LocalizedText, language);
  const { properties, items } = schema as { properties?: Record<string, JsonSchema>; items?: JsonSchema };
  if (items) {
    const cutItem = cutterFor(items);
    return (value, language) => (value as unknown[]).map((item) => cutItem(item, language));
  }
  if (properties) {
    const cutProperty = new Map(Object.entries(properties).map(([key, value]) => [key, cutterFor(value)]));
    return (value, language) => {
      const cut: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value as object)) cut[key] = (cutProperty.get(key) ?? keep)(entry, language);
      return cut;
    };
  }
  return keep;
};

/** A function that cuts records valid by a rule of this JSON Schema to a language. */
export const recordCutter = <T>(schema: JsonSchema): ((record: T, language: string) => T) => cutterFor(schema) as (record: T, language: string) => T;
