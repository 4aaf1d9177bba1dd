/**
 * The light-DOM fallback of a prerendered `<iom-news-list>` (`iom-widgets render`), for readers
 * without Declarative Shadow DOM: see src/render/fallback.ts.
 */
import type { NewsArticle } from '../../data/schema.js';
import { article, markupOf, type FallbackContext } from '../../render/fallback.js';

/** The fallback of `<iom-news-list>`: each item as the card's fallback, in a list. */
export const fallback = (items: readonly { article: NewsArticle }[], context: FallbackContext): string =>
  items.length ? markupOf(context).list(items.map(({ article: news }) => article(news, context))) : '';
