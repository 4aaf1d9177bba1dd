/**
 * The built library as pages may find it: copies of cdn/ at other addresses
 * (/test-builds/mirror/cdn/…, for the loader's data-base-path; /test-builds/slow-strings/cdn/…,
 * /test-builds/slow-elements/cdn/… and /test-builds/slow-styles/cdn/…, where the translations,
 * the element modules or the style sheets are slow to arrive; /test-builds/other-version/cdn/…,
 * another version of the library, its version string changed, to test a page that loads two
 * different copies), each with its content API (cdn/content/) beside it; and any fixture page
 * that has the loader, with the classic script in its place (`?script=classic`), so that one page
 * tests both.
 */
import { readFile } from 'node:fs/promises';

/** Copies of cdn/: as it is, ones where a folder's modules take a while to arrive, and another version. */
const mirrors = {
  '/test-builds/mirror/cdn/': {},
  '/test-builds/slow-strings/cdn/': { slow: 'locales/', delay: 1500 },
  '/test-builds/slow-elements/cdn/': { slow: 'elements/', delay: 500 },
  '/test-builds/slow-styles/cdn/': { slow: 'styles/', delay: 1500 },
  '/test-builds/other-version/cdn/': { version: '99.0.0' },
};

const { version: builtVersion } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

/** `code` with the library's version string, as the build writes it, replaced by `version`. */
const asVersion = (code, version) => code.replaceAll(`\`${builtVersion}\``, `\`${version}\``).replaceAll(`"${builtVersion}"`, `"${version}"`);

const loaderTag = '<script type="module" src="/cdn/loader.js"></script>';
const classicTag = '<script src="/cdn/iom-widgets.classic.js" defer></script>';

/** The fixture page at `path` (under test/fixtures/pages/), its loader replaced by the classic script. */
const withClassicScript = async (path) => {
  const page = await readFile(new URL(`../..${path}`, import.meta.url), 'utf8');
  if (!page.includes(loaderTag)) throw new Error(`${path} has no ${loaderTag} to replace with the classic script`);
  return page.replace(loaderTag, classicTag);
};

export const buildsMiddleware = async (ctx, next) => {
  if (ctx.query.script === 'classic' && /^\/test\/fixtures\/pages\/[\w-]+\.html$/.test(ctx.path)) {
    ctx.type = 'text/html';
    ctx.body = await withClassicScript(ctx.path);
    return;
  }
  const base = Object.keys(mirrors).find((prefix) => ctx.path.startsWith(prefix));
  if (!base || !/^[\w/.-]+\.(js|css|json)$/.test(ctx.path) || ctx.path.includes('..')) return next();
  const file = ctx.path.slice(base.length);
  const { slow, delay, version } = mirrors[base];
  if (slow && file.startsWith(slow)) await new Promise((resolve) => setTimeout(resolve, delay));
  let body;
  try {
    body = await readFile(new URL(`../../cdn/${file}`, import.meta.url), 'utf8');
  } catch {
    return next();
  }
  const script = file.endsWith('.js');
  ctx.body = version && script ? asVersion(body, version) : body;
  ctx.type = file.endsWith('.css') ? 'text/css' : script ? 'text/javascript' : 'application/json';
};
