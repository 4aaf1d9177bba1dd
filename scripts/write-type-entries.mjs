// Gives each public module of dist/ its .d.ts, re-exporting the declarations tsc wrote to
// dist/types/ (which mirror src/). Run after `tsc -p tsconfig.build.json`.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';

const elements = (await readdir('src/elements', { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const entries = {
  'dist/index.d.ts': 'dist/types/index.js',
  'dist/loader.d.ts': 'dist/types/loader.js',
  'dist/hydrate.d.ts': 'dist/types/hydrate.js',
  'dist/render.d.ts': 'dist/types/render/index.js',
  'dist/data/index.d.ts': 'dist/types/data/index.js',
  'dist/content.d.ts': 'dist/types/data/build/index.js',
  'dist/import.d.ts': 'dist/types/data/import/index.js',
  ...Object.fromEntries(
    elements.flatMap((name) => [
      [`dist/elements/${name}.d.ts`, `dist/types/elements/${name}/define.js`],
      [`dist/elements/${name}.class.d.ts`, `dist/types/elements/${name}/${name}.js`],
    ]),
  ),
};

for (const [file, target] of Object.entries(entries)) {
  let path = relative(dirname(file), target);
  if (!path.startsWith('.')) path = `./${path}`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `export * from '${path}';\n`);
}
console.log(`wrote ${Object.keys(entries).length} type entry points`);
