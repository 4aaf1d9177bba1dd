// Runs `iom-widgets validate` and `iom-widgets render` as a partner would and checks their answers
// and exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';

/** Runs the command; `-` as an argument reads `input` (text, or bytes) from standard input. */
const run = (args, input) => spawnSync(process.execPath, ['bin/iom-widgets.mjs', ...args], { input, maxBuffer: 64 * 1024 * 1024 });

/** The elements of a page parsed as a browser parses it, in the order of the source (no template contents). */
const elementsOf = (html) => {
  const elements = [];
  const pending = [parse(html, { sourceCodeLocationInfo: true })];
  while (pending.length) {
    const node = pending.pop();
    if (node.tagName) elements.push(node);
    pending.push(...(node.childNodes ?? []).toReversed());
  }
  return elements;
};
/** The text of a page outside its iom-* widgets, as a browser parses it. */
const textOutsideWidgets = (html) => {
  let text = '';
  const pending = [parse(html)];
  while (pending.length) {
    const node = pending.pop();
    if (node.nodeName === '#text') text += node.value;
    if (!node.tagName?.startsWith('iom-')) pending.push(...(node.childNodes ?? []).toReversed());
  }
  return text;
};
/**
 * A check of the standard output of `render -` on `page`: every widget of the output holds its shadow root and the
 * fallback after it, and nothing of them is outside it (the text outside the widgets is the
 * page's). Answers what is wrong, or nothing.
 */
const holdsItsContent = (page) => (bytes) => {
  const output = bytes.toString('utf8');
  const widgets = elementsOf(output).filter((element) => element.tagName.startsWith('iom-'));
  const wrong = widgets.find((widget) => widget.childNodes[0]?.attrs?.[0]?.name !== 'shadowrootmode' || widget.childNodes.length < 2);
  if (!widgets.length || wrong) return `a widget without its shadow root and fallback: ${wrong?.tagName ?? 'none'}`;
  if (textOutsideWidgets(output) !== textOutsideWidgets(page)) return `text outside the widgets: ${JSON.stringify(textOutsideWidgets(output).slice(0, 200))}`;
  return undefined;
};
/** A check that the output is `expected` byte for byte outside the widget's content (what follows its start tag up to `</iom-`). */
const sameBytesOutsideWidget = (expected) => (output) => {
  const tagEnd = expected.indexOf('>', expected.indexOf('<iom-')) + 1;
  const rest = expected.subarray(expected.indexOf('</iom-'));
  if (!output.subarray(0, tagEnd).equals(expected.subarray(0, tagEnd)) || !output.subarray(output.length - rest.length).equals(rest)) return 'bytes outside the widget changed';
  if (!output.subarray(tagEnd, output.length - rest.length).every((byte) => byte < 0x80)) return 'the widget holds bytes other than ASCII';
  return undefined;
};

