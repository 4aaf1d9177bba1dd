// Run by scripts/check-package.mjs after bundle.mjs and react-render.mjs: `node react-browser.mjs
// <project>` opens, in Chromium, two pages that run the React app webpack bundled from
// react-app.js: one that renders it in an empty #root, one that hydrates react-dom/server's HTML
// of it (the project's server.html, which react-render.mjs wrote). On each, the wrappers must
// render the news card with the props they were given (an h2 title, the compact layout) and pass
// the elements' events to `onIomReady` and `onIomError`, with no console error; hydrating keeps
// the server's elements.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, serve } from '../browser.mjs';

const project = process.argv[2];
const serverHtml = await readFile(join(project, 'server.html'), 'utf8');
// The empty icon keeps Chromium from asking for /favicon.ico, which would log a 404. A bundle
// does not keep the library's own address, so the page points at the installed package's content
// API, as the README tells apps to. The inline script keeps the server's elements, before the
// app runs (a deferred script).
const page = (root) => `<!doctype html><html lang="en" data-iom-content-api="/node_modules/iom-widgets/cdn/content/"><head><meta charset="utf-8"><title>React app</title><link rel="icon" href="data:,">
<script defer src="/bundle/react-app.js"></script></head><body><div id="root">${root}</div>
<script>window.served = [...document.querySelectorAll('iom-news-card')];</script></body></html>`;

const server = await serve(project, { '/': page(''), '/hydrated': page(serverHtml) });
const browser = await launchChromium();

/** Loads `path` and checks what the app's reader and its code get; resolves to what it saw. */
const checkApp = async (path, { hydrated }) => {
  const tab = await browser.newPage();
  const errors = [];
  // The card with an unknown id asks for its document, which does not exist: the browser logs
  // that 404, which is the answer expected, and nothing else may be logged.
  const missingDocument = '/node_modules/iom-widgets/cdn/content/news/no-such-article/en.json';
  tab.on('console', (message) => {
    const expected = message.text().includes('404') && new URL(message.location().url ?? '', server.origin).pathname === missingDocument;
    if (message.type() === 'error' && !expected) errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await tab.goto(`${server.origin}${path}`);
    await tab.waitForFunction(() => window.events?.length >= 2, { timeout: 10_000 });
    const result = await tab.evaluate(() => {
      const cards = [...document.querySelectorAll('iom-news-card')];
      return {
        events: [...window.events].sort(),
        title: cards[0].shadowRoot.querySelector('h2')?.textContent.trim(),
        layout: cards[0].getAttribute('layout'),
        served: window.served.length,
        kept: cards.length === window.served.length && cards.every((card, index) => card === window.served[index]),
      };
    });
    const expectedEvents = ['onIomError: unknown-id', 'onIomReady: iom-news-card'];
    if (JSON.stringify(result.events) !== JSON.stringify(expectedEvents)) throw new Error(`${path}: events: ${result.events.join(', ')}`);
    if (!result.title) throw new Error(`${path}: the news card shows no h2 title: headingLevel={2} did not reach it`);
    if (result.layout !== 'compact') throw new Error(`${path}: the news card's layout is ${result.layout}, not compact`);
    if (hydrated && (result.served !== 2 || !result.kept)) throw new Error(`${path}: the server's ${result.served} cards were not kept: React rendered them again`);
    if (errors.length) throw new Error(`${path}: console: ${errors.join('\n')}`);
    return result;
  } finally {
    await tab.close();
  }
};

try {
  const rendered = await checkApp('/', { hydrated: false });
  await checkApp('/hydrated', { hydrated: true });
  console.log(`rendered and hydrated: <IomNewsCard> shows "${rendered.title.slice(0, 40)}…" in an h2, compact; ${rendered.events.join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
