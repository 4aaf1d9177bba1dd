// Run by scripts/check-package.mjs after bundle.mjs: `node react-browser.mjs <project>` opens, in
// Chromium, a page that runs the React app webpack bundled from react-app.js. The wrapper must
// render the news card with the props it was given (an h2 title, the compact layout) and pass
// the elements' events to `onIomReady` and `onIomError`, with no console error.
import { launchChromium, serve } from '../browser.mjs';

const project = process.argv[2];
// The empty icon keeps Chromium from asking for /favicon.ico, which would log a 404. A bundle
// does not keep the library's own address, so the page points at the installed package's content
// API, as the README tells apps to.
const page = `<!doctype html><html lang="en" data-iom-content-api="/node_modules/iom-widgets/cdn/content/"><head><meta charset="utf-8"><title>React app</title><link rel="icon" href="data:,">
<script defer src="/bundle/react-app.js"></script></head><body><div id="root"></div></body></html>`;

const server = await serve(project, { '/': page });
const browser = await launchChromium();
try {
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
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction(() => window.events?.length >= 2, { timeout: 10_000 });
  const result = await tab.evaluate(() => {
    const card = document.querySelector('iom-news-card');
    return {
      events: [...window.events].sort(),
      title: card.shadowRoot.querySelector('h2')?.textContent.trim(),
      layout: card.getAttribute('layout'),
    };
  });
  const expectedEvents = ['onIomError: unknown-id', 'onIomReady: iom-news-card'];
  if (JSON.stringify(result.events) !== JSON.stringify(expectedEvents)) throw new Error(`events: ${result.events.join(', ')}`);
  if (!result.title) throw new Error('the news card shows no h2 title: headingLevel={2} did not reach it');
  if (result.layout !== 'compact') throw new Error(`the news card's layout is ${result.layout}, not compact`);
  if (errors.length) throw new Error(`console: ${errors.join('\n')}`);
  console.log(`<IomNewsCard> rendered "${result.title.slice(0, 40)}…" in an h2, compact; ${result.events.join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
