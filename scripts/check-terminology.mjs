// Fails when a text a reader sees uses a term IOM and the UN do not: one term per concept in each
// language, in the built-in records (every text of content/<kind>/<id>.json, by the language it
// is keyed by) and in the UI strings (xliff/*.xlf: the English source and each language's target).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The variants a reader must not meet, by language, and the term to write instead. */
const avoidedTerms = [
  { lang: 'en', variant: /\bhuman trafficking\b|\btrafficking in human beings\b/i, use: 'trafficking in persons' },
  { lang: 'fr', variant: /\btraite des êtres humains\b/i, use: 'traite des personnes' },
  { lang: 'it', variant: /\btratta di esseri umani\b/i, use: 'tratta di persone' },
  { lang: 'es', variant: /\btrata de seres humanos\b/i, use: 'trata de personas' },
  { lang: 'en', variant: /\bTurkey\b/, use: 'Türkiye (the UN name since 2022)' },
  { lang: 'fr', variant: /\bTurquie\b/, use: 'Türkiye (the UN name since 2022)' },
  { lang: 'it', variant: /\bTurchia\b/, use: 'Türkiye (the UN name since 2022)' },
  { lang: 'es', variant: /\bTurquía\b/, use: 'Türkiye (the UN name since 2022)' },
  // "Asociación" also means "association": a partnership is an "alianza". Associations of
  // migrants are associations.
  { lang: 'es', variant: /\basociaci(?:ón|ones)\b(?! de migrantes)/i, use: 'alianza (a partnership)' },
  { lang: 'en', variant: /\borganis(?:ations?|ed?|ing)\b/i, use: 'organization, organized (IOM’s spelling)' },
  { lang: 'en', variant: /\bmember states\b/, use: 'Member States' },
];

/** The languages whose terms are checked. */
const checkedLanguages = new Set(avoidedTerms.map((term) => term.lang));

/** The avoided terms `text`, in `lang`, uses: a line for each. */
const termProblems = (text, lang, where) =>
  avoidedTerms
    .filter((term) => term.lang === lang.split('-')[0] && term.variant.test(text))
    .map((term) => `${where} (${lang}): “${text.match(term.variant)[0]}”: write ${term.use}`);

/** Every text of a record file with the language it is keyed by, a figure's plural forms included. */
const textsOf = function* (value, lang, path) {
  if (typeof value === 'string') {
    if (lang) yield { text: value, lang, path };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* textsOf(item, lang, `${path}[${index}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A LocalizedText is keyed by language codes: what is under one is in that language.
      const keyLang = !lang && checkedLanguages.has(key.split('-')[0]) ? key : lang;
      yield* textsOf(item, keyLang, path ? `${path}.${key}` : key);
    }
  }
};

const problems = [];
let texts = 0;
for (const kind of await readdir('content')) {
  for (const name of await readdir(join('content', kind))) {
    const file = join('content', kind, name);
    for (const { text, lang, path } of textsOf(JSON.parse(await readFile(file, 'utf8')), undefined, '')) {
      texts += 1;
      problems.push(...termProblems(text, lang, `${file}: ${path}`));
    }
  }
}

/** The text of an XLIFF <source> or <target>, placeholders left out. */
const xliffText = (element) => element.replace(/<x [^>]*\/>/g, ' ');
for (const name of (await readdir('xliff')).filter((file) => file.endsWith('.xlf'))) {
  const file = join('xliff', name);
  const xliff = await readFile(file, 'utf8');
  const targetLang = /target-language="([^"]+)"/.exec(xliff)[1];
  for (const [, id, unit] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    for (const [, element, text] of unit.matchAll(/<(source|target)>([\s\S]*?)<\/\1>/g)) {
      texts += 1;
      problems.push(...termProblems(xliffText(text), element === 'source' ? 'en' : targetLang, `${file}: ${id} <${element}>`));
    }
  }
}

for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length) process.exit(1);
console.log(`✓ ${texts} texts of content/ and xliff/: IOM’s and the UN’s terms, none of the variants they avoid`);
