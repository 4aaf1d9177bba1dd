// Holds the line at scale (issue 16): nothing a page downloads grows with the corpus. Builds a
// synthetic corpus of 1,000 records with the built-in ones (scripts/synthetic-corpus.mjs --test
// --with content) and serves the built cdn/ with the corpus's content API in the place of
// cdn/content/ (the pages are the same, only the content beside the library differs); then:
// - every page of budgets.json ("pages", in English and each language of "locales") downloads
//   within scale.pageGrowth bytes (gzip) of the same page on the built-in content, besides the
//   news index page a news list shows: that is two items on the built-in content and ten at scale
//   (the cost of a full page, not of the corpus), so it is checked on its own: one page for each
//   list on the page (the next comes only on demand), within scale.newsListPage;
// - the content of one news card (what the card page fetches from the content API) and every news
//   record document of the corpus, in every language, is within scale.newsCardContent; every page
//   of every news index (10 items) within scale.newsListPage; the news list's first page at
//   scale is full of synthetic news, so that it is measured full;
// - the classic script carries no content: the content build does not write it (its hash before
//   and after building the corpus), no text of content/'s records is in it, and a news card page
//   with the classic script downloads a script of the same size on both contents, and within
//   scale.pageGrowth in all.
// Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContentApi, formatProblem } from '../dist/content.js';
import { launchChromium, serve } from './browser.mjs';
import { budgetContentMounts, budgetPages } from './budget-pages.mjs';
import { gzipSize, isContent, measurePage, sumOf } from './measure-page.mjs';

const budgets = JSON.parse(await readFile('budgets.json', 'utf8'));
const { scale } = budgets;
const classicScript = 'cdn/iom-widgets.classic.js';
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
/** Pages measured at once (each on both contents). */
const pagesAtOnce = 3;
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

let failures = 0;
/** Prints one check's outcome; `problem` is what is wrong, or nothing. */
const check = (name, problem) => {
  if (problem) failures += 1;
  console.log(problem ? `✗ ${name}: ${problem}` : `✓ ${name}`);
};

const classicBefore = sha256(await readFile(classicScript));
const work = await mkdtemp(join(tmpdir(), 'iom-scale-check-'));
const corpus = join(work, 'corpus');
const api = join(work, 'api');
execFileSync(process.execPath, ['scripts/synthetic-corpus.mjs', '--out', corpus, '--test', '--with', 'content'], { stdio: 'pipe' });
const started = performance.now();
const { problems, written } = await buildContentApi(corpus, { out: api });
if (problems.length) throw new Error(`the corpus does not build: ${problems.map(formatProblem).join('; ')}`);
const records = Object.values(written.counts).reduce((sum, count) => sum + count, 0);
console.log(`corpus: ${records} records, built in ${((performance.now() - started) / 1000).toFixed(1)} s (${written.files} files)`);
check('the content build leaves the classic script as it was (its SHA-256)', sha256(await readFile(classicScript)) !== classicBefore && 'it changed');

/** Every string of `value` (a record file), however deep. */
const stringsOf = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : []);
const builtInTexts = [];
for (const kind of await readdir('content')) {
  for (const file of await readdir(join('content', kind))) {
    const { $schema, id, ...record } = JSON.parse(await readFile(join('content', kind, file), 'utf8'));
    // Texts long enough to be content, not a word the interface could share.
    builtInTexts.push(...stringsOf(record).filter((text) => text.length >= 24 && !/^https?:/.test(text)));
  }
}
const classicCode = await readFile(classicScript, 'utf8');
const inClassic = builtInTexts.find((text) => classicCode.includes(text));
check(`the classic script holds none of the ${builtInTexts.length} texts of content/'s records`, inClassic && `it holds “${inClassic}”`);

