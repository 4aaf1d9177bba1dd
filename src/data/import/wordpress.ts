/**
 * The published posts of a WordPress site, read from its REST API, every page of them
 * (`/wp/v2/posts?per_page=100&page=N` until `X-WP-TotalPages`): at `/wp-json/` on sites with
 * pretty permalinks, at `/?rest_route=/` on sites without.
 */
import { dayOfRfc3339 } from './dates.js';
import type { ReadFeed } from './feed-document.js';
import { htmlToText } from './html-text.js';
import type { Parse5 } from './packages.js';
import { sourceItem, type Said } from './source-items.js';
import { ImportSourceError, decode, request } from './source.js';

/** Pages of 100 posts read at most: 100,000 posts. */
const maxPages = 1000;

/** How to address a REST route on a site. */
type RouteUrl = (route: string, query?: Record<string, string>) => string;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `rendered` text of a post field such as `title`, or ''. */
const rendered = (field: unknown): string => (isObject(field) && typeof field['rendered'] === 'string' ? field['rendered'] : '');

/** The JSON that `url` answers, or `undefined` when it answers something else. */
const json = async (url: string): Promise<{ value: unknown; headers: Headers } | undefined> => {
  const { response, body } = await request(url, 'application/json');
  if (!response.ok || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    return { value: JSON.parse(decode(body, response.headers.get('content-type')).replace(/^\uFEFF/, '')), headers: response.headers };
  } catch {
    return undefined;
  }
};

/** The site's REST API index and how to address its routes; an {@link ImportSourceError} if it has none. */
const findApi = async (site: URL): Promise<{ index: Record<string, unknown>; routeUrl: RouteUrl }> => {
  const home = site.href.replace(/\/?$/, '/');
  const styles: RouteUrl[] = [
    (route, query = {}) => `${home}wp-json${route}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`,
    (route, query = {}) => `${home}?${new URLSearchParams({ rest_route: route, ...query })}`,
  ];
  for (const routeUrl of styles) {
    const answer = await json(routeUrl('/'));
    const namespaces = isObject(answer?.value) ? answer.value['namespaces'] : undefined;
    if (Array.isArray(namespaces) && namespaces.includes('wp/v2')) return { index: answer!.value as Record<string, unknown>, routeUrl };
  }
  throw new ImportSourceError(`is not a WordPress site with its REST API on (nothing at ${styles.map((routeUrl) => routeUrl('/')).join(' or ')})`);
};

/** Every published post of the WordPress site at `siteUrl`, with the site's name. */
export const readWordPress = async (siteUrl: string, parse5: Parse5, said: Said): Promise<ReadFeed> => {
  let site: URL;
  try {
    site = new URL(siteUrl);
    if (site.protocol !== 'http:' && site.protocol !== 'https:') throw new TypeError();
  } catch {
    throw new ImportSourceError('is not an http or https address');
  }
  site.search = '';
  site.hash = '';
  const { index, routeUrl } = await findApi(site);
  const items = [];
  let pages = 1;
  for (let page = 1; page <= Math.min(pages, maxPages); page++) {
    const answer = await json(routeUrl('/wp/v2/posts', { per_page: '100', page: String(page), orderby: 'id', order: 'asc' }));
    if (!answer || !Array.isArray(answer.value)) throw new ImportSourceError(`answered page ${page} of its posts with something other than a list of posts`);
    pages = Number(answer.headers.get('x-wp-totalpages')) || 1;
    for (const post of answer.value) {
      if (!isObject(post)) continue;
      const date = typeof post['date_gmt'] === 'string' ? post['date_gmt'] : undefined;
      const link = typeof post['link'] === 'string' ? post['link'] : undefined;
      const item = sourceItem(
        {
          label: `post ${typeof post['id'] === 'number' ? post['id'] : '?'}`,
          key: rendered(post['guid']) || link,
          title: htmlToText(parse5, rendered(post['title'])),
          summary: htmlToText(parse5, rendered(post['excerpt'])) || htmlToText(parse5, rendered(post['content'])),
          link,
          date: date ? { text: date, day: dayOfRfc3339(date) } : undefined,
        },
        site.href,
        said,
      );
      if (item) items.push(item);
    }
  }
  if (pages > maxPages) said.notes.push({ item: site.href, message: `has ${pages} pages of posts; the first ${maxPages} were read` });
  const name = typeof index['name'] === 'string' ? htmlToText(parse5, index['name']) : '';
  return { title: name || undefined, items };
};
