/**
 * Which content API documents a widget reads first, derived from its attributes as the widget
 * itself will ask for them: the loader fetches them beside the widget's code (src/content-prefetch.ts).
 * Each widget says which in its folder (src/elements/<name>/first-documents.ts), with these helpers.
 * Small on purpose: the loader, which every page loads first, carries them; the embed code
 * builder writes the same as a page's preload hints (tools/embed-builder/page-hints.ts).
 */
/** The documents `widget` reads first, as paths under its content API, in `language`. */
export type FirstDocuments = (widget: Element, language: string) => string[];

/**
 * What can be a record id in the content API (the widgets ask for no other): src/data/ids.ts's
 * pattern, written again on purpose. That module is in the shared chunk, and importing it would
 * make cdn/loader.js import chunks/iom-core.js from beside itself, which a loader with
 * `data-base-path` must not (test/embedding.test.ts).
 */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The trimmed value of an attribute, if it has one. */
export const attributeOf = (widget: Element, name: string): string | undefined => widget.getAttribute(name)?.trim() || undefined;

/** The attribute's value if it can be a record id. */
export const idOf = (widget: Element, name: string): string | undefined => {
  const value = attributeOf(widget, name);
  return value && idPattern.test(value) ? value : undefined;
};

/**
 * The documents of the one record a widget shows, whose id its attribute `attribute` holds: the
 * record in `language` under `kind`, and its language-free documents (a project's map).
 */
export const recordDocuments = (widget: Element, attribute: string, kind: string, language: string, ...languageFree: string[]): string[] => {
  const id = idOf(widget, attribute);
  return id ? [language, ...languageFree].map((name) => `${kind}/${id}/${name}.json`) : [];
};

/** The interface languages other than English, as cdn/locales/ has them. */
const translatedLanguages = ['ar', 'es', 'fr', 'it'];

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

/** What a widget needs beside its code: modules of cdn/ (by path there) and content API documents (by address). */
export interface NeededAhead {
  readonly modules: readonly string[];
  readonly documents: readonly string[];
}

/**
 * What the widget `element` will need beside its code: in a language other than English, its
 * strings and the translating runtime; its content API documents, unless it has a `src` feed.
 * `cdn` is the folder of cdn/ the library loads from (or a file in it: paths resolve beside it);
 * `firstDocuments`, what the widget's folder says it reads first.
 */
export const neededAhead = (element: Element, cdn: URL, firstDocuments: FirstDocuments | undefined): NeededAhead => {
  const language = languageOf(element);
  const modules = language === 'en' ? [] : [`locales/${language}/${element.localName.slice(4)}.js`, 'chunks/reentrant.js'];
  if (attributeOf(element, 'src')) return { modules, documents: [] };
  let api: URL;
  try {
    api = contentApiOf(element, new URL('content/', cdn));
  } catch {
    return { modules, documents: [] }; // Not an address: the widget says so itself.
  }
  return { modules, documents: (firstDocuments?.(element, language) ?? []).map((path) => new URL(path, api).href) };
};
