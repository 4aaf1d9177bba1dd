// Lighthouse (12.2.3, which runs on Node 20) on the demo pages (as embedded, and prerendered by
// `iom-widgets render`), with Debian's Chromium, served
// from the built cdn/ and compressed as a CDN would: Performance, Accessibility, Best Practices
// and SEO. Prints the scores and every audit that is not passed; writes bench/lighthouse.json.
// Run after `npm run build`: `npm run lighthouse`.
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumFlags, serve } from './browser.mjs';
import { chromiumPath, requirePackages } from './system-packages.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
requirePackages(['chromium']);
const server = await serve(process.cwd(), {}, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
const results = {};
try {
  for (const page of ['index.html', 'prerendered.html']) {
    const { lhr } = await lighthouse(`${server.origin}/demo/${page}`, {
      port: chrome.port,
      output: 'json',
      onlyCategories: categories,
      logLevel: 'error',
    });
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((id) => [id, lhr.audits[id].displayValue]),
    );
    console.log(`demo/${page} (Lighthouse ${lhr.lighthouseVersion})`);
    for (const [id, score] of Object.entries(scores)) console.log(`  ${id.padEnd(16)} ${score}`);
    console.log(`  ${Object.entries(metrics).map(([id, value]) => `${id} ${value}`).join(', ')}`);
    const failing = Object.values(lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
    );
    for (const audit of failing) console.log(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    results[`demo/${page}`] = { lighthouse: lhr.lighthouseVersion, scores, metrics };
  }
  await mkdir('bench', { recursive: true });
  await writeFile('bench/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await chrome.kill();
  await server.close();
}
