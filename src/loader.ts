/**
 * The autoloader: defines each iom-widgets element only when its tag appears in the page, now or
 * later, and loads nothing for tags that are not used.
 *
 * ```html
 * <script type="module" src="https://…/iom-widgets/cdn/loader.js"></script>
 * ```
 *
 * The same code is the classic script, `cdn/iom-widgets.classic.js`, for pages whose HTML cannot
 * hold `type="module"` (it imports the same element modules; `IomWidgets.observe` and
 * `IomWidgets.discover` are its exports):
 *
 * ```html
 * <script src="https://…/iom-widgets/cdn/iom-widgets.classic.js" defer></script>
 * ```
 *
 * In `cdn/`, element modules load from beside the loader, or from the folder that its script
 * tag's `data-base-path` names, with its final slash (for a loader copied away from the rest of
 * `cdn/`):
 *
 * ```html
 * <script type="module" src="/theme/iom-loader.js" data-base-path="https://…/iom-widgets@1.0.0/cdn/"></script>
 * ```
 */


import { prefetchFor } from './content-prefetch.js';
import { tagOfPath } from './elements/tag-of-path.js';

/**
 * The element modules as a bundler must see them, one per folder of src/elements/ (a static
 * import each, by path): `./elements/news-card/define.ts` defines `<iom-news-card>`.
 */
const bundled = import.meta.glob('./elements/*/define.ts');

/**
 * The classic script's address (it has no import.meta), read as it runs: its `<script>`'s, or,
 * when it was loaded as a module all the same (where there is no current script), that of the
 * page's script of its name.
 */
const classicScriptAddress = (): string =>
  (document.currentScript as HTMLScriptElement | null)?.src ??
  [...document.scripts].find((script) => /\/iom-widgets\.classic\.js(?:[?#]|$)/.test(script.src))?.src ??
  document.baseURI;

/** The loader's own address: its module's, or the classic script's. */
const ownAddress = typeof __IOM_CLASSIC_BUILD__ !== 'undefined' && __IOM_CLASSIC_BUILD__ ? classicScriptAddress() : import.meta.url;

/** The folder named by the `data-base-path` of the loader's own script tag, if any. */
const basePath = [...document.scripts].find((script) => script.src === ownAddress)?.dataset.basePath;

/** Where modules of cdn/ load from: the folder `data-base-path` names, else the loader's own address (paths resolve beside it). */
const cdnFolder = (): URL => (basePath ? new URL(basePath, document.baseURI) : new URL(ownAddress));

/** A module of cdn/ by its path there. */
const cdnModule = async (path: string): Promise<unknown> => import(/* @vite-ignore */ new URL(path, cdnFolder()).href);

/**
 * For each tag, the chunks of cdn/ that its element module imports, all the way down
 * (`chunks/iom-core.js`, `chunks/news.js`…): the build writes them in (vite.config.ts), so that
 * the loader fetches them beside the element, not one after another as each module names the next.
 */
const elementChunks = '__IOM_ELEMENT_CHUNKS__' as unknown as Readonly<Record<string, readonly string[]>>;

/**
 * The tags this library defines, each with what loads its definition: in cdn/ (the loader and the
 * classic script), the element's module with every chunk it imports fetched beside it rather than
 * after it; elsewhere, the bundled module.
 */
const loaders: ReadonlyMap<string, () => Promise<unknown>> =
  typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
    ? new Map(
        Object.entries(elementChunks).map(([tag, chunks]) => [
          tag,
          () => Promise.all([...chunks.map(cdnModule), cdnModule(`elements/${tag.slice(4)}.js`)]),
        ]),
      )
    : new Map(Object.entries(bundled).map(([path, load]) => [tagOfPath(path), load]));

const requested = new Set<string>();

/**
 * Starts Intl's locale data loading, in a task of its own, once: the first use of Intl on a page
 * takes the browser 15 to 45 ms (measured in Chromium), and the first compact number and the first
 * list a few more each; every widget formats dates, numbers or lists. Started when the first
 * widget is found, it runs while that widget's code and content are still on their way, instead of
 * after they came (npm run bench: the news card on slow 4G about 30 ms sooner).
 */
let startIntl: (() => void) | undefined = () =>
  setTimeout(() => {
    new Intl.DateTimeFormat().format();
    new Intl.NumberFormat(undefined, { notation: 'compact' }).format(1);
    new Intl.ListFormat().format([]);
  });

const selector = [...loaders.keys()].join(',');

/** Loads the definitions of the iom-widgets tags found in `root` (a document, shadow root or element). */
export const discover = (root: ParentNode = document): void => {
  for (const element of [root as Element, ...root.querySelectorAll(selector)]) {
    const tag = element.localName;
    const load = loaders.get(tag);
    if (!load || customElements.get(tag)) continue;
    // In cdn/, each widget's content and strings are fetched beside its code, not after it.
    if (typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__) prefetchFor(element, cdnFolder(), cdnModule);
    startIntl?.();
    startIntl = undefined;
    if (requested.has(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      requested.delete(tag);
      const from = basePath === undefined ? '' : ` from data-base-path="${basePath}"`;
      console.warn(`<${tag}>: could not be loaded${from}`, error);
    });
  }
};

/** Watches `root` for tags added later; returns a function that stops watching. */
export const observe = (root: Document | ShadowRoot = document): (() => void) => {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
  return () => observer.disconnect();
};

observe();
