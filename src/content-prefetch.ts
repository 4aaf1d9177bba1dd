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
/**
 * Where the documents fetched ahead wait for the content API's reader: a registered symbol, the
 * same in src/data/content-api.ts. (Not a shared module: the loader must import nothing.)
 */
const prefetchedContentKey = Symbol.for('iom-widgets.prefetched-content');

/** The interface languages other than English, as cdn/locales/ has them. */
const translatedLanguages = ['ar', 'es', 'fr', 'it'];

/**
 * For each tag showing one record: the attribute with its id, the content API folder of its kind,
 * and the record's language-free documents the widget reads beside it (a project's map).
 */
const recordAttributes: Readonly<Record<string, readonly [attribute: string, kind: string, ...languageFree: string[]]>> = {
  'iom-news-card': ['article', 'news'],
  'iom-partnership-timeline': ['partnership', 'partnerships'],
  'iom-project-map': ['project', 'projects', 'map'],
  'iom-contact-box': ['contact', 'contacts'],
};

/** What can be a record id in the content API (the widgets ask for no other). */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const attributeOf = (element: Element, name: string): string | undefined => element.getAttribute(name)?.trim() || undefined;

/** The language `element` shows: its own `lang`, else its closest ancestor's, as the widget negotiates it (src/core/language.ts). */
const languageOf = (element: Element): string => {
  const tag = element.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  const base = tag.split(/[-_]/)[0]!;
  return translatedLanguages.includes(base) ? base : 'en';
};

/**
 * The content API documents a widget reads first, as paths under its API: a record's document
 * (and a project's map document), or a news list's first index page (of its narrowest filter, as src/data/lookups/news-pages.ts
 * picks it) and the records its filters name.
 */
const documentsOf = (element: Element, language: string): string[] => {
  const record = recordAttributes[element.localName];
  const id = (name: string) => {
    const value = attributeOf(element, name);
    return value && idPattern.test(value) ? value : undefined;
  };
  if (record) {
    const [attribute, kind, ...languageFree] = record;
    const value = id(attribute);
    return value ? [language, ...languageFree].map((name) => `${kind}/${value}/${name}.json`) : [];
  }
  const country = attributeOf(element, 'country');
  const year = attributeOf(element, 'year');
  const project = id('project');
  const organization = id('organization');
  const filter =
    country && /^[a-z]{2}$/i.test(country)
      ? `country/${country.toUpperCase()}`
      : project
        ? `project/${project}`
        : organization
          ? `organization/${organization}`
          : year && /^\d{4}$/.test(year)
            ? `year/${year}`
            : 'all';
  return [
    `news/index/${filter}/${language}/1.json`,
    ...(organization ? [`organizations/${organization}/${language}.json`] : []),
    ...(project ? [`projects/${project}/${language}.json`] : []),
  ];
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
  for (const path of documentsOf(element, language)) {
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
