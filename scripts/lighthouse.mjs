// Lighthouse (12.2.3, which runs on Node 20) on the demo page, with Debian's Chromium, served
// from the built cdn/ and compressed as a CDN would: Performance, Accessibility, Best Practices
// and SEO. Prints the scores and every audit that is not passed; writes bench/lighthouse.json.
// Run after `npm run build`: `npm run lighthouse`.
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumFlags, serve } from './browser.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const server = await serve(process.cwd(), {}, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
try {
  const { lhr } = await lighthouse(`${server.origin}/demo/index.html`, {
    port: chrome.port,
    output: 'json',
    onlyCategories: categories,
    logLevel: 'error',
  });
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
  for (const [id, score] of Object.entries(scores)) console.log(`${id.padEnd(16)} ${score}`);
  const failing = Object.values(lhr.audits).filter(
    (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
  );
  for (const audit of failing) console.log(`  ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  await mkdir('bench', { recursive: true });
  await writeFile('bench/lighthouse.json', `${JSON.stringify({ lighthouse: lhr.lighthouseVersion, url: lhr.finalDisplayedUrl, scores }, null, 2)}\n`);
} finally {
  await chrome.kill();
  await server.close();
}
