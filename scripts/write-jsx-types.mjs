// Writes JSX declarations for the elements, from custom-elements.json, into dist/jsx/:
// attributes.d.ts (each element's attributes and events, framework-free), react.d.ts (React 19,
// which passes attributes and `on<event>` listeners to custom elements itself) and preact.d.ts.
// An app enables them with one `import type {} from 'iom-widgets/jsx/react'` (or /preact).
// Run after `tsc -p tsconfig.build.json`, which writes the dist/index.d.ts they import.
import { mkdir, writeFile } from 'node:fs/promises';
import { attributeValueType, docComment, eventsOf, generatedBy, readManifestElements, typeNamesOf } from './manifest-elements.mjs';

const elements = await readManifestElements();
const header = generatedBy('scripts/write-jsx-types.mjs');

const members = (element) =>
  [
    ...(element.attributes ?? []).map(
      (attribute) => `${docComment(attribute.description, '    ')}    '${attribute.name}'?: ${attributeValueType(attribute)} | undefined;`,
    ),
    ...eventsOf(element).map(
      (event) =>
        `${docComment(`\`${event.name}\`: ${event.description}`, '    ')}    'on${event.name}'?: ((event: ${event.type.text}) => void) | undefined;`,
    ),
  ].join('\n');

const attributesFile = `${header}import type { ${typeNamesOf(elements).join(', ')} } from '../index.js';

/** The attributes and event listeners of each element, as JSX props, by tag name. */
export interface IomJsxAttributes {
${elements.map((element) => `${docComment(element.summary ?? element.description, '  ')}  '${element.tagName}': {\n${members(element)}\n  };`).join('\n')}
}

/** The class of each element, by tag name: the type of its \`ref\`. */
export interface IomJsxElementClasses {
${elements.map((element) => `  '${element.tagName}': ${element.name};`).join('\n')}
}
`;

/** A declaration file that adds the elements to a framework's `JSX.IntrinsicElements`. */
const frameworkFile = ({ module, imports, props }) => `${header}${imports}
import type { IomJsxAttributes, IomJsxElementClasses } from './attributes.js';

type IomIntrinsicElements = {
  [Tag in keyof IomJsxAttributes]: ${props} & IomJsxAttributes[Tag];
};

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends IomIntrinsicElements {}
  }
}
`;

const files = {
  'dist/jsx/attributes.d.ts': attributesFile,
  'dist/jsx/react.d.ts': frameworkFile({
    module: 'react',
    imports: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    props: 'DetailedHTMLProps<HTMLAttributes<IomJsxElementClasses[Tag]>, IomJsxElementClasses[Tag]>',
  }),
  'dist/jsx/preact.d.ts': frameworkFile({
    module: 'preact',
    imports: "import type { JSX as PreactJSX } from 'preact';",
    props: 'PreactJSX.HTMLAttributes<IomJsxElementClasses[Tag]>',
  }),
};

await mkdir('dist/jsx', { recursive: true });
for (const [file, text] of Object.entries(files)) await writeFile(file, text);
console.log(`wrote JSX types for ${elements.length} elements (React, Preact)`);
