/**
 * Prerendering, in Node: turns the `iom-*` tags of an HTML page into the same tags with their
 * content already inside, as Declarative Shadow DOM rendered by `@lit-labs/ssr`, plus a plain
 * light-DOM fallback (heading, summary, link). `renderPage()` of `iom-widgets/render` (./index.ts)
 * loads this module when it is first called: it imports @lit-labs/ssr and parse5, which apps
 * install only to prerender.
 */
// The DOM shim first: the elements are defined in its custom element registry.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'parse5';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { CSSResultOrNative } from 'lit';
import type { WidgetProblem } from '../core/problem.js';
import { runInLocale, sourceLocale, type Locale } from '../i18n/localization.js';
import { fetchDocument, readContentWith, type DocumentReader } from '../data/content-api.js';
import { findLibraryScript, hydrationScript, loadsHydrationSupport } from './library-script.js';
import { styleElements } from './styles.js';
import { tagOfPath } from '../elements/tag-of-path.js';
import { fallbackKinds, type FallbackContext, type FallbackKind, type WidgetFallback } from './fallback.js';
import { attributeOf, closestAttribute, findWidgets, parsePage, type Element, type FoundWidget } from './page-tree.js';
import { decodePage, insertIntoBytes, insertIntoText, type Insertion } from './page-encoding.js';
import { misplacedWidgets } from './placement.js';

/**
 * Reads the content API's documents from disk when it is a folder (the package's cdn/content/,
 * where the widgets' default address leads in Node), else fetches them.
 */
