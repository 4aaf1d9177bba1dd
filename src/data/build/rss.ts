/**
 * RSS 2.0 feeds of the news indexes, so that readers can subscribe to a list. Every text is
 * escaped for XML, and characters XML 1.0 cannot hold at all are replaced, so a record's text
 * can neither break the feed nor add markup to it.
 */
import type { LocalizedText, NewsArticle, Organization, PartialDate } from '../schema.js';

/** A LocalizedText cut to one language: its one text. */
const only = (text: LocalizedText): string => Object.values(text)[0] ?? '';

/**
 * `text` escaped for XML: the five markup characters as entities; controls, lone surrogates and
 * the two non-characters XML 1.0 does not allow, even as references, as U+FFFD.
 */
export const xmlText = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);

/** A partial date as an RFC 822 date (`Tue, 02 Jul 2024 00:00:00 GMT`): its first day where it names no day. */
export const rfc822Date = (date: PartialDate | Date): string => {
  if (date instanceof Date) return date.toUTCString();
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, month - 1, day)).toUTCString();
};

export interface RssChannel {
  readonly title: string;
  /** The web page the feed is about. */
  readonly link: string;
  readonly description: string;
  readonly language: string;
  readonly built: Date;
  /** News items cut to `language`, newest first. */
  readonly items: readonly NewsArticle[];
  /** The organizations the items name, cut to `language`. */
  readonly organizations: readonly Organization[];
}

const element = (name: string, text: string, attributes = ''): string => `<${name}${attributes}>${xmlText(text)}</${name}>`;

const item = (news: NewsArticle, organizationName: (id: string) => string | undefined): string =>
  [
    '<item>',
    element('title', only(news.title)),
    ...(news.url ? [element('link', news.url)] : []),
    element('description', only(news.summary)),
    ...news.organizations.flatMap((id) => {
      const name = organizationName(id);
      return name ? [element('category', name)] : [];
    }),
    element('guid', news.id, ' isPermaLink="false"'),
    ...(news.date ? [element('pubDate', rfc822Date(news.date))] : []),
    '</item>',
  ].join('');

/** The RSS 2.0 document of a channel. */
export const rssFeed = (channel: RssChannel): string => {
  const names = new Map(channel.organizations.map((organization) => [organization.id, only(organization.name)]));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', rfc822Date(channel.built)),
    element('generator', 'iom-widgets content build'),
    ...channel.items.map((news) => item(news, (id) => names.get(id))),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
};