const integrity = JSON.parse(readFileSync('cdn/integrity.json', 'utf8'));
/** A page with a contact box that loads `script` (none: no script). */
const contactPage = (script = '') => `<!doctype html><html lang="en"><head><title>A page</title>${script}</head>
<body><iom-contact-box contact="integration-italy"></iom-contact-box></body></html>`;
/** A page with a news list that loads `script` (none: no script). */
const newsListPage = (script = '') => `<!doctype html><html lang="fr"><head><title>A page</title>${script}</head>
<body><iom-news-list limit="1"></iom-news-list></body></html>`;
/** A check that no address on disk reached the page (the prerenderer reads the content API there). */
const noFileAddress = (bytes) => (/file:|\/work\/|\/home\//.test(bytes.toString('utf8')) ? 'an address on disk in the output' : undefined);
/** The loader from a CDN, with an SRI hash. */
const loaderWithHash = (hash) =>
  `<script type="module" src="https://cdn.example/iom/cdn/loader.js" integrity="${hash}" crossorigin="anonymous"></script>`;

/** A news card in `context`, as `<p>…</p>` for a tag on a line of its own in WordPress (wpautop). */
const cardIn = (before, after) => `<!doctype html><html lang="en"><head><title>A post</title></head><body>
${before}<iom-news-card article="iom-amazon-global-agreement"></iom-news-card>${after}
<p>The post goes on.</p></body></html>`;
const wrappedCard = cardIn('<p>', '</p>');
const linkedCard = cardIn('<p><a href="/news/">', '</a></p>');
const card = '<iom-news-card article="iom-amazon-global-agreement"></iom-news-card>';
/** A page with a card inside `levels` nested <div> elements, and one after them. */
const deepPage = (levels) => `<!doctype html><html lang="en"><body>${'<div>'.repeat(levels)}${card}${'</div>'.repeat(levels)}\n${card}</body></html>`;
/** A page in ISO-8859-1 ("Caffè", as its bytes say), with a news card in Arabic, or none. */
const latin1Page = (widget) =>
  Buffer.from(`<!doctype html><html lang="ar"><head><meta charset="iso-8859-1"><title>Caffè</title></head><body><p>Caffè «ciao»</p>${widget}<p>Già</p></body></html>`, 'latin1');

/** Where `content build` writes in these cases; a check that it wrote there, or nothing. */
const outputs = mkdtempSync(join(tmpdir(), 'iom-cli-content-'));
const built = (name) => () => (existsSync(join(outputs, name, 'manifest.json')) ? undefined : `no ${name}/manifest.json`);
const nothingIn = (name) => () => (existsSync(join(outputs, name)) ? `${name} was written` : undefined);

const cases = [
  ['a content folder', ['validate', 'content'], 0, 'content: valid (2 news items, 2 partnerships, 2 projects, 2 contacts, 3 organizations)'],
  [
    'a content folder with problems: each with its file and path',
    ['validate', 'test/fixtures/content/dangling-reference'],
    1,
    [
      'test/fixtures/content/dangling-reference: 7 problems',
      'test/fixtures/content/dangling-reference/projects/work.json: contact: "unknown-contact" is not the id of any contact',
    ],
  ],
  ['a content folder and a feed', ['validate', 'test/fixtures/content/invalid-field', 'test/fixtures/feeds/partner.json'], 1, ['invalid-field/news/bad-date.json: date: "2024-13-01" is not a date', 'partner.json: valid']],
  ['a content build', ['content', 'build', 'content', '--out', join(outputs, 'api')], 0, [built('api'), 'wrote the content API (116 files']],
  [
    'a content build with problems: all of them, and nothing written',
    ['content', 'build', 'test/fixtures/content/several-problems', '--out', join(outputs, 'bad')],
    1,
    [nothingIn('bad'), 'several-problems: 12 problems', 'several-problems/news/many.json: autor: is not a known field', 'many.json: \\u001b]0;PWNED\\u0007\\u001b[2J: is not a known field', 'several-problems/projects/half.json: summary: is missing', 'nothing written to'],
  ],
  ['a content build of a folder that does not exist', ['content', 'build', 'no-such-folder', '--out', join(outputs, 'none')], 2, [nothingIn('none'), 'no-such-folder: cannot be read as a content folder']],
  ['a content build without --out', ['content', 'build', 'content'], 2, 'usage: iom-widgets validate'],
  ['a content build of two folders', ['content', 'build', 'content', 'test/fixtures/content/invalid-field', '--out', join(outputs, 'two')], 2, [nothingIn('two'), 'iom-widgets content build']],
  ['a content command it does not know', ['content', 'publish', 'content'], 2, 'iom-widgets content build <content folder> --out <dir>'],
  ['a valid feed', ['validate', 'test/fixtures/feeds/partner.json'], 0, 'valid (3 news items, 1 organization)'],
  ['a feed with one record of several kinds', ['validate', 'test/fixtures/feeds/unicode.json'], 0, 'valid (1 news item, 1 partnership, 1 project, 2 organizations)'],
  ['a feed with one problem', ['validate', 'test/fixtures/feeds/projects.json'], 1, 'projects.json: 1 problem\n'],
  ['a feed with a byte order mark, which browsers accept', ['validate', 'test/fixtures/feeds/bom.json'], 0, 'bom.json: valid (3 news items, 1 organization)'],
  [
    'a feed with the same id twice: both paths, the second left out',
    ['validate', 'test/fixtures/feeds/duplicate-ids.json'],
    1,
    ['duplicate-ids.json: 1 problem', 'news[2].id: "twice" is already the id of news[0]; this entry is left out'],
  ],
  [
    'a feed whose keys hold terminal escapes and line breaks: printed escaped, on their own line',
    ['validate', 'test/fixtures/feeds/terminal.json'],
    1,
    ['news[0].\\u001b]0;PWNED\\u0007\\u001b[2J: is not a known field', 'news[0].x\\u000a/tmp/forged.json: valid (3 news)\\u000a: is not a known field', 'news[0].\\u202eevil: is not a known field'],
  ],
  ['a partly invalid feed', ['validate', 'test/fixtures/feeds/partial.json'], 1, 'news[1].date: "2024-13-01" is not a date'],
  ['a document that is not a feed', ['validate', 'test/fixtures/feeds/wrong-shape.json'], 1, 'version: is missing'],
  ['a missing file', ['validate', 'no-such-feed.json'], 2, 'cannot be read as JSON'],
  ['no file named', ['validate'], 2, 'usage: iom-widgets validate'],
  ['asked for help', ['--help'], 0, ['usage: iom-widgets validate', 'iom-widgets render <page.html', 'iom-widgets import rss <file-or-url> --out <content folder> --lang <language>', 'iom-widgets import wordpress <site-url>']],
  ['asked for help with -h', ['-h'], 0, 'usage: iom-widgets validate'],
  ['asked for help on a command', ['render', '--help'], 0, 'iom-widgets render <page.html'],
  ['no command', [], 2, 'usage: iom-widgets validate'],
  ['a command it does not know', ['frobnicate'], 2, ['"frobnicate" is not a command', 'usage: iom-widgets validate']],
  [
    'a page prerendered, in its language and in a widget’s own',
    ['render', 'test/fixtures/pages/prerender-source.html'],
    0,
    [
      '<iom-news-card article="iom-unodc-partnership-2024"><template shadowrootmode="open"><link rel="stylesheet" href="https://unpkg.com/iom-widgets@0.1.0/cdn/styles/iom-news-card.css"><!--lit-part',
      'OIM e UNODC insieme contro la tratta di persone e il traffico di migranti',
      '</template><article><h3><a href="https://unric.org/it/loim-e-lunodc-uniscono-le-forze-per-contrastare-la-tratta-di-esseri-umani-e-il-traffico-di-migranti">',
      '<p><time datetime="2024-07-02">2 luglio 2024</time></p>',
      '</template><h2>Integration – ADMin4ALL project</h2><p>IOM Italy, Rome</p><ul><li><a href="mailto:integrationitaly@iom.int">',
      '<iom-contact-box contact="integration-italy" lang="en" heading-level="2"><template shadowrootmode="open">',
      'Integration – ADMin4ALL project',
      '<script type="module" src="https://unpkg.com/iom-widgets@0.1.0/cdn/hydrate.js"></script><script type="module" src="https://unpkg.com/iom-widgets@0.1.0/cdn/loader.js">',
    ],
  ],
  [
    'a page with a wrong id: that widget is left for the browser, the others prerendered',
    ['render', 'test/fixtures/pages/prerender-problem.html'],
    1,
    ['prerender-problem.html:9: <iom-news-card> left for the browser: unknown-id: article="no-such-news"', '<iom-project-map project="admin4all"><template shadowrootmode="open">'],
  ],
  [
    'a page with its styles inline',
    ['render', 'test/fixtures/pages/prerender-problem.html', '--styles', 'inline'],
    1,
    ['<iom-project-map project="admin4all"><template shadowrootmode="open"><style>:host{'],
  ],
  [
    'a page with its style sheets at another address',
    ['render', 'test/fixtures/pages/prerender-problem.html', '--styles', 'https://static.example/iom/styles/'],
    1,
    ['<template shadowrootmode="open"><link rel="stylesheet" href="https://static.example/iom/styles/iom-project-map.css"><!--lit-part'],
  ],
  [
    'a page whose loader has this build’s SRI hash: the files added beside it have theirs',
    ['render', '-'],
    0,
    [
      `<script type="module" src="https://cdn.example/iom/cdn/hydrate.js" integrity="${integrity['hydrate.js']}" crossorigin="anonymous"></script>`,
      `<link rel="stylesheet" href="https://cdn.example/iom/cdn/styles/iom-contact-box.css" integrity="${integrity['styles/iom-contact-box.css']}" crossorigin="anonymous">`,
    ],
    contactPage(loaderWithHash(integrity['loader.js'])),
  ],
  [
    'a page whose loader has another build’s SRI hash: the files added beside it have none, and it says so',
    ['render', '-'],
    0,
    [
      'https://cdn.example/iom/cdn/loader.js is not this build of iom-widgets: the files added beside it (cdn/hydrate.js, cdn/styles/) have no integrity hash',
      '<script type="module" src="https://cdn.example/iom/cdn/hydrate.js"></script>',
      '<link rel="stylesheet" href="https://cdn.example/iom/cdn/styles/iom-contact-box.css">',
    ],
    contactPage(loaderWithHash('sha384-another')),
  ],
  [
    'a news list: its RSS link where readers reach the content API, beside the page’s library, never on disk',
    ['render', '-'],
    0,
    [
      '<a part="rss" href="https://cdn.example/iom/cdn/content/news/index/all/fr/feed.xml" type="application/rss+xml"><!--lit-part-->S’abonner par RSS',
      noFileAddress,
    ],
    newsListPage('<script type="module" src="https://cdn.example/iom/cdn/loader.js"></script>'),
  ],
  [
    'a news list on a page without the library’s script: left for the browser, which knows the address for its RSS link',
    ['render', '-'],
    0,
    ['<iom-news-list> left for the browser: no public address of the content API', noFileAddress],
    newsListPage(),
  ],
  [
    'a page without the library’s script: styles inline, and it says so',
    ['render', '-'],
    0,
    ["the widgets' styles are put inline", '<iom-contact-box contact="integration-italy"><template shadowrootmode="open"><style>:host{'],
    contactPage(),
  ],
  ['a page without hydration support added', ['render', 'test/fixtures/pages/prerender-problem.html', '--no-hydrate'], 1, ['<script type="module" src="/cdn/loader.js">']],
  ['a widget WordPress wrapped in a paragraph: its fallback stays inside it, made of phrasing elements', ['render', '-'], 0, [holdsItsContent(wrappedCard), '<strong role="heading" aria-level="3"><a href="https://www.aboutamazon.it/'], wrappedCard],
  ['a widget inside a link: its fallback stays inside it, without links', ['render', '-'], 0, [holdsItsContent(linkedCard), '</template><span role="article"><strong role="heading" aria-level="3">Amazon'], linkedCard],
  [
    'a widget inside <svg>: left as it is, and it says why',
    ['render', '-'],
    1,
    ['-:2: <iom-news-card> left for the browser: inside <svg>: not an HTML element there', `<svg>${card}</svg>`],
    cardIn('<svg>', '</svg>'),
  ],
  [
    'a page 5,000 elements deep: the widgets browsers can hold prerendered, the one deeper left for the browser',
    ['render', '-'],
    0,
    ['-:1: <iom-news-card> left for the browser: nested 5002 levels deep', `${card}</div></div>`, '\n<iom-news-card article="iom-amazon-global-agreement"><template shadowrootmode="open">'],
    deepPage(5000),
  ],
  ['a page 100,000 elements deep: refused, in one line', ['render', '-'], 2, '-: cannot be prerendered: the page nests elements more than 10,000 levels deep', deepPage(100_000)],
  [
    'a page in ISO-8859-1: read in its encoding, its bytes kept, the widget’s Arabic as character references',
    ['render', '-'],
    0,
    [sameBytesOutsideWidget(latin1Page(card)), '&#1575;'],
    latin1Page(card),
  ],
  ['a page in ISO-8859-1 without widgets: returned byte for byte', ['render', '-'], 0, [(output) => (output.equals(latin1Page('')) ? undefined : 'changed')], latin1Page('')],
  ['a page in UTF-16: refused, in one line', ['render', '-'], 2, '-: cannot be prerendered: the page is in utf-16le', Buffer.from(`\ufeff${cardIn('', '')}`, 'utf16le')],
  ['a missing page', ['render', 'no-such-page.html'], 2, 'cannot be read'],
  ['no page named', ['render'], 2, 'iom-widgets render <page.html'],
];
let failed = 0;
for (const [name, args, status, expected, input] of cases) {
  const result = run(args, input);
  const output = `${result.stdout}${result.stderr}`;
  // Each expected text appears in the output; each check (a function of standard output) finds nothing wrong.
  const wrong = [expected].flat().map((check) => (typeof check === 'function' ? check(result.stdout) : output.includes(check) ? undefined : `no ${JSON.stringify(check)}`));
  // Whatever a file holds, the command prints no control character but line breaks.
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(args[0] === 'render' ? result.stderr : output);
  const ok = !raw && result.status === status && wrong.every((problem) => problem === undefined) && !(args.includes('--no-hydrate') && output.includes('hydrate.js'));
  if (!ok) failed += 1;
  const why = `exit ${result.status}: ${wrong.filter(Boolean).join('; ')}\n${output.trim().slice(0, 2000)}`;
  console.log(`${ok ? '✓' : '✗'} iom-widgets ${args.join(' ')}: ${name}${ok ? '' : ` (${why})`}`);
}
rmSync(outputs, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
