// Run by scripts/check-package.mjs after bundle.mjs: `node hydrate-app.mjs <project>` opens, in
// Chromium, a page prerendered by renderPage() that loads the app webpack bundled from the
// installed package (its first import is iom-widgets/hydrate, which carries Lit's hydration
// support, the app installing Lit alone). The widget must hydrate: keep the prerendered shadow
// DOM and its text, with no console message.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderPage } from '../../dist/render.js';
import { launchChromium, serve } from '../browser.mjs';

const project = process.argv[2];
// Records what hydration does (window.hydration); it runs before the bundle, a module script.
const watch = await readFile(new URL('../../test/fixtures/pages/hydration-watch.js', import.meta.url), 'utf8');
// A bundler moves the library's code, so the app's page names the content API the package ships
// (served from the project here); renderPage reads the same documents from disk.
const page = await renderPage(
  `<!doctype html><html lang="it" data-iom-content-api="/node_modules/iom-widgets/cdn/content/"><head><meta charset="utf-8"><title>App</title><script type="module" src="/bundle/main.js"></script></head>
<body><iom-contact-box contact="migration-development-italy"></iom-contact-box><script>${watch}</script></body></html>`,
  { hydration: false, contentApi: join(project, 'node_modules', 'iom-widgets', 'cdn', 'content') },
);

const server = await serve(project, { '/': page });
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction(() => window.hydration.ready > 0, { timeout: 10_000 });
  const result = await tab.evaluate(() => {
    const widget = document.querySelector('iom-contact-box');
    const base = widget.shadowRoot.querySelector('[part~="base"]');
    return {
      prerendered: window.hydration.before[0] !== null,
      kept: base === window.hydration.before[0],
      text: base.innerText.replace(/\s+/g, ' ').trim(),
      before: window.hydration.texts[0],
      messages: window.hydration.messages,
    };
  });
  if (!result.prerendered) throw new Error('the page has no prerendered shadow root');
  if (!result.kept) throw new Error('<iom-contact-box> rendered again instead of hydrating');
  if (result.text !== result.before) throw new Error(`the text changed: "${result.before}" became "${result.text}"`);
  if (result.messages.length) throw new Error(`console: ${result.messages.join('\n')}`);
  console.log(`<iom-contact-box> hydrated, its prerendered text kept ("${result.text.slice(0, 40)}…")`);
} finally {
  await browser.close();
  await server.close();
}
