// Checks the built data package (dist/data/): that it stands on its own (no import of any other
// package, so `iom-widgets/data` works without Lit or a DOM), and that its published JSON Schema
// agrees with the validator the widgets use: Ajv and validateFeed() must give the same verdict on
// every fixture feed and on the built-in content (content/, read by the content build's
// loadContentFolder). Run after `npm run build`.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateFeed } from '../dist/data/index.js';
import { loadContentFolder } from '../dist/content.js';

const schema = JSON.parse(await readFile('dist/data/feed.schema.json', 'utf8'));
// Formats are expressed as patterns too, so Ajv needs no format plug-in.
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validate = ajv.compile(schema);

const { records } = await loadContentFolder('content');
const builtIn = { version: 1, ...JSON.parse(JSON.stringify(records)) };

const documents = [['built-in content', builtIn]];
const dir = 'test/fixtures/feeds';
for (const name of (await readdir(dir)).filter((file) => file.endsWith('.json')).sort()) {
  // Without a byte order mark, as browsers and `iom-widgets validate` read a feed.
  documents.push([`${dir}/${name}`, JSON.parse((await readFile(`${dir}/${name}`, 'utf8')).replace(/^\uFEFF/, ''))]);
}

let failures = 0;

const modules = new Set();
const bareImports = [];
const walk = async (file) => {
  if (modules.has(file)) return;
  modules.add(file);
  const code = await readFile(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
    if (specifier.startsWith('.')) await walk(resolve(dirname(file), specifier));
    else bareImports.push(`${relative('.', file)} imports ${specifier}`);
  }
};
await walk(resolve('dist/data/index.js'));
if (bareImports.length) {
  failures += 1;
  console.error(`✗ dist/data depends on other packages:\n  ${bareImports.join('\n  ')}`);
} else {
  console.log(`✓ dist/data stands alone (${modules.size} modules, no other package imported)`);
}

for (const [name, document] of documents) {
  // JSON Schema cannot say that the records of a list have ids of their own (uniqueItems compares
  // whole items): that check is the validator's alone, and left out of the comparison.
  const ours = validateFeed(document).issues.filter((issue) => !issue.message.includes('is already the id of')).length === 0;
  const theirs = validate(document);
  const verdict = (valid) => (valid ? 'valid' : 'invalid');
  if (ours !== theirs) {
    failures += 1;
    console.error(`✗ ${name}: validateFeed says ${verdict(ours)}, the JSON Schema says ${verdict(theirs)}`);
    console.error(validate.errors);
  } else {
    console.log(`✓ ${name}: ${verdict(ours)} by both`);
  }
}
console.log(`${documents.length + 1 - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