// Documents of the corpus's content API.
const apiFiles = (await readdir(api, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
/** The largest gzip size of the files that `which` picks, and which file it is. */
const largest = async (which) => {
  let found = { size: 0, file: '(none)' };
  for (const file of apiFiles.filter(which)) {
    const size = gzipSize(await readFile(file));
    if (size > found.size) found = { size, file: file.slice(api.length + 1) };
  }
  return found;
};
const newsDocument = await largest((file) => /\/news\/(?!index\/)[^/]+\/\w+\.json$/.test(file));
check(`every news record document, in every language, ≤ ${kb(scale.newsCardContent)} (largest: ${newsDocument.file})`, newsDocument.size > scale.newsCardContent && kb(newsDocument.size));
const indexPage = await largest((file) => /\/news\/index\/.+\/\d+\.json$/.test(file));
check(`every page of every news index, in every language, ≤ ${kb(scale.newsListPage)} (largest: ${indexPage.file})`, indexPage.size > scale.newsListPage && kb(indexPage.size));
const builtInNews = new Set((await readdir('content/news')).map((file) => file.replace(/\.json$/, '')));
const firstPage = JSON.parse(await readFile(join(api, 'news/index/all/en/1.json'), 'utf8'));
check(
  'the news list’s first page at scale is ten synthetic news items',
  (firstPage.items.length !== 10 && `${firstPage.items.length} items`) || (firstPage.items.some((item) => builtInNews.has(item.id)) && 'it shows built-in news'),
);

// The pages, on the built-in content and on the corpus.
const variants = budgetPages(budgets);
/** The body of the page of `widget` ("one news list"), as budgets.json has it. */
const bodyOf = (widget) => Object.entries(budgets.pages).find(([name]) => name.startsWith(`${widget},`))[1].body;
/** A page of a news index, which a news list fills with up to ten items. */
const isNewsIndex = (path) => path.startsWith('cdn/content/news/index/');
/** The budget page that has the classic script (budgets.json). */
const classicPage = 'one news card with the classic script, English';
const pages = Object.fromEntries(variants.map(({ html }, index) => [`/__scale/${index}.html`, html]));
// The pages that read a test content API (budgets.json's "contentApi") read the same one on both.
const testApis = await budgetContentMounts(budgets);
const builtIn = await serve(process.cwd(), pages, { mounts: testApis });
const atScale = await serve(process.cwd(), pages, { mounts: { '/cdn/content/': api, ...testApis } });
const browser = await launchChromium();
try {
  /** The page at `path` measured on the built-in content and on the corpus. */
  const both = (path, name) =>
    Promise.all([measurePage(browser, `${builtIn.origin}${path}`, { name }), measurePage(browser, `${atScale.origin}${path}`, { name: `${name}, at scale` })]);
  // A few pages at a time: each waits half a second for the network to be quiet.
  const measured = [];
  for (let start = 0; start < variants.length; start += pagesAtOnce) {
    const batch = variants.slice(start, start + pagesAtOnce);
    measured.push(...(await Promise.all(batch.map(async ({ name, widget }, offset) => ({ name, body: bodyOf(widget), pair: await both(`/__scale/${start + offset}.html`, name) })))));
  }
  for (const { name, body, pair: [small, large] } of measured) {
    const growth = sumOf(large.files, (path) => !isNewsIndex(path)) - sumOf(small.files, (path) => !isNewsIndex(path));
    const grown = [...large.files].filter(([path, size]) => !isNewsIndex(path) && size !== small.files.get(path)).map(([path]) => path);
    check(
      `${name}: ${kb(small.bytes)} on the built-in content, ${kb(large.bytes)} at ${records} records; ${growth >= 0 ? '+' : ''}${growth} B besides news index pages (at most +${scale.pageGrowth} B)`,
      growth > scale.pageGrowth && `it grows with the corpus: ${grown.join(', ')}`,
    );
    const lists = body.split('<iom-news-list').length - 1;
    if (!lists) continue;
    const indexPages = [...large.files].filter(([path]) => isNewsIndex(path));
    const tooLarge = indexPages.find(([, size]) => size > scale.newsListPage);
    check(
      `${name}: ${indexPages.length} news index page${indexPages.length === 1 ? '' : 's'} at ${records} records, ${kb(sumOf(new Map(indexPages)))} (one for each news list on the page, each ≤ ${kb(scale.newsListPage)})`,
      (indexPages.length > lists && `it reads ${indexPages.length} index pages: ${indexPages.map(([path]) => path.slice('cdn/content/news/index/'.length)).join(', ')}`) ||
        (tooLarge && `${tooLarge[0]} is ${kb(tooLarge[1])}`),
    );
  }
  const card = measured.find(({ name }) => name === 'one news card, English').pair[1];
  const cardContent = sumOf(card.files, isContent);
  check(`one news card's content over the wire at ${records} records ≤ ${kb(scale.newsCardContent)} (${kb(cardContent)})`, cardContent > scale.newsCardContent && kb(cardContent));

  const [classicSmall, classicLarge] = measured.find(({ name }) => name === classicPage).pair;
  const classicSizes = [classicSmall, classicLarge].map(({ files }) => files.get(classicScript));
  check(
    `the classic script is the same on both contents (${kb(classicSizes[0])} gzip), its page within ${scale.pageGrowth} B`,
    (classicSizes[0] !== classicSizes[1] && `${classicSizes.join(' and ')} bytes`) || (classicLarge.bytes - classicSmall.bytes > scale.pageGrowth && `${classicLarge.bytes - classicSmall.bytes} B more at scale`),
  );
} finally {
  await browser.close();
  await builtIn.close();
  await atScale.close();
  await rm(work, { recursive: true, force: true });
}

console.log(failures ? `${failures} failed` : 'all passed');
process.exit(failures ? 1 : 0);
