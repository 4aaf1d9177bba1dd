// Checks that each widget is its folder (scripts/widgets.mjs): every folder of src/elements/ with
// a define.ts has what a widget is made of (its reserve-space rule, its prerender fallback, what
// the loader fetches ahead for it, a story, a test, a budget page), and the build made it a widget
// everywhere (its cdn/ and dist/ modules, the loader's chunk map, cdn/reserve-space.css, the
// exports, the manifest) without a line written outside the folder. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { tagOf, widgetNames } from './widgets.mjs';

const failures = [];
const names = widgetNames();
const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
const loader = read('cdn/loader.js');
const reserveSpace = read('cdn/reserve-space.css');
const exports = read('src/elements/index.ts');
const manifestTags = JSON.parse(read('custom-elements.json')).modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);
const budgetBodies = Object.values(JSON.parse(read('budgets.json')).pages).map((page) => page.body);

for (const name of names) {
  const tag = tagOf(name);
  const missing = Object.entries({
    [`src/elements/${name}/reserve-space.css`]: existsSync(`src/elements/${name}/reserve-space.css`),
    [`src/elements/${name}/fallback.ts`]: existsSync(`src/elements/${name}/fallback.ts`),
    [`src/elements/${name}/first-documents.ts`]: existsSync(`src/elements/${name}/first-documents.ts`),
    [`stories/${name}.stories.ts`]: existsSync(`stories/${name}.stories.ts`),
    [`test/${name}.test.ts`]: existsSync(`test/${name}.test.ts`),
    [`a page in budgets.json with <${tag}>`]: budgetBodies.some((body) => body.includes(`<${tag}`)),
    [`cdn/elements/${name}.js`]: existsSync(`cdn/elements/${name}.js`),
    [`dist/elements/${name}.js`]: existsSync(`dist/elements/${name}.js`),
    [`its chunks in cdn/loader.js`]: loader.includes(`"${tag}":[`),
    [`its rule in cdn/reserve-space.css`]: reserveSpace.includes(`${tag}:not(:defined)`),
    [`its exports in src/elements/index.ts`]: exports.includes(`'./${name}/define.js'`),
    [`<${tag}> in custom-elements.json`]: manifestTags.includes(tag),
  })
    .filter(([, found]) => !found)
    .map(([what]) => what);
  console.log(missing.length ? `✗ ${tag}: missing ${missing.join(', ')}` : `✓ ${tag}: its folder, story, test and budget page, and the build's modules, chunk map, reserve-space rule, exports and manifest entry`);
  if (missing.length) failures.push(tag);
}

if (failures.length) {
  console.error(`${failures.length} widget(s) incomplete; each folder of src/elements/ with a define.ts is a widget (scripts/widgets.mjs)`);
  process.exit(1);
}
