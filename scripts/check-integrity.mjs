// Checks cdn/integrity.json the way browsers use it: Chromium loads pages whose script and link
// tags carry those hashes (a mismatch blocks the file); the widgets must render, the
// reserve-space style sheet apply, and a prerendered widget (scripts off) be styled by the style
// sheet its shadow root links to with the hash `iom-widgets render` gives it.
import { readFile } from 'node:fs/promises';
import { launchChromium, serve } from './browser.mjs';
import { renderPage } from '../dist/render.js';

const integrity = JSON.parse(await readFile('cdn/integrity.json', 'utf8'));
const pages = {
  '/__sri/module.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
    <script type="module" src="/cdn/loader.js" integrity="${integrity['loader.js']}" crossorigin="anonymous"></script></head>
    <body><iom-news-card article="iom-unodc-partnership-2024"></iom-news-card></body></html>`,
  '/__sri/classic.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
    <script src="/cdn/iom-widgets.classic.js" integrity="${integrity['iom-widgets.classic.js']}" crossorigin="anonymous"></script></head>
    <body><iom-news-card article="iom-unodc-partnership-2024"></iom-news-card></body></html>`,
  '/__sri/style.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
    <link rel="stylesheet" href="/cdn/reserve-space.css" integrity="${integrity['reserve-space.css']}" crossorigin="anonymous"></head>
    <body><iom-news-card article="iom-unodc-partnership-2024"></iom-news-card></body></html>`,
  '/__sri/prerendered.html': await renderPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
    <script type="module" src="/cdn/loader.js" integrity="${integrity['loader.js']}" crossorigin="anonymous"></script></head>
    <body><iom-news-card article="iom-unodc-partnership-2024"></iom-news-card></body></html>`),
};
/** Pages looked at with JavaScript off: what they show comes from the HTML and CSS alone. */
const withoutScripts = new Set(['/__sri/prerendered.html']);
/** What shows that a page's file was used: the card rendered, or (no script) its space kept or its style applied. */
const used = {
  '/__sri/module.html': () => document.querySelector('iom-news-card')?.shadowRoot?.querySelector('[part~="title"]'),
  '/__sri/classic.html': () => document.querySelector('iom-news-card')?.shadowRoot?.querySelector('[part~="title"]'),
  '/__sri/style.html': () => getComputedStyle(document.querySelector('iom-news-card')).minBlockSize !== '0px',
  '/__sri/prerendered.html': () => {
    const card = document.querySelector('iom-news-card').shadowRoot;
    return card.querySelector('link[integrity]') && getComputedStyle(card.querySelector('[part~="card"]')).borderTopWidth === '4px';
  },
};
const server = await serve(process.cwd(), pages);
const browser = await launchChromium();
let failed = 0;
try {
  for (const path of Object.keys(pages)) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(!withoutScripts.has(path));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
    const ok = await page.waitForFunction(used[path], { timeout: 5000 }).then(() => true, () => false);
    console.log(`${ok ? '✓' : '✗'} ${path}: a file with its integrity hash ${ok ? 'was used' : 'was not used'}`);
    if (!ok) failed += 1;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
