/**
 * The content API's news indexes: `<api>/news/index/<filter>/<lang>/<page>.json`, newest first,
 * in pages, and the RSS feed of each, `<api>/news/index/<filter>/<lang>/feed.xml`. Only the news
 * list reads them, so they are not in the code every widget shares.
 */
import type { NewsArticle, Organization } from './schema.js';
import { contentLanguage, documentUrl, readDocument, type ContentApi } from './content-api.js';
import { isId } from './ids.js';

/** What a news index is of: all news, or the news of one organization, country (`IT`), project or year (`2024`). */
export type NewsFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'organization' | 'country' | 'project' | 'year'; readonly value: string };

/** What each kind of filter takes: what else could not name an index folder. */
const filterValues = {
  organization: isId,
  project: isId,
  country: (code: string) => /^[A-Z]{2}$/.test(code),
  year: (year: string) => /^\d{4}$/.test(year),
};

/** One page of a news index. */
export interface NewsIndexPage {
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  readonly pageSize: number;
  readonly items: readonly NewsArticle[];
  readonly organizations: readonly Organization[];
}

/** The folder of a news index in `language`, or `undefined` for a value that cannot name one (an id with a slash). */
const newsIndexFolder = (filter: NewsFilter, language: string | undefined): string | undefined => {
  const path = filter.kind === 'all' ? 'all' : filterValues[filter.kind](filter.value) ? `${filter.kind}/${filter.value}` : undefined;
  return path && `news/index/${path}/${contentLanguage(language)}/`;
};

/** Page `page` (from 1) of the news index of `filter` for a reader of `language`; `undefined` when there is no such page (a filter no news matches). */
export const readNewsIndex = async (filter: NewsFilter, page: number, language?: string, api?: ContentApi): Promise<NewsIndexPage | undefined> => {
  const folder = newsIndexFolder(filter, language);
  return folder === undefined ? undefined : ((await readDocument(`${folder}${page}.json`, api)) as NewsIndexPage | undefined);
};

/** The path of the RSS feed of the news index of `filter` in `language`, under a content API's address. */
export const newsFeedPath = (filter: NewsFilter, language?: string): string | undefined => {
  const folder = newsIndexFolder(filter, language);
  return folder && `${folder}feed.xml`;
};

/** The address of the RSS feed of the news index of `filter` in `language`, to subscribe to. */
export const newsFeedUrl = (filter: NewsFilter, language?: string, api?: ContentApi): string | undefined => {
  const path = newsFeedPath(filter, language);
  try {
    return path === undefined ? undefined : documentUrl(path, api).href;
  } catch {
    return undefined;
  }
};
