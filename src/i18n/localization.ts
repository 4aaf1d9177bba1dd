/**
 * @lit/localize in reentrant mode: each widget renders in its own language, so a card with
 * `lang="it"` on an English page gets Italian labels while its neighbours stay English. The
 * library bundles its own copy of @lit/localize, so this configuration never collides with an
 * app that uses @lit/localize itself.
 *
 * Until a translation is needed, `msg()` is @lit/localize's default, which returns the English
 * source text. The translating runtime (template look-up by hashed id) is configured when the
 * first locale module loads, so English pages never download it.
 */
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

export { sourceLocale, targetLocales, allLocales } from './locale-codes.js';
export type Locale = (typeof targetLocales)[number] | typeof sourceLocale;

/** One lazily loaded module per locale: a page downloads only the languages it shows. */
const loaders: Record<Exclude<Locale, typeof sourceLocale>, () => Promise<LocaleModule>> = {
  ar: () => import('./locales/ar.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
};

const loaded = new Map<string, LocaleModule>();
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

/** Loads the strings of `locale` once; resolves at once for English and loaded locales. */
export const ensureLocale = async (locale: Locale): Promise<void> => {
  if (locale === sourceLocale || loaded.has(locale)) return;
  const [strings] = await Promise.all([loaders[locale](), startTranslating()]);
  loaded.set(locale, strings);
};

/** Whether `locale`'s strings can be used synchronously now. */
export const isLocaleReady = (locale: Locale): boolean => locale === sourceLocale || loaded.has(locale);

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
