/**
 * Which language a widget shows: its own `lang`, else the closest ancestor's (across shadow
 * roots), else `<html lang>`; then the best supported locale (`it-CH` → `it`), else English.
 */
import { allLocales, sourceLocale, type Locale } from '../i18n/localization.js';

/** The language tag that applies to `element`, as written in the page (may be unsupported). */
export const requestedLanguage = (element: Element): string => {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
  }
  return sourceLocale;
};

const warned = new Set<string>();

/**
 * The supported locale closest to a language tag; warns once per page for an unsupported one,
 * naming `who` asked for it (e.g. `<iom-news-card>`).
 */
export const negotiateLocale = (tag: string, who = 'iom-widgets'): Locale => {
  const lower = tag.toLowerCase();
  const base = lower.split(/[-_]/)[0]!;
  const match = allLocales.find((locale) => locale === lower) ?? allLocales.find((locale) => locale === base);
  if (match) return match;
  if (!warned.has(lower)) {
    warned.add(lower);
    console.warn(`${who}: lang="${tag}" is not available; showing ${sourceLocale} instead (said once per page).`);
  }
  return sourceLocale;
};

/** The tag Intl should format with: the page's own regional variant when it is of `locale`. */
export const formattingLocale = (tag: string, locale: Locale): string => {
  try {
    // A regional variant of the widget's language formats as that region does (it-CH).
    if (tag.includes('-') && negotiateLocale(tag) === locale) return Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    // Not a well-formed tag: format as the language itself does.
  }
  // The United Nations write British English: "2 July 2024", not "July 2, 2024".
  return locale === 'en' ? 'en-GB' : locale;
};

/**
 * Tells every connected widget when a `lang` attribute changes anywhere in the document, so
 * that changing `<html lang>` or a container's `lang` at run time re-renders the widgets.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` on every change of a `lang` attribute; returns a function that stops it. */
export const watchLanguage = (listener: () => void): (() => void) => {
  listeners.add(listener);
  // One observer for the page, kept once made: it costs nothing while no lang changes.
  observer ??= new MutationObserver(() => listeners.forEach((notify) => notify()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return () => listeners.delete(listener);
};
