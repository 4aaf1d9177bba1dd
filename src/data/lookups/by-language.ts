import { contentLanguages, type ContentLanguage, type RecordModules } from '../content/languages.js';


/** Where this module is; a plain `new URL(…, import.meta.url)` would be taken for an asset glob by Vite. */
const here = import.meta.url;

/**
 * The language of the built-in content a reader of `language` (a tag such as `fr` or `it-CH`)
 * gets: that language, or English for one the content is not written in (Arabic, say: a UI
 * language without translated content; widgets show English and mark it `lang="en"`).
 */
export const contentLanguage = (language: string): ContentLanguage => {
  const base = language.split(/[-_]/)[0]!.toLowerCase();
  return contentLanguages.find((candidate) => candidate === base) ?? 'en';
};

/**
 * cdn/ only: a built-in record for a reader of `language`, from cdn/content/<path>.<language>.js,
 * where the build puts each record in each language (vite.config.ts), so that cdn/ pages carry
 * no table of modules. `path` names the record under content/: `news/<id>`, `partnerships/<id>`,
 * `contacts`.
 */
export const loadByAddress = <T>(path: string, language = 'en'): Promise<T> =>
  import(/* @vite-ignore */ new URL(`../content/${path}.${contentLanguage(language)}.js`, here).href);

/**
 * A built-in record from its modules, as bundlers see them: for a reader of `language`, or in
 * every language when no language is given (the data package's API).
 */
export const loadModule = <T>({ load, loadIn }: RecordModules<T>, language: string | undefined): Promise<T> =>
  language === undefined ? load() : loadIn[contentLanguage(language)]();
