/**
 * Reading a widget's `src` feed, loaded only by widgets that have one: the feed loader and the
 * validator stay out of pages that show built-in content only. What goes wrong is worded by the
 * error box (problem-table.ts).
 */
import { FeedError, loadFeed } from '../data/feed.js';
import type { FeedValidation, Issue } from '../data/validate.js';
import { WidgetProblem } from './problem.js';

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
    const code = error instanceof FeedError ? error.code : 'feed-network';
    const detail = error instanceof Error ? error.message : String(error);
    throw new WidgetProblem({ code, attribute: 'src', value: src, detail });
  }
};

/** What a feed that was only partly usable is reported as. */
const partialFeedProblem = (src: string, issues: readonly Issue[]): WidgetProblem =>
  new WidgetProblem({ code: 'feed-partial', attribute: 'src', value: src, detail: listIssues(issues) });

/** The console's account of what was left out of a feed: the first ten issues with their paths. */
const listIssues = (issues: readonly Issue[]): string => {
  const shown = issues.slice(0, 10).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return `${shown.join('; ')}${more}`;
};
