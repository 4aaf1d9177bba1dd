// The React app of scripts/check-package.mjs, the same in React 18 and 19: wrappers of
// iom-widgets/react given props and event props. react-render.mjs renders it with
// react-dom/server in Node; react-app.js renders or hydrates it in Chromium, where the events
// its `on…` props receive are kept in window.events.
import { createElement } from 'react';
import { IomNewsCard } from 'iom-widgets/react';

const record = (entry) => window.events.push(entry);

export const App = () =>
  createElement(
    'main',
    null,
    createElement(IomNewsCard, {
      article: 'iom-unodc-partnership-2024',
      layout: 'compact',
      headingLevel: 2,
      lang: 'en',
      onIomReady: (event) => record(`onIomReady: ${event.target.localName}`),
    }),
    createElement(IomNewsCard, {
      article: 'no-such-article',
      lang: 'en',
      onIomError: (event) => record(`onIomError: ${event.detail.code}`),
    }),
  );
