// Checks the editors' data that `npm run build` writes (dist/vscode.html-custom-data.json and
// dist/web-types.json) against custom-elements.json: every tag and every attribute of the
// manifest is there, with its description and, where the manifest's type is a union of
// literals, every value; package.json points to both files and the package ships them.
import { readFile } from 'node:fs/promises';
import { attributeValues, readManifestElements } from './manifest-elements.mjs';

const elements = await readManifestElements();
const vscode = JSON.parse(await readFile('dist/vscode.html-custom-data.json', 'utf8'));
const webTypes = JSON.parse(await readFile('dist/web-types.json', 'utf8'));
const ours = JSON.parse(await readFile('package.json', 'utf8'));

const problems = [];
const textOf = (description) => (typeof description === 'string' ? description : description?.value);
/** The values listed in a web-types type text such as `'light' | 'dark'`. */
const webTypesValues = (type = '') => type.split('|').map((part) => part.trim().replace(/^'|'$/g, ''));

for (const element of elements) {
  const tag = vscode.tags.find((entry) => entry.name === element.tagName);
  const webTypesElement = webTypes.contributions.html.elements.find((entry) => entry.name === element.tagName);
  if (!tag) problems.push(`vscode.html-custom-data.json has no <${element.tagName}>`);
  if (!webTypesElement) problems.push(`web-types.json has no <${element.tagName}>`);
  if (tag && !textOf(tag.description)) problems.push(`vscode.html-custom-data.json: <${element.tagName}> has no description`);
  if (webTypesElement && !webTypesElement.description) problems.push(`web-types.json: <${element.tagName}> has no description`);
  for (const attribute of element.attributes ?? []) {
    const where = `<${element.tagName} ${attribute.name}>`;
    const values = attributeValues(attribute);
    const inVscode = tag?.attributes.find((entry) => entry.name === attribute.name);
    const inWebTypes = webTypesElement?.attributes.find((entry) => entry.name === attribute.name);
    if (!inVscode) problems.push(`vscode.html-custom-data.json has no ${where}`);
    else {
      if (!textOf(inVscode.description)) problems.push(`vscode.html-custom-data.json: ${where} has no description`);
      const listed = (inVscode.values ?? []).map((value) => value.name);
      const missing = values.filter((value) => !listed.includes(value));
      if (missing.length) problems.push(`vscode.html-custom-data.json: ${where} does not list ${missing.join(', ')}`);
    }
    if (!inWebTypes) problems.push(`web-types.json has no ${where}`);
    else {
      if (!inWebTypes.description) problems.push(`web-types.json: ${where} has no description`);
      const missing = values.filter((value) => !webTypesValues(inWebTypes.value?.type).includes(value));
      if (missing.length) problems.push(`web-types.json: ${where} does not list ${missing.join(', ')}`);
    }
  }
}
if (webTypes.name !== ours.name || webTypes.version !== ours.version) problems.push(`web-types.json names ${webTypes.name} ${webTypes.version}, not ${ours.name} ${ours.version}`);
if (ours['web-types'] !== './dist/web-types.json') problems.push('package.json has no "web-types": "./dist/web-types.json"');
if (!ours.files.includes('dist')) problems.push('package.json "files" leaves out dist/, where the editor data is');

if (problems.length) {
  console.error(`✗ editor data:\n${problems.join('\n')}`);
  process.exit(1);
}
const attributes = elements.reduce((sum, element) => sum + (element.attributes?.length ?? 0), 0);
console.log(`✓ editor data: ${elements.length} tags and ${attributes} attributes, with their values, in VS Code's custom data and web-types`);
