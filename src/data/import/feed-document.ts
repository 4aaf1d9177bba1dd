/**
 * RSS 2.0 (and RSS 1.0) and Atom documents read as XML by htmlparser2, which decodes XML's own
 * entities and character references and never expands an entity a DOCTYPE declares: a "billion
 * laughs" document stays as small as it is, its entities left as written.
 *
 * RSS titles and descriptions are HTML, as feeds write them (entity-encoded or in CDATA); Atom's
 * text constructs are what their `type` says (`text`, `html` or `xhtml`). Either way what is kept
 * is plain text.
 */
import { htmlToText, plainToText } from './html-text.js';
import type { Htmlparser2, Parse5 } from './packages.js';
import { sourceItem, type ItemParts, type Said } from './source-items.js';
import type { SourceItem } from './news-files.js';
import { dayOf, dayOfRfc3339 } from './dates.js';
import { ImportSourceError } from './source.js';

/** An XML node as htmlparser2's DOM gives it, as far as reading feeds goes. */
interface XmlNode {
  readonly type: string;
  readonly name?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly XmlNode[];
  readonly data?: string;
}

export interface ReadFeed {
  /** The feed's title, plain. */
  readonly title: string | undefined;
  readonly items: SourceItem[];
}

const elements = (node: XmlNode | undefined, name: string): XmlNode[] =>
  (node?.children ?? []).filter((child) => child.type === 'tag' && child.name?.toLowerCase() === name);
const element = (node: XmlNode | undefined, name: string): XmlNode | undefined => elements(node, name)[0];

/** The text and CDATA inside `node`, depth first, without recursion (hostile feeds nest deep). */
const textOf = (node: XmlNode | undefined): string => {
  let text = '';
  const pending = node ? [node] : [];
  while (pending.length) {
    const next = pending.pop()!;
    if (next.type === 'text') text += next.data ?? '';
    pending.push(...[...(next.children ?? [])].reverse());
  }
  return text;
};

/** HTML elements without an end tag (`</br>` would be read as another line break). */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapedText = (text: string): string => text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The XHTML inside `node` as HTML source of its elements (names only: attributes say nothing a
 * reader sees) and their text, for the HTML reading; without recursion.
 */
const xhtmlSource = (node: XmlNode): string => {
  let source = '';
  const pending: (XmlNode | string)[] = [...(node.children ?? [])].reverse();
  while (pending.length) {
    const next = pending.pop()!;
    if (typeof next === 'string') source += next;
    else if (next.type === 'text') source += escapedText(next.data ?? '');
    else if (next.type === 'tag' && next.name) {
      const name = next.name.slice(next.name.indexOf(':') + 1).replace(/[^\w-]/g, '');
      source += `<${name}>`;
      if (!voidElements.has(name.toLowerCase())) pending.push(`</${name}>`, ...[...(next.children ?? [])].reverse());
    }
  }
  return source;
};

interface Reading {
  readonly htmlparser2: Htmlparser2;
  readonly parse5: Parse5;
  /** The feed's address, to resolve relative links; `undefined` for a file. */
  readonly base: string | undefined;
  readonly said: Said;
}

/** The day of a date element, with its text, or `undefined` when there is none. */
const dateOf = (node: XmlNode | undefined, read: (text: string) => string | undefined) => {
  const text = textOf(node).trim();
  return text ? { text, day: read(text) } : undefined;
};

const rssItem = (item: XmlNode, index: number, reading: Reading): SourceItem | undefined => {
  const html = (name: string) => htmlToText(reading.parse5, textOf(element(item, name)));
  const guid = element(item, 'guid');
  const guidText = textOf(guid).trim();
  const permalink = guid?.attribs?.['ispermalink'] ?? guid?.attribs?.['isPermaLink'];
  const link = textOf(element(item, 'link')).trim() || (permalink !== 'false' && /^https?:/i.test(guidText) ? guidText : '');
  const parts: ItemParts = {
    label: `item ${index + 1}`,
    key: guidText || link || undefined,
    title: html('title'),
    summary: html('description') || html('content:encoded'),
    link,
    date: dateOf(element(item, 'pubdate'), dayOf) ?? dateOf(element(item, 'dc:date'), dayOf),
  };
  return sourceItem(parts, reading.base, reading.said);
};

