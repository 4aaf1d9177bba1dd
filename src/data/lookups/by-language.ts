import type { ContentLanguage } from '../content/languages.js';

/**
 * Picks the loader of built-in content for a reader of `language` (a tag such as `fr` or
 * `it-CH`) from a record's per-language loaders.
 *
 * A language the content is not written in (Arabic, say: a UI language without translated
 * content) gets the English projection, not the all-languages module: widgets show English
 * and mark it `lang="en"`, and the page downloads one language. Callers that ask for no
 * language at all (the data package's API) get `all`, the record in every language.
 */
export const loaderFor = <T>(loadIn: Readonly<Record<ContentLanguage, T>>, language: string | undefined, all: T): T => {
  if (language === undefined) return all;
  const base = language.split(/[-_]/)[0]!.toLowerCase();
  return Object.hasOwn(loadIn, base) ? loadIn[base as ContentLanguage] : loadIn.en;
};
