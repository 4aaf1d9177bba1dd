/**
 * Content APIs other than the one beside the library, served by the test server under
 * /test-content/: a staging copy of cdn/content/ whose titles say "Staging: " (so a test sees
 * which API a widget read), a copy whose documents are of another format version, one that
 * answers every request with a server error, and one whose documents hold the XSS corpus
 * (test/fixtures/xss/) in every field, unvalidated, as a hostile publisher could serve them.
 */
import { readFile } from 'node:fs/promises';
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

const apis = {
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
