/**
 * The built library as pages may find it: another version of it (the classic script with its
 * version string changed, to test a page that loads two different copies), and copies of cdn/
 * at other addresses (/test-builds/mirror/cdn/…, for the loader's data-base-path;
 * /test-builds/slow-strings/cdn/…, whose translations are slow to arrive).
 */
import { readFile } from 'node:fs/promises';

/** Copies of cdn/: as it is, and one whose UI strings (cdn/locales/) take 1.5 s to arrive. */
const mirrors = { '/test-builds/mirror/cdn/': 0, '/test-builds/slow-strings/cdn/': 1500 };

export const buildsMiddleware = async (ctx, next) => {
  const mirror = Object.keys(mirrors).find((prefix) => ctx.path.startsWith(prefix));
  if (mirror && /^[\w/.-]+\.js$/.test(ctx.path) && !ctx.path.includes('..')) {
    const file = ctx.path.slice(mirror.length);
    if (file.startsWith('locales/')) await new Promise((resolve) => setTimeout(resolve, mirrors[mirror]));
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL(`../../cdn/${file}`, import.meta.url), 'utf8');
    return;
  }
  if (ctx.path !== '/test-builds/other-version.classic.js') return next();
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const script = await readFile(new URL('../../cdn/iom-widgets.classic.js', import.meta.url), 'utf8');
  ctx.type = 'text/javascript';
  ctx.body = script.replaceAll(`\`${version}\``, '`99.0.0`').replaceAll(`"${version}"`, '"99.0.0"');
};
