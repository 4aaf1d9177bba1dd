/**
 * Validation of untrusted feed documents: every problem with its path, and what survives.
 */
import type { Issue } from './rules.js';
import { feedRule, type Feed } from './schema.js';

export type { Issue } from './rules.js';

export interface FeedValidation {
  /** The valid part of the document, or `undefined` if nothing usable is left. */
  readonly feed: Feed | undefined;
  /** Every problem found, in document order. Empty for a fully valid feed. */
  readonly issues: readonly Issue[];
}

/**
 * Validates a parsed JSON document against the feed format. Invalid records are dropped and
 * invalid optional fields left out; each is reported as an issue such as
 * `news[2].date: "2024-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`.
 */
export const validateFeed = (document: unknown): FeedValidation => {
  const issues: Issue[] = [];
  const feed = feedRule.parse(document, '', issues);
  return { feed, issues };
};

/** One issue as a line of text: `path: message`. */
export const formatIssue = (issue: Issue): string => `${issue.path}: ${issue.message}`;

/** The JSON Schema (draft 2020-12) of the feed format. */
export const feedJsonSchema = () => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/iom-widgets/dist/data/feed.schema.json',
  title: 'iom-widgets feed',
  ...feedRule.schema(),
});
