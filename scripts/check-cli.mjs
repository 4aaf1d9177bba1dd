// Runs `iom-widgets validate` and `iom-widgets render` as a partner would and checks their answers
// and exit codes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Runs the command; `-` as an argument reads `input` from standard input. */
const run = (args, input) => spawnSync(process.execPath, ['bin/iom-widgets.mjs', ...args], { encoding: 'utf8', input });

const integrity = JSON.parse(readFileSync('cdn/integrity.json', 'utf8'));
/** A page with a contact box that loads `script` (none: no script). */
const contactPage = (script = '') => `<!doctype html><html lang="en"><head><title>A page</title>${script}</head>
<body><iom-contact-box contact="integration-italy"></iom-contact-box></body></html>`;
/** The loader from a CDN, with an SRI hash. */
const loaderWithHash = (hash) =>
  `<script type="module" src="https://cdn.example/iom/cdn/loader.js" integrity="${hash}" crossorigin="anonymous"></script>`;

const cases = [
  ['a valid feed', ['validate', 'test/fixtures/feeds/partner.json'], 0, 'valid (3 news items, 1 organization)'],
  ['a feed with one record of several kinds', ['validate', 'test/fixtures/feeds/unicode.json'], 0, 'valid (1 news item, 1 partnership, 1 project, 2 organizations)'],
  ['a feed with one problem', ['validate', 'test/fixtures/feeds/projects.json'], 1, 'projects.json: 1 problem\n'],
  ['a partly invalid feed', ['validate', 'test/fixtures/feeds/partial.json'], 1, 'news[1].date: "2024-13-01" is not a date'],
  ['a document that is not a feed', ['validate', 'test/fixtures/feeds/wrong-shape.json'], 1, 'version: is missing'],
  ['a missing file', ['validate', 'no-such-feed.json'], 2, 'cannot be read as JSON'],
  ['no file named', ['validate'], 2, 'usage: iom-widgets validate'],
  ['asked for help', ['--help'], 0, ['usage: iom-widgets validate', 'iom-widgets render <page.html']],
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
      'OIM e UNODC insieme contro la tratta di esseri umani e il traffico di migranti',
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
    'a page without the library’s script: styles inline, and it says so',
    ['render', '-'],
    0,
    ["the widgets' styles are put inline", '<iom-contact-box contact="integration-italy"><template shadowrootmode="open"><style>:host{'],
    contactPage(),
  ],
  ['a page without hydration support added', ['render', 'test/fixtures/pages/prerender-problem.html', '--no-hydrate'], 1, ['<script type="module" src="/cdn/loader.js">']],
  ['a missing page', ['render', 'no-such-page.html'], 2, 'cannot be read'],
  ['no page named', ['render'], 2, 'iom-widgets render <page.html'],
];
let failed = 0;
for (const [name, args, status, expected, input] of cases) {
  const result = run(args, input);
  const output = `${result.stdout}${result.stderr}`;
  const ok = result.status === status && [expected].flat().every((text) => output.includes(text)) && !(args.includes('--no-hydrate') && output.includes('hydrate.js'));
  if (!ok) failed += 1;
  console.log(`${ok ? '✓' : '✗'} iom-widgets ${args.join(' ')}: ${name}${ok ? '' : ` (exit ${result.status}: ${output.trim()})`}`);
}
process.exit(failed ? 1 : 0);
