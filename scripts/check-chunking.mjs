// Checks how the cdn/ build chunks its code (scripts/chunking.mjs) by building small fixtures
// with Vite: the core is what every element imports (and small modules several share), decided by
// the import graph; a module that resolves addresses against import.meta.url, bundled at the top
// of the output, fails the build with its name; one folder down, it builds.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { addressesResolveInPlace, coreChunk, smallSharedModule } from './chunking.mjs';

const work = await mkdtemp(join(tmpdir(), 'iom-chunking-'));
const failures = [];
const expect = (what, ok) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

const files = {
  'everywhere.js': 'export const everywhere = () => "needed by every element";',
  'small-shared.js': 'export const smallShared = () => "small, shared by two";',
  'large-shared.js': `export const largeShared = () => ${JSON.stringify('x'.repeat(smallSharedModule * 2))};`,
  'reads-address.js': 'export const beside = () => new URL("../content/", import.meta.url).href;',
  'a.js': 'import { everywhere } from "./everywhere.js"; import { smallShared } from "./small-shared.js"; import { largeShared } from "./large-shared.js"; export default [everywhere(), smallShared(), largeShared()];',
  'b.js': 'import { everywhere } from "./everywhere.js"; import { smallShared } from "./small-shared.js"; import { largeShared } from "./large-shared.js"; import { beside } from "./reads-address.js"; export default [everywhere(), smallShared(), largeShared(), beside()];',
  'c.js': 'import { everywhere } from "./everywhere.js"; import { beside } from "./reads-address.js"; export default [everywhere(), beside()];',
  'top.js': 'import { beside } from "./reads-address.js"; export default beside();',
};

const buildFixture = async (entry, outDir) => {
  const elements = ['a.js', 'b.js', 'c.js'].map((file) => join(work, 'src', file));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: work,
    plugins: [addressesResolveInPlace([])],
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { formats: ['es'], entry },
      rolldownOptions: {
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name].js',
          codeSplitting: { groups: [{ name: coreChunk('core', elements), debugName: 'core' }] },
        },
      },
    },
  });
  return async (file) => readFile(join(outDir, file), 'utf8').catch(() => '');
};

try {
  await mkdir(join(work, 'src'));
  for (const [name, source] of Object.entries(files)) await writeFile(join(work, 'src', name), `${source}\n`);
  const src = (file) => join(work, 'src', file);

  const read = await buildFixture({ 'elements/a': src('a.js'), 'elements/b': src('b.js'), 'elements/c': src('c.js') }, join(work, 'out'));
  const core = await read('chunks/core.js');
  expect('a module every element imports is in the core chunk', core.includes('needed by every element'));
  expect('a small module two elements share is in the core chunk', core.includes('small, shared by two'));
  expect('a large module two elements share is not in the core chunk', !core.includes('x'.repeat(100)));
  expect('an address-resolving module one folder down builds', (await read('elements/c.js')).length > 0);

  let error = '';
  try {
    await buildFixture({ top: src('top.js') }, join(work, 'out-top'));
  } catch (caught) {
    error = String(caught?.message ?? caught);
  }
  expect('an address-resolving module bundled at the top fails the build, naming it', error.includes('reads-address.js') && error.includes('import.meta.url'));
} finally {
  await rm(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`${failures.length} chunking check(s) failed`);
  process.exit(1);
}
