// Run by scripts/check-package.mjs with Node in a fresh project: the data package works without a DOM, and the content build runs.
import { readFile as readText } from 'node:fs/promises';
import { getNews, readContentWith, validateFeed } from 'iom-widgets/data';

// In Node, the installed package's content API is read from disk, as the README shows.
readContentWith(async (url) => {
  try {
    return JSON.parse(await readText(url, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
});
const api = new URL('./node_modules/iom-widgets/cdn/content/', import.meta.url);
const article = await getNews('iom-unodc-partnership-2024', undefined, 'en', api);
if ((await getNews('no-such-news', undefined, 'en', api)) !== undefined) throw new Error('getNews found a news item that does not exist');
if (!article?.title.en) throw new Error('getNews found no English title for iom-unodc-partnership-2024');
const { issues } = validateFeed({ version: 1, news: [{ id: 'x' }] });
if (issues.length === 0) throw new Error('validateFeed accepted a news item without a title');
console.log(`"${article.title.en}"; an invalid feed gives ${issues.length} issues`);

// The content build, as a Node API of the package: a folder of one organisation and one news item.
const { buildContentApi } = await import('iom-widgets/content');
const { mkdtemp, mkdir, readFile, writeFile } = await import('node:fs/promises');
const { join } = await import('node:path');
const { tmpdir } = await import('node:os');
const folder = await mkdtemp(join(tmpdir(), 'iom-content-'));
await mkdir(join(folder, 'organizations'));
await mkdir(join(folder, 'news'));
await writeFile(join(folder, 'organizations/iom.json'), JSON.stringify({ id: 'iom', name: { en: 'IOM' } }));
await writeFile(join(folder, 'news/a.json'), JSON.stringify({ id: 'a', title: { en: 'A' }, summary: { en: 'S' }, organizations: ['iom'] }));
const { problems, written } = await buildContentApi(folder, { out: join(folder, '..', `${folder.split(/[\\/]/).pop()}-api`) });
if (problems.length || !written) throw new Error(`the content build failed: ${JSON.stringify(problems)}`);
const page = JSON.parse(await readFile(join(written.out, 'news/index/all/ar/1.json'), 'utf8'));
if (page.items[0]?.title.en !== 'A') throw new Error('the content build wrote no news index');
console.log(`the content build wrote ${written.files} files`);
