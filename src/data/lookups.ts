/**
 * Look-ups over the built-in records, or over a feed's records when one is given. Built-in
 * content is loaded on demand, a module per kind (and per article for news), so a page
 * downloads only what it shows; that is why look-ups return promises. Elements import this
 * module rather than the package index, so pages that never load a feed never download the
 * validator.
 */
import { newsIndex, type NewsEntry } from './content/news/index.js';
import type { ContentLanguage } from './content/languages.js';
import { organizations } from './content/organizations.js';
import type { Contact, Feed, NewsArticle, Organization, Partnership, PartialDate, Project } from './schema.js';

const byId = <T extends { id: string }>(records: readonly T[] | undefined, id: string): T | undefined =>
  records?.find((record) => record.id === id);

/**
 * Loads a built-in article: in every language, or, given `language`, only its texts in that
 * language (English where that language lacks one), which is all a widget needs to download.
 */
const loadArticle = async ({ load, loadIn, ...entry }: NewsEntry, language?: string): Promise<NewsArticle> => ({
  ...entry,
  ...(await (loadIn[language as ContentLanguage] ?? load)()).default,
});

/**
 * A news article by id: from `feed` when one is given, else built in. With `language`, a
 * built-in article may come with its texts in that language only.
 */
export const getNews = async (id: string, feed?: Feed, language?: string): Promise<NewsArticle | undefined> => {
  if (feed) return byId(feed.news, id);
  const entry = byId(newsIndex, id);
  return entry && loadArticle(entry, language);
};

/** A partnership by id: from `feed` when one is given, else built in. */
export const getPartnership = async (id: string, feed?: Feed): Promise<Partnership | undefined> =>
  byId(feed ? feed.partnerships : (await import('./content/partnerships.js')).partnerships, id);

/** A project by id: from `feed` when one is given, else built in. */
export const getProject = async (id: string, feed?: Feed): Promise<Project | undefined> =>
  byId(feed ? feed.projects : (await import('./content/projects.js')).projects, id);

/** A contact by id: from `feed` when one is given, else built in. */
export const getContact = async (id: string, feed?: Feed): Promise<Contact | undefined> =>
  byId(feed ? feed.contacts : (await import('./content/contacts.js')).contacts, id);

/**
 * An organisation by id. A feed may define its own organisations and still refer to the
 * built-in ones (`iom`), so the feed is asked first, then the built-in list.
 */
export const getOrganization = (id: string, feed?: Feed): Organization | undefined =>
  byId(feed?.organizations, id) ?? byId(organizations, id);

/** An organisation with all the facts known of it: built-in profile facts are loaded on demand. */
export const loadOrganization = async (id: string, feed?: Feed): Promise<Organization | undefined> => {
  const organization = getOrganization(id, feed);
  if (!organization || byId(feed?.organizations, id)) return organization;
  const { organizationProfiles } = await import('./content/organization-profiles.js');
  return { ...organization, ...organizationProfiles[id] };
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
const newestFirst = <T extends Pick<NewsArticle, 'date' | 'organizations'>>(items: readonly T[], query: NewsQuery): T[] =>
  items
    .filter((item) => !query.organization || item.organizations.includes(query.organization))
    .sort((a, b) => (a.date && b.date ? compareDates(b.date, a.date) : a.date ? -1 : b.date ? 1 : 0))
    .slice(0, query.limit ?? Infinity);

/**
 * News articles, newest first; articles without a date come last, in their original order.
 * `language` as for {@link getNews}.
 */
export const listNews = async (query: NewsQuery = {}, feed?: Feed, language?: string): Promise<NewsArticle[]> =>
  feed
    ? newestFirst(feed.news ?? [], query)
    : Promise.all(newestFirst(newsIndex, query).map((entry) => loadArticle(entry, language)));

/** The ids of the built-in records of each kind. */
export const builtInIds = async () => ({
  news: newsIndex.map((entry) => entry.id),
  partnerships: (await import('./content/partnerships.js')).partnerships.map((record) => record.id),
  projects: (await import('./content/projects.js')).projects.map((record) => record.id),
  contacts: (await import('./content/contacts.js')).contacts.map((record) => record.id),
  organizations: organizations.map((record) => record.id),
});
