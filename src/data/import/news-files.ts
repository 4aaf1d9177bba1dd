/**
 * Writes imported items as news record files, `<content folder>/news/<id>.json`: one record per
 * file in the shape of the feed format's news rule, every language inside, validated before it is
 * written, each file written whole or not at all.
 *
 * A second import of an item updates its file: the texts of the imported language are replaced,
 * the other languages kept; what the source does not carry (organizations, place, figures, and
 * anything edited by hand) is kept as it is.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Issue } from '../rules.js';
import { newsArticleRule } from '../schema.js';
import { formatIssue } from '../validate.js';
import { hashOfId, itemHash, newsId } from './ids.js';

/**
 * The JSON Schema of a news record file, written as its `"$schema"` so that an editor validates
 * the file as the author types. The same address as the record files written by hand (content/, scripts/synthetic-corpus.mjs).
 */
export const newsRecordSchema = 'https://unpkg.com/iom-widgets/dist/data/schemas/news.schema.json';

/** One item of a source, its texts already plain. */
export interface SourceItem {
  /** Where it is in the source, for messages: `item 3`, `post 12`. */
  readonly label: string;
  /** What identifies it in its source (guid, Atom id, link); `undefined` when nothing does. */
  readonly key: string | undefined;
  readonly title: string;
  readonly summary: string;
  /** `YYYY-MM-DD`. */
  readonly date?: string | undefined;
  /** An http(s) URL that passed the URL rule. */
  readonly url?: string | undefined;
}

/** Something said about one item: why it was skipped, or what was left out of it. */
export interface ImportNote {
  /** The item, e.g. `item 3 ("A title")`. */
  readonly item: string;
  readonly message: string;
}

/** What an import did. */
export interface ImportReport {
  /** The source's name (the feed's title, the site's name), when it has one. */
  readonly source: string | undefined;
  /** The folder the record files are in: `<content folder>/news`. */
  readonly folder: string;
  /** Ids of the records written for the first time. */
  readonly created: string[];
  /** Ids of the records whose files changed. */
  readonly updated: string[];
  /** Ids of the records whose files already said the same. */
  readonly unchanged: string[];
  /** Items not imported, and why. */
  readonly skipped: ImportNote[];
  /** Items imported with something left out (a link that is not http or https, a date that is none). */
  readonly notes: ImportNote[];
}

export interface WriteOptions {
  /** The content folder; files go to its `news/` folder. */
  readonly out: string;
  /** The language of the source's texts. */
  readonly lang: string;
  /** Organization ids for new records. */
  readonly organizations: readonly string[];
  /** The source's name, for each record's `source`. */
  readonly source: string | undefined;
}

/** The order of a record file's members: the news rule's, after `$schema`. */
const fieldOrder = ['$schema', 'id', 'title', 'summary', 'date', 'place', 'organizations', 'figures', 'url', 'source'];

type RecordFile = Record<string, unknown>;

