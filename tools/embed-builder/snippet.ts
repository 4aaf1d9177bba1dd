/**
 * Builds the code a CMS author pastes: the loader's script tag and the widget's tag with its
 * fallback content. Everything is made with the DOM, in a document of its own (where no custom
 * element upgrades), and serialised by the browser, which escapes every attribute value and text.
 */
import type { FallbackItem } from './records.js';

/** The published loader of a version on unpkg, the CDN README's examples use. */
export const loaderUrl = (version: string): string => `https://unpkg.com/iom-widgets@${version}/cdn/loader.js`;

export interface Embed {
  readonly tag: string;
  /** Attributes in the order they are written; empty values are left out. */
  readonly attributes: readonly (readonly [name: string, value: string])[];
  readonly fallback: readonly FallbackItem[];
}

/** A document outside the page: elements made in it are never upgraded or run. */
const inertDocument = (): Document => document.implementation.createHTMLDocument('');

/** `<script type="module" src=… integrity=… crossorigin="anonymous"></script>` for the loader. */
export const loaderElement = (src: string, integrity?: string, doc = inertDocument()): HTMLScriptElement => {
  const script = doc.createElement('script');
  script.type = 'module';
  script.setAttribute('src', src);
  if (integrity) {
    script.setAttribute('integrity', integrity);
    script.setAttribute('crossorigin', 'anonymous');
  }
  return script;
};

/** One fallback text: a link to its page, or plain text (in `container`) when it has none; in a list, an item. */
const fallbackNode = (doc: Document, item: FallbackItem, container: 'p' | 'li', widgetLang: string): HTMLElement => {
  const node = doc.createElement(item.url ? 'a' : container);
  node.textContent = item.text;
  if (item.url) node.setAttribute('href', item.url);
  // Without the widget, the reader's tools still need to know the language of this text.
  if (item.lang !== widgetLang) node.setAttribute('lang', item.lang);
  if (!item.url || container === 'p') return node;
  const wrapper = doc.createElement(container);
  wrapper.append(node);
  return wrapper;
};

/** The widget's tag with its attributes and, inside it, the fallback content, indented. */
export const widgetElement = (embed: Embed, doc = inertDocument()): HTMLElement => {
  const element = doc.createElement(embed.tag);
  for (const [name, value] of embed.attributes) if (value !== '') element.setAttribute(name, value);
  const widgetLang = element.getAttribute('lang') ?? '';
  // Arabic is written right to left; HTML takes the direction from dir, never from lang.
  if (widgetLang === 'ar') element.setAttribute('dir', 'rtl');
  const { fallback } = embed;
  if (fallback.length === 1) {
    element.append('\n  ', fallbackNode(doc, fallback[0]!, 'p', widgetLang), '\n');
  } else if (fallback.length > 1) {
    const list = doc.createElement('ul');
    for (const item of fallback) list.append('\n    ', fallbackNode(doc, item, 'li', widgetLang));
    list.append('\n  ');
    element.append('\n  ', list, '\n');
  }
  return element;
};

/** The code to paste: the loader and its preload hints (tools/embed-builder/page-hints.ts), then the widget. */
export const snippetText = (loader: HTMLScriptElement, widget: HTMLElement, hints: readonly HTMLLinkElement[] = []): string =>
  `${[loader, ...hints].map((element) => element.outerHTML).join('\n')}\n\n${widget.outerHTML}`;
