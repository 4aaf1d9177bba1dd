// Bundled by scripts/package-check/bundle.mjs (webpack) and run in Chromium by react-browser.mjs:
// the app of react-widgets.js, hydrated when the page has react-dom/server's HTML of it in
// #root, else rendered there.
import { createElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './react-widgets.js';

window.events = [];
const root = document.getElementById('root');
if (root.hasChildNodes()) hydrateRoot(root, createElement(App));
else createRoot(root).render(createElement(App));