/** An Atom element name with the root's prefix (`entry`, or `atom:entry` for a prefixed feed). */
const atomNames = (root: XmlNode) => {
  const prefix = root.name!.includes(':') ? root.name!.slice(0, root.name!.indexOf(':') + 1).toLowerCase() : '';
  return (name: string) => `${prefix}${name}`;
};

/** The plain text of an Atom text construct (RFC 4287 §3.1), by its type. */
const atomText = (node: XmlNode | undefined, reading: Reading): string => {
  if (!node || node.attribs?.['src']) return '';
  const type = (node.attribs?.['type'] ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return htmlToText(reading.parse5, textOf(node));
  if (type === 'xhtml' || type === 'application/xhtml+xml') return htmlToText(reading.parse5, xhtmlSource(node));
  return type === 'text' || type.startsWith('text/') ? plainToText(reading.parse5, textOf(node)) : '';
};

const atomEntry = (entry: XmlNode, index: number, name: (local: string) => string, base: string | undefined, reading: Reading) => {
  const links = elements(entry, name('link'));
  const alternate =
    links.find((link) => (link.attribs?.['rel'] ?? 'alternate') === 'alternate' && (link.attribs?.['type'] ?? 'text/html') === 'text/html') ??
    links.find((link) => (link.attribs?.['rel'] ?? 'alternate') === 'alternate');
  const link = alternate?.attribs?.['href']?.trim() ?? '';
  const parts: ItemParts = {
    label: `entry ${index + 1}`,
    key: textOf(element(entry, name('id'))).trim() || link || undefined,
    title: atomText(element(entry, name('title')), reading),
    summary: atomText(element(entry, name('summary')), reading) || atomText(element(entry, name('content')), reading),
    link,
    date: dateOf(element(entry, name('published')), dayOfRfc3339) ?? dateOf(element(entry, name('updated')), dayOfRfc3339),
  };
  return sourceItem(parts, base, reading.said);
};

/** `base` as an element's `xml:base` changes it, when that is a URL. */
const resolvedBase = (node: XmlNode, base: string | undefined): string | undefined => {
  const declared = node.attribs?.['xml:base'];
  if (!declared) return base;
  try {
    return new URL(declared, base).href;
  } catch {
    return base;
  }
};

/**
 * The title and items of the RSS or Atom document `xml`. Throws an {@link ImportSourceError}
 * when it is neither.
 */
export const readFeedDocument = (xml: string, reading: Reading): ReadFeed => {
  const document = reading.htmlparser2.parseDocument(xml, { xmlMode: true }) as unknown as XmlNode;
  const root = (document.children ?? []).find((node) => node.type === 'tag');
  const rootName = root?.name?.toLowerCase();
  if (root && (rootName === 'rss' || rootName === 'rdf:rdf')) {
    const channel = element(root, 'channel');
    // RSS 2.0 has the items in the channel; RSS 1.0 beside it.
    const items = [...elements(channel, 'item'), ...elements(root, 'item')];
    return {
      title: htmlToText(reading.parse5, textOf(element(channel, 'title'))) || undefined,
      items: items.flatMap((item, index) => rssItem(item, index, reading) ?? []),
    };
  }
  if (root && (rootName === 'feed' || rootName?.endsWith(':feed'))) {
    const name = atomNames(root);
    const base = resolvedBase(root, reading.base);
    return {
      title: atomText(element(root, name('title')), reading) || undefined,
      items: elements(root, name('entry')).flatMap((entry, index) => atomEntry(entry, index, name, resolvedBase(entry, base), reading) ?? []),
    };
  }
  throw new ImportSourceError(`is not an RSS or Atom feed (${root ? `its root element is <${root.name}>` : 'it has no XML element'})`);
};
