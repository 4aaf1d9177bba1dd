// Checks cdn/integrity.json the way browsers use it: Chromium loads pages whose script and link
// tags carry those hashes (a mismatch blocks the file); the widgets must render and the
// reserve-space style sheet apply.
import { readFile } from 'node:fs/promises';
import { launchChromium, serve } from './browser.mjs';

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
};
/** What shows that a page's file was used: the card rendered, or (no script) its space kept. */
const used = {
  '/__sri/module.html': () => document.querySelector('iom-news-card')?.shadowRoot?.querySelector('[part~="title"]'),
  '/__sri/classic.html': () => document.querySelector('iom-news-card')?.shadowRoot?.querySelector('[part~="title"]'),
  '/__sri/style.html': () => getComputedStyle(document.querySelector('iom-news-card')).minBlockSize !== '0px',
};
const server = await serve(process.cwd(), pages);
const browser = await launchChromium();
let failed = 0;
try {
  for (const path of Object.keys(pages)) {
    const page = await browser.newPage();
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
