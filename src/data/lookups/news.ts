import { newsIndex, newsModules, type NewsEntry, type NewsText } from '../content/news/index.js';
import type { Feed, NewsArticle, PartialDate } from '../schema.js';
import { byId } from './by-id.js';
import { loadByAddress, loadModule } from './by-language.js';
import { withoutPrototypes } from '../without-prototypes.js';


/**
 * Loads a built-in article: in every language, or, given `language`, only its texts in that
 * language (English where that language lacks one, or where the content has no such language),
 * which is all a widget needs to download.
 */
const loadArticle = async (entry: NewsEntry, language?: string): Promise<NewsArticle> => {
  const module =
    typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
      ? await loadByAddress<{ default: NewsText }>(`news/${entry.id}`, language)
      : await loadModule(newsModules[entry.id as keyof typeof newsModules], language);
  return withoutPrototypes({ ...entry, ...module.default });
};

/**
 * A news article by id: from `feed` when one is given, else built in. With `language`, a
 * built-in article may come with its texts in that language only.
 */
export const getNews = async (id: string, feed?: Feed, language?: string): Promise<NewsArticle | undefined> => {
  if (feed) return withoutPrototypes(byId(feed.news, id));
  const entry = byId<NewsEntry>(newsIndex, id);
  return entry && loadArticle(entry, language);
};

/** Orders partial dates so that `2024` < `2024-07` < `2024-07-02`. */
export const compareDates = (a: PartialDate, b: PartialDate): number => a.localeCompare(b);

export interface NewsQuery {
  /** Only articles that involve this organisation id. */
  readonly organization?: string;
  /** At most this many articles. */
  readonly limit?: number;
}

/** Newest first; undated items last, in their original order (sort is stable). */
const newestFirst = <T extends Pick<NewsArticle, 'date' | 'organizations'>>(items: readonly T[], query: NewsQuery): T[] => {
  // Own properties only, of the query and the items, whatever a page adds to Object.prototype.
  const { organization, limit } = withoutPrototypes(query);
  return items
    .map(withoutPrototypes)
    .filter((item) => !organization || item.organizations.includes(organization))
    .sort((a, b) => (a.date && b.date ? compareDates(b.date, a.date) : a.date ? -1 : b.date ? 1 : 0))
    .slice(0, limit ?? Infinity);
};

/**
 * News articles, newest first; articles without a date come last, in their original order.
 * `language` as for {@link getNews}.
 */
export const listNews = async (query: NewsQuery = {}, feed?: Feed, language?: string): Promise<NewsArticle[]> =>
  feed
    ? newestFirst(feed.news ?? [], query)
    : Promise.all(newestFirst(newsIndex, query).map((entry) => loadArticle(entry, language)));
