// Writes dist/vue.d.ts from custom-elements.json: the elements as Vue `GlobalComponents`, so that
// vue-tsc type-checks their attribute values and types their event handlers in templates
// (`@iom-error="(event) => event.detail.code"`). An app enables them with
// `import type {} from 'iom-widgets/vue'` in any .d.ts or .ts file it compiles. This is the
// shape Vue's guide gives for custom elements: a component type whose `$props` are what the
// template may set and whose `$emit` lists the events. Run after `tsc -p tsconfig.build.json`,
// which writes the dist/index.d.ts it imports.
import { writeFile } from 'node:fs/promises';
import { attributeValueType, camelCase, docComment, eventsOf, generatedBy, readManifestElements, typeNamesOf } from './manifest-elements.mjs';

const elements = await readManifestElements();

/** An element's attributes, under the camelCase names by which Vue matches `heading-level`. */
const attributes = (element) =>
  (element.attributes ?? [])
    .map((attribute) => `${docComment(attribute.description, '        ')}        ${camelCase(attribute.name)}?: ${attributeValueType(attribute)} | undefined;`)
    .join('\n');

const events = (element) =>
  eventsOf(element)
    .map((event) => `${docComment(event.description, '        ')}        '${event.name}': ${event.type.text};`)
    .join('\n');

const file = `${generatedBy('scripts/write-vue-types.mjs')}import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ${typeNamesOf(elements).join(', ')} } from './index.js';

/**
 * A custom element as Vue's template type-checker reads a component: \`Attributes\` are what a
 * template may set on it, \`Events\` what it may listen to with \`@\`.
 */
type IomVueElement<Element extends HTMLElement, Attributes, Events extends Record<string, Event>> = new () => Element & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & Attributes & PublicProps;
  /** @deprecated For template type-checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (element) => `${docComment(element.summary ?? element.description, '    ')}    '${element.tagName}': IomVueElement<
      ${element.name},
      {
${attributes(element)}
      },
      {
${events(element)}
      }
    >;`,
  )
  .join('\n')}
  }
}
`;

await writeFile('dist/vue.d.ts', file);
console.log(`wrote Vue template types for ${elements.length} elements`);
