// What a widget page costs: Chromium loads it, and every file it fetches from the library's
// folder (cdn/: loader, elements, chunks, strings, the content API's documents) is counted as it
// came over the wire, gzipped at level 9 as a CDN would serve it. Shared by the size check, the
// scale check and the bench.
import { gzipSync } from 'node:zlib';

/** The gzip size (level 9) of `bytes`. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Loads `url` in a fresh tab of `browser` (HTTP cache off, so every file comes over the wire),
 * waits until the network is idle, and checks that every widget of the page's body rendered its
 * content (no loading placeholder, no error). Resolves to `files`, a Map from each path fetched
 * under `under` (without the leading `/`, e.g. `cdn/loader.js`) to its gzip size, and `bytes`,
 * their sum. Throws when a widget did not render, naming the page as `name`.
 */
export const measurePage = async (browser, url, { name = url, under = '/cdn/' } = {}) => {
  const tab = await browser.newPage();
  try {
    await tab.setCacheEnabled(false);
    const bodies = new Map();
    tab.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith(under) && response.ok()) bodies.set(pathname.slice(1), response.buffer());
    });
    await tab.goto(url, { waitUntil: 'networkidle0' });
    const shown = await tab.evaluate(() =>
      [...document.body.children].every((widget) => widget.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"], [part~="error"]')),
    );
    if (!shown) throw new Error(`${name}: the widget did not render its content`);
    const files = new Map();
    for (const [path, body] of bodies) files.set(path, gzipSize(await body));
    return { files, bytes: sumOf(files) };
  } finally {
    await tab.close();
  }
};

/** The sum of the sizes of `files` (a Map from path to size), or of those `which` picks. */
export const sumOf = (files, which = () => true) => [...files].reduce((sum, [path, size]) => sum + (which(path) ? size : 0), 0);

/** Whether `path` (as {@link measurePage} names files) is a document of the content API. */
export const isContent = (path) => path.startsWith('cdn/content/');
