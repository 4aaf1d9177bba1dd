// The public custom properties (`--iom-*`) are documented once, as `@cssprop [--name=default]` in
// the JSDoc of the class that reads them (the shared tokens on the base class, IomElement, whose
// docs every element inherits), and from there reach custom-elements.json, Storybook and the
// README's table. This check fails when
// - a property the styles read is not documented, or one documented is read nowhere;
// - a documented default differs from the fallback the styles really use (`var(--iom-x, DEFAULT)`,
//   with the private `--_x` tokens written as the public property they stand for);
// - two classes document the same property with different defaults;
// - the README's table is not the one made from the manifest (`--write` rewrites it).
// Reads custom-elements.json: run `npm run manifest` after changing a class's JSDoc.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The text of `source` from `start` to its closing parenthesis, for a `var(` that opens just before `start`. */
const untilClosingParenthesis = (source, start) => {
  let depth = 1;
  for (let index = start; index < source.length; index += 1) {
    if (source[index] === '(') depth += 1;
    if (source[index] === ')' && --depth === 0) return source.slice(start, index);
  }
  throw new Error(`unbalanced parentheses after ${source.slice(start - 8, start + 40)}`);
};

/** The code of `source` without its comments (JSDoc mentions properties too, as examples). */
const withoutComments = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const sourceFiles = async (folder) => {
  const names = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.ts'));
  return Promise.all(names.map(async (name) => withoutComments(await readFile(join(folder, name), 'utf8'))));
};

/** Every `var(--iom-name, fallback)` in the source: name → the set of fallbacks ('' for none). */
const propertiesRead = (sources) => {
  const read = new Map();
  for (const source of sources) {
    for (const match of source.matchAll(/var\((--iom-[a-z0-9-]+)/g)) {
      const inside = untilClosingParenthesis(source, match.index + 4);
      const comma = inside.indexOf(',');
      const fallback = comma < 0 ? '' : inside.slice(comma + 1).trim();
      read.set(match[1], (read.get(match[1]) ?? new Set()).add(fallback));
    }
  }
  return read;
};

/** The private tokens (`--_accent: light-dark(var(--iom-accent, …), …)`) and the public property each stands for. */
const privateTokens = (sources) => {
  const tokens = new Map();
  for (const source of sources) {
    for (const [, token, publicName] of source.matchAll(/(--_[a-z-]+):[^;]*?var\((--iom-[a-z0-9-]+)/g)) tokens.set(token, publicName);
  }
  return tokens;
};

const publicForm = (fallback, tokens) =>
  fallback.replace(/var\((--_[a-z-]+)\)/g, (whole, token) => (tokens.has(token) ? `var(${tokens.get(token)})` : whole));

/** The README table of every property, made from the manifest: those of every widget first, then each widget's own. */
const readmeTable = (documented) => {
  const shared = ({ elements }) => elements.length === allElements.length;
  const ordered = [...documented.values()].sort((a, b) => Number(shared(b)) - Number(shared(a)));
  const rows = ordered.map(({ name, default: value, description, elements }) => {
    const where = elements.length === allElements.length ? 'every widget' : elements.map((tag) => `\`<${tag}>\``).join(', ');
    return `| \`${name}\` | ${value ? `\`${value}\`` : '—'} | ${description} | ${where} |`;
  });
  return ['| custom property | default | what it sets | on |', '| --- | --- | --- | --- |', ...rows].join('\n');
};

const sources = await sourceFiles('src');
const read = propertiesRead(sources);
const tokens = privateTokens(sources);
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
const allElements = elements.map(({ tagName }) => tagName);

const problems = [];
/** name → { name, default, description, elements }, in the order the classes document them. */
const documented = new Map();
for (const { tagName, cssProperties = [] } of elements) {
  for (const property of cssProperties) {
    const known = documented.get(property.name);
    if (!known) {
      documented.set(property.name, { ...property, elements: [tagName] });
      continue;
    }
    known.elements.push(tagName);
    if ((known.default ?? '') !== (property.default ?? '')) {
      problems.push(`${property.name} is documented with two defaults: "${known.default ?? ''}" (<${known.elements[0]}>) and "${property.default ?? ''}" (<${tagName}>)`);
    }
  }
}

for (const [name, fallbacks] of read) {
  const property = documented.get(name);
  if (!property) {
    problems.push(`${name} is read by the styles but documented nowhere: add @cssprop [${name}=…] to the class that reads it`);
    continue;
  }
  const used = [...fallbacks].map((fallback) => publicForm(fallback, tokens));
  if (new Set(used).size > 1) problems.push(`${name} has different fallbacks in the styles: ${used.map((value) => `"${value}"`).join(', ')}`);
  if ((property.default ?? '') !== used[0]) {
    problems.push(`${name} is documented with the default "${property.default ?? ''}" but the styles fall back to "${used[0]}"`);
  }
}
for (const name of documented.keys()) {
  if (!read.has(name)) problems.push(`${name} is documented but no style reads it`);
}

const readme = await readFile('README.md', 'utf8');
const start = '<!-- custom properties: made by scripts/check-custom-properties.mjs --write -->';
const end = '<!-- end of custom properties -->';
const block = new RegExp(`${start}\\n(?:[\\s\\S]*?\\n)?${end}`);
const table = `${start}\n${readmeTable(documented)}\n${end}`;
if (!block.test(readme)) problems.push(`README.md has no table of custom properties between "${start}" and "${end}"`);
else if (process.argv.includes('--write')) await writeFile('README.md', readme.replace(block, table));
else if (readme.match(block)[0] !== table) problems.push('README.md\'s table of custom properties is not the manifest\'s: run `node scripts/check-custom-properties.mjs --write`');

for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length) process.exit(1);
console.log(`✓ ${documented.size} custom properties, each documented once with the default the styles use, and in the README`);