/** `record`'s members in the order of {@link fieldOrder}, then any others (which validation reports). */
const ordered = (record: RecordFile): RecordFile => {
  const keys = [...fieldOrder.filter((key) => key in record), ...Object.keys(record).filter((key) => !fieldOrder.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `text` in `lang` added to a localised text, replacing what it said in `lang`. */
const withLanguage = (existing: unknown, lang: string, text: string) => ({ ...(isObject(existing) ? existing : {}), [lang]: text });

/**
 * The record file for `item`: the existing file's record (`undefined` for a new one) with the
 * item's texts in `lang`. The date and link are the item's when the record has none or `lang` is
 * its first language, so that a translation's own link does not replace the original's.
 */
const mergedRecord = (id: string, item: SourceItem, existing: RecordFile | undefined, options: WriteOptions): RecordFile => {
  const { $schema: _, ...kept } = existing ?? {};
  const firstLanguage = isObject(kept.title) ? Object.keys(kept.title)[0] : undefined;
  const ownsLinks = firstLanguage === undefined || firstLanguage === options.lang;
  return ordered({
    ...kept,
    $schema: newsRecordSchema,
    id,
    title: withLanguage(kept.title, options.lang, item.title),
    summary: withLanguage(kept.summary, options.lang, item.summary),
    ...(item.date && (ownsLinks || kept.date === undefined) && { date: item.date }),
    organizations: kept.organizations ?? [...options.organizations],
    ...(item.url && (ownsLinks || kept.url === undefined) && { url: item.url }),
    ...(options.source && { source: withLanguage(kept.source, options.lang, options.source) }),
  });
};

/** The problems of `record` by the news rule (the file's `$schema` aside). */
const problemsOf = (record: RecordFile): Issue[] => {
  const { $schema: _, ...article } = record;
  const issues: Issue[] = [];
  newsArticleRule.parse(article, '', issues);
  return issues;
};

/** Writes `text` to `path` through a temporary file beside it, so that readers see all of it or none. */
const writeWhole = async (path: string, folder: string, text: string): Promise<void> => {
  const temporary = join(folder, `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
};

/** The id of each record file in `folder` made by an import, by its hash. */
const importedIds = async (folder: string): Promise<Map<string, string>> => {
  const ids = new Map<string, string>();
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const id = name.slice(0, -'.json'.length);
    const hash = hashOfId(id);
    if (hash) ids.set(hash, id);
  }
  return ids;
};

/** `item 3 ("A title")`, the title cut short. */
export const describe = (label: string, title: string | undefined): string =>
  title ? `${label} (${JSON.stringify(title.length > 60 ? `${title.slice(0, 59)}…` : title)})` : label;

/**
 * Writes `items` as record files into `options.out`/news, and says what it did. `notes` are
 * what the reading of the source had to say (left-out links and dates, skipped items).
 */
export const writeNewsFiles = async (
  items: readonly SourceItem[],
  options: WriteOptions,
  said: { skipped: ImportNote[]; notes: ImportNote[] },
): Promise<ImportReport> => {
  const folder = join(options.out, 'news');
  await mkdir(folder, { recursive: true });
  const report: ImportReport = { source: options.source, folder, created: [], updated: [], unchanged: [], ...said };
  const existingIds = await importedIds(folder);
  /** The item that had each key in this import. */
  const seen = new Map<string, string>();
  for (const item of items) {
    const described = describe(item.label, item.title);
    const key = item.key ?? `${item.title}\n${item.date ?? ''}`;
    const hash = itemHash(key);
    const first = seen.get(hash);
    if (first) {
      report.skipped.push({ item: described, message: `the same item as ${first} (the same ${item.key ? 'guid or link' : 'title and date'}); left out` });
      continue;
    }
    seen.set(hash, item.label);
    const id = existingIds.get(hash) ?? newsId(item.title, key);
    const path = join(folder, `${id}.json`);
    let before: string | undefined;
    let existing: RecordFile | undefined;
    try {
      before = await readFile(path, 'utf8');
      const parsed: unknown = JSON.parse(before.replace(/^\uFEFF/, ''));
      if (!isObject(parsed)) throw new Error('it holds no record');
      existing = parsed;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') {
        report.skipped.push({ item: described, message: `${path} cannot be read as a record (${(error as Error).message}); left as it is` });
        continue;
      }
    }
    const record = mergedRecord(id, item, existing, options);
    const problems = problemsOf(record);
    if (problems.length) {
      report.skipped.push({ item: described, message: `would not be a valid record (${problems.map(formatIssue).join('; ')}); ${existing ? `${path} left as it is` : 'not written'}` });
      continue;
    }
    const text = `${JSON.stringify(record, null, 2)}\n`;
    if (text === before) {
      report.unchanged.push(id);
      continue;
    }
    await writeWhole(path, folder, text);
    (existing ? report.updated : report.created).push(id);
  }
  return report;
};

