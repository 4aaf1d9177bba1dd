/**
 * The light-DOM fallback a prerendered widget carries: a heading, a summary and a link, in plain
 * semantic HTML. Readers whose browser has no Declarative Shadow DOM (text-mode browsers, old
 * browsers, some crawlers) see it; where the shadow root shows, it stays hidden, because the
 * widgets' shadow roots have no slot.
 *
 * It comes in three kinds, for where the tag stands: `block` (headings, paragraphs, lists),
 * `phrasing` (only elements a paragraph may hold, for a tag inside a `<p>`: a block element
 * there would close the paragraph, and the widget with it) and `plain` (phrasing without links,
 * for a tag inside a link).
 *
 * Every text is escaped and every URL goes through `safeUrl`, as in the widgets themselves.
 *
 * These are the pieces; each widget's fallback is in its folder (src/elements/<name>/fallback.ts).
 */
import type { LocalizedText, NewsArticle, PartialDate } from '../data/schema.js';
import { langIfOther, pickText } from '../core/localized-text.js';
import { formatPartialDate } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` escaped for HTML text and attribute values. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => entities[char]!);

/** The kinds of fallback markup, from the richest to the one that fits the most places. */
export const fallbackKinds = ['block', 'phrasing', 'plain'] as const;
export type FallbackKind = (typeof fallbackKinds)[number];

/** What a widget's fallback is made from: its content and how the widget shows it. */
export interface FallbackContext {
  /** The widget's locale (`en`, `it`…). */
  readonly locale: string;
  /** The locale Intl formats with (`en-GB`, `it-CH`…). */
  readonly intlLocale: string;
  /** The level of the widget's main heading, 1 to 6. */
  readonly headingLevel: number;
  /** The elements it is written with. Default `block`. */
  readonly kind?: FallbackKind;
}

/** The elements each kind of fallback writes a heading, a paragraph, a list, an article and a link with. */
interface Markup {
  heading(inner: string, level: number): string;
  /** The tag of a paragraph, and what goes before it. */
  readonly paragraph: { readonly tag: string; readonly before: string };
  list(items: readonly string[], ordered?: boolean): string;
  article(inner: string): string;
  link(inner: string, href: string): string;
}

const block: Markup = {
  heading: (inner, level) => `<h${level}>${inner}</h${level}>`,
  paragraph: { tag: 'p', before: '' },
  list: (items, ordered) => `<${ordered ? 'ol' : 'ul'}>${items.map((item) => `<li>${item}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`,
  article: (inner) => `<article>${inner}</article>`,
  link: (inner, href) => `<a href="${escapeHtml(href)}">${inner}</a>`,
};

// Lines broken with <br>, the roles of the block elements given with ARIA.
const phrasing: Markup = {
  heading: (inner, level) => `<strong role="heading" aria-level="${level}">${inner}</strong>`,
  paragraph: { tag: 'span', before: '<br>' },
  list: (items) => `<span role="list">${items.map((item) => `<br><span role="listitem">${item}</span>`).join('')}</span>`,
  article: (inner) => `<span role="article">${inner}</span>`,
  link: block.link,
};

const plain: Markup = { ...phrasing, link: (inner) => inner };

const markups: Record<FallbackKind, Markup> = { block, phrasing, plain };
export const markupOf = (context: FallbackContext): Markup => markups[context.kind ?? 'block'];

/** A record's text in the widget's language, in a `tag` with its own `lang` when it is another one (a bare text for a span without one). */
export const text = (value: LocalizedText, { locale }: FallbackContext, tag = 'span'): string => {
  const picked = pickText(value, locale);
  const lang = langIfOther(picked.lang, locale);
  if (!lang && tag === 'span') return escapeHtml(picked.text);
  return `<${tag}${lang ? ` lang="${escapeHtml(lang)}"` : ''}>${escapeHtml(picked.text)}</${tag}>`;
};

/** A record's text as a paragraph of the fallback. */
export const paragraph = (value: LocalizedText, context: FallbackContext): string => {
  const { tag, before } = markupOf(context).paragraph;
  return `${before}${text(value, context, tag)}`;
};

/** `inner` as a link to `url` when that URL is safe (and the fallback has links), else as it is. */
export const link = (inner: string, url: string | undefined, context: FallbackContext): string => {
  const href = safeUrl(url);
  return href ? markupOf(context).link(inner, href) : inner;
};

/** A date as a `<time>` element, written in the widget's language. */
export const time = (date: PartialDate, context: FallbackContext): string =>
  `<time datetime="${escapeHtml(date)}">${escapeHtml(formatPartialDate(date, context.intlLocale))}</time>`;

/** A news article: its title as a link to it, its date and its summary. */
export const article = (news: NewsArticle, context: FallbackContext): string => {
  const { heading, paragraph: date } = markupOf(context);
  return (
    heading(link(text(news.title, context), news.url, context), context.headingLevel) +
    (news.date ? `${date.before}<${date.tag}>${time(news.date, context)}</${date.tag}>` : '') +
    paragraph(news.summary, context)
  );
};

/** A widget's fallback: its markup, from the content it resolved, for where the tag stands. */
export type WidgetFallback<Content> = (content: Content, context: FallbackContext) => string;
