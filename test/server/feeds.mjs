/**
 * Feeds that misbehave, served by the test server under /test-feeds/: slow, failing, mistyped,
 * oversized. Well-formed and hostile JSON documents live in test/fixtures/feeds/ as files.
 */
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
  '/test-feeds/html': (ctx) => json(ctx, '<!doctype html><title>Not a feed</title>', 'text/html'),
  '/test-feeds/not-json': (ctx) => json(ctx, '{"version": 1, "news": [', 'application/json'),
  '/test-feeds/huge': (ctx) => json(ctx, `{"version":1,"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`),
};

export const feedMiddleware = async (ctx, next) => {
  const route = routes[ctx.path];
  if (!route) return next();
  ctx.set('access-control-allow-origin', '*');
  return route(ctx);
};
