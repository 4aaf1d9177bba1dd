import type { ContentApi } from '../content-api.js';
import type { Feed, NewsArticle, PartialDate } from '../schema.js';
import { findRecord } from './find.js';

/**
 * A news article by id: from `feed` when one is given, else from the content API (`contentApi`,
 * by default the one beside the library), its texts in `language` (default English).
 */
export const getNews = async (id: string, feed?: Feed, language?: string, contentApi?: ContentApi): Promise<NewsArticle | undefined> =>
  (await findRecord('news', id, feed, language, contentApi))?.record;

/** Orders partial dates so that `2024` < `2024-07` < `2024-07-02`. */
export const compareDates = (a: PartialDate, b: PartialDate): number => a.localeCompare(b);
