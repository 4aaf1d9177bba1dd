// Writes the editors' data about the elements, from custom-elements.json, into dist/:
// - vscode.html-custom-data.json, VS Code's HTML custom data (its `html.customData` setting):
//   tags, attributes with their values, descriptions;
// - web-types.json, which JetBrains IDEs read by themselves from package.json's "web-types".
// Both give completion and documentation in .html files, and in .vue files for JetBrains.
// scripts/check-editor-data.mjs checks them against the manifest.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { attributeValues, eventsOf, readManifestElements } from './manifest-elements.mjs';

const elements = await readManifestElements();
const { name, version, homepage } = JSON.parse(await readFile('package.json', 'utf8'));

const summaryOf = (element) => element.summary ?? element.description ?? '';

/** An element's description with its events, for the documentation pop-up of its tag. */
const tagDescription = (element) =>
  [summaryOf(element), ...eventsOf(element).map((event) => `- \`${event.name}\`: ${event.description}`)].join('\n');

const vscodeData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: { kind: 'markdown', value: tagDescription(element) },
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: { kind: 'markdown', value: attribute.description ?? '' },
      ...(attributeValues(attribute).length ? { values: attributeValues(attribute).map((value) => ({ name: value })) } : {}),
    })),
    ...(homepage ? { references: [{ name: 'README', url: homepage }] } : {}),
  })),
};

/** An element's events as web-types lists them, for HTML (`@` in Vue) and for scripts alike. */
const webTypesEvents = (element) => eventsOf(element).map((event) => ({ name: event.name, description: event.description }));

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name,
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: summaryOf(element),
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: { type: attributeValues(attribute).map((value) => `'${value}'`).join(' | ') || attribute.type?.text.replace(/\s*\|\s*undefined/, '') || 'string' },
        })),
        events: webTypesEvents(element),
        js: {
          properties: (element.attributes ?? []).map((attribute) => ({ name: attribute.fieldName, description: attribute.description ?? '' })),
          events: webTypesEvents(element),
        },
      })),
    },
  },
};

await mkdir('dist', { recursive: true });
await writeFile('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeData, null, 2)}\n`);
await writeFile('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`wrote editor data for ${elements.length} elements (VS Code, JetBrains web-types)`);