const readFromDisk: DocumentReader = async (url) => {
  if (url.protocol !== 'file:') return fetchDocument(url);
  try {
    return JSON.parse(await readFile(url, 'utf8'));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
};
readContentWith(readFromDisk);

/** The `contentApi` option as a folder's URL: a path on disk, a `file:` URL or an http(s) address. */
const contentApiOf = (option: string | URL | undefined): URL | undefined => {
  if (option === undefined) return undefined;
  const url = option instanceof URL ? option : /^[a-z][a-z\d+.-]*:/i.test(option) && !/^[a-z]:[\\/]/i.test(option) ? new URL(option) : pathToFileURL(option);
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/** A widget `renderPage` left as it was, for the browser to render, and why. */
export interface SkippedWidget {
  /** Its tag name, e.g. `iom-news-card`. */
  readonly tag: string;
  /** The line of its start tag in the page (1 for the first). */
  readonly line: number;
  /** Why, in English, for the console: e.g. `unknown-id: article="nope"`. */
  readonly reason: string;
  /**
   * `true` when the tag has a problem a reader would see (an unknown id, an ignored attribute
   * value): the browser shows the widget's message. `false` when prerendering does not apply
   * (a `src` feed, a tag that is prerendered already).
   */
  readonly problem: boolean;
}

/** Options of {@link renderPage}. */
export interface RenderOptions {
  /**
   * The language of the page the HTML goes into, for widgets without a `lang` of their own or
   * on an ancestor: for a fragment (a page body, a post) rather than a whole page with
   * `<html lang>`. Default `en`.
   */
  readonly lang?: string;
  /** Called for each widget left as it was, with why. */
  readonly onSkip?: (widget: SkippedWidget) => void;
  /**
   * Where the page finds `cdn/hydrate.js`, the widgets' hydration, which must run before the
   * library: a `<script>` for it is added before the page's iom-widgets script (`cdn/loader.js`,
   * `cdn/iom-widgets.js` or `cdn/iom-widgets.classic.js`). By default its address is taken
   * from that script's (`…/cdn/hydrate.js`, or in its `data-base-path`). `false` adds none (a
   * page that loads it itself, or an app that imports `iom-widgets/hydrate`).
   */
  readonly hydration?: string | false;
  /**
   * How each prerendered shadow root gets its widget's styles. By default, a
   * `<link rel="stylesheet">` to the widget's style sheet in cdn/styles/
   * (`…/cdn/styles/iom-news-card.css`), at an address taken from the page's iom-widgets script
   * as for {@link hydration}, with its SRI hash when the script carries this build's: a strict
   * Content Security Policy allows it with `style-src 'self'` (or the library's origin). Another
   * string is the address of that folder (`https://static.example/iom/styles/`). `'inline'` puts
   * the styles in a `<style>` element instead: no request, but it needs
   * `style-src 'unsafe-inline'`. Without an iom-widgets script or an address, styles are inline.
   */
  readonly styles?: string;
  /**
   * Where to read the content of widgets that name a content API of the page's
   * (`data-iom-content-api` on them or an ancestor), while prerendering: a folder on disk (a path
   * or a `file:` URL, e.g. the built `cdn/content/`) or an http(s) address. Without it such widgets
   * are left to the browser: the page's address for them may be relative to where it is served.
   */
  readonly contentApi?: string | URL;
  /** Called with what the page may need to be told, in English: e.g. that no iom-widgets script was found. */
  readonly onWarning?: (message: string) => void;
}

/**
 * The fallback of each tag, from the content it resolved: each widget's folder has its own
 * (src/elements/<name>/fallback.ts defines `<iom-<name>>`'s).
 */
const fallbacks: Readonly<Record<string, WidgetFallback<never>>> = Object.fromEntries(
  Object.entries(import.meta.glob<WidgetFallback<never>>('../elements/*/fallback.ts', { eager: true, import: 'fallback' })).map(([path, fallback]) => [
    tagOfPath(path),
    fallback,
  ]),
);

/**
 * What prerendering uses of an element (see src/core/base-element.ts): its hook for it, and,
 * once it is ready, what it reads (protected in the class) to draw it and its fallback.
 */
interface ElementInternals {
  prepareForServerRender(languageTag: string): Promise<readonly WidgetProblem[]>;
  readonly locale: Locale;
  readonly intlLocale: string;
  readonly content: unknown;
  render(): unknown;
  setAttribute(name: string, value: string): void;
  attributeChangedCallback(name: string, old: string | null, value: string | null): void;
}

interface ElementClass {
  new (): ElementInternals;
  readonly elementStyles: readonly CSSResultOrNative[];
}

let defined: Promise<unknown> | undefined;

/**
 * Why problems stop prerendering, for the console: each one's code, then what the browser's
 * console says of it. The words load as the browser loads them, with the error box: imported
 * statically, they would join this module, and the browser's error box would import it.
 */
const describeProblems = async (problems: readonly WidgetProblem[]): Promise<string> => {
  const { consoleLine } = await import('../core/problem-table.js');
  return problems.map((problem) => `${problem.code}: ${consoleLine(problem, { feed: undefined })}`).join('; ');
};

/** Whether `element` has content of its own (not only white space and comments): a fallback written by the page's author. */
const hasOwnContent = (element: Element): boolean =>
  element.childNodes.some((child) => ('value' in child && child.nodeName === '#text' ? /\S/.test(child.value) : child.nodeName !== '#comment'));

/**
 * The level of the widget's heading: its heading-level attribute, else 3. The widget has checked
 * the value (an invalid one is a problem, which leaves the widget to the browser).
 */
const headingLevelOf = (element: Element): number => Number(attributeOf(element, 'heading-level')) || 3;

/** The CSS of a widget, as its shadow root adopts it in the browser (`static styles`, flattened). */
const cssOf = (Widget: ElementClass): string => Widget.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');

/**
 * The shadow root's markup (without its styles) and the light-DOM fallback of one widget, in each
 * kind of markup, or why it has none.
 */
const renderWidget = async (
  element: Element,
  lang: string,
  contentApiOption: URL | undefined,
  publicContentApi: string | undefined,
): Promise<{ markup: string; css: string; fallback: (kind: FallbackKind) => string } | { skipped: string; problem: boolean }> => {
  const tag = element.tagName;
  const Widget = customElements.get(tag) as unknown as ElementClass | undefined;
  if (!Widget || !fallbacks[tag]) return { skipped: 'not an iom-widgets element', problem: true };
  if (element.childNodes.some((child) => 'tagName' in child && child.tagName === 'template' && attributeOf(child, 'shadowrootmode') !== undefined)) {
    return { skipped: 'prerendered already', problem: false };
  }
  const src = attributeOf(element, 'src')?.trim();
  if (src) return { skipped: `src="${src}": widgets with a feed render in the browser`, problem: false };
  const contentApi = closestAttribute(element, 'data-iom-content-api');
  if (contentApi !== undefined && !contentApiOption) {
    return { skipped: `data-iom-content-api="${contentApi}": widgets with a content API of the page's render in the browser (or give renderPage's contentApi)`, problem: false };
  }

  // Links into the content API (a news list's RSS feed) go where readers reach it, never to a file on disk.
  const linksTo = contentApi === undefined ? publicContentApi : contentApi.replace(/\/?$/, '/');
  if (tag === 'iom-news-list' && linksTo === undefined) {
    return {
      skipped: "no public address of the content API for the list's RSS link: the page has no iom-widgets script (give renderPage's contentApi as an http(s) address)",
      problem: false,
    };
  }

  const widget = new Widget();
  // The content API beside the library, or the one given for the page's (the DOM shim has no closest()).
  Object.defineProperty(widget, 'contentApi', { value: contentApi === undefined ? undefined : contentApiOption!.href });
  Object.defineProperty(widget, 'contentApiForLinks', { value: linksTo });
  for (const { name, value } of element.attrs) {
    widget.setAttribute(name, value);
    widget.attributeChangedCallback(name, null, value);
  }
  // A problem keeps the widget for the browser, which shows it.
  let problems: readonly WidgetProblem[];
  try {
    problems = await widget.prepareForServerRender(lang);
  } catch (error) {
    return { skipped: `internal: ${error instanceof Error ? error.message : String(error)}`, problem: true };
  }
  if (problems.length) return { skipped: await describeProblems(problems), problem: true };

  const template = runInLocale(widget.locale, () => widget.render());
  const markup = await collectResult(render(template));
  const context: FallbackContext = {
    locale: widget.locale,
    intlLocale: widget.intlLocale,
    headingLevel: headingLevelOf(element),
  };
  const ownContent = hasOwnContent(element);
  return {
    markup,
    css: cssOf(Widget),
    fallback: (kind) => (ownContent ? '' : fallbacks[tag](widget.content as never, { ...context, kind })),
  };
};

/**
 * Each widget's CSS, by tag: what its shadow root adopts in the browser, and what
 * cdn/styles/<tag>.css holds (the build writes those files from it). For a site that serves the
 * style sheets from an address of its own (`styles` of {@link renderPage}).
 */
export const widgetStyleSheets = async (): Promise<Record<string, string>> => {
  defined ??= import('../index.js');
  await defined;
  return Object.fromEntries(Object.keys(fallbacks).map((tag) => [tag, cssOf(customElements.get(tag) as unknown as ElementClass)]));
};

/** A widget rendered, with its place in the page and the kind of fallback it has now. */
interface RenderedWidget {
  readonly found: FoundWidget;
  readonly shadowRoot: string;
  readonly fallback: (kind: FallbackKind) => string;
  kind: number;
}

/** The outermost `<svg>` or `<math>` around an element of foreign content. */
const foreignRootOf = (element: Element): string => {
  let root = element;
  for (let node = element.parentNode; node && 'tagName' in node && node.namespaceURI !== html.NS.HTML; node = node.parentNode) root = node;
  return root.tagName;
};

/**
 * Tries each widget's fallback kinds, from block-level to plain, until the page parsed again has
 * every widget holding its shadow root and fallback; a widget that holds them with none is left
 * for the browser. The insertions that make it so, the hydration script's (`extra`) included.
 */
const placeWidgets = (page: string, rendered: RenderedWidget[], extra: readonly Insertion[], options: RenderOptions): Insertion[] => {
  const insertionOf = ({ found, shadowRoot, fallback, kind }: RenderedWidget): Insertion => ({
    offset: found.element.sourceCodeLocation!.startTag!.endOffset,
    text: shadowRoot + fallback(fallbackKinds[kind]!),
  });
  for (;;) {
    if (!rendered.length) return [];
    // The hydration script last: at the same place, a widget's content goes first.
    const insertions = [...rendered.map(insertionOf), ...extra];
    const placed = rendered.map(({ found }) => ({ start: found.element.sourceCodeLocation!.startOffset, end: found.element.sourceCodeLocation!.endOffset }));
    const misplaced = misplacedWidgets(page, placed, insertions);
    if (!misplaced.size) return insertions;
    rendered = rendered.filter((widget, index) => {
      const why = misplaced.get(index);
      if (!why) return true;
      if (why === 'closed early' && widget.kind < fallbackKinds.length - 1) {
        widget.kind += 1;
        return true;
      }
      const { element, level } = widget.found;
      const parent = element.parentNode && 'tagName' in element.parentNode ? element.parentNode.tagName : 'the page';
      options.onSkip?.({
        tag: element.tagName,
        line: element.sourceCodeLocation!.startLine,
        reason:
          why === 'too deep'
            ? `nested ${level} levels deep: with its shadow root, deeper than the 512 levels browsers nest, which would put its content beside it`
            : `where it stands (in <${parent}>), the HTML parser would put its prerendered content outside it`,
        problem: false,
      });
      return false;
    });
  }
};

/** The insertions that prerender the widgets of `page`, or none when no widget is prerendered. */
const prerender = async (page: string, options: RenderOptions): Promise<Insertion[]> => {
  defined ??= import('../index.js');
  await defined;
  const { widgets, scripts } = findWidgets(parsePage(page), options.lang ?? sourceLocale);
  if (!widgets.length) return [];
  const library = await findLibraryScript(scripts, options.onWarning);
  const contentApiOption = contentApiOf(options.contentApi);
  /** Where readers reach the content API of the page's library: beside it, else the one given if it is on the web. */
  const publicContentApi = library ? `${library.folder}content/` : /^https?:$/.test(contentApiOption?.protocol ?? '') ? contentApiOption!.href.replace(/\/?$/, '/') : undefined;
  // One at a time: the widgets share the locale in force while they render.
  const rendered: { found: FoundWidget; markup: string; css: string; fallback: (kind: FallbackKind) => string }[] = [];
  for (const found of widgets) {
    const { element } = found;
    const skip = (reason: string, problem: boolean) =>
      options.onSkip?.({ tag: element.tagName, line: element.sourceCodeLocation!.startLine, reason, problem });
    if (element.namespaceURI !== html.NS.HTML) {
      skip(`inside <${foreignRootOf(element)}>: not an HTML element there, so no browser shows it; move it out`, true);
      continue;
    }
    const result = await renderWidget(element, found.lang, contentApiOption, publicContentApi);
    if ('skipped' in result) skip(result.skipped, result.problem);
    else rendered.push({ found, ...result });
  }
  if (!rendered.length) return [];

  const stylesOf = styleElements(options.styles, library, options.onWarning);
  const extra: Insertion[] = [];
  if (options.hydration !== false && !loadsHydrationSupport(scripts)) {
    if (library) {
      extra.push(hydrationScript(options.hydration, library));
    } else {
      options.onWarning?.(
        'no iom-widgets script (cdn/loader.js, cdn/iom-widgets.js) was found in the page: load cdn/hydrate.js before it, or the prerendered widgets render again when the library loads',
      );
    }
  }
  const widgetsToPlace = rendered.map(({ found, markup, css, fallback }) => ({
    found,
    shadowRoot: `<template shadowrootmode="open">${stylesOf(found.element.tagName, css)}${markup}</template>`,
    fallback,
    kind: 0,
  }));
  return placeWidgets(page, widgetsToPlace, extra, options);
};

/** What `renderPage()` of `iom-widgets/render` (./index.ts) does, once this module has loaded. */
export function renderPage(html: string, options?: RenderOptions): Promise<string>;
export function renderPage(page: Uint8Array, options?: RenderOptions): Promise<Uint8Array>;
export async function renderPage(page: string | Uint8Array, options: RenderOptions = {}): Promise<string | Uint8Array> {
  if (typeof page === 'string') {
    const insertions = await prerender(page, options);
    return insertions.length ? insertIntoText(page, insertions) : page;
  }
  const { text, encoding } = decodePage(page);
  const insertions = await prerender(text, options);
  return insertions.length ? insertIntoBytes(page, text, encoding, insertions) : page;
}
