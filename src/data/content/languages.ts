/** The languages the built-in content is written in. */
export const contentLanguages = ['en', 'it', 'fr', 'es'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** A built-in record's modules: in every language, and cut down to each language by the builds. */
export interface RecordModules<T> {
  /** The record in every language. */
  readonly load: () => Promise<T>;
  /** The record in one language (with English where that language lacks a text). */
  readonly loadIn: Record<ContentLanguage, () => Promise<T>>;
}
