/**
 * The preload hints the code to paste gives beside the loader, so that a reader's browser fetches
 * everything a widget needs at once, in the round trip of the page itself, rather than after the
 * loader has run: the element's module and the chunks it imports (cdn/element-chunks.json, which
 * the build writes), in the widget's language its strings, and the content API documents it reads
 * first, found as the loader finds them (src/data/first-documents.ts and the widget's folder).
 * Content is hinted only for a widget whose language the code says: otherwise the page's own
 * language decides, which the code cannot know.
 */
import { neededAhead, type FirstDocuments } from '../../src/data/first-documents.js';

/** For each tag, the chunks of cdn/ its element module imports, all the way down. */
export type ElementChunks = Readonly<Record<string, readonly string[]>>;

/**
 * `<link rel="modulepreload">` for each module `widget` needs from `cdn` (the folder of cdn/),
 * and `<link rel="preload" as="fetch" crossorigin="anonymous">` for each document it reads first:
 * the credentials mode the widgets fetch content with, so the browser uses what it preloaded.
 */
export const hintElements = (widget: Element, cdn: URL, chunks: ElementChunks, firstDocuments: FirstDocuments | undefined): HTMLLinkElement[] => {
  const tag = widget.localName;
  const { modules, documents } = neededAhead(widget, cdn, widget.hasAttribute('lang') ? firstDocuments : undefined);
  const link = (attributes: Readonly<Record<string, string>>): HTMLLinkElement => {
    const element = widget.ownerDocument.createElement('link');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  const code = [`elements/${tag.slice(4)}.js`, ...(chunks[tag] ?? []), ...modules];
  return [
    ...code.map((path) => link({ rel: 'modulepreload', href: new URL(path, cdn).href })),
    ...documents.map((href) => link({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href })),
  ];
};
