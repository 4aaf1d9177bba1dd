/**
 * The kinds of record a content folder holds, each in a folder of its own
 * (`content/<kind>/<id>.json`), and the rule that reads one record file of that kind: the record
 * in the shape the feed format defines, plus a `"$schema"` member for editors.
 */
import { object, optional, text, type Issue, type Rule } from '../rules.js';
import { contactRule, newsArticleRule, organizationRule, partnershipRule, projectRule } from '../schema.js';
import type { Contact, NewsArticle, Organization, Partnership, Project } from '../schema.js';

/** The records of each kind, by the name of its folder. */
export interface ContentRecords {
  readonly news: readonly NewsArticle[];
  readonly partnerships: readonly Partnership[];
  readonly projects: readonly Project[];
  readonly contacts: readonly Contact[];
  readonly organizations: readonly Organization[];
}

export type ContentKind = keyof ContentRecords;

/** The rule of each kind's records (src/data/schema.ts), in the order a build reports them. */
export const recordRules: { readonly [K in ContentKind]: Rule<ContentRecords[K][number]> } = {
  news: newsArticleRule,
  partnerships: partnershipRule,
  projects: projectRule,
  contacts: contactRule,
  organizations: organizationRule,
};

export const contentKinds = Object.keys(recordRules) as ContentKind[];

/** Where the JSON Schema of each kind of record file is published; record files name it in `"$schema"`. */
export const schemaBase = 'https://unpkg.com/iom-widgets/dist/data/schemas/';

/** The address of the published JSON Schema of a record file of `kind`. */
export const recordFileSchemaUrl = (kind: ContentKind): string => `${schemaBase}${kind}.schema.json`;

const schemaMember = optional(text({ maxLength: 2000, description: 'The JSON Schema of this file, for editors.' }));

/**
 * The rule of a record file of `kind`: its record, plus an optional `"$schema"`, which is left out
 * of what it returns.
 */
export const recordFileRule = <K extends ContentKind>(kind: K): Rule<ContentRecords[K][number]> => {
  const rule = recordRules[kind];
  const withSchemaMember = object({ $schema: schemaMember });
  return {
    parse(value: unknown, path: string, issues: Issue[]) {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, '$schema')) {
        return rule.parse(value, path, issues);
      }
      const { $schema, ...record } = value as Record<string, unknown>;
      withSchemaMember.parse({ $schema }, path, issues);
      return rule.parse(record, path, issues);
    },
    schema: () => {
      const schema = rule.schema() as { properties: Record<string, unknown> };
      return { ...schema, properties: { $schema: schemaMember.schema(), ...schema.properties } };
    },
  };
};
