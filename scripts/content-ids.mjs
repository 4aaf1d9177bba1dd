// The ids of the built-in records (content/<kind>/<id>.json), by kind, as the module
// `virtual:iom-content-ids`, which the embed-code builder lists its choices from: a plugin for
// Vite (the builder's build, Storybook) and one for the test server (web-test-runner).
import { readdirSync } from 'node:fs';

const kinds = ['news', 'partnerships', 'projects', 'contacts', 'organizations'];
const moduleId = 'virtual:iom-content-ids';
const served = '/__iom-content-ids.js';

/** The module's text: the ids of content/'s records by kind, read now. */
const moduleText = () => {
  const ids = Object.fromEntries(
    kinds.map((kind) => [kind, readdirSync(`content/${kind}`).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort()]),
  );
  return `export default ${JSON.stringify(ids)};\n`;
};

/** The Vite plugin. */
export const contentIds = () => ({
  name: 'iom-content-ids',
  resolveId: (id) => (id === moduleId ? `\0${moduleId}` : undefined),
  load: (id) => (id === `\0${moduleId}` ? moduleText() : undefined),
});

/** The web dev server plugin. */
export const contentIdsForTests = () => ({
  name: 'iom-content-ids',
  resolveImport: ({ source }) => (source === moduleId ? served : undefined),
  serve: (context) => (context.path === served ? { body: moduleText(), type: 'js' } : undefined),
});
