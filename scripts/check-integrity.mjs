// Checks cdn/integrity.json the way browsers use it: Chromium loads a page whose script tags
// carry those hashes (a mismatch blocks the script), and the widgets must render.
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
};
const server = await serve(process.cwd(), pages);
const browser = await launchChromium();
let failed = 0;
try {
  for (const path of Object.keys(pages)) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
    const ok = await page
      .waitForFunction(() => document.querySelector('iom-news-card')?.shadowRoot?.querySelector('[part~="title"]'), { timeout: 5000 })
      .then(() => true, () => false);
    console.log(`${ok ? '✓' : '✗'} ${path}: a script with its integrity hash ${ok ? 'ran' : 'did not run'}`);
    if (!ok) failed += 1;
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
