/**
 * Reading a widget's `src` feed, loaded only by widgets that have one: the feed loader, the
 * validator and these messages stay out of pages that show built-in content only.
 */
import { msg } from '../i18n/msg.js';
import { loadFeed } from '../data/feed.js';
import type { FeedValidation, Issue } from '../data/validate.js';
import { WidgetProblem } from './problem.js';

const describe = (code: string) => (): string => {
  switch (code) {
    case 'feed-timeout':
      return msg('The content source took too long to answer. Try again later.');
    case 'feed-too-large':
      return msg('The content source is too large to load.');
    case 'feed-invalid':
      return msg('The content source is not in the expected format.');
    case 'feed-not-json':
    case 'feed-content-type':
      return msg('The content source did not send JSON data.');
    case 'feed-url':
      return msg('The content source address is not a web address.');
    default:
      return msg('The content source could not be loaded.');
  }
};

export interface FeedReading extends FeedValidation {
  /** The note to show when some entries were left out. */
  readonly partial: WidgetProblem | undefined;
}

/**
 * Loads and validates the feed at `src`, or throws a {@link WidgetProblem} that says why not.
 * A feed that is only partly usable comes with the note that says so. `signal` tells when the
 * widget no longer waits for it (its `src` changed).
 */
export const readFeed = async (src: string, signal: AbortSignal): Promise<FeedReading> => {
  try {
    const result = await loadFeed(src, signal);
    return { ...result, partial: result.issues.length ? partialFeedProblem(src, result.issues) : undefined };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'feed-network';
    const detail = error instanceof Error ? error.message : String(error);
    throw new WidgetProblem(code, describe(code), 'src', src, detail);
  }
};

/** The note shown when a feed was usable but some of its entries were left out. */
const describePartialFeed = (): string =>
  msg('Some entries of the content source are not valid and were left out.');

/** What a feed that was only partly usable is reported as. */
const partialFeedProblem = (src: string, issues: readonly Issue[]): WidgetProblem =>
  new WidgetProblem('feed-partial', describePartialFeed, 'src', src, summarizeIssues(issues));

/** The console's account of what was left out of a feed: the first ten issues with their paths. */
const summarizeIssues = (issues: readonly Issue[]): string => {
  const shown = issues.slice(0, 10).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return `has ${issues.length} problem(s); the invalid parts were left out: ${shown.join('; ')}${more}`;
};
