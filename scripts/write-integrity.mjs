// Writes cdn/integrity.json: the Subresource Integrity hash (SHA-384) of each file a page names
// in a <script> or <link> tag (prerendered pages link to cdn/styles/<tag>.css), for embeds such as
//   <script type="module" src=".../cdn/loader.js" integrity="sha384-…" crossorigin="anonymous">
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';

const inFolder = async (folder) => (await readdir(`cdn/${folder}`)).map((name) => `${folder}/${name}`);
const files = [
  'loader.js',
  'hydrate.js',
  'iom-widgets.js',
  'iom-widgets.classic.js',
  'reserve-space.css',
  ...(await inFolder('elements')),
  ...(await inFolder('styles')),
];
const integrity = {};
for (const file of files.sort()) {
  integrity[file] = `sha384-${createHash('sha384').update(await readFile(`cdn/${file}`)).digest('base64')}`;
}
await writeFile('cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`cdn/integrity.json: ${files.length} files`);
