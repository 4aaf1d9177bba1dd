/**
 * The documents of the content API, made from valid records: each record in each language with
 * the organizations it names, and the news indexes (newest first, in pages, by filter).
 */
import type { Contact, NewsArticle, Organization } from '../schema.js';
import { contentKinds, recordRules, type ContentKind, type ContentRecords } from './kinds.js';
import { recordCutter } from './languages.js';
import { organizationIdsOf } from './references.js';
import { CONTENT_FORMAT, PAGE_SIZE } from './schemas.js';

type RecordOf<K extends ContentKind> = ContentRecords[K][number];

/** The records of a folder by kind and id, and each kind's records cut to a language. */
export class ContentIndex {
  readonly #byId: { readonly [K in ContentKind]: ReadonlyMap<string, RecordOf<K>> };
  readonly #cutters = Object.fromEntries(contentKinds.map((kind) => [kind, recordCutter(recordRules[kind].schema())])) as unknown as {
    readonly [K in ContentKind]: (record: RecordOf<K>, language: string) => RecordOf<K>;
  };
  /** Records already cut, by language and then by record: a news item is on several index pages. */
  readonly #cut = new Map<string, WeakMap<object, object>>();

  constructor(readonly records: ContentRecords) {
    this.#byId = Object.fromEntries(
      contentKinds.map((kind) => [kind, new Map(records[kind].map((record: { id: string }) => [record.id, record]))]),
    ) as never;
  }

  /** The record of `kind` with this id. */
  get<K extends ContentKind>(kind: K, id: string): RecordOf<K> | undefined {
    return this.#byId[kind].get(id) as RecordOf<K> | undefined;
  }

  /** `record` (of `kind`) cut to `language`. */
  cut<K extends ContentKind>(kind: K, record: RecordOf<K>, language: string): RecordOf<K> {
    let cuts = this.#cut.get(language);
    if (!cuts) this.#cut.set(language, (cuts = new WeakMap()));
    let cut = cuts.get(record);
    if (!cut) cuts.set(record, (cut = this.#cutters[kind](record, language)));
    return cut as RecordOf<K>;
  }

  /**
   * The organizations with these ids, cut to `language`, as the records that name them show them:
   * by name and acronym (their own documents have the rest).
   */
  organizations(ids: Iterable<string>, language: string): Organization[] {
    return [...ids].flatMap((id) => {
      const organization = this.get('organizations', id);
      if (!organization) return [];
      const { name, acronym } = this.cut('organizations', organization, language);
      return [{ id, name, ...(acronym && { acronym }) }];
    });
  }

  /** Forgets the records cut to `language`, once its documents are written. */
  forget(language: string): void {
    this.#cut.delete(language);
  }
}

/** <api>/<kind>/<id>/<lang>.json: `record` cut to `language`, with the organizations it names (and a project's contact). */
export const recordDocument = <K extends ContentKind>(content: ContentIndex, kind: K, record: RecordOf<K>, language: string) => {
  const organizationIds = new Set(organizationIdsOf(kind, record));
  const contactId = kind === 'projects' ? (record as RecordOf<'projects'>).contact : undefined;
  const contact: Contact | undefined = contactId === undefined ? undefined : content.get('contacts', contactId);
  // The contact box a project map shows names the contact's organization.
  if (contact) organizationIds.add(contact.organization);
  return {
    format: CONTENT_FORMAT,
    kind,
    id: record.id,
    lang: language,
    record: content.cut(kind, record, language),
    organizations: content.organizations(organizationIds, language),
    ...(contact && { contact: content.cut('contacts', contact, language) }),
  };
};

/** Newest first by date (`2024-07-02` before `2024-07` before `2024`… as partial dates sort); undated last; then by id. */
export const newestFirst = (a: NewsArticle, b: NewsArticle): number => {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * The news indexes, by filter (`all`, `organization/<id>`, `country/<code>`, `project/<id>`,
 * `year/<yyyy>`), each newest first. A news item is in a country's index when it lists the
 * country or names a project that works there. `all` is there even when there is no news.
 */
export const newsIndexes = (content: ContentIndex): Map<string, NewsArticle[]> => {
  const indexes = new Map<string, NewsArticle[]>([['all', []]]);
  const add = (filter: string, news: NewsArticle) => {
    let items = indexes.get(filter);
    if (!items) indexes.set(filter, (items = []));
    items.push(news);
  };
  for (const news of [...content.records.news].sort(newestFirst)) {
    const projects = [...new Set(news.projects ?? [])];
    const countries = new Set(news.countries ?? []);
    for (const id of projects) for (const country of content.get('projects', id)?.countries ?? []) countries.add(country.code);
    const filters = [
      'all',
      ...new Set(news.organizations.map((id) => `organization/${id}`)),
      ...[...countries].map((code) => `country/${code}`),
      ...projects.map((id) => `project/${id}`),
      ...(news.date ? [`year/${news.date.slice(0, 4)}`] : []),
    ];
    for (const filter of filters) add(filter, news);
  }
  return indexes;
};

/** The number of pages of an index of `total` items (an empty index has its page 1). */
export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** <api>/news/index/<filter>/<lang>/<page>.json: page `page` (from 1) of the index `filter`. */
export const indexPage = (content: ContentIndex, filter: string, items: readonly NewsArticle[], language: string, page: number) => {
  const pageItems = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((news) => content.cut('news', news, language));
  return {
    format: CONTENT_FORMAT,
    filter,
    lang: language,
    page,
    pages: pageCount(items.length),
    total: items.length,
    pageSize: PAGE_SIZE,
    items: pageItems,
    organizations: content.organizations(new Set(pageItems.flatMap((news) => news.organizations)), language),
  };
};
