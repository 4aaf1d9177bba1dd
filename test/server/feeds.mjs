/**
 * Feeds that misbehave, served by the test server under /test-feeds/: slow, failing, mistyped,
 * oversized, from another origin with and without CORS, cached for a year while they change.
 * Well-formed and hostile JSON documents live in test/fixtures/feeds/ as files.
 */
import { readFile } from 'node:fs/promises';
import { hostileFeed } from '../fixtures/xss/hostile-feed.mjs';

const partnerFeed = () => readFile(new URL('../fixtures/feeds/partner.json', import.meta.url), 'utf8');

/** The keys of the requests to /test-feeds/hang whose client went away before the answer. */
const abandoned = new Set();
/** How often each changing feed (by its ?key=) has been asked for. */
const editions = new Map();
const json = (ctx, body, type = 'application/json') => {
  ctx.status = 200;
  ctx.type = type;
  ctx.body = body;
};

const routes = {
  '/test-feeds/not-found': (ctx) => {
    ctx.status = 404;
    ctx.type = 'application/json';
    ctx.body = '{"error":"not found"}';
  },
  '/test-feeds/slow': async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    json(ctx, '{"version":1,"news":[]}');
  },
  // Answers after 15 s, unless the client gives up first (which /test-feeds/abandoned then lists).
  '/test-feeds/hang': async (ctx) => {
    const key = ctx.query.key ?? '';
    const gone = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 15_000);
      ctx.req.once('close', () => {
        clearTimeout(timer);
        resolve(!ctx.res.writableEnded);
      });
    });
    if (gone) abandoned.add(key);
    else json(ctx, '{"version":1,"news":[]}');
  },
  '/test-feeds/abandoned': (ctx) => json(ctx, JSON.stringify([...abandoned].sort())),
  // The partner feed after 400 ms.
  '/test-feeds/unhurried': async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    json(ctx, await partnerFeed());
  },
  '/test-feeds/html': (ctx) => json(ctx, '<!doctype html><title>Not a feed</title>', 'text/html'),
  '/test-feeds/not-json': (ctx) => json(ctx, '{"version": 1, "news": [', 'application/json'),
  '/test-feeds/huge': (ctx) => json(ctx, `{"version":1,"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`),
  // Every string and URL field of every record type holds an XSS payload.
  '/test-feeds/xss': (ctx) => json(ctx, JSON.stringify(hostileFeed())),
  // As many news items as the format allows, for a list that must still show only its limit.
  '/test-feeds/many-news': (ctx) => json(ctx, JSON.stringify({
    version: 1,
    news: Array.from({ length: 10_000 }, (_, index) => ({
      id: `item-${index}`,
      title: { en: `Item ${index}` },
      summary: { en: 'One of ten thousand.' },
      date: `${2000 + (index % 25)}-01`,
      organizations: ['iom'],
    })),
  })),
  // 100,000 levels of arrays where a record, a field and an enumerated value belong, beside one good item.
  '/test-feeds/deep': (ctx) => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const survivor = '{"id":"survivor","title":{"en":"Still here"},"summary":{"en":"Beside deep nesting."},"organizations":["iom"]}';
    json(ctx, `{"version":1,"news":[${survivor},${deep}],"projects":[{"id":"deep","status":${deep},"title":${deep}}]}`);
  },
  '/test-feeds/partner': async (ctx) => json(ctx, await partnerFeed()),
  // A feed that changes on every request but tells caches to keep it for a year.
  '/test-feeds/changing': (ctx) => {
    const key = ctx.query.key ?? '';
    const edition = (editions.get(key) ?? 0) + 1;
    editions.set(key, edition);
    ctx.set('cache-control', 'public, max-age=31536000');
    json(ctx, JSON.stringify({
      version: 1,
      news: [{ id: 'edition', title: { en: `Edition ${edition}` }, summary: { en: 'A feed that changes.' }, date: '2024-07', organizations: ['iom'] }],
    }));
  },
};

/** Routes served without CORS headers: a page on another origin may not read them. */
const sameOriginOnly = {
  '/test-feeds/partner-no-cors': routes['/test-feeds/partner'],
};

export const feedMiddleware = async (ctx, next) => {
  const shared = routes[ctx.path];
  const route = shared ?? sameOriginOnly[ctx.path];
  if (!route) return next();
  if (shared) ctx.set('access-control-allow-origin', '*');
  return route(ctx);
};
