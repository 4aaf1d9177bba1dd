// Bundled by scripts/package-check/bundle.mjs (webpack) and run in Chromium by react-browser.mjs:
// a React 19 app that renders wrappers of iom-widgets/react in the browser and records the
// events their `on…` props receive in window.events.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { IomNewsCard } from 'iom-widgets/react';

window.events = [];
createRoot(document.getElementById('root')).render(
  createElement(
    'main',
    null,
    createElement(IomNewsCard, {
      article: 'iom-unodc-partnership-2024',
      layout: 'compact',
      headingLevel: 2,
      lang: 'en',
      onIomReady: (event) => window.events.push(`onIomReady: ${event.target.localName}`),
    }),
    createElement(IomNewsCard, {
      article: 'no-such-article',
      lang: 'en',
      onIomError: (event) => window.events.push(`onIomError: ${event.detail.code}`),
    }),
  ),
);
