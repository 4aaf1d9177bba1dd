// Fails when custom-elements.json differs from what the analyzer makes of the source now, or when
// package.json does not point tools at it.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';

// The analyzer resolves --outdir against the working directory.
const outdir = 'node_modules/.cache/manifest-check';
await rm(outdir, { recursive: true, force: true });
execFileSync('npx', ['--no-install', 'custom-elements-manifest', 'analyze', '--litelement', '--outdir', outdir], {
  stdio: 'ignore',
});
const fresh = await readFile(`${outdir}/custom-elements.json`, 'utf8');
const committed = await readFile('custom-elements.json', 'utf8');
const { customElements } = JSON.parse(await readFile('package.json', 'utf8'));
if (customElements !== 'custom-elements.json') {
  console.error(`✗ package.json "customElements" is ${JSON.stringify(customElements)}, not "custom-elements.json".`);
  process.exit(1);
}
if (fresh !== committed) {
  console.error('✗ custom-elements.json is stale: run `npm run manifest` (npm run build does) and commit the result.');
  process.exit(1);
}
console.log('✓ custom-elements.json matches the source');
