// Runs `iom-widgets import` as an editor would, on the feeds of test/fixtures/import/ (shaped like
// a WordPress site's RSS, a Blogger and a GitHub Atom feed, and hostile ones), on generated ones
// (10,000 items, a huge item, elements nested 100,000 deep), on a feed and a WordPress REST API
// served on loopback (pages of posts, a site without pretty permalinks, a site that is not
// WordPress), and checks the record files it writes: valid by the feed rules, plain text without
// markup or control characters, only http(s) links, partial dates (the UTC day), the same ids on
// a second import, which updates rather than duplicates, a second language merged into the
// records, fields edited by hand kept; and its exit codes and messages. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { validateFeed } from '../dist/data/index.js';
import { importFeed, ImportOptionsError } from '../dist/import.js';

const fixtures = 'test/fixtures/import';
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const schema = "https://unpkg.com/iom-widgets/dist/data/schemas/news.schema.json";

/** Runs the command; its exit code and output. */
const run = (args, timeout = 120_000) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/iom-widgets.mjs', 'import', ...args], { timeout });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

let ok = true;
const check = (passed, what) => {
  if (!passed) ok = false;
  console.log(`${passed ? '✓' : '✗'} ${what}`);
};

/** The record files of a content folder, by id: their text and their record. */
const recordsIn = async (folder) => {
  const dir = join(folder, 'news');
  const names = (await readdir(dir).catch(() => [])).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => {
        const text = await readFile(join(dir, name), 'utf8');
        return [name.replace(/\.json$/, ''), { name, text, record: JSON.parse(text) }];
      }),
    ),
  );
};

/** Every text of a record: its localised texts' values. */
const textsOf = (record) => ['title', 'summary', 'source', 'place'].flatMap((field) => Object.values(record[field] ?? {}));

const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Whether an HTML parser reads `text` as holding an element or a comment. */
const holdsMarkup = (text) => {
  const pending = [...parseFragment(text).childNodes];
  while (pending.length) {
    const node = pending.pop();
    if (node.nodeName !== '#text') return true;
  }
  return false;
};

/**
 * What is wrong with the record files of `records`, or '' when nothing is: each valid by the feed
 * rules, named by its id, with the published "$schema", plain text, http(s) links, a partial date.
 */
