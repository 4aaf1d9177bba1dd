// Checks the content folder and the content build (dist/content.js; run after `npm run build`):
// - content/ has no problem, each file valid against the JSON Schema its "$schema" names;
// - the build of content/ gives the documents of the content API: a manifest, each record in each
//   language (texts cut to it, the fallback language kept as the key, organisations embedded, a
//   project's contact), news indexes newest first in pages, by filter, each document valid against
//   its published JSON Schema, and an RSS 2.0 feed per index and language that an XML parser reads
//   back, hostile texts included;
// - a 1,000-record synthetic corpus builds, with its pages, filters and fallbacks right;
// - each bad content folder of test/fixtures/content/ gives its problems, with file and JSON
//   path, and writes nothing (an existing output folder is kept as it was);
// - the content build bundled into an app's own file builds the same map documents without
//   running the app again in a worker thread.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { build as esbuild } from 'esbuild';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import iso3166 from 'iso-3166-1';
import { buildContentApi, contentKinds, formatProblem, loadContentFolder, recordFileSchemaUrl } from '../dist/content.js';

let failures = 0;
/** Prints one check's outcome; `problem` is what is wrong, or nothing. */
const check = (name, problem) => {
  if (problem) failures += 1;
  console.log(problem ? `✗ ${name}: ${problem}` : `✓ ${name}`);
};
/** The first of `problems` (each a text or a falsy value), or nothing. */
const firstOf = (problems) => problems.find(Boolean);

const languages = ['en', 'fr', 'es', 'it', 'ar'];
const work = await mkdtemp(join(tmpdir(), 'iom-content-check-'));
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
/** JSON with the keys of every object in order, to compare data whatever the order of keys. */
const canonical = (value) =>
  JSON.stringify(value, (_, entry) =>
    entry && typeof entry === 'object' && !Array.isArray(entry) ? Object.fromEntries(Object.keys(entry).sort().map((key) => [key, entry[key]])) : entry,
  );

// Formats are expressed as patterns too, so Ajv needs no format plug-in.
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const schemaDir = 'dist/data/schemas';
const validators = {};
for (const name of await readdir(schemaDir)) validators[name] = ajv.compile(await readJson(join(schemaDir, name)));
/** What Ajv finds wrong with `document` against the schema `name`, or nothing. */
const invalidBy = (name, document) => {
  const validate = validators[name];
  if (!validate) return `no schema ${name}`;
  return validate(document) ? undefined : ajv.errorsText(validate.errors);
};

// 1. content/ is valid, each file by its schema.
const folder = await loadContentFolder('content');
check('content/ has no problem', folder.problems.map(formatProblem).join('; '));
const ids = Object.fromEntries(contentKinds.map((kind) => [kind, folder.records[kind].map((record) => record.id)]));
for (const kind of contentKinds) {
  for (const record of folder.records[kind]) {
    const file = await readJson(`content/${kind}/${record.id}.json`);
    check(
      `content/${kind}/${record.id}.json names its schema and is valid by it`,
      file.$schema !== recordFileSchemaUrl(kind) ? `"$schema" is ${file.$schema}` : invalidBy(`${kind}.schema.json`, file),
    );
  }
}

/** Every file under `dir`, as paths inside it with `/`. */
const filesUnder = async (dir) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

/** The schema a document of the content API at `path` must be valid by. */
const schemaOf = (path) => {
  if (path === 'manifest.json') return 'manifest.schema.json';
  if (path.startsWith('news/index/')) return 'news-index.schema.json';
  if (path.endsWith('/map.json')) return 'map.schema.json';
  return `${path.split('/')[0]}.document.schema.json`;
};

