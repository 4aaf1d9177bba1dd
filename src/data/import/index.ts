/**
 * Importers, in Node: news from an RSS 2.0 or Atom feed, or from a WordPress site's REST API,
 * written as record files into a content folder (`<folder>/news/<id>.json`).
 *
 * ```js
 * import { importFeed, importWordPress } from 'iom-widgets/import';
 * const report = await importFeed('https://example.org/feed/', { out: 'content', lang: 'en' });
 * console.log(report.created, report.updated, report.skipped);
 * ```
 *
 * HTML becomes plain text (never executed, never kept as markup), dates become partial dates
 * (the UTC day), links pass the feed format's URL rule or are left out, and each record is
 * validated before its file is written, whole. The same item gets the same id on every import,
 * so a second import updates its file (in the language imported, other languages kept) rather
 * than adding another. The command line does the same: `npx iom-widgets import rss|wordpress …`.
 * Both need htmlparser2 and parse5 installed beside iom-widgets (`npm i -D htmlparser2 parse5`):
 * without them, importing rejects with a {@link MissingPackagesError} that names them.
 */
import type { Issue } from '../rules.js';
import { idRule, localizedTextRule } from '../schema.js';
import { readFeedDocument } from './feed-document.js';
import { writeNewsFiles, type ImportReport } from './news-files.js';
import { loadParsers } from './packages.js';
import type { Said } from './source-items.js';
import { isAddress, readSource } from './source.js';
import { readWordPress } from './wordpress.js';

export { MissingPackagesError } from '../missing-packages.js';
export { ImportSourceError, importLimits } from './source.js';
export { newsRecordSchema, type ImportNote, type ImportReport } from './news-files.js';

export interface ImportOptions {
  /** The content folder; the news record files go to its `news/` folder, which is made if need be. */
  readonly out: string;
  /** The language of the source's texts, e.g. `en`: each record gets its texts in it. */
  readonly lang: string;
  /** Organization ids for new records (the schema needs one at least); `["iom"]` by default. */
  readonly organizations?: readonly string[];
}

/** Thrown when the options are not usable: a language or organization id the records do not accept. */
export class ImportOptionsError extends Error {
  override readonly name = 'ImportOptionsError';
}

/** `options` checked by the same rules as the records, with the default organization. */
const checked = (options: ImportOptions) => {
  const issues: Issue[] = [];
  if (!localizedTextRule.parse({ [options.lang]: 'text' }, 'lang', issues)) throw new ImportOptionsError(`${JSON.stringify(options.lang)} is not a language code`);
  const organizations = options.organizations?.length ? options.organizations : ['iom'];
  for (const id of organizations) {
    if (idRule.parse(id, 'organization', issues) === undefined) throw new ImportOptionsError(`${JSON.stringify(id)} is not an organization id (lowercase letters, digits and single hyphens)`);
  }
  return { out: options.out, lang: options.lang, organizations };
};

const said = (): Said => ({ skipped: [], notes: [] });

/**
 * Imports the news of the RSS 2.0, RSS 1.0 or Atom feed `source` (a file, or an http or https
 * address) into the content folder `options.out`. Rejects with an {@link ImportSourceError} when
 * the source cannot be read or is no feed; items that cannot be imported are in the report's
 * `skipped`, and what was left out of imported ones in its `notes`.
 */
export const importFeed = async (source: string, options: ImportOptions): Promise<ImportReport> => {
  const settings = checked(options);
  const { htmlparser2, parse5 } = await loadParsers();
  const text = await readSource(source);
  const notes = said();
  const feed = readFeedDocument(text, { htmlparser2, parse5, base: isAddress(source) ? source : undefined, said: notes });
  return writeNewsFiles(feed.items, { ...settings, source: feed.title }, notes);
};

/**
 * Imports the published posts of the WordPress site at `site` (its home address) into the
 * content folder `options.out`, through the site's REST API, every page of posts. Rejects with an
 * {@link ImportSourceError} when the site cannot be reached or is not WordPress.
 */
export const importWordPress = async (site: string, options: ImportOptions): Promise<ImportReport> => {
  const settings = checked(options);
  const { parse5 } = await loadParsers();
  const notes = said();
  const posts = await readWordPress(site, parse5, notes);
  return writeNewsFiles(posts.items, { ...settings, source: posts.title }, notes);
};
