// The bench's part at IOM's scale (issue 16): the built-in content beside synthetic corpora of
// 1,000 and 10,000 news (scripts/synthetic-corpus.mjs, with the built-in records, so that the same
// pages can be measured on each), each built in a process of its own (time, peak memory, files,
// bytes), and the budget pages loaded in Chromium on each: the library's cdn/ served with the
// corpus's content API in the place of cdn/content/, every file the page fetches from cdn/ counted
// (scripts/measure-page.mjs). Also the news list's first index page and the next one, which "Show
// more" fetches, a news card's content over the wire, and the classic script.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './browser.mjs';
import { budgetContentMounts, budgetPages } from './budget-pages.mjs';
import { gzipSize, isContent, measurePage, sumOf } from './measure-page.mjs';

/** The contents measured: the built-in one (content/ as it is) and two synthetic corpora. */
const corpora = {
  'built-in': undefined,
  '1,000 records': ['--test'],
  '10,000 news': [],
};

const classicScript = 'cdn/iom-widgets.classic.js';
/** The first page of the news list's index (all news, English), and the page "Show more" fetches next. */
const listPages = { first: 'news/index/all/en/1.json', next: 'news/index/all/en/2.json' };

/** Writes the corpus (`args` for synthetic-corpus.mjs; none: content/ itself) and builds its API in a process of its own. */
const buildCorpus = (args, work) => {
  const folder = args ? join(work, 'corpus') : 'content';
  if (args) execFileSync(process.execPath, ['scripts/synthetic-corpus.mjs', '--out', folder, ...args, '--with', 'content'], { stdio: 'pipe' });
  const api = join(work, 'api');
  const build = JSON.parse(execFileSync(process.execPath, ['scripts/timed-content-build.mjs', folder, api], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  return { api, build };
};

/** The gzip size of the document at `path` in the API at `api`, or undefined when there is none. */
const documentSize = async (api, path) => {
  const bytes = await readFile(join(api, path)).catch(() => undefined);
  return bytes && gzipSize(bytes);
};

/** The budget page that has the classic script (budgets.json), whose script's size is reported. */
const classicPage = 'one news card with the classic script';

/**
 * Measures every content of {@link corpora} with `browser`: its build, and the English budget
 * pages of `budgets` (one of them with the classic script).
 */
export const benchScale = async (browser, budgets) => {
  const pages = Object.fromEntries(budgetPages(budgets).filter(({ translated }) => !translated).map(({ widget, html }) => [widget, html]));
  if (!pages[classicPage]) throw new Error(`budgets.json has no page "${classicPage}, English"`);
  const served = Object.fromEntries(Object.entries(pages).map(([name, html], index) => [`/__scale/${index}.html`, { name, html }]));
  const html = Object.fromEntries(Object.entries(served).map(([path, { html }]) => [path, html]));
  const testApis = await budgetContentMounts(budgets);
  const results = {};
  // The corpora's folders are removed after the last is measured: a disk mounted with discard
  // (this project's machine) is slow to create files while it discards a removed folder's, which
  // would slow the next build.
  const works = [];
  try {
    for (const [name, args] of Object.entries(corpora)) {
      const work = await mkdtemp(join(tmpdir(), 'iom-bench-scale-'));
      works.push(work);
      const { api, build } = buildCorpus(args, work);
      const server = await serve(process.cwd(), html, { mounts: { '/cdn/content/': api, ...testApis } });
      const measured = {};
      try {
        for (const [path, { name: page }] of Object.entries(served)) {
          const { files, bytes } = await measurePage(browser, `${server.origin}${path}`, { name: `${page} (${name})` });
          measured[page] = { bytes, requests: files.size, contentBytes: sumOf(files, isContent), classicBytes: files.get(classicScript) };
        }
      } finally {
        await server.close();
      }
      results[name] = {
        build,
        pages: measured,
        listFirstPage: await documentSize(api, listPages.first),
        listNextPage: await documentSize(api, listPages.next),
      };
    }
  } finally {
    for (const work of works) await rm(work, { recursive: true, force: true });
  }
  return results;
};

/** Prints the results of {@link benchScale} as a table, a column for each content. */
export const printScale = (results) => {
  const names = Object.keys(results);
  const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1000).toFixed(2)} KB`);
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  const row = (...cells) => console.log(`| ${cells.join(' | ')} |`);
  const each = (cell) => names.map((name) => cell(results[name]));
  console.log('\nAt scale: the built-in content and synthetic corpora (with the built-in records), each built in a process of its own; pages in Chromium, every file from cdn/ gzipped (level 9)\n');
  row('', ...names);
  row('---', ...names.map(() => '---'));
  row('records', ...each(({ build }) => Object.values(build.counts).reduce((sum, count) => sum + count, 0).toLocaleString('en')));
  row('content build: time (user + system CPU)', ...each(({ build }) => `${build.seconds.toFixed(1)} s (${build.userSeconds.toFixed(1)} + ${build.systemSeconds.toFixed(1)} s)`));
  row('content build: peak memory (maximum resident set)', ...each(({ build }) => mb(build.peakMemoryBytes)));
  row('content API: files, bytes', ...each(({ build }) => `${build.files.toLocaleString('en')}, ${mb(build.bytes)}`));
  for (const page of Object.keys(results[names[0]].pages)) {
    row(`page: ${page}, bytes (requests to cdn/)`, ...each(({ pages }) => `${kb(pages[page].bytes)} (${pages[page].requests})`));
  }
  row(`news list: first page (${listPages.first})`, ...each(({ listFirstPage }) => kb(listFirstPage)));
  row(`news list: the page "Show more" fetches (${listPages.next})`, ...each(({ listNextPage }) => kb(listNextPage)));
  row("one news card's content over the wire", ...each(({ pages }) => kb(pages['one news card'].contentBytes)));
  row(`classic script (${classicScript})`, ...each(({ pages }) => kb(pages[classicPage].classicBytes)));
};
