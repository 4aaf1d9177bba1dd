/**
 * Reading the content API (what `iom-widgets content build` writes; README "Content"): a
 * record's document, `<api>/<kind>/<id>/<lang>.json` (and, in news-index.ts, the news index
 * pages). By default the API beside the library (the
 * same version folder); a page points at another with `data-iom-content-api`. Each address is
 * requested once per page, shared by every widget that needs it.
 */
import type { Contact, Organization } from './schema.js';
import { withoutPrototypes } from './without-prototypes.js';
import { isId } from './ids.js';

/** The version of the content API's format this library reads. */
export const CONTENT_FORMAT = 1;

/** The languages the content API publishes each record in: the widgets' UI languages. */
export const contentLanguages = ['en', 'fr', 'es', 'it', 'ar'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** The address of a content API (its folder, ending in `/`), absolute or relative to the page. */
export type ContentApi = string | URL;

/** Why the content API could not be read: `content-network` (no answer, an HTTP error, not JSON) or `content-format` (another format version). */
export type ContentErrorCode = 'content-network' | 'content-format';

/** The content API could not be read (see {@link ContentErrorCode}). */
export class ContentError extends Error {
  constructor(
    readonly code: ContentErrorCode,
    /** The document's address. */
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the document at `url`: its JSON, or `undefined` when there is none (HTTP 404). */
export type DocumentReader = (url: URL) => Promise<unknown>;

/**
 * The documents the loader started fetching before this code arrived (src/content-prefetch.ts),
 * by address: a registered symbol on the global object, the same there.
 */
const prefetchedContentKey = Symbol.for('iom-widgets.prefetched-content');

/** The response the loader's fetch of `href` gives, taken (a response is read once); `undefined` when it fetched none. */
const takePrefetched = (href: string): Promise<Response> | undefined => {
  const prefetched = (globalThis as unknown as Record<symbol, Map<string, Promise<Response>> | undefined>)[prefetchedContentKey];
  const response = prefetched?.get(href);
  prefetched?.delete(href);
  return response;
};

/**
 * Fetches a document (or takes the loader's fetch of it), in fetch's own credentials mode: cookies
 * go to the page's own origin only, never to a CDN's; a page's preload hint for the document
 * (`<link rel="preload" as="fetch" crossorigin>`, README "Page hints") matches it.
 */
export const fetchDocument: DocumentReader = async (url) => {
  const response = await (takePrefetched(url.href) ?? fetch(url));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

let reader: DocumentReader = fetchDocument;
/** Documents requested, by address: one request per address per page. */
const requests = new Map<string, Promise<unknown>>();

/**
 * Reads content API documents with `read` from now on (in Node, for a content API on disk:
 * prerendering reads the package's cdn/content/ files so). Forgets the documents read before.
 */
export const readContentWith = (read: DocumentReader): void => {
  reader = read;
  requests.clear();
};

/**
 * This module's address. (A variable: bundlers such as webpack take `new URL(…, import.meta.url)`
 * for an asset of the app, and warn when its path is not a literal.)
 */
const thisModule = import.meta.url;

/**
 * Where the content API beside the library is, from this module: cdn/chunks/ in cdn/, and
 * src/data/, dist/chunks/ or dist/data/ elsewhere (tests, Storybook, npm), from which
 * `../../cdn/content/` is the package's. (A variable: Vite takes a literal for an asset.)
 */
const besideLibrary = typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__ ? '../content/' : '../../cdn/content/';

/** The content API beside the library. */
export const defaultContentApi = (): URL => new URL(besideLibrary, thisModule);

/** The UI language of the documents a reader of `language` (a tag such as `fr` or `it-CH`) gets; English for others. */
export const contentLanguage = (language = 'en'): ContentLanguage => {
  const base = language.split(/[-_]/)[0]!.toLowerCase();
  return contentLanguages.find((candidate) => candidate === base) ?? 'en';
};


/** The address of the document at `path` under `api` (or the default API). Throws when `api` is not an address. */
export const documentUrl = (path: string, api: ContentApi | undefined): URL => {
  const base = api === undefined ? defaultContentApi() : new URL(api, globalThis.document?.baseURI);
  return new URL(path, base.href.endsWith('/') ? base : `${base.href}/`);
};

/**
 * The document at `path` under `api` (or the default API), checked to be of this format;
 * `undefined` when it does not exist. Rejects with a {@link ContentError}.
 */
export const readDocument = (path: string, api: ContentApi | undefined): Promise<unknown> => {
  let url: URL;
  try {
    url = documentUrl(path, api);
  } catch {
    return Promise.reject(new ContentError('content-network', String(api), `${String(api)} is not an address`));
  }
  const key = url.href;
  let request = requests.get(key);
  if (!request) {
    request = reader(url).then(
      (document) => {
        if (document === undefined) return undefined;
        const format = (document as { format?: unknown } | null)?.format;
        if (format !== CONTENT_FORMAT) {
          throw new ContentError('content-format', key, `${key}: format ${JSON.stringify(format)}, not ${CONTENT_FORMAT}`);
        }
        return withoutPrototypes(document);
      },
      (error: unknown) => {
        // A failed request may be tried again by the next widget.
        requests.delete(key);
        throw new ContentError('content-network', key, `${key}: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    requests.set(key, request);
  }
  return request;
};

/** A record's document: the record cut to one language, with the organizations it names (and a project's contact). */
export interface RecordDocument<T> {
  readonly record: T;
  readonly organizations: readonly Organization[];
  readonly contact?: Contact;
}

/** The content API's kinds of record. */
export type RecordKind = 'news' | 'partnerships' | 'projects' | 'contacts' | 'organizations';

/**
 * The document of the record of `kind` with this id for a reader of `language`; `undefined` when
 * there is none. What cannot be an id (`..`, a slash, 100,000 characters) is never asked for.
 */
export const readRecord = async <T>(kind: RecordKind, id: string, language?: string, api?: ContentApi): Promise<RecordDocument<T> | undefined> =>
  isId(id) ? ((await readDocument(`${kind}/${id}/${contentLanguage(language)}.json`, api)) as RecordDocument<T> | undefined) : undefined;
