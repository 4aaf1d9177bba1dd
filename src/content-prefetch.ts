/**
 * What the loader fetches for a widget beside its element module, so that a page waits for one
 * round trip after the loader, not three (issue 18): the widget's content API document (derived
 * from its attributes as the widget itself will ask for it) and, in a language other than
 * English, its strings and the translating runtime. The content is handed to the content API's
 * reader (src/data/content-api.ts) by address through {@link prefetchedContent}; modules are
 * simply imported, and the widget's own import of them finds them loaded.
 *
 * A guess that turns out wrong (a `lang` or an attribute that changes before the widget runs)
 * costs a request the widget does not use, never a wrong result: the widget reads what it needs.
 */
import { attributeOf, type FirstDocuments } from './data/first-documents.js';

/**
 * Where the documents fetched ahead wait for the content API's reader: a registered symbol, the
 * same in src/data/content-api.ts. (Not a shared module: the loader must stay one file, which
 * the widgets' modules do not import.)
 */
const prefetchedContentKey = Symbol.for('iom-widgets.prefetched-content');

/** The interface languages other than English, as cdn/locales/ has them. */
const translatedLanguages = ['ar', 'es', 'fr', 'it'];

/**
 * What each widget reads first, by the path of its folder's first-documents.ts (each folder of
 * src/elements/ says it there: `./elements/news-card/first-documents.ts` for `<iom-news-card>`).
 */
const firstDocuments = import.meta.glob<FirstDocuments>('./elements/*/first-documents.ts', { eager: true, import: 'firstDocuments' });

/** The documents `element` reads first, as paths under its content API (none for a tag that reads none). */
const firstDocumentsOf = (element: Element, language: string): string[] =>
  firstDocuments[`./elements/${element.localName.slice(4)}/first-documents.ts`]?.(element, language) ?? [];

/** The language `element` shows: its own `lang`, else its closest ancestor's, as the widget negotiates it (src/core/language.ts). */
const languageOf = (element: Element): string => {
  const tag = element.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  const base = tag.split(/[-_]/)[0]!;
  return translatedLanguages.includes(base) ? base : 'en';
};

/** The content API `element` reads: the closest `data-iom-content-api`, else `beside` (the one beside the library). */
const contentApiOf = (element: Element, beside: URL): URL => {
  const named = element.closest('[data-iom-content-api]')?.getAttribute('data-iom-content-api');
  if (named === null || named === undefined) return beside;
  const api = new URL(named, document.baseURI);
  return api.href.endsWith('/') ? api : new URL(`${api.href}/`);
};

/**
 * Starts fetching what the widget `element` will need: its content API documents (into
 * {@link prefetchedContent}) and, given `importModule`, its strings in its language. `cdn` is the
 * folder of cdn/ the library loads from (or a file in it: paths resolve beside it). Widgets with a `src` feed read no content API.
 */
export const prefetchFor = (element: Element, cdn: URL, importModule: (path: string) => Promise<unknown>): void => {
  const language = languageOf(element);
  if (language !== 'en') {
    for (const path of [`locales/${language}/${element.localName.slice(4)}.js`, 'chunks/reentrant.js']) importModule(path).catch(() => undefined);
  }
  if (attributeOf(element, 'src')) return;
  let api: URL;
  try {
    api = contentApiOf(element, new URL('content/', cdn));
  } catch {
    return; // Not an address: the widget says so itself.
  }
  const documents = prefetchedContent();
  for (const path of firstDocumentsOf(element, language)) {
    const { href } = new URL(path, api);
    if (documents.has(href)) continue;
    const response = fetch(href, { credentials: 'omit' });
    response.catch(() => undefined); // The widget's own read reports a failure.
    documents.set(href, response);
  }
};

/** The documents fetched ahead of the widgets, by address, shared with the content API's reader. */
const prefetchedContent = (): Map<string, Promise<Response>> => {
  const global = globalThis as unknown as Record<symbol, Map<string, Promise<Response>> | undefined>;
  return (global[prefetchedContentKey] ??= new Map());
};
