/**
 * @lit/localize in reentrant mode: each widget renders in its own language, so a card with
 * `lang="it"` on an English page gets Italian labels while its neighbours stay English. The
 * library bundles its own copy of @lit/localize, so this configuration never collides with an
 * app that uses @lit/localize itself.
 *
 * Until a translation is needed, `msg()` is @lit/localize's default, which returns the English
 * source text. The translating runtime (template look-up by hashed id) is configured when the
 * first translation loads, so English pages never download it. Translations come in groups (the
 * core's strings, and each element's: see scripts/split-locales.mjs), so a page downloads the
 * strings of the widgets it shows, in the languages it shows them in.
 */
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';
import { localeModules, type MessageGroup } from './locales/index.js';

export { sourceLocale, targetLocales, allLocales } from './locale-codes.js';
export type { MessageGroup } from './locales/index.js';
export type Locale = (typeof targetLocales)[number] | typeof sourceLocale;


/** The address of a locale module beside the core chunk (a variable: Vite would take a literal for an asset glob). */
const strings = (key: string): string => `../locales/${key}.js`;

/** One locale's strings: cdn/locales/<locale>/<group>.js by URL in cdn/, else a static import(). */
const loadStrings = (key: string): Promise<LocaleModule> =>
  typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
    ? import(/* @vite-ignore */ new URL(strings(key), import.meta.url).href)
    : (localeModules[key]!() as Promise<LocaleModule>);

/** Every loaded translation of a locale, all groups merged, as @lit/localize looks them up. */
const loaded = new Map<string, LocaleModule>();
/** The `<locale>/<group>` keys loaded. */
const loadedGroups = new Set<string>();
let current: string = sourceLocale;
let translating: Promise<unknown> | undefined;

/** Installs @lit/localize's translating `msg()`, once. */
const startTranslating = (): Promise<unknown> =>
  (translating ??= import('@lit/localize/init/reentrant.js').then(({ configureReentrantLocalization }) =>
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => current,
      loadLocaleSync: (locale) => loaded.get(locale),
    }),
  ));

/**
 * Loads the strings of `groups` in `locale` that are not loaded yet. Returns nothing when they
 * all are (English always), so that the caller can render at once.
 */
export const loadLocale = (locale: Locale, groups: readonly MessageGroup[]): Promise<void> | undefined => {
  const keys = locale === sourceLocale ? [] : groups.map((group) => `${locale}/${group}`).filter((key) => !loadedGroups.has(key));
  if (!keys.length) return undefined;
  return Promise.all([Promise.all(keys.map(loadStrings)), startTranslating()]).then(([modules]) => {
    const translations = (loaded.get(locale) ?? loaded.set(locale, { templates: {} }).get(locale)!).templates;
    for (const module of modules) Object.assign(translations, module.templates);
    for (const key of keys) loadedGroups.add(key);
  });
};

/** Runs `work` with `msg()` answering in `locale`. */
export const runInLocale = <T>(locale: Locale, work: () => T): T => {
  const previous = current;
  current = locale;
  try {
    return work();
  } finally {
    current = previous;
  }
};
