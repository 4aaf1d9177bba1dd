import type { FeedErrorCode } from '../data/feed.js';
import type { ContentErrorCode } from '../data/content-api.js';

/**
 * The stable code of each thing that can go wrong, as `iom-error` carries it. The error box
 * words each one (in the widget's language, and in English for the console): see
 * problem-table.ts.
 */
export type ProblemCode =
  /** A required id attribute is missing or empty. */
  | 'missing-attribute'
  /** Nothing has the id an attribute names. */
  | 'unknown-id'
  /** An attribute's value is not one the widget takes: it is ignored. */
  | 'invalid-attribute'
  /** The `src` feed cannot be used. */
  | FeedErrorCode
  /** The `src` feed was used, but some of its entries were left out. */
  | 'feed-partial'
  /** The content API cannot be read. */
  | ContentErrorCode
  /** Something nobody foresaw. */
  | 'internal';

/** What a {@link WidgetProblem} is made of. */
export interface ProblemFacts {
  /** What went wrong. */
  readonly code: ProblemCode;
  /** The attribute at fault, when one is. */
  readonly attribute?: string | undefined;
  /** Its value. */
  readonly value?: string | undefined;
  /** For the console, in English: technical detail, or for `invalid-attribute` what was expected. */
  readonly detail?: string | undefined;
}

/**
 * Why a widget cannot show (all of) what it was asked for. The error box words it by `code`
 * when it is shown, so the message follows the widget's language.
 */
export class WidgetProblem extends Error implements ProblemFacts {
  declare readonly code: ProblemCode;
  declare readonly attribute?: string;
  declare readonly value?: string;
  declare readonly detail?: string;

  constructor(facts: ProblemFacts) {
    super(facts.detail ?? facts.code);
    Object.assign(this, facts);
  }
}
