/**
 * The built library as pages may find it: another version of it (the classic script with its
 * version string changed, to test a page that loads two different copies), and copies of cdn/
 * at other addresses (/test-builds/mirror/cdn/…, for the loader's data-base-path;
 * /test-builds/slow-strings/cdn/…, /test-builds/slow-elements/cdn/… and
 * /test-builds/slow-styles/cdn/…, where the translations, the element modules or the style sheets
 * are slow to arrive), each with its content API (cdn/content/) beside it; and the content API
 * beside the other version's classic script (/test-builds/content/).
 */
import { readFile } from 'node:fs/promises';

/** Copies of cdn/: as it is, and ones where a folder's modules take a while to arrive. */
const mirrors = {
  '/test-builds/mirror/cdn/': { slow: undefined, delay: 0 },
  '/test-builds/slow-strings/cdn/': { slow: 'locales/', delay: 1500 },
  '/test-builds/slow-elements/cdn/': { slow: 'elements/', delay: 500 },
  '/test-builds/slow-styles/cdn/': { slow: 'styles/', delay: 1500 },
};

export const buildsMiddleware = async (ctx, next) => {
  const mirror = Object.keys(mirrors).find((prefix) => ctx.path.startsWith(prefix));
  const classicContent = '/test-builds/content/';
  const base = mirror ?? (ctx.path.startsWith(classicContent) ? '/test-builds/' : undefined);
  if (base && /^[\w/.-]+\.(js|css|json)$/.test(ctx.path) && !ctx.path.includes('..')) {
    const file = ctx.path.slice(base.length);
    const { slow, delay } = mirrors[base] ?? {};
    if (slow && file.startsWith(slow)) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      ctx.body = await readFile(new URL(`../../cdn/${file}`, import.meta.url), 'utf8');
    } catch {
      return next();
    }
    ctx.type = file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'text/javascript';
    return;
  }
  if (ctx.path !== '/test-builds/other-version.classic.js') return next();
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const script = await readFile(new URL('../../cdn/iom-widgets.classic.js', import.meta.url), 'utf8');
  ctx.type = 'text/javascript';
  ctx.body = script.replaceAll(`\`${version}\``, '`99.0.0`').replaceAll(`"${version}"`, '"99.0.0"');
};
