// Run by scripts/check-package.mjs with Node in a fresh project with React 19 and @lit/react:
// iom-widgets/react imports on a server without touching `window` or defining a tag, and
// react-dom/server renders its wrappers (the tag, its React attributes; the element's own props
// are set in the browser, where the tag is defined).
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { IomNewsCard, IomProjectMap } from 'iom-widgets/react';

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
if (typeof window !== 'undefined') throw new Error('importing iom-widgets/react made a window');
const defined = ['iom-news-card', 'iom-project-map'].filter((tag) => globalThis.customElements?.get(tag));
if (defined.length) throw new Error(`importing iom-widgets/react defined ${defined.join(', ')} on the server`);
console.log(`renderToString: ${html}`);
