// Checks the gzip size budgets in budgets.json against the built cdn/ files. A page budget is
// measured for real: Chromium loads a page with the loader and the widget, and every file it
// fetches from cdn/ (scripts, strings, the content API's documents) is counted as it came over the
// wire, gzipped as a CDN would serve it (scripts/measure-page.mjs).
import { readFile, readdir } from 'node:fs/promises';
import { launchChromium, serve } from './browser.mjs';
import { budgetContentMounts, budgetPages } from './budget-pages.mjs';
import { gzipSize, measurePage, sumOf } from './measure-page.mjs';

const budgets = JSON.parse(await readFile('budgets.json', 'utf8'));
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
  rows.push({ what: name, size: gzipSize(await readFile(await resolveFile(name))), budget, target });
}

const variants = budgetPages(budgets);
const pages = Object.fromEntries(variants.map(({ html }, index) => [`/__size/${index}.html`, html]));
/** What a language adds to a page: its strings and the translating runtime. */
const addedByLanguage = (file) => file.startsWith('cdn/locales/') || file === 'cdn/chunks/reentrant.js';
const server = await serve(process.cwd(), pages, { mounts: await budgetContentMounts(budgets) });
const browser = await launchChromium();
try {
  for (const [index, { name, widget, lang, translated, budget, target }] of variants.entries()) {
    const { files, bytes } = await measurePage(browser, `${server.origin}/__size/${index}.html`, { name });
    if (translated) {
      const added = [...files.keys()].filter(addedByLanguage);
      if (!added.some((file) => file.startsWith(`cdn/locales/${lang}/`))) throw new Error(`${name}: no ${lang} strings were loaded`);
      if (!added.includes('cdn/chunks/reentrant.js')) throw new Error(`${name}: the translating runtime (cdn/chunks/reentrant.js) was not loaded`);
      rows.push({ what: `${lang} adds to: ${widget}`, size: sumOf(files, addedByLanguage), budget: budgets.locales.budget, target: budgets.locales.target });
    } else {
      rows.push({ what: `page: ${name} (${files.size} files)`, size: bytes, budget, target });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// No language's strings may sit anywhere but in its own cdn/locales/ modules: not in the loader,
// an element or a shared chunk, where every page, in every language, would download them.
const xliffFiles = (await readdir('xliff')).filter((name) => name.endsWith('.xlf'));
let misplaced = 0;
for (const file of xliffFiles) {
  const xliff = await readFile(`xliff/${file}`, 'utf8');
  // A translation that is the English source itself (an Arabic pattern with no preposition, say)
  // is rightly in the code.
  const targets = [...xliff.matchAll(/<source>([^<]*)<\/source>\s*<target>([^<]{12,})<\/target>/g)]
    .filter(([, source, text]) => text !== source)
    .map(([, , text]) => text);
  for (const built of ['cdn/loader.js', ...(await readdir('cdn/elements')).map((name) => `cdn/elements/${name}`), ...(await readdir('cdn/chunks')).map((name) => `cdn/chunks/${name}`)]) {
    const code = await readFile(built, 'utf8');
    const found = targets.find((text) => code.includes(text));
    if (found) {
      misplaced += 1;
      console.log(`✗ ${built} holds a string of xliff/${file}: “${found}”`);
    }
  }
}
rows.push({ what: `translations outside cdn/locales/ (${xliffFiles.length} languages)`, size: misplaced, budget: 0, count: true });

let failed = 0;
for (const { what, size, budget, target, count } of rows) {
  const ok = size <= budget;
  if (!ok) failed += 1;
  const goal = target && size > target ? `  (target ${kb(target)} not reached yet)` : '';
  const amount = count ? `${size} files`.padStart(9) : `${kb(size).padStart(9)} of ${kb(budget)}`;
  console.log(`${ok ? '✓' : '✗'} ${what.padEnd(52)} ${amount}${goal}`);
}
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