const problemsOf = (records) => {
  const problems = [];
  for (const [id, { record }] of records) {
    const { $schema, ...article } = record;
    const { issues } = validateFeed({ version: 1, news: [article] });
    if (issues.length) problems.push(`${id}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    if (record.id !== id) problems.push(`${id}: the file is named after another id (${record.id})`);
    if ($schema !== schema) problems.push(`${id}: "$schema" is ${$schema}`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${id}: not an id`);
    for (const text of textsOf(record)) {
      if (holdsMarkup(text)) problems.push(`${id}: markup in ${JSON.stringify(text.slice(0, 80))}`);
      if (controls.test(text)) problems.push(`${id}: a control character in ${JSON.stringify(text.slice(0, 80))}`);
      if (/alert\(/.test(text)) problems.push(`${id}: script text kept: ${JSON.stringify(text.slice(0, 80))}`);
    }
    if (record.url !== undefined && !/^https?:\/\//.test(record.url)) problems.push(`${id}: link ${record.url}`);
    if (record.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(record.date)) problems.push(`${id}: date ${record.date}`);
  }
  return problems.join('\n');
};

/** The record whose English title is `title`. */
const titled = (records, title) => [...records.values()].find(({ record }) => record.title.en === title)?.record;

/** Output a terminal shows as it is: no control, line-separator or bidi character but line feeds. */
const printable = (output) => !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(output);

/** An HTTP server on loopback answering with `answer(url)`: `{ status, type, body, headers }`. */
const serve = async (answer) => {
  const server = createServer((request, response) => {
    const { status = 200, type = 'text/html', body = '', headers = {} } = answer(new URL(request.url, 'http://localhost')) ?? { status: 404, body: '<p>Not found</p>' };
    response.writeHead(status, { 'content-type': type, ...headers }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
};

const temp = await mkdtemp(join(tmpdir(), 'iom-import-'));
const servers = [];
try {
  // The command line.
  const content = join(temp, 'content');
  const usage = await run(['rss', `${fixtures}/wordpress-rss.xml`, '--out', content]);
  check(usage.status === 2 && usage.stderr.startsWith('usage: '), `without --lang: the usage, exit 2 (${usage.status})`);
  const badLanguage = await run(['rss', `${fixtures}/wordpress-rss.xml`, '--out', content, '--lang', 'EN!']);
  check(badLanguage.status === 2 && badLanguage.stderr.startsWith('"EN!" is not a language code'), `--lang EN!: said, exit 2 (${badLanguage.stderr.split('\n')[0]})`);
  const badOrganization = await run(['rss', `${fixtures}/wordpress-rss.xml`, '--out', content, '--lang', 'en', '--organization', 'IOM Italy']);
  check(badOrganization.status === 2 && badOrganization.stderr.startsWith('"IOM Italy" is not an organization id'), `--organization "IOM Italy": said, exit 2 (${badOrganization.stderr.split('\n')[0]})`);
  const notFeed = await run(['rss', `${fixtures}/not-a-feed.html`, '--out', content, '--lang', 'en']);
  check(
    notFeed.status === 2 && notFeed.stderr === `${fixtures}/not-a-feed.html: is not an RSS or Atom feed (its root element is <html>)\n`,
    `a web page: one line, exit 2 (${notFeed.stderr.trim()})`,
  );
  const missing = await run(['rss', join(temp, 'nothing.xml'), '--out', content, '--lang', 'en']);
  check(missing.status === 2 && /nothing\.xml: cannot be read \(ENOENT/.test(missing.stderr), `a missing file: one line, exit 2 (${missing.stderr.trim()})`);
  check((await recordsIn(content)).size === 0, 'none of these wrote a file');

  // A WordPress site's RSS feed, then the same again, then its French feed.
  const first = await run(['rss', `${fixtures}/wordpress-rss.xml`, '--out', content, '--lang', 'en']);
  const imported = await recordsIn(content);
  check(first.status === 0 && first.stderr === '' && /: 3 news items in .* \(3 new, 0 updated, 0 unchanged\)\n$/.test(first.stdout), `WordPress RSS: 3 news items, exit 0 (${first.stdout.trim()})`);
  check(imported.size === 3 && !problemsOf(imported), `WordPress RSS: 3 valid record files, plain text${problemsOf(imported) && `\n${problemsOf(imported)}`}`);
  const plan = titled(imported, 'IOM & UNHCR welcome the new reception plan for Lampedusa');
  check(
    plan?.date === '2024-07-02' &&
      plan.url === 'https://italy.iom.example/2024/07/iom-unhcr-welcome-reception-plan/' &&
      plan.source?.en === 'IOM Italy – News' &&
      JSON.stringify(plan.organizations) === '["iom"]' &&
      plan.summary.en.startsWith('Rome – IOM and UNHCR welcome the plan announced today for the reception centre of Lampedusa, which will host up to 640\u00a0people in better conditions.\n\nThe plan follows months of joint work … Continue reading'),
    `WordPress RSS: entities decoded, paragraphs kept, dated by the UTC day of 23:30 -0500 (${plan?.date}), link, source, organisation iom`,
  );
  const secondYear = titled(imported, '«Migrazione e sviluppo»: the programme’s second year');
  check(
    secondYear?.summary.en === 'In its second year the programme supported 38\u00a0diaspora associations\nin 12 regions.',
    `WordPress RSS: an empty description gives the summary from content:encoded, <br> a line break (${JSON.stringify(secondYear?.summary.en)})`,
  );
  check(/-[0-9a-f]{10}$/.test(plan?.id ?? '') && plan.id.startsWith('iom-unhcr-welcome-the-new-reception-plan-for-lampedusa-'), `ids are a slug of the title and a hash of the guid (${plan?.id})`);

  const again = await run(['rss', `${fixtures}/wordpress-rss.xml`, '--out', content, '--lang', 'en']);
  const reimported = await recordsIn(content);
  check(again.status === 0 && /\(0 new, 0 updated, 3 unchanged\)/.test(again.stdout), `a second import: the same 3, unchanged (${again.stdout.trim()})`);
  check(
    JSON.stringify([...reimported.keys()]) === JSON.stringify([...imported.keys()]) && [...reimported].every(([id, file]) => file.text === imported.get(id).text),
    'a second import: the same ids, files byte for byte the same, none added',
  );

  // An editor adds a place and an organisation by hand; the French feed adds French texts.
  const planFile = join(content, 'news', `${plan.id}.json`);
  await writeFile(planFile, JSON.stringify({ ...plan, place: { en: 'Lampedusa' }, organizations: ['iom', 'unhcr'] }, null, 2));
  const french = await run(['rss', `${fixtures}/wordpress-rss-fr.xml`, '--out', content, '--lang', 'fr']);
  const merged = await recordsIn(content);
  const planMerged = merged.get(plan.id)?.record;
  check(french.status === 0 && /: 2 news items in .* \(0 new, 2 updated, 0 unchanged\)/.test(french.stdout) && merged.size === 3, `the French feed updates 2 of the 3 records, adds none (${french.stdout.trim()})`);
  check(
    planMerged?.title.en === plan.title.en &&
      planMerged.title.fr === 'L’OIM et le HCR saluent le nouveau plan d’accueil de Lampedusa' &&
      planMerged.summary.en === plan.summary.en &&
      planMerged.summary.fr.startsWith('Rome – L’OIM et le HCR saluent le plan') &&
      planMerged.source.fr === 'OIM Italie – Actualités' &&
      planMerged.source.en === 'IOM Italy – News',
    `the French texts join the English ones in each record (${JSON.stringify(planMerged?.title)})`,
  );
  check(
    planMerged?.place?.en === 'Lampedusa' && JSON.stringify(planMerged.organizations) === '["iom","unhcr"]' && planMerged.url === plan.url && planMerged.date === plan.date,
    'fields edited by hand are kept, and the French link does not replace the English one',
  );
  check(!problemsOf(merged), `after the French import every file is still valid${problemsOf(merged) && `\n${problemsOf(merged)}`}`);

  // Atom feeds like Blogger's and GitHub's, from a file and from an address.
  const atomFolder = join(temp, 'atom');
  const atom = await run(['rss', `${fixtures}/blogger-atom.xml`, '--out', atomFolder, '--lang', 'en', '--organization', 'iom', '--organization', 'unodc']);
  const atomRecords = await recordsIn(atomFolder);
  check(atom.status === 0 && atomRecords.size === 3 && !problemsOf(atomRecords), `Atom: 3 valid records, exit 0${problemsOf(atomRecords) && `\n${problemsOf(atomRecords)}`}`);
  const milan = titled(atomRecords, 'Diaspora associations meet in Milan: 5 < 7 regions');
  check(
    milan?.date === '2024-07-02' &&
      milan.url === 'https://md-notes.blogspot.example/2024/07/diaspora-milan.html' &&
      milan.summary.en === 'Thirty associations from seven regions met in Milan on 2\u00a0July.\n\nThey agreed on three joint projects.' &&
      milan.source.en === 'Migration & Development notes' &&
      JSON.stringify(milan.organizations) === '["iom","unodc"]',
    `Atom: a text title kept as text (5 < 7), an html content as paragraphs, the alternate link, the UTC day of 01:15 +02:00 (${milan?.date}), both organisations`,
  );
  const xhtml = titled(atomRecords, 'Integration at work');
  check(xhtml?.summary.en === 'Mentors and newcomers together.\n\nSecond paragraph.', `Atom: xhtml title and summary as text (${JSON.stringify(xhtml?.summary.en)})`);
  check(
    /entry 2 \("Admin4All toolkit 2\.1\.0"\): link "\/iom-example\/admin4all\/releases\/tag\/v2\.1\.0" is not an http or https URL \(a relative link needs a source read from its address\); left out/.test(atom.stderr),
    'Atom from a file: a relative link is left out, with a line saying so',
  );
  // A port that was open and is closed again: nothing answers there.
  const feedServer = await serve(() => undefined);
  await feedServer.close();
  const atomText = await readFile(`${fixtures}/blogger-atom.xml`);
  const site = await serve((url) => (url.pathname === '/feeds/atom.xml' ? { type: 'application/atom+xml', body: atomText } : undefined));
  servers.push(site);
  const fromAddress = await run(['rss', `${site.origin}/feeds/atom.xml`, '--out', join(temp, 'atom-http'), '--lang', 'en']);
  const release = titled(await recordsIn(join(temp, 'atom-http')), 'Admin4All toolkit 2.1.0');
  check(
    fromAddress.status === 0 && fromAddress.stderr === '' && release?.url === `${site.origin}/iom-example/admin4all/releases/tag/v2.1.0`,
    `Atom from an address: its relative link resolved against it (${release?.url})`,
  );
  check(
    [...(await recordsIn(join(temp, 'atom-http'))).keys()].join() === [...atomRecords.keys()].join(),
    'the same feed from a file and from an address gives the same ids',
  );
  const unreachable = await run(['rss', `${feedServer.origin}/feed/`, '--out', join(temp, 'x'), '--lang', 'en']);
  check(unreachable.status === 2 && /: cannot be reached \(/.test(unreachable.stderr) && unreachable.stderr.trim().split('\n').length === 1, `an unreachable address: one line, exit 2 (${unreachable.stderr.trim()})`);

  // Hostile feeds.
  const hostileFolder = join(temp, 'hostile');
  const hostile = await run(['rss', `${fixtures}/hostile-rss.xml`, '--out', hostileFolder, '--lang', 'en']);
  const hostileRecords = await recordsIn(hostileFolder);
  check(hostile.status === 1 && /\(5 new, 0 updated, 0 unchanged\); 3 skipped/.test(hostile.stdout), `hostile RSS: 5 imported, 3 skipped, exit 1 (${hostile.stdout.trim()})`);
  check(hostileRecords.size === 5 && !problemsOf(hostileRecords), `hostile RSS: valid records, no markup, no script, no control character${problemsOf(hostileRecords) && `\n${problemsOf(hostileRecords)}`}`);
  check(
    [...hostileRecords.values()].every(({ record }) => record.url === undefined),
    'hostile RSS: javascript:, JAVA\\tSCRIPT:, &#106;avascript:, data: and protocol-relative links all left out',
  );
  const expectedLines = [
    'item 5: skipped: has no title; left out',
    'item 6 ("No summary at all"): skipped: has no summary (no description, excerpt or content); left out',
    'item 7 ("The first item again, under another title"): skipped: the same item as item 1 (the same guid or link); left out',
    'item 1 ("Breaking news"): link "javascript:alert(5)" is not an http or https URL; left out',
    'item 1 ("Breaking news"): date "Someday soon" is not a date; left out',
    'item 2 ("Click here & win"): date "Tue, 31 Feb 2024 10:00:00 +0000" is not a date; left out',
    'item 3 ("Escaped twice: gone"): link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=" is not an http or https URL; left out',
    'item 3 ("Escaped twice: gone"): date "2024-13-01T00:00:00Z" is not a date; left out',
    'item 8 ("A link with an entity-encoded scheme"): link "javascript:alert(16)" is not an http or https URL; left out',
  ];
  const missingLines = expectedLines.filter((line) => !hostile.stderr.includes(`${fixtures}/hostile-rss.xml: ${line}\n`));
  check(missingLines.length === 0, `hostile RSS: each skipped item and each thing left out named, with why${missingLines.length ? `; missing:\n${missingLines.join('\n')}\nin:\n${hostile.stderr}` : ''}`);
  check(printable(hostile.stderr + hostile.stdout), 'hostile RSS: the output holds no control or bidi character (escaped)');
  check(
    titled(hostileRecords, 'Breaking news')?.summary.en === 'Safe text' &&
      titled(hostileRecords, 'Click here & win')?.summary.en === 'Entities: café & crème, €5, , &unknown;' &&
      titled(hostileRecords, 'Escaped twice: gone')?.summary.en === 'Before ]]> after' &&
      titled(hostileRecords, 'Control ]0;retitled characters [2J and a bidi \u202eoverride\u202c')?.summary.en === 'Bell , escape [31m red, null\ufffd and form feed in a summary',
    'hostile RSS: scripts, styles, frames and SVG dropped with their content, entities decoded, text escaped twice read once more, CDATA tricks kept as text, control characters gone',
  );
  const hostileAtom = await run(['rss', `${fixtures}/hostile-atom.xml`, '--out', join(temp, 'hostile-atom'), '--lang', 'en']);
  const hostileAtomRecords = await recordsIn(join(temp, 'hostile-atom'));
  const htmlTitle = titled(hostileAtomRecords, 'An html title');
  check(
    hostileAtom.status === 1 && hostileAtomRecords.size === 2 && !problemsOf(hostileAtomRecords) && htmlTitle?.summary.en === 'Kept\non two lines\n\nand a paragraph' && htmlTitle.date === '2024-07-04' && htmlTitle.url === undefined,
    `hostile Atom: html and xhtml read as text without scripts, a javascript: link left out, exit 1${problemsOf(hostileAtomRecords) && `\n${problemsOf(hostileAtomRecords)}`}`,
  );
  const started = Date.now();
  const laughs = await run(['rss', `${fixtures}/billion-laughs.xml`, '--out', join(temp, 'laughs'), '--lang', 'en'], 20_000);
  const laughRecords = await recordsIn(join(temp, 'laughs'));
  const laugh = [...laughRecords.values()][0];
  check(
    laughs.status === 0 && laugh?.record.title.en === 'A billion laughs &lol9;' && laugh.text.length < 1000 && !laugh.text.includes('lollol') && !laugh.text.includes('root:'),
    `billion laughs: no entity expanded, no external entity read, in ${Date.now() - started} ms (${JSON.stringify(laugh?.record.title.en)})`,
  );

  // Generated feeds: 10,000 items, a huge item, elements nested 100,000 deep.
  const items = Array.from(
    { length: 10_000 },
    (_, index) =>
      `<item><title>News number ${index} &amp; more</title><link>https://big.example/news/${index}</link><guid>https://big.example/?p=${index}</guid>` +
      `<pubDate>Mon, 01 Jul 2024 10:00:00 +0000</pubDate><description>&lt;p&gt;Summary of news ${index}.&lt;/p&gt;</description></item>`,
  );
  const hugeTitle = 'A huge title '.repeat(1000).trim();
  const hugeSummary = Array(100_000).fill('A huge paragraph with many words in it.');
  items.push(`<item><title>${hugeTitle}</title><guid>huge</guid><description><![CDATA[${hugeSummary.map((text) => `<p>${text}</p>`).join('')}]]></description></item>`);
  items.push(`<item><title>Deep</title><guid>deep</guid><description><![CDATA[Before the depths${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}]]></description></item>`);
  await writeFile(join(temp, 'big.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`);
  const bigStarted = Date.now();
  const big = await run(['rss', join(temp, 'big.xml'), '--out', join(temp, 'big'), '--lang', 'en'], 300_000);
  const bigRecords = await recordsIn(join(temp, 'big'));
  check(big.status === 0 && bigRecords.size === 10_002, `10,002 items: all imported, in ${Math.round((Date.now() - bigStarted) / 1000)} s (${big.stdout.trim()})`);
  const huge = [...bigRecords.values()].find(({ record }) => record.title.en.startsWith('A huge title'))?.record;
  /** Whether `text` is `whole` cut at a word boundary to 5,000 characters, with an ellipsis. */
  const cutAtWord = (text, whole) => text.length <= 5000 && text.endsWith('…') && whole.startsWith(text.slice(0, -1)) && /\s/.test(whole[text.length - 1]);
  check(
    cutAtWord(huge?.title.en ?? '', hugeTitle) && cutAtWord(huge.summary.en, hugeSummary.join('\n\n')),
    `a huge item: title and summary cut at a word to 5,000 characters (${huge?.title.en.length}, ${huge?.summary.en.length})`,
  );
  check(titled(bigRecords, 'Deep')?.summary.en === 'Before the depths', 'elements nested 100,000 deep: read, without overflowing the stack');
  check(!problemsOf(bigRecords), `10,002 items: every file valid${problemsOf(bigRecords) && `\n${problemsOf(bigRecords).slice(0, 2000)}`}`);
  const bigAgain = await run(['rss', join(temp, 'big.xml'), '--out', join(temp, 'big'), '--lang', 'en'], 300_000);
  check(/\(0 new, 0 updated, 10002 unchanged\)/.test(bigAgain.stdout) && (await recordsIn(join(temp, 'big'))).size === 10_002, `10,002 items again: all unchanged, none added (${bigAgain.stdout.trim()})`);

  // A WordPress REST API without pretty permalinks, with 3 pages of posts; a site that is not WordPress.
  const posts = Array.from({ length: 5 }, (_, index) => ({
    id: 100 + index,
    date_gmt: `2024-06-0${index + 1}T22:30:00`,
    guid: { rendered: `http://wp.example/?p=${100 + index}` },
    link: `http://wp.example/news/post-${index}/`,
    title: { rendered: `Post ${index} &#8211; &lt;b&gt;bold&lt;/b&gt; &amp; <em>more</em>` },
    excerpt: { rendered: `<p>Excerpt ${index} &hellip;</p>\n`, protected: false },
    content: { rendered: `<p>Content ${index}</p>`, protected: false },
  }));
  const wordpress = await serve((url) => {
    const route = url.searchParams.get('rest_route');
    if (url.pathname !== '/' || !route) return undefined;
    if (route === '/') return { type: 'application/json; charset=UTF-8', body: JSON.stringify({ name: 'Fake &amp; site', namespaces: ['oembed/1.0', 'wp/v2'] }) };
    if (route !== '/wp/v2/posts' || url.searchParams.get('per_page') !== '100') return { status: 400, type: 'application/json', body: '{}' };
    const page = Number(url.searchParams.get('page'));
    return { type: 'application/json', headers: { 'x-wp-totalpages': '3', 'x-wp-total': '5' }, body: JSON.stringify(posts.slice((page - 1) * 2, page * 2)) };
  });
  servers.push(wordpress);
  const wp = await run(['wordpress', wordpress.origin, '--out', join(temp, 'wp'), '--lang', 'en']);
  const wpRecords = await recordsIn(join(temp, 'wp'));
  const post0 = titled(wpRecords, 'Post 0 – bold & more');
  check(wp.status === 0 && wpRecords.size === 5 && !problemsOf(wpRecords), `WordPress REST API at ?rest_route=: 3 pages, 5 posts imported, exit 0 (${wp.stdout.trim()})${problemsOf(wpRecords) && `\n${problemsOf(wpRecords)}`}`);
  check(
    post0?.summary.en === 'Excerpt 0 …' && post0.date === '2024-06-01' && post0.url === 'http://wp.example/news/post-0/' && post0.source.en === 'Fake & site',
    `WordPress: rendered title and excerpt as text, date_gmt as the UTC day, link, the site's name (${JSON.stringify(post0)})`,
  );
  const notWordPress = await run(['wordpress', site.origin, '--out', join(temp, 'not-wp'), '--lang', 'en']);
  check(
    notWordPress.status === 2 && notWordPress.stderr === `${site.origin}: is not a WordPress site with its REST API on (nothing at ${site.origin}/wp-json/ or ${site.origin}/?rest_route=%2F)\n`,
    `a site that is not WordPress: one line, exit 2 (${notWordPress.stderr.trim()})`,
  );
  const wpUnreachable = await run(['wordpress', feedServer.origin, '--out', join(temp, 'not-wp'), '--lang', 'en']);
  check(wpUnreachable.status === 2 && /: cannot be reached \(/.test(wpUnreachable.stderr), `an unreachable WordPress: one line, exit 2 (${wpUnreachable.stderr.trim()})`);

  // The Node API.
  const report = await importFeed(`${fixtures}/wordpress-rss.xml`, { out: join(temp, 'api'), lang: 'en' });
  check(report.created.length === 3 && report.source === 'IOM Italy – News' && report.skipped.length === 0, `importFeed() reports 3 created from "${report.source}"`);
  const refused = await importFeed(`${fixtures}/wordpress-rss.xml`, { out: join(temp, 'api'), lang: 'en', organizations: ['Not an id'] }).catch((error) => error);
  check(refused instanceof ImportOptionsError, `importFeed() refuses an organisation that is not an id (${refused.message})`);
} finally {
  await Promise.all(servers.map((server) => server.close().catch(() => {})));
  await rm(temp, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
