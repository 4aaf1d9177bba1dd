/**
 * The built library as pages may find it: another version of it (the classic script with its
 * version string changed, to test a page that loads two different copies), and a copy of cdn/
 * at another address (/test-builds/mirror/cdn/…, for the loader's data-base-path).
 */
import { readFile } from 'node:fs/promises';

const mirror = '/test-builds/mirror/cdn/';

export const buildsMiddleware = async (ctx, next) => {
  if (ctx.path.startsWith(mirror) && /^[\w/.-]+\.js$/.test(ctx.path) && !ctx.path.includes('..')) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL(`../../cdn/${ctx.path.slice(mirror.length)}`, import.meta.url), 'utf8');
    return;
  }
  if (ctx.path !== '/test-builds/other-version.classic.js') return next();
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const script = await readFile(new URL('../../cdn/iom-widgets.classic.js', import.meta.url), 'utf8');
  ctx.type = 'text/javascript';
  ctx.body = script.replaceAll(`\`${version}\``, '`99.0.0`').replaceAll(`"${version}"`, '"99.0.0"');
};
