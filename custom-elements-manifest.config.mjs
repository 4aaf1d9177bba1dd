/**
 * Configuration of `custom-elements-manifest analyze --litelement`
 * (@custom-elements-manifest/analyzer), which writes `custom-elements.json` at the repository
 * root. Storybook reads that file for its controls and docs (see .storybook/preview.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { widgetNames } from './scripts/widgets.mjs';
import ts from 'typescript';

/**
 * The tags are registered through the guarded `defineElement('iom-…', Class)` in each
 * `src/elements/<name>/define.ts`, which the analyzer neither reads (excluded below) nor would
 * understand. This plugin reads those calls and gives each class its `tagName`, so that tools
 * (Storybook's `component: 'iom-news-card'`, editors) can find the element by its tag.
 */
const definedTags = () => {
  const tags = new Map();
  for (const name of widgetNames()) {
    const source = readFileSync(new URL(`./src/elements/${name}/define.ts`, import.meta.url), 'utf8');
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
 * Each attribute is described once, on its class field: its JSDoc, and its type, which names
 * the values it takes (`declare layout: NewsCardLayout | undefined`). The analyzer copies both to
 * the attribute, but keeps a type's name as it is written; tools built on the manifest (the JSX
 * and Vue types, the editors' data, Storybook's controls) need the values. This plugin writes
 * out each such name as its literals, found in the source: an alias of an allowed-values array
 * (`const layouts = ['vertical', 'compact'] as const; type NewsCardLayout = (typeof layouts)[number]`),
 * or of a union of literals (`type HeadingLevel = 1 | 2 | 3`). A number's text written as a
 * template type (`` `${HeadingLevel}` ``: attributes are text) is left to the tools, which accept
 * a number's text wherever the manifest says a number.
 */
const attributeValuesFromTypes = () => {
  const literalsOf = (node) => {
    const values = [];
    for (const element of node.elements) {
      if (ts.isStringLiteral(element)) values.push(`'${element.text}'`);
      else if (ts.isNumericLiteral(element)) values.push(element.text);
      else return undefined;
    }
    return values;
  };
  const unwrap = (node) => (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) ? unwrap(node.expression) : node);
  const unparenthesized = (type) => (ts.isParenthesizedTypeNode(type) ? unparenthesized(type.type) : type);
  /** Each alias of the source's allowed values, by name: the literals it stands for. */
  const aliases = () => {
    const found = new Map();
    const files = readdirSync(new URL('./src/', import.meta.url), { recursive: true }).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(new URL(`./src/${file}`, import.meta.url), 'utf8'), ts.ScriptTarget.Latest);
      const arrays = new Map();
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const initializer = unwrap(declaration.initializer);
          const values = initializer && ts.isArrayLiteralExpression(initializer) ? literalsOf(initializer) : undefined;
          if (values && ts.isIdentifier(declaration.name)) arrays.set(declaration.name.text, values);
        }
      }
      for (const statement of source.statements) {
        if (!ts.isTypeAliasDeclaration(statement)) continue;
        const type = unparenthesized(statement.type);
        let values;
        if (ts.isIndexedAccessTypeNode(type) && type.indexType.kind === ts.SyntaxKind.NumberKeyword) {
          const object = unparenthesized(type.objectType);
          if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) values = arrays.get(object.exprName.text);
        } else if (ts.isUnionTypeNode(type) && type.types.every((part) => ts.isLiteralTypeNode(part) && (ts.isStringLiteral(part.literal) || ts.isNumericLiteral(part.literal)))) {
          values = type.types.map((part) => (ts.isStringLiteral(part.literal) ? `'${part.literal.text}'` : part.literal.text));
        }
        if (!values) continue;
        const name = statement.name.text;
        if (found.has(name) && found.get(name).join() !== values.join()) throw new Error(`Two types named ${name} stand for different values: rename one (${file})`);
        found.set(name, values);
      }
    }
    return found;
  };
  /** A part of a type written out: an alias as its literals; `${Alias}` too (tools take a number's text for the number), `${number}` as number. */
  const partWrittenOut = (part, known) => {
    const inner = /^`\$\{(\w+)\}`$/.exec(part)?.[1] ?? part;
    return inner === 'number' ? ['number'] : (known.get(inner) ?? [part]);
  };
  const writtenOut = (text, known) => [...new Set(text.split('|').flatMap((part) => partWrittenOut(part.trim(), known)))].join(' | ');
  return {
    name: 'iom-attribute-values-from-types',
    packageLinkPhase({ customElementsManifest }) {
      const known = aliases();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            if (item.type?.text) item.type = { ...item.type, text: writtenOut(item.type.text, known) };
          }
        }
      }
    },
  };
};

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
  // Not elements: the prerenderer's fallbacks, the loader's first documents, the map's marker layout, the generated exports and the folders' tag names.
  exclude: ['**/*.styles.ts', '**/*.template.ts', '**/define.ts', '**/fallback.ts', '**/first-documents.ts', '**/spread-markers.ts', 'src/elements/index.ts', 'src/elements/tag-of-path.ts'],
  litelement: true,
  // package.json names the committed manifest; checks that write a manifest elsewhere must not
  // point it at theirs.
  packagejson: false,
  plugins: [tagNamesFromDefine(), attributeValuesFromTypes(), documentedEventsOnly()],
};
