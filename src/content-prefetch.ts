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
import { neededAhead, type FirstDocuments } from './data/first-documents.js';

/**
 * Where the documents fetched ahead wait for the content API's reader: a registered symbol, the
 * same in src/data/content-api.ts. (Not a shared module: the loader must stay one file, which
 * the widgets' modules do not import.)
 */
const prefetchedContentKey = Symbol.for('iom-widgets.prefetched-content');

/**
 * What each widget reads first, by the path of its folder's first-documents.ts (each folder of
 * src/elements/ says it there: `./elements/news-card/first-documents.ts` for `<iom-news-card>`).
 */
const firstDocuments = import.meta.glob<FirstDocuments>('./elements/*/first-documents.ts', { eager: true, import: 'firstDocuments' });

/** What the widget `element` reads first (nothing for a tag that reads nothing ahead). */
const firstDocumentsOf = (element: Element): FirstDocuments | undefined => firstDocuments[`./elements/${element.localName.slice(4)}/first-documents.ts`];

/**
 * Starts fetching what the widget `element` will need ({@link neededAhead}): its modules with
 * `importModule`, its content API documents into {@link prefetchedContent}.
 */
export const prefetchFor = (element: Element, cdn: URL, importModule: (path: string) => Promise<unknown>): void => {
  const { modules, documents } = neededAhead(element, cdn, firstDocumentsOf(element));
  for (const path of modules) importModule(path).catch(() => undefined);
  const fetched = prefetchedContent();
  for (const href of documents) {
    if (fetched.has(href)) continue;
    // Fetch's own credentials mode (cookies to the page's own origin only, never to a CDN), which
    // a page's preload hint (`<link rel="preload" as="fetch" crossorigin>`) matches.
    const response = fetch(href);
    response.catch(() => undefined); // The widget's own read reports a failure.
    fetched.set(href, response);
  }
};

/** The documents fetched ahead of the widgets, by address, shared with the content API's reader. */
const prefetchedContent = (): Map<string, Promise<Response>> => {
  const global = globalThis as unknown as Record<symbol, Map<string, Promise<Response>> | undefined>;
  return (global[prefetchedContentKey] ??= new Map());
};
