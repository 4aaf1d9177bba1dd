// Writes src/elements/index.ts, the public exports of every widget, from the folders of
// src/elements/ (scripts/widgets.mjs): each folder's define.ts defines its tag and exports its
// class and public types. `npm run build` writes it; `--check` (in `npm run lint`) fails when the
// committed file is not what the folders say, naming the command that rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { widgetNames } from './widgets.mjs';

const file = new URL('../src/elements/index.ts', import.meta.url);

const source = [
  '// Written by scripts/write-element-index.mjs from the folders of src/elements/ (npm run build).',
  '// Each widget is its folder: its define.ts defines the tag and exports the class and its types.',
  '// (Imported for its effect too: bundlers would otherwise take the exports from the class modules.)',
  ...widgetNames().flatMap((name) => [`import './${name}/define.js';`, `export * from './${name}/define.js';`]),
  '',
].join('\n');

if (process.argv.includes('--check')) {
  let written = '';
  try {
    written = readFileSync(file, 'utf8');
  } catch {
    // Missing: reported below as out of date.
  }
  if (written !== source) {
    console.error('src/elements/index.ts does not list the folders of src/elements/: run `node scripts/write-element-index.mjs` (npm run build does) and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(file, source);
}
