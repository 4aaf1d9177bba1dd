// Checks the gzip size budgets in budgets.json against the built cdn/ files. A page budget is
// measured for real: Chromium loads a page with the loader and the widget, and every script it
// fetches is counted, gzipped as a CDN would serve it.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launchChromium, serve } from './browser.mjs';

const budgets = JSON.parse(await readFile('budgets.json', 'utf8'));
const gzipSize = async (file) => gzipSync(await readFile(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

/** The one built file a name stands for; a `*` in the name matches a content hash. */
const resolveFile = async (name) => {
  if (!name.includes('*')) return name;
  const slash = name.lastIndexOf('/');
  const [folder, pattern] = [name.slice(0, slash), name.slice(slash + 1)];
  const matcher = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[\\w-]+')}$`);
  const matches = (await readdir(folder)).filter((file) => matcher.test(file));
  if (matches.length !== 1) throw new Error(`${name} matches ${matches.length} files: ${matches.join(', ')}`);
  return `${folder}/${matches[0]}`;
};

const rows = [];
for (const [name, limit] of Object.entries(budgets.files)) {
  const { budget, target } = typeof limit === 'number' ? { budget: limit } : limit;
  rows.push({ what: name, size: await gzipSize(await resolveFile(name)), budget, target });
}

const pages = Object.fromEntries(
  Object.entries(budgets.pages).map(([name, page], index) => [
    `/__size/${index}.html`,
    `<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8"><title>${name}</title>` +
      `<script type="module" src="/cdn/loader.js"></script></head><body>${page.body}</body></html>`,
  ]),
);
const server = await serve(process.cwd(), pages);
const browser = await launchChromium();
try {
  for (const [index, [name, page]] of Object.entries(budgets.pages).entries()) {
    const tab = await browser.newPage();
    const scripts = new Set();
    tab.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/cdn/') && response.ok()) scripts.add(url.pathname.slice(1));
    });
    await tab.goto(`${server.origin}/__size/${index}.html`, { waitUntil: 'networkidle0' });
    const shown = await tab.evaluate(() =>
      [...document.body.children].every((widget) => widget.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"], [part~="error"]')),
    );
    if (!shown) throw new Error(`${name}: the widget did not render its content`);
    let size = 0;
    for (const file of scripts) size += await gzipSize(file);
    rows.push({ what: `page: ${name} (${scripts.size} files)`, size, budget: page.budget, target: page.target });
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

let failed = 0;
for (const { what, size, budget, target } of rows) {
  const ok = size <= budget;
  if (!ok) failed += 1;
  const goal = target && size > target ? `  (target ${kb(target)} not reached yet)` : '';
  console.log(`${ok ? '✓' : '✗'} ${what.padEnd(52)} ${kb(size).padStart(9)} of ${kb(budget)}${goal}`);
}
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
