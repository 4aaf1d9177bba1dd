// Run by scripts/check-package.mjs with Node in a fresh project: prerendering works from the
// installed package, through the Node API (a page as text, and as bytes) and through
// `npx iom-widgets render`, and the style
// sheets its pages link to ship in the package's cdn/.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { renderPage, widgetStyleSheets } from 'iom-widgets/render';

const page = `<!doctype html><html lang="fr"><head><script type="module" src="/iom/cdn/loader.js"></script></head>
<body><iom-project-map project="admin4all"></iom-project-map></body></html>`;
const skipped = [];
const html = await renderPage(page, { onSkip: (widget) => skipped.push(widget) });
if (skipped.length) throw new Error(`renderPage left widgets for the browser: ${JSON.stringify(skipped)}`);
if (!html.includes('<iom-project-map project="admin4all"><template shadowrootmode="open">')) throw new Error('renderPage did not prerender the map');
if (!html.includes('<script type="module" src="/iom/cdn/hydrate.js"></script>')) throw new Error('renderPage did not add the hydration script');
if (!html.includes('<template shadowrootmode="open"><link rel="stylesheet" href="/iom/cdn/styles/iom-project-map.css">')) {
  throw new Error('renderPage did not link the map to its style sheet');
}
// As bytes, in the page's own encoding: a page in ISO-8859-1 keeps its bytes.
const latin1 = Buffer.from(page.replace('<head>', '<head><meta charset="iso-8859-1"><title>Café</title>'), 'latin1');
const bytes = await renderPage(latin1, { hydration: false });
const before = latin1.indexOf('<iom-');
if (!(bytes instanceof Uint8Array) || !Buffer.from(bytes).subarray(0, before).equals(latin1.subarray(0, before)) || !Buffer.from(bytes).includes('<template shadowrootmode="open">')) {
  throw new Error('renderPage did not prerender a page given as bytes in ISO-8859-1, its bytes kept');
}
const shipped = await readFile('node_modules/iom-widgets/cdn/styles/iom-project-map.css', 'utf8');
if (shipped !== (await widgetStyleSheets())['iom-project-map']) throw new Error('cdn/styles/iom-project-map.css is not the map’s CSS');

await writeFile('page.html', page);
const command = execFileSync('npx', ['--no-install', 'iom-widgets', 'render', 'page.html', '--no-hydrate'], { encoding: 'utf8' });
if (!command.includes('<template shadowrootmode="open">') || command.includes('hydrate.js')) throw new Error('npx iom-widgets render did not prerender the page');
const title = /<h3>(.*?)<\/h3>/.exec(html)?.[1];
console.log(`renderPage and npx iom-widgets render: the map prerendered in French ("${title}")`);
