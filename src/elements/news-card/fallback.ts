/**
 * The light-DOM fallback of a prerendered `<iom-news-card>` (`iom-widgets render`), for readers
 * without Declarative Shadow DOM: see src/render/fallback.ts.
 */
import type { NewsArticle } from '../../data/schema.js';
import { article, markupOf, type FallbackContext } from '../../render/fallback.js';

/** The fallback of `<iom-news-card>`: the title as a link to the article, the date and the summary. */
export const fallback = ({ article: news }: { article: NewsArticle }, context: FallbackContext): string =>
  markupOf(context).article(article(news, context));
