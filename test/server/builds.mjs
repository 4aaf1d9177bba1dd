/**
 * The built library as another version of it would be: the classic script with its version
 * string changed, to test a page that loads two different copies.
 */
import { readFile } from 'node:fs/promises';

export const buildsMiddleware = async (ctx, next) => {
  if (ctx.path !== '/test-builds/other-version.classic.js') return next();
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const script = await readFile(new URL('../../cdn/iom-widgets.classic.js', import.meta.url), 'utf8');
  ctx.type = 'text/javascript';
  ctx.body = script.replaceAll(`\`${version}\``, '`99.0.0`').replaceAll(`"${version}"`, '"99.0.0"');
};
