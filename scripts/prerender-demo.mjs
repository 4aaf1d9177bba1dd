// Writes demo/prerendered.html: the demo page (demo/index.html) with its widgets prerendered by
// the library's own renderPage() (dist/render.js), as a partner's build step would do it: the
// content is in the HTML, readable before any script runs, and the loader then hydrates it.
// Run by `npm run build`, after the dist/ build.
import { readFile, writeFile } from 'node:fs/promises';
import { renderPage } from '../dist/render.js';

/** What tells this copy from the page it is made from: its title, its place in the menu, a note. */
const edits = [
  ['<title>iom-widgets demo: a partner site</title>', '<title>iom-widgets demo: prerendered</title>'],
  ['<a href="./" aria-current="page">Module loader</a>', '<a href="./">Module loader</a>'],
  ['<a href="./prerendered.html">Prerendered</a>', '<a href="./prerendered.html" aria-current="page">Prerendered</a>'],
  [
    '<h1>News from our partners</h1>',
    '<h1>News from our partners</h1>\n      <p>This copy of the demo was prerendered by <code>iom-widgets render</code>: each widget’s content is in the HTML itself, for search engines and readers without JavaScript, and the loader hydrates it.</p>',
  ],
];

let page = await readFile('demo/index.html', 'utf8');
for (const [from, to] of edits) {
  if (!page.includes(from)) throw new Error(`demo/index.html no longer has ${from}: update scripts/prerender-demo.mjs`);
  page = page.replace(from, to);
}
const left = [];
const html = await renderPage(page, { onSkip: (widget) => left.push(`line ${widget.line}: <${widget.tag}> (${widget.reason})`) });
await writeFile('demo/prerendered.html', html);
console.log(`demo/prerendered.html: prerendered; left for the browser: ${left.join('; ') || 'none'}`);
