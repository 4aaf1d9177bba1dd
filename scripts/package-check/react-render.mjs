// Run by scripts/check-package.mjs with Node in a fresh project with React (18 or 19) and
// @lit/react: iom-widgets/react imports on a server without touching `window` or defining a tag,
// and react-dom/server renders its wrappers (the tag, its React attributes; the element's own
// props are set in the browser, where the tag is defined), with nothing on the console. Writes
// the HTML of the app of react-widgets.js to server.html, which react-browser.mjs hydrates.
import { writeFile } from 'node:fs/promises';
import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';
import { IomNewsCard, IomProjectMap } from 'iom-widgets/react';
import { App } from './react-widgets.js';

const logged = [];
for (const level of ['error', 'warn']) console[level] = (...args) => logged.push(`console.${level}: ${args.join(' ')}`);

const html = renderToString(
  createElement(
    'main',
    null,
    createElement(IomNewsCard, { article: 'iom-unodc-partnership-2024', layout: 'compact', headingLevel: 2, className: 'news', onIomReady: () => {} }),
    createElement(IomProjectMap, { project: 'admin4all', id: 'map' }),
  ),
);
const expected = '<main><iom-news-card class="news"></iom-news-card><iom-project-map id="map"></iom-project-map></main>';
if (html !== expected) throw new Error(`renderToString gave ${html}, not ${expected}`);
const app = renderToString(createElement(App));
await writeFile('server.html', app);
if (typeof window !== 'undefined') throw new Error('importing iom-widgets/react made a window');
const defined = ['iom-news-card', 'iom-project-map'].filter((tag) => globalThis.customElements?.get(tag));
if (defined.length) throw new Error(`importing iom-widgets/react defined ${defined.join(', ')} on the server`);
if (logged.length) throw new Error(logged.join('\n'));
console.log(`React ${version}, renderToString: ${html}`);
