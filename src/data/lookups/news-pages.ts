/**
 * The news a list shows: those that match some filters, newest first, read a batch at a time
 * (from a feed, or page by page from the content API's news indexes).
 */
import type { ContentApi } from '../content-api.js';
import { newsFeedUrl, readNewsIndex, type NewsFilter } from '../news-index.js';
import type { Feed, NewsArticle, Organization } from '../schema.js';
import { withoutPrototypes } from '../without-prototypes.js';
import { compareDates } from './news.js';

/** Which news: those that match every filter given (all news without any). */
export interface NewsFilters {
  /** Only articles that involve this organization id. */
  readonly organization?: string | undefined;
  /** Only articles about this country (ISO 3166-1 alpha-2, `IT`), or about a project there. */
  readonly country?: string | undefined;
  /** Only articles about this project id. */
  readonly project?: string | undefined;
  /** Only articles dated in this year. */
  readonly year?: number | undefined;
}

export interface NewsQuery extends NewsFilters {
  /** At most this many articles. */
  readonly limit?: number;
}

/** News articles with the organizations they name, as the content API's index pages have them. */
export interface NewsSelection {
  readonly items: readonly NewsArticle[];
  readonly organizations: readonly Organization[];
}

/** The news that match some filters, newest first (undated last), given a batch at a time. */
export interface NewsPages {
  /** The next `count` articles (fewer at the end), with the organizations they name. */
  next(count: number): Promise<NewsSelection>;
  /** Whether every article has been given. */
  readonly done: boolean;
  /** The address of an RSS feed of the same news, when the content API has one (for one filter or none). */
  readonly rss: string | undefined;
  /** The content API's index that holds exactly these news (one filter or none), if any: its feed is `rss`. */
  readonly index: NewsFilter | undefined;
}

/** Newest first; undated items last, in their original order (sort is stable). */
const newestFirst = (a: NewsArticle, b: NewsArticle): number =>
  a.date && b.date ? compareDates(b.date, a.date) : a.date ? -1 : b.date ? 1 : 0;

/** Whether `article` matches `filters`; `projectCountries` gives the countries a project works in. */
const matches = (article: NewsArticle, { organization, country, project, year }: NewsFilters, projectCountries: (id: string) => readonly string[]): boolean =>
  (!organization || article.organizations.includes(organization)) &&
  (!project || (article.projects ?? []).includes(project)) &&
  (!year || article.date?.slice(0, 4) === String(year)) &&
  (!country || (article.countries ?? []).includes(country) || (article.projects ?? []).some((id) => projectCountries(id).includes(country)));

/** A feed's news that match `filters`, newest first: every article is at hand. */
const feedNews = (feed: Feed, filters: NewsFilters): NewsPages => {
  const countriesOf = (id: string) => feed.projects?.find((candidate) => candidate.id === id)?.countries.map(({ code }) => code) ?? [];
  const rest = (feed.news ?? [])
    .map(withoutPrototypes)
    .filter((article) => matches(article, filters, countriesOf))
    .sort(newestFirst);
  return {
    next: async (count) => ({ items: rest.splice(0, count), organizations: [] }),
    get done() {
      return rest.length === 0;
    },
    rss: undefined,
    index: undefined,
  };
};

/**
 * The content API's news that match `filters`. The API has an index per filter, so the narrowest
 * of those given is read (a country, else a project, an organization, a year), page by page as
 * the reader asks for more, and the other filters are applied to its items (which name their
 * projects, organizations and dates; a country's index already holds the news of its projects).
 */
const apiNews = (filters: NewsFilters, language: string | undefined, contentApi: ContentApi | undefined): NewsPages => {
  const { organization, country, project, year } = filters;
  const [index, otherFilters]: [NewsFilter, NewsFilters] = country
    ? [{ kind: 'country', value: country }, { organization, project, year }]
    : project
      ? [{ kind: 'project', value: project }, { organization, year }]
      : organization
        ? [{ kind: 'organization', value: organization }, { year }]
        : year
          ? [{ kind: 'year', value: String(year) }, {}]
          : [{ kind: 'all' }, {}];
  // Read as own properties only: a filter not given is none, whatever Object.prototype holds.
  const others = withoutPrototypes(otherFilters);
  const narrowed = Object.values(others).some((value) => value !== undefined);
  const waiting: NewsArticle[] = [];
  const organizations: Organization[] = [];
  let nextPage = 1;
  let pages = Infinity;
  return {
    async next(count) {
      while (waiting.length < count && nextPage <= pages) {
        const page = await readNewsIndex(index, nextPage, language, contentApi);
        nextPage += 1;
        // A filter no news matches has no index.
        pages = page?.pages ?? 0;
        waiting.push(...(page?.items ?? []).filter((article) => matches(article, others, () => [])));
        organizations.push(...(page?.organizations ?? []));
      }
      return { items: waiting.splice(0, count), organizations };
    },
    get done() {
      return waiting.length === 0 && nextPage > pages;
    },
    rss: narrowed ? undefined : newsFeedUrl(index, language, contentApi),
    index: narrowed ? undefined : index,
  };
};

/**
 * The news that match `filters`, newest first; articles without a date come last. From `feed`
 * when one is given (its organizations are for the caller to name), else the content API's
 * index pages, read as they are asked for. `language` and `contentApi` as for `getNews`.
 */
export const openNews = (filters: NewsFilters, feed?: Feed, language?: string, contentApi?: ContentApi): NewsPages => {
  // Own properties only, whatever a page adds to Object.prototype.
  const own = withoutPrototypes(filters);
  return feed ? feedNews(feed, own) : apiNews(own, language, contentApi);
};

/**
 * News articles, newest first; articles without a date come last, in their original order.
 * All of them when `query.limit` is absent. `language` and `contentApi` as for `getNews`.
 */
export const listNews = async ({ limit = Infinity, ...filters }: NewsQuery = {}, feed?: Feed, language?: string, contentApi?: ContentApi): Promise<NewsArticle[]> => [
  ...(await openNews(filters, feed, language, contentApi).next(limit)).items,
];