/** Every JSON document of the API at `out` valid by its schema: the first that is not, or nothing. */
const invalidDocument = async (out) => {
  for (const path of await filesUnder(out)) {
    if (!path.endsWith('.json') || path.startsWith('schemas/')) continue;
    const problem = invalidBy(schemaOf(path), await readJson(join(out, path)));
    if (problem) return `${path}: ${problem}`;
  }
  return undefined;
};

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
/** The RSS feed at `file`, parsed, after checking it is well-formed RSS 2.0: its channel, or a text saying what is wrong. */
const readFeed = async (file) => {
  const text = await readFile(file, 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `${file} is not well-formed XML: ${JSON.stringify(valid.err)}`;
  const { rss } = xml.parse(text);
  if (rss?.['@_version'] !== '2.0') return `${file} is not RSS 2.0`;
  const { channel } = rss;
  if (!channel.title || !channel.link || !channel.description) return `${file} lacks a channel title, link or description`;
  return channel;
};
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Each feed of the API at `out` well-formed RSS 2.0 holding the first page of its index: the first that is not, or nothing. */
const wrongFeed = async (out) => {
  for (const path of await filesUnder(out)) {
    if (!path.endsWith('/feed.xml')) continue;
    const channel = await readFeed(join(out, path));
    if (typeof channel === 'string') return channel;
    const page = await readJson(join(out, path.replace('feed.xml', '1.json')));
    const items = channel.item ?? [];
    if (items.map((item) => item.guid['#text']).join() !== page.items.map((news) => news.id).join()) return `${path}: items are not those of page 1`;
    if (channel.language !== page.lang) return `${path}: language ${channel.language}`;
    for (const [index, item] of items.entries()) {
      const { date } = page.items[index];
      if (date && (!rfc822.test(item.pubDate) || new Date(item.pubDate).toISOString().slice(0, date.length) !== date)) return `${path}: pubDate ${item.pubDate} for ${date}`;
      if (String(item.title) !== Object.values(page.items[index].title)[0]) return `${path}: title ${item.title}`;
    }
  }
  return undefined;
};

// 2. The build of content/.
const api = join(work, 'api');
const built = await buildContentApi('content', { out: api });
check('content/ builds', firstOf([built.problems.map(formatProblem).join('; '), !built.written && 'nothing written']));
const manifest = await readJson(join(api, 'manifest.json'));
check(
  'manifest.json: format 1, the five languages, page size 10, the counts, the date',
  firstOf([
    manifest.format !== 1 && `format ${manifest.format}`,
    manifest.languages.join() !== languages.join() && `languages ${manifest.languages}`,
    manifest.pageSize !== 10 && `pageSize ${manifest.pageSize}`,
    canonical(manifest.counts) !== canonical({ news: 2, partnerships: 2, projects: 2, contacts: 2, organizations: 3 }) && `counts ${canonical(manifest.counts)}`,
    Number.isNaN(Date.parse(manifest.built)) && `built ${manifest.built}`,
  ]),
);
const recordPaths = contentKinds.flatMap((kind) => ids[kind].flatMap((id) => languages.map((lang) => `${kind}/${id}/${lang}.json`)));
check(`a document for each record in each language (${recordPaths.length})`, firstOf(recordPaths.map((path) => !existsSync(join(api, path)) && `no ${path}`)));
const doc = (path) => readJson(join(api, path));
const amazonIt = await doc('news/iom-amazon-global-agreement/it.json');
const amazonAr = await doc('news/iom-amazon-global-agreement/ar.json');
const amazonEn = await doc('news/iom-amazon-global-agreement/en.json');
const amazonNews = folder.records.news.find((news) => news.id === 'iom-amazon-global-agreement');
check(
  'a news document in Italian: its texts in Italian only, its organisations embedded in Italian',
  firstOf([
    canonical([amazonIt.format, amazonIt.kind, amazonIt.id, amazonIt.lang]) !== canonical([1, 'news', 'iom-amazon-global-agreement', 'it']) && 'wrong head',
    canonical(amazonIt.record.title) !== canonical({ it: amazonNews.title.it }) && `title ${canonical(amazonIt.record.title)}`,
    canonical(amazonIt.record.figures[0].label) !== canonical({ it: amazonNews.figures[0].label.it }) && 'a figure label not cut',
    amazonIt.organizations.map((organization) => organization.id).join() !== 'amazon,iom' && `organizations ${amazonIt.organizations.map((o) => o.id)}`,
    canonical(amazonIt.organizations[1].name) !== canonical({ it: 'Organizzazione Internazionale per le Migrazioni' }) && 'an organisation not cut to Italian',
  ]),
);
check(
  'a news document in Arabic: its texts in Arabic, a figure label with its Arabic plural forms, its organizations by their Arabic names',
  firstOf([
    canonical(amazonAr.record.title) !== canonical({ ar: amazonNews.title.ar }) && `title ${canonical(amazonAr.record.title)}`,
    canonical(amazonAr.record.figures[2].label) !== canonical({ ar: amazonNews.figures[2].label.ar }) && `figure label ${canonical(amazonAr.record.figures[2].label)}`,
    typeof amazonAr.record.figures[2].label.ar?.few !== 'string' && 'no Arabic plural forms',
    canonical(amazonAr.organizations[1].name) !== canonical({ ar: 'المنظمة الدولية للهجرة' }) && `organization name ${canonical(amazonAr.organizations[1].name)}`,
  ]),
);
const admin4all = await doc('projects/admin4all/fr.json');
const integration = folder.records.contacts.find((contact) => contact.id === 'integration-italy');
check(
  "a project document: its contact embedded, cut to the language, and the contact's organisation",
  firstOf([
    admin4all.contact?.id !== 'integration-italy' && `contact ${admin4all.contact?.id}`,
    canonical(admin4all.contact?.unit) !== canonical({ fr: integration.unit.fr }) && `contact unit ${canonical(admin4all.contact?.unit)}`,
    !admin4all.organizations.some((organization) => organization.id === integration.organization) && 'no organisation of the contact',
  ]),
);
const timeline = await doc('partnerships/iom-unodc/es.json');
check('a partnership document: both organisations embedded', timeline.organizations.map((organization) => organization.id).join() !== 'iom,unodc' ? `organizations ${timeline.organizations.map((o) => o.id)}` : undefined);
const all = await doc('news/index/all/en/1.json');
check(
  'news/index/all/en/1.json: newest first, undated last, whole records cut to English, their organisations',
  firstOf([
    all.items.map((news) => news.id).join() !== 'iom-unodc-partnership-2024,iom-amazon-global-agreement' && `items ${all.items.map((news) => news.id)}`,
    canonical([all.filter, all.lang, all.page, all.pages, all.total, all.pageSize]) !== canonical(['all', 'en', 1, 1, 2, 10]) && 'wrong head',
    canonical(all.items[1]) !== canonical(amazonEn.record) && 'an item is not the record as in its document',
    all.organizations.map((organization) => organization.id).sort().join() !== 'amazon,iom,unodc' && `organizations ${all.organizations.map((o) => o.id)}`,
  ]),
);
const filters = (await filesUnder(join(api, 'news/index'))).filter((path) => path.endsWith('/en/1.json')).map((path) => path.slice(0, -'/en/1.json'.length)).sort();
check(
  'the built-in news indexes: all, each organisation, 2024, and no other',
  filters.join() !== 'all,organization/amazon,organization/iom,organization/unodc,year/2024' ? `filters ${filters}` : undefined,
);
check('every document of the build of content/ is valid by its published schema', await invalidDocument(api));
check('every feed of the build of content/ is RSS 2.0 of its index’s first page', await wrongFeed(api));
const schemaFiles = (await readdir(join(api, 'schemas'))).sort();
check('the API publishes the schema of each document type', schemaFiles.join() !== 'contacts.document.schema.json,manifest.schema.json,map.schema.json,news-index.schema.json,news.document.schema.json,organizations.document.schema.json,partnerships.document.schema.json,projects.document.schema.json' ? `schemas ${schemaFiles}` : undefined);

// 3. A hostile news item: every character kept in the feed, nothing taken for markup.
const hostile = join(work, 'hostile');
const hostileTitle = `<script>alert("x")</script> & ]]> <![CDATA[ ' " \u0007 \ud800 — ok`;
await mkdir(join(hostile, 'news'), { recursive: true });
await mkdir(join(hostile, 'organizations'));
await writeFile(join(hostile, 'organizations/iom.json'), JSON.stringify({ id: 'iom', name: { en: '<b>IOM</b> & co' } }));
await writeFile(join(hostile, 'news/hostile.json'), JSON.stringify({ id: 'hostile', title: { en: hostileTitle }, summary: { en: '</description></item></channel><evil/>' }, date: '2024-02-29', organizations: ['iom'] }));
await buildContentApi(hostile, { out: join(work, 'hostile-api'), link: 'https://example.org/?a=1&b=<2>' });
const hostileFeed = await readFeed(join(work, 'hostile-api/news/index/all/en/feed.xml'));
check(
  'a feed of hostile texts is well-formed, and reads back as the texts (controls and lone surrogates as U+FFFD)',
  typeof hostileFeed === 'string'
    ? hostileFeed
    : firstOf([
        hostileFeed.item[0].title !== hostileTitle.replace('\u0007', '\ufffd').replace('\ud800', '\ufffd') && `title ${JSON.stringify(hostileFeed.item[0].title)}`,
        hostileFeed.item[0].description !== '</description></item></channel><evil/>' && 'description',
        hostileFeed.item[0].category[0] !== '<b>IOM</b> & co' && 'category',
        hostileFeed.link !== 'https://example.org/?a=1&b=<2>' && 'link',
        hostileFeed.item[0].pubDate !== 'Thu, 29 Feb 2024 00:00:00 GMT' && `pubDate ${hostileFeed.item[0].pubDate}`,
        hostileFeed.evil !== undefined && 'an element from a text',
      ]),
);

// 4. A synthetic corpus of 1,000 records.
const corpus = join(work, 'corpus');
execFileSync(process.execPath, ['scripts/synthetic-corpus.mjs', '--out', corpus, '--test', '--seed', '7'], { stdio: 'pipe' });
const corpusApi = join(work, 'corpus-api');
const started = performance.now();
const corpusBuild = await buildContentApi(corpus, { out: corpusApi });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const records = Object.fromEntries(
  await Promise.all(contentKinds.map(async (kind) => [kind, await Promise.all((await readdir(join(corpus, kind))).map((name) => readJson(join(corpus, kind, name))))])),
);
const total = Object.values(records).reduce((sum, list) => sum + list.length, 0);
check(`a corpus of ${total} records builds (${seconds} s, ${corpusBuild.written?.files} files)`, firstOf([total !== 1000 && `${total} records`, corpusBuild.problems.map(formatProblem).join('; ')]));
/** Newest first, undated last, ties and undated by id: worked out here from the files. */
const expectedOrder = (news) =>
  [...news]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .sort((a, b) => (a.date ?? '') === (b.date ?? '') ? 0 : a.date === undefined ? 1 : b.date === undefined ? -1 : a.date < b.date ? 1 : -1)
    .map((item) => item.id);
/** The items of every page of index `filter` in `lang`, checking each page's numbers: the ids, or a text saying what is wrong. */
const readIndex = async (filter, lang) => {
  const first = await readJson(join(corpusApi, `news/index/${filter}/${lang}/1.json`));
  const ids = [];
  for (let page = 1; page <= first.pages; page += 1) {
    const document = await readJson(join(corpusApi, `news/index/${filter}/${lang}/${page}.json`));
    const size = page < first.pages ? 10 : first.total - 10 * (first.pages - 1);
    if (document.items.length !== size || document.page !== page || document.total !== first.total) return `page ${page} of ${filter} has ${document.items.length} items`;
    ids.push(...document.items.map((news) => news.id));
  }
  if (existsSync(join(corpusApi, `news/index/${filter}/${lang}/${first.pages + 1}.json`))) return `a page after the last of ${filter}`;
  return ids;
};
const countriesOf = new Map(records.projects.map((project) => [project.id, project.countries.map((country) => country.code)]));
const newsCountries = (news) => new Set([...(news.countries ?? []), ...(news.projects ?? []).flatMap((id) => countriesOf.get(id))]);
const usedCountries = new Set(records.news.flatMap((news) => [...newsCountries(news)]));
const country = [...usedCountries].sort()[0];
const project = records.news.find((news) => news.projects)?.projects[0];
const organization = records.organizations[1].id;
const filterCases = {
  all: () => true,
  [`organization/${organization}`]: (news) => news.organizations.includes(organization),
  [`country/${country}`]: (news) => newsCountries(news).has(country),
  [`project/${project}`]: (news) => news.projects?.includes(project),
  'year/2019': (news) => news.date?.startsWith('2019'),
};
for (const [filter, belongs] of Object.entries(filterCases)) {
  const ids = await readIndex(filter, 'fr');
  const expected = expectedOrder(records.news.filter(belongs));
  check(`the corpus's ${filter} index in French: ${expected.length} news, newest first, in pages of 10`, typeof ids === 'string' ? ids : ids.join() !== expected.join() ? `${ids.length} items, not in the order expected` : undefined);
}
const unused = iso3166.all().map((entry) => entry.alpha2).find((code) => !usedCountries.has(code));
check(`an index with no news has no files (country/${unused})`, !unused ? 'every country has news' : existsSync(join(corpusApi, `news/index/country/${unused}`)) ? 'it has' : undefined);
const fallbackWrong = await (async () => {
  for (const news of records.news) {
    for (const lang of ['fr', 'ar']) {
      const { record } = await readJson(join(corpusApi, `news/${news.id}/${lang}.json`));
      const key = lang in news.title ? lang : 'en' in news.title ? 'en' : Object.keys(news.title)[0];
      if (canonical(record.title) !== canonical({ [key]: news.title[key] })) return `news/${news.id}/${lang}.json: title ${canonical(record.title)}`;
    }
  }
  return undefined;
})();
check("each of the corpus's news in French and Arabic: the language, else English, else its first, under its own key", fallbackWrong);
check('every document of the corpus is valid by its published schema', await invalidDocument(corpusApi));

// 5. Bad content: every problem, with file and JSON path, and nothing written.
const fixtures = 'test/fixtures/content';
const badCases = {
  'invalid-field': ['news/bad-date.json: date: "2024-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'],
  'duplicate-id': [
    'news/second.json: id: "first" is not the file\'s name ("second"): a record\'s file is named <its id>.json',
    `news/second.json: id: "first" is already the id of ${fixtures}/duplicate-id/news/first.json`,
  ],
  'wrong-file-name': ['news/old-name.json: id: "new-name" is not the file\'s name ("old-name"): a record\'s file is named <its id>.json'],
  'dangling-reference': [
    'contacts/desk.json: organization: "unknown-office" is not the id of any organization (there is no organizations/unknown-office.json)',
    'news/story.json: organizations[1]: "unknown-organization" is not the id of any organization (there is no organizations/unknown-organization.json)',
    'news/story.json: projects[0]: "unknown-project" is not the id of any project (there is no projects/unknown-project.json)',
    'partnerships/pact.json: organizations[1]: "unknown-partner" is not the id of any organization (there is no organizations/unknown-partner.json)',
    'partnerships/pact.json: milestones[1].people[0].organization: "unknown-employer" is not the id of any organization (there is no organizations/unknown-employer.json)',
    'partnerships/pact.json: milestones[1].news: "unknown-news" is not the id of any news item (there is no news/unknown-news.json)',
    'projects/work.json: contact: "unknown-contact" is not the id of any contact (there is no contacts/unknown-contact.json)',
  ],
  'several-problems': [
    'events: (folder): is not a kind of record (the folders are news, partnerships, projects, contacts, organizations)',
    'news/broken.json: (document): cannot be read as JSON (Unexpected end of JSON input)',
    'news/draft.txt: (file): is not a record file (a record of news is a file <id>.json)',
    'news/many.json: title.en: must not be empty',
    'news/many.json: title: needs at least 1 valid entry',
    'news/many.json: countries[0]: "Italy" is not an ISO 3166-1 alpha-2 country code',
    'news/many.json: url: "javascript:alert(1)" is not an http or https URL',
    'news/many.json: autor: is not a known field',
    'news/many.json: \u001b]0;PWNED\u0007\u001b[2J: is not a known field',
    'projects/half.json: summary: is missing',
    'projects/half.json: status: "ongoing" is not one of "planned", "active", "concluded"',
    'projects/half.json: countries[0].code: "it" is not an ISO 3166-1 alpha-2 country code',
  ],
};
for (const [name, expected] of Object.entries(badCases)) {
  const parent = join(work, `bad-${name}`);
  const out = join(parent, 'api');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'manifest.json'), 'the previous build');
  const result = await buildContentApi(join(fixtures, name), { out });
  const lines = result.problems.map(formatProblem);
  const wanted = expected.map((line) => `${fixtures}/${name}/${line}`);
  check(
    `${fixtures}/${name}: every problem, with file and path; nothing written, the previous build kept`,
    firstOf([
      lines.join('\n') !== wanted.join('\n') && `problems:\n  ${lines.join('\n  ')}`,
      result.written && 'it says it wrote',
      (await readdir(parent)).join() !== 'api' && `beside the output: ${await readdir(parent)}`,
      (await readdir(out)).join() !== 'manifest.json' && `in the output: ${await readdir(out)}`,
      (await readFile(join(out, 'manifest.json'), 'utf8')) !== 'the previous build' && 'the previous build changed',
    ]),
  );
}
const replaced = join(work, 'bad-invalid-field/api');
await writeFile(join(replaced, 'stale.json'), '{}');
await buildContentApi('content', { out: replaced });
check(
  'a successful build replaces the previous one whole, leaving nothing beside it',
  firstOf([
    existsSync(join(replaced, 'stale.json')) && 'a file of the previous build is left',
    (await readJson(join(replaced, 'manifest.json'))).format !== 1 && 'no new manifest',
    (await readdir(join(work, 'bad-invalid-field'))).join() !== 'api' && `beside the output: ${await readdir(join(work, 'bad-invalid-field'))}`,
  ]),
);

