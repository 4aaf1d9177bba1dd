// Writes the React components of iom-widgets/react into dist/react/, from custom-elements.json:
// one module per element (dist/react/news-card.js and .d.ts), made with @lit/react's
// createComponent, and index.js, which exports them all. Run after `vite build --mode dist`
// (the modules import dist/define.js and dist/elements/*.class.js) and after
// `tsc -p tsconfig.build.json` (the types import dist/index.d.ts).
//
// Each module is a client module for React Server Components ('use client') and touches neither
// `window` nor `customElements` on a server. In the browser, the tag is defined (guarded, as
// every module of the package does) when its first component mounts, after React has given it
// its props and listeners (scripts/react-element-component.js, copied beside them): a tag in
// server HTML upgrades with them, and none of its events is missed.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { attributeValueType, docComment, eventsOf, generatedBy, handlerName, readManifestElements } from './manifest-elements.mjs';

const elements = await readManifestElements();
const header = generatedBy('scripts/write-react-wrappers.mjs');

/** What a wrapper's JSDoc says: the element, its props and its event props. */
const description = (element) =>
  `\`<${element.tagName}>\` as a React component. ${element.summary ?? element.description ?? ''}\n\n` +
  `Props: the element's properties (${(element.attributes ?? []).map((attribute) => `\`${attribute.fieldName}\``).join(', ')}); ` +
  `events: ${eventsOf(element).map((event) => `\`${handlerName(event.name)}\``).join(', ')}.`;

const events = (element) => eventsOf(element).map((event) => [handlerName(event.name), event]);

const wrapperModule = (element) => `${header}'use client';
import { elementComponent } from './element-component.js';
import { ${element.name} as ${element.name}Element } from '../elements/${element.folder}.class.js';

${docComment(description(element), '')}export const ${element.name} = elementComponent({
  tagName: '${element.tagName}',
  elementClass: ${element.name}Element,
  events: {
${events(element).map(([handler, event]) => `    ${handler}: '${event.name}',`).join('\n')}
  },
  displayName: '${element.name}',
});
`;

/**
 * A wrapper's props: the element's attributes under their property names, typed by the
 * manifest's value unions (the properties themselves take any text, checked when the element
 * renders), and its events as `on…` handlers.
 */
const props = (element) =>
  [
    ...(element.attributes ?? []).map(
      (attribute) => `${docComment(attribute.description, '  ')}  ${attribute.fieldName}?: ${attributeValueType(attribute)} | undefined;`,
    ),
    ...events(element).map(
      ([handler, event]) => `${docComment(`\`${event.name}\`: ${event.description}`, '  ')}  ${handler}?: ((event: ${event.type.text}) => void) | undefined;`,
    ),
  ].join('\n');

const wrapperTypes = (element) => `${header}import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
import type { ${element.name} as ${element.name}Element } from '../elements/${element.folder}.class.js';
import type { ${[...new Set(eventsOf(element).map((event) => event.type.text))].sort().join(', ')} } from '../index.js';

/** The props of the \`${element.name}\` React component, besides those of every HTML element. */
export interface ${element.name}Props {
${props(element)}
}

${docComment(description(element), '')}export declare const ${element.name}: ForwardRefExoticComponent<
  Omit<HTMLAttributes<${element.name}Element>, keyof ${element.name}Props> & ${element.name}Props & RefAttributes<${element.name}Element>
>;
`;

/** index.js and its types: every wrapper, by its module. */
const index = `${header}${elements.map((element) => `export { ${element.name} } from './${element.folder}.js';`).join('\n')}\n`;
const indexTypes = `${header}${elements
  .map((element) => `export { ${element.name}, type ${element.name}Props } from './${element.folder}.js';`)
  .join('\n')}\n`;

await mkdir('dist/react', { recursive: true });
for (const element of elements) {
  await writeFile(`dist/react/${element.folder}.js`, wrapperModule(element));
  await writeFile(`dist/react/${element.folder}.d.ts`, wrapperTypes(element));
}
await copyFile('scripts/react-element-component.js', 'dist/react/element-component.js');
await writeFile('dist/react/index.js', index);
await writeFile('dist/react/index.d.ts', indexTypes);
console.log(`wrote React wrappers for ${elements.length} elements`);
