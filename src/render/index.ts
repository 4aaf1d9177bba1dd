/**
 * Prerendering, in Node: turns the `iom-*` tags of an HTML page into the same tags with their
 * content already inside, as Declarative Shadow DOM rendered by `@lit-labs/ssr`, plus a plain
 * light-DOM fallback (heading, summary, link). Search engines, text-mode browsers and readers
 * with scripts off get the content itself; where the library loads, it hydrates the widgets
 * without rendering them again.
 *
 * ```js
 * import { renderPage } from 'iom-widgets/render';
 * await writeFile('out.html', await renderPage(await readFile('page.html')));
 * ```
 *
 * The command line does the same: `npx iom-widgets render page.html > out.html`. Both need
 * `@lit-labs/ssr` and `parse5` installed beside iom-widgets (`npm i -D @lit-labs/ssr parse5`):
 * without them, `renderPage()` rejects with a {@link MissingPackagesError} that names them.
 */
import { MissingPackagesError, missingPackages } from './missing-packages.js';
import type { RenderOptions } from './render-page.js';

export { MissingPackagesError } from './missing-packages.js';
export { UnreadablePageError } from './page-error.js';
export type { RenderOptions, SkippedWidget } from './render-page.js';

let implementation: Promise<typeof import('./render-page.js')> | undefined;

/** The module that renders, which imports @lit-labs/ssr and parse5; rejects with what is missing. */
const loadImplementation = () =>
  (implementation ??= import('./render-page.js').catch(async (error: unknown) => {
    const missing = await missingPackages();
    throw missing.length ? new MissingPackagesError(missing, 'prerendering') : error;
  }));

/**
 * Prerenders the `iom-*` widgets of an HTML page (a whole document or a fragment): each tag gets
 * its content as a declarative shadow root (`<template shadowrootmode="open">`), exactly as the
 * widget renders it in the browser, and, unless the tag already has content of its own, a
 * light-DOM fallback (heading, summary, link) for readers without Declarative Shadow DOM. The
 * rest of the page is returned byte for byte as it was.
 *
 * Give the page as bytes (a `Uint8Array` or `Buffer`, as `readFile` reads it) and it is read in
 * its encoding (a byte order mark, else its `<meta charset>` in the first 1024 bytes, else UTF-8)
 * and returned as bytes in that encoding: characters the encoding lacks are written as character
 * references. A string is returned as a string. A page in UTF-16 or ISO-2022-JP, or nested more
 * than 10,000 levels deep, is refused with an {@link UnreadablePageError}.
 *
 * The fallback is made of elements that fit where the tag stands: inside a paragraph (`<p>`, as
 * WordPress writes a tag on a line of its own) only of phrasing elements, inside a link without
 * links, so that the parser keeps it inside the widget. A widget whose content would still not
 * stay inside it (nested deeper than browsers nest) is left for the browser, as is one inside
 * `<svg>` or `<math>`, where it is not an HTML element at all.
 *
 * Built-in content is prerendered in each widget's language (its `lang`, an ancestor's, or
 * `options.lang`). Widgets that cannot be prerendered are left as they were, for the browser:
 * those with a `src` feed, and those with a problem (an unknown id, an ignored attribute value),
 * whose message the browser shows; `options.onSkip` hears of each.
 *
 * The page loads the library as before; a script for Lit's hydration support (cdn/hydrate.js) is
 * added before it (see `options.hydration`), so that the widgets hydrate rather than render again.
 * Apps that import the library from npm import `iom-widgets/hydrate` first instead.
 */
export function renderPage(html: string, options?: RenderOptions): Promise<string>;
export function renderPage(page: Uint8Array, options?: RenderOptions): Promise<Uint8Array>;
export async function renderPage(page: string | Uint8Array, options: RenderOptions = {}): Promise<string | Uint8Array> {
  const { renderPage: render } = await loadImplementation();
  return typeof page === 'string' ? render(page, options) : render(page, options);
}

/**
 * Each widget's CSS, by tag: what its shadow root adopts in the browser, and what
 * cdn/styles/<tag>.css holds (the build writes those files from it). For a site that serves the
 * style sheets from an address of its own (`styles` of {@link renderPage}).
 */
export const widgetStyleSheets = async (): Promise<Record<string, string>> => (await loadImplementation()).widgetStyleSheets();
