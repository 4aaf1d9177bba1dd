import { readNewsIndex, type ContentApi } from '../content-api.js';
import type { Feed, NewsArticle, Organization, PartialDate } from '../schema.js';
import { findRecord } from './find.js';
import { withoutPrototypes } from '../without-prototypes.js';

/**
 * A news article by id: from `feed` when one is given, else from the content API (`contentApi`,
 * by default the one beside the library), its texts in `language` (default English).
 */
export const getNews = async (id: string, feed?: Feed, language?: string, contentApi?: ContentApi): Promise<NewsArticle | undefined> =>
  (await findRecord('news', id, feed, language, contentApi))?.record;

/** Orders partial dates so that `2024` < `2024-07` < `2024-07-02`. */
export const compareDates = (a: PartialDate, b: PartialDate): number => a.localeCompare(b);

export interface NewsQuery {
  /** Only articles that involve this organisation id. */
  readonly organization?: string;
  /** At most this many articles. */
  readonly limit?: number;
}

/** Newest first; undated items last, in their original order (sort is stable). */
const newestFirst = (items: readonly NewsArticle[], { organization, limit }: NewsQuery): NewsArticle[] =>
  items
    .map(withoutPrototypes)
    .filter((item) => !organization || item.organizations.includes(organization))
    .sort((a, b) => (a.date && b.date ? compareDates(b.date, a.date) : a.date ? -1 : b.date ? 1 : 0))
    .slice(0, limit ?? Infinity);

/** News articles with the organisations they name, as the content API's index pages have them. */
export interface NewsSelection {
  readonly items: readonly NewsArticle[];
  readonly organizations: readonly Organization[];
}

/**
 * The content API's news, newest first: the index of `organization` (else of all news), as many
 * of its pages as `limit` needs. A filter nothing matches has no index: no news.
 */
const readNews = async ({ organization, limit = Infinity }: NewsQuery, language: string | undefined, contentApi: ContentApi | undefined): Promise<NewsSelection> => {
  const items: NewsArticle[] = [];
  const organizations: Organization[] = [];
  for (let page = 1; items.length < limit; page += 1) {
    const index = await readNewsIndex(organization || undefined, page, language, contentApi);
    if (!index) break;
    items.push(...index.items);
    organizations.push(...index.organizations);
    if (page >= index.pages) break;
  }
  return { items: items.slice(0, limit), organizations };
};

/**
 * News articles with the organisations they name, newest first; articles without a date come
 * last. From `feed` when one is given (its organisations are for the caller to name), else the
 * content API's index pages. `language` and `contentApi` as for {@link getNews}.
 */
export const selectNews = async (query: NewsQuery, feed: Feed | undefined, language?: string, contentApi?: ContentApi): Promise<NewsSelection> => {
  // Own properties only, whatever a page adds to Object.prototype.
  const own = withoutPrototypes(query);
  return feed ? { items: newestFirst(feed.news ?? [], own), organizations: [] } : readNews(own, language, contentApi);
};

/**
 * News articles, newest first; articles without a date come last, in their original order.
 * `language` and `contentApi` as for {@link getNews}.
 */
export const listNews = async (query: NewsQuery = {}, feed?: Feed, language?: string, contentApi?: ContentApi): Promise<NewsArticle[]> => [
  ...(await selectNews(query, feed, language, contentApi)).items,
];
