/**
 * Content APIs other than the one beside the library, served by the test server under
 * /test-content/: a staging copy of cdn/content/ whose titles say "Staging: " (so a test sees
 * which API a widget read), a copy whose documents are of another format version, one that
 * answers every request with a server error, and one whose documents hold the XSS corpus
 * (test/fixtures/xss/) in every field, unvalidated, as a hostile publisher could serve them.
 * `many/` is the content build's API of the built-in content and 23 more news items (written as
 * files, then built as IOM would), for the news list's pages; `many-failing/` is the same, but
 * any index page after the first fails. `maps/` is the content build's API of the built-in content
 * and the projects of test/fixtures/map-projects.json (the cases of the map anywhere on Earth),
 * each with its map document.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildMapCasesApi, buildTestApi } from '../../scripts/test-content-api.mjs';
import { hostileFeed } from '../fixtures/xss/hostile-feed.mjs';

/** The document of cdn/content/ at `path`, or undefined when there is none. */
const builtDocument = async (path) => {
  try {
    return JSON.parse(await readFile(new URL(`../../cdn/content/${path}`, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
};

/** `record` with each of its title's texts marked as the staging copy's. */
const staged = (record) =>
  record?.title ? { ...record, title: Object.fromEntries(Object.entries(record.title).map(([lang, text]) => [lang, `Staging: ${text}`])) } : record;

/** The kinds of record and their lists in a feed, and the organisations each record names. */
const namedBy = {
  news: (record) => record.organizations,
  partnerships: (record) => record.organizations,
  projects: (record) => record.organizations ?? [],
  contacts: (record) => [record.organization],
};

/** A document of the hostile content API: `<kind>/<id>/<lang>.json` from the hostile feed. */
const hostileDocument = (path) => {
  const [, kind, id, lang] = /^(\w+)\/([\w-]+)\/(\w+)\.json$/.exec(path) ?? [];
  const feed = hostileFeed();
  const record = feed[kind]?.find((candidate) => candidate.id === id);
  if (!record) return undefined;
  const ids = namedBy[kind]?.(record) ?? [];
  return {
    format: 1,
    kind,
    id,
    lang,
    record,
    organizations: feed.organizations.filter((organization) => ids.includes(organization.id)),
  };
};

/** News item `n` (1 to 23) of the many/ API: newest first by number, in 2025 but for the last three. */
const extraNews = (n) => {
  const number = String(n).padStart(2, '0');
  return {
    id: `extra-news-${number}`,
    title: { en: `Extra news ${number}`, fr: `Actualité supplémentaire ${number}` },
    summary: { en: `Summary of extra news ${number}.` },
    date: n <= 20 ? `2025-12-${String(31 - n).padStart(2, '0')}` : `2023-0${n - 20}-01`,
    organizations: n % 2 ? ['iom'] : ['iom', 'unodc'],
    ...(n % 3 === 0 && { countries: ['BD'] }),
    ...(n % 5 === 0 && { projects: ['admin4all'] }),
    url: `https://www.iom.int/news/extra-${number}`,
  };
};

/** The document at `path` in the API built in `folder` (a promise of it), or undefined when there is none. */
const documentIn = async (folder, path) => {
  try {
    return JSON.parse(await readFile(join(await folder, path), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
};

/** The many/ API's folder, built once per test run from content/ and the extra news files. */
let manyApi;
/** The document at `path` in the many/ API, or undefined when there is none. */
const manyDocument = (path) =>
  documentIn((manyApi ??= buildTestApi('many', async () => Array.from({ length: 23 }, (_, index) => ['news', extraNews(index + 1)]))), path);

/**
 * The maps/ API's folder, built once per test run from content/ and the map test projects. Its
 * map documents take seconds to compute, more than a widget waits for its content: the build
 * starts with the test server, which waits for it (contentApisBuilt) before the tests start.
 */
const mapsApi = buildMapCasesApi();
// A build that fails answers each request to maps/ with a server error.
mapsApi.catch(() => {});

/** Resolves once the content APIs built at the test server's start are built (or failed). */
export const contentApisBuilt = () => mapsApi.then(
  () => undefined,
  () => undefined,
);

const apis = {
  'maps/': (path) => documentIn(mapsApi, path),
  'many/': manyDocument,
  'many-failing/': async (path) => {
    if (/\/index\/.+\/([2-9]|\d\d+)\.json$/.test(path)) throw new Error('server error');
    return manyDocument(path);
  },
  'staging/': async (path) => {
    const document = await builtDocument(path);
    if (!document) return undefined;
    return { ...document, ...(document.record && { record: staged(document.record) }), ...(document.items && { items: document.items.map(staged) }) };
  },
  'format-2/': async (path) => {
    const document = await builtDocument(path);
    return document && { ...document, format: 2 };
  },
  'failing/': async () => {
    throw new Error('server error');
  },
  'hostile/': async (path) => hostileDocument(path),
};

export const contentMiddleware = async (ctx, next) => {
  const prefix = '/test-content/';
  if (!ctx.path.startsWith(prefix)) return next();
  const rest = ctx.path.slice(prefix.length);
  const api = Object.keys(apis).find((name) => rest.startsWith(name));
  if (!api || rest.includes('..')) return next();
  try {
    const document = await apis[api](rest.slice(api.length));
    ctx.status = document ? 200 : 404;
    ctx.type = 'application/json';
    ctx.body = document ? JSON.stringify(document) : '{"error":"not found"}';
  } catch {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'server error';
  }
};