// An app that bundles the content build into a file of its own (as a serverless function's
// bundler does): the map documents' worker would run that whole file again, so they are computed
// on the app's thread, the same documents. The bundle sits in node_modules/.cache/ so that the
// map packages, left as imports, resolve.
const appFolder = new URL('../node_modules/.cache/check-content/', import.meta.url);
await mkdir(appFolder, { recursive: true });
const appFile = new URL('app.mjs', appFolder);
const bundledApi = join(work, 'bundled-api');
const { outputFiles } = await esbuild({
  stdin: {
    contents: [
      `import { buildContentApi } from ${JSON.stringify(new URL('../dist/content.js', import.meta.url).pathname)};`,
      "import { isMainThread } from 'node:worker_threads';",
      "console.log(`app started on ${isMainThread ? 'the main' : 'a worker'} thread`);",
      `const { written } = await buildContentApi('content', { out: ${JSON.stringify(bundledApi)} });`,
      'console.log(`wrote ${written.counts.projects} projects`);',
    ].join('\n'),
    resolveDir: process.cwd(),
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  write: false,
});
await writeFile(appFile, outputFiles[0].text);
const appOutput = execFileSync(process.execPath, [appFile.pathname], { encoding: 'utf8' });
const mapPaths = ids.projects.map((id) => `projects/${id}/map.json`);
const sameMaps = await Promise.all(mapPaths.map(async (path) => (await readFile(join(api, path), 'utf8')) === (await readFile(join(bundledApi, path), 'utf8').catch(() => ''))));
check(
  "the content build bundled into an app's own file: the app runs once, the same map documents",
  firstOf([
    appOutput !== `app started on the main thread\nwrote ${ids.projects.length} projects\n` && `the app printed:\n${appOutput}`,
    mapPaths.find((_, index) => !sameMaps[index]) && `${mapPaths.find((_, index) => !sameMaps[index])} differs from the unbundled build's`,
  ]),
);

await rm(work, { recursive: true, force: true });
console.log(failures ? `${failures} failed` : 'all passed');
process.exit(failures ? 1 : 0);
