/** The languages the built-in content is written in. */
export type ContentLanguage = 'en' | 'it' | 'fr' | 'es';
