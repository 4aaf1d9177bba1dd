/**
 * Configuration of `custom-elements-manifest analyze --litelement`
 * (@custom-elements-manifest/analyzer), which writes `custom-elements.json` at the repository
 * root. Storybook reads that file for its controls and docs (see .storybook/preview.ts).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';

/**
 * The tags are registered through the guarded `defineElement('iom-…', Class)` in each
 * `src/elements/<name>/define.ts`, which the analyzer neither reads (excluded below) nor would
 * understand. This plugin reads those calls and gives each class its `tagName`, so that tools
 * (Storybook's `component: 'iom-news-card'`, editors) can find the element by its tag.
 */
const definedTags = () => {
  const tags = new Map();
  const root = new URL('./src/elements/', import.meta.url);
  for (const name of readdirSync(root)) {
    const file = new URL(`${name}/define.ts`, root);
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const [, tag, className] of source.matchAll(/defineElement\(\s*['"]([a-z][\w-]*-[\w-]*)['"]\s*,\s*(\w+)\s*\)/g)) {
      tags.set(className, tag);
    }
  }
  return tags;
};

const tagNamesFromDefine = () => ({
  name: 'iom-tag-names-from-define',
  packageLinkPhase({ customElementsManifest }) {
    // The file system lists files in no fixed order: sort, so the manifest is the same each time.
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    const tags = definedTags();
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const tag = tags.get(declaration.name);
        if (tag) {
          declaration.tagName = tag;
          declaration.customElement = true;
        }
        // Implementation details are not part of the public contract (nor Storybook controls):
        // protected and private members, and the internal reactive state behind them.
        const hidden = new Set(
          (declaration.members ?? [])
            .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
            .map((member) => member.name),
        );
        if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    }
  },
});

/**
 * The analyzer types an attribute by its class field (`string | undefined`: an element accepts
 * any value and reports the wrong ones). The values it understands are written in the class's
 * JSDoc, `@attr {'card' | 'inline'} layout - …`; this plugin gives the attribute that type, so
 * tools built on the manifest (the JSX types in dist/jsx/, editors) offer and check those values.
 */
const attributeTypesFromJsDoc = () => ({
  name: 'iom-attribute-types-from-jsdoc',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.text);
    if (!declaration?.attributes) return;
    for (const tag of ts.getJSDocTags(node)) {
      if (tag.tagName.text !== 'attr') continue;
      const typed = /^\{(.+?)\}\s+([\w-]+)/.exec(ts.getTextOfJSDocComment(tag.comment) ?? '');
      const attribute = typed && declaration.attributes.find((candidate) => candidate.name === typed[2]);
      if (attribute) attribute.type = { text: typed[1] };
    }
  },
});

/**
 * Only documented events (`@event` in the class's JSDoc, which gives each its description) are
 * the public contract. The analyzer also lists guesses from the code that dispatches them: an
 * event with no name (`dispatchEvent(new IomReadyEvent())`), or one named after the first
 * argument of its constructor (`new IomCountrySelectEvent(country)` became a "country" event,
 * which Storybook's controls then mixed up with the part of the same name). They are dropped.
 */
const documentedEventsOnly = () => ({
  name: 'iom-documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
      }
    }
  },
});

export default {
  globs: ['src/core/base-element.ts', 'src/elements/**/*.ts'],
  // Not elements: the prerenderer's fallbacks, the loader's first documents, the generated exports and the folders' tag names.
  exclude: ['**/*.styles.ts', '**/*.template.ts', '**/define.ts', '**/fallback.ts', '**/first-documents.ts', 'src/elements/index.ts', 'src/elements/tag-of-path.ts'],
  litelement: true,
  // package.json names the committed manifest; checks that write a manifest elsewhere must not
  // point it at theirs.
  packagejson: false,
  plugins: [tagNamesFromDefine(), attributeTypesFromJsDoc(), documentedEventsOnly()],
};
