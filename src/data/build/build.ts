/**
 * The content build: a content folder in, a static content API out. On any problem in the folder
 * nothing is written; the API is written into a temporary folder beside `out` and takes its place
 * only once complete, so `out` is never half built.
 */
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { NewsArticle } from '../schema.js';
import { ContentIndex, indexPage, newsIndexes, pageCount, recordDocument } from './documents.js';
import { contentKinds, type ContentKind, type ContentRecords } from './kinds.js';
import { uiLanguages } from './languages.js';
import { loadContentFolder, type ContentFolder, type ContentProblem } from './load-folder.js';
import { rssFeed } from './rss.js';
import { CONTENT_FORMAT, PAGE_SIZE, contentApiSchemas } from './schemas.js';
import { ApiWriter } from './write-api.js';
import { startMapDocuments } from './map/map-worker.js';

export interface BuildOptions {
  /** The folder to write the content API to; replaced as a whole once the new one is complete. */
  readonly out: string;
  /** The web page the RSS feeds are about (their channel's link). Default: IOM's news page. */
  readonly link?: string;
  /** The build's date, for the manifest and the feeds. Default: now. */
  readonly built?: Date;
}

export interface BuildResult {
  /** Every problem of the folder; when there is any, nothing was written. */
  readonly problems: readonly ContentProblem[];
  /** What was written: absent when there were problems. */
  readonly written?: {
    readonly out: string;
    readonly files: number;
    readonly bytes: number;
    readonly counts: { readonly [K in ContentKind]: number };
  };
}

/** The channel link of the feeds when none is given. */
export const defaultFeedLink = 'https://www.iom.int/news';

/** "News" in each interface language, for the title of a feed. */
const newsTitle: Record<string, string> = { en: 'News', fr: 'Actualités', es: 'Noticias', it: 'Notizie', ar: 'الأخبار' };

/** What an index is about, in `language`, for its feed's title: an organization, a country, a project or a year. */
const filterLabel = (content: ContentIndex, filter: string, language: string): string | undefined => {
  const [kind, value = ''] = filter.split('/') as [string, string?];
  const text = (localized: Readonly<Record<string, string>> | undefined) => (localized ? Object.values(localized)[0] : undefined);
  if (kind === 'organization') return text(content.organizations([value], language)[0]?.name) ?? value;
  if (kind === 'project') {
    const project = content.get('projects', value);
    return project ? text(content.cut('projects', project, language).title) : value;
  }
  if (kind === 'country') return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(value) ?? value;
  return kind === 'year' ? value : undefined;
};

const writeNewsIndex = async (writer: ApiWriter, content: ContentIndex, filter: string, items: readonly NewsArticle[], language: string, options: BuildOptions, built: Date) => {
  const folder = `news/index/${filter}/${language}`;
  const first = indexPage(content, filter, items, language, 1);
  await writer.json(`${folder}/1.json`, first);
  for (let page = 2; page <= pageCount(items.length); page += 1) {
    await writer.json(`${folder}/${page}.json`, indexPage(content, filter, items, language, page));
  }
  const label = filterLabel(content, filter, language);
  const title = label ? `${newsTitle[language]}: ${label}` : newsTitle[language]!;
  await writer.text(
    `${folder}/feed.xml`,
    rssFeed({ title, description: title, link: options.link ?? defaultFeedLink, language, built, items: first.items, organizations: first.organizations }),
  );
};

/** Writes every document of the content API of `records` into `writer`'s folder. */
const writeApi = async (writer: ApiWriter, records: ContentRecords, options: BuildOptions, built: Date) => {
  // Map documents are language-free, one per project, and computed beside the rest.
  const maps = startMapDocuments(records.projects, CONTENT_FORMAT);
  try {
    const content = new ContentIndex(records);
    const indexes = newsIndexes(content);
    for (const language of uiLanguages) {
      for (const kind of contentKinds) {
        for (const record of records[kind]) await writer.json(`${kind}/${record.id}/${language}.json`, recordDocument(content, kind, record as never, language));
      }
      for (const [filter, items] of indexes) await writeNewsIndex(writer, content, filter, items, language, options, built);
      content.forget(language);
    }
    for await (const document of maps.documents) await writer.json(`projects/${document.id}/map.json`, document);
  } finally {
    await maps.stop();
  }
  for (const [name, schema] of Object.entries(contentApiSchemas())) await writer.text(`schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  const counts = Object.fromEntries(contentKinds.map((kind) => [kind, records[kind].length])) as Record<ContentKind, number>;
  await writer.json('manifest.json', { format: CONTENT_FORMAT, languages: [...uiLanguages], pageSize: PAGE_SIZE, counts, built: built.toISOString() });
  await writer.done();
  return counts;
};

/** Puts the complete folder `built` in the place of `out` (a folder or nothing). */
const replaceFolder = async (out: string, built: string) => {
  const existing = await stat(out).catch(() => undefined);
  if (!existing) return rename(built, out);
  const old = `${built}.old`;
  await rename(out, old);
  try {
    await rename(built, out);
  } catch (error) {
    await rename(old, out);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
};

/**
 * Builds the content API of `folder` (a content folder's path, or one {@link loadContentFolder}
 * read) into `options.out`. When the folder has any problem, returns them all and writes nothing.
 * Throws when the folder cannot be read or `out` cannot be written (or is a file).
 */
export const buildContentApi = async (folder: ContentFolder | string, options: BuildOptions): Promise<BuildResult> => {
  const content = typeof folder === 'string' ? await loadContentFolder(folder) : folder;
  if (content.problems.length) return { problems: content.problems };
  const out = resolve(options.out);
  if ((await stat(out).catch(() => undefined))?.isDirectory() === false) throw new Error(`${options.out} is a file, not a folder`);
  await mkdir(dirname(out), { recursive: true });
  const temporary = await mkdtemp(join(dirname(out), `.${basename(out)}.building-`));
  const writer = new ApiWriter(temporary);
  try {
    const counts = await writeApi(writer, content.records, options, options.built ?? new Date());
    await replaceFolder(out, temporary);
    return { problems: [], written: { out: options.out, files: writer.files, bytes: writer.bytes, counts } };
  } catch (error) {
    await writer.done().catch(() => undefined);
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
};
