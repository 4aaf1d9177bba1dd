/**
 * The light-DOM fallback a prerendered widget carries: a heading, a summary and a link, in plain
 * semantic HTML. Readers whose browser has no Declarative Shadow DOM (text-mode browsers, old
 * browsers, some crawlers) see it; where the shadow root shows, it stays hidden, because the
 * widgets' shadow roots have no slot.
 *
 * Every text is escaped and every URL goes through `safeUrl`, as in the widgets themselves.
 */
import type { Contact, LocalizedText, NewsArticle, PartialDate, Partnership, Project } from '../data/schema.js';
import { langIfOther, pickText } from '../core/localized-text.js';
import { formatPartialDate } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` escaped for HTML text and attribute values. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => entities[char]!);

/** What a widget's fallback is made from: its content and how the widget shows it. */
export interface FallbackContext {
  /** The widget's locale (`en`, `it`…). */
  readonly locale: string;
  /** The locale Intl formats with (`en-GB`, `it-CH`…). */
  readonly intlLocale: string;
  /** The level of the widget's main heading, 1 to 6. */
  readonly headingLevel: number;
}

/** A record's text in the widget's language, in a `tag` with its own `lang` when it is another one (a bare text for a span without one). */
const text = (value: LocalizedText, { locale }: FallbackContext, tag = 'span'): string => {
  const picked = pickText(value, locale);
  const lang = langIfOther(picked.lang, locale);
  if (!lang && tag === 'span') return escapeHtml(picked.text);
  return `<${tag}${lang ? ` lang="${escapeHtml(lang)}"` : ''}>${escapeHtml(picked.text)}</${tag}>`;
};

const heading = (inner: string, level: number): string => `<h${level}>${inner}</h${level}>`;

/** `inner` as a link to `url` when that URL is safe, else as it is. */
const link = (inner: string, url: string | undefined): string => {
  const href = safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
};

const time = (date: PartialDate, context: FallbackContext): string =>
  `<time datetime="${escapeHtml(date)}">${escapeHtml(formatPartialDate(date, context.intlLocale))}</time>`;

const article = (news: NewsArticle, context: FallbackContext, level: number): string =>
  heading(link(text(news.title, context), news.url), level) +
  (news.date ? `<p>${time(news.date, context)}</p>` : '') +
  text(news.summary, context, 'p');

/** The fallback of `<iom-news-card>`: the title as a link to the article, the date and the summary. */
export const newsCardFallback = ({ article: news }: { article: NewsArticle }, context: FallbackContext): string =>
  `<article>${article(news, context, context.headingLevel)}</article>`;

/** The fallback of `<iom-news-list>`: each item as the card's fallback, in a list. */
export const newsListFallback = (items: readonly { article: NewsArticle }[], context: FallbackContext): string =>
  items.length ? `<ul>${items.map(({ article: news }) => `<li>${article(news, context, context.headingLevel)}</li>`).join('')}</ul>` : '';

/** The fallback of `<iom-partnership-timeline>`: its title and summary, then its milestones with their dates. */
export const timelineFallback = ({ partnership }: { partnership: Partnership }, context: FallbackContext): string =>
  heading(text(partnership.title, context), context.headingLevel) +
  (partnership.summary ? text(partnership.summary, context, 'p') : '') +
  (partnership.milestones.length
    ? `<ol>${partnership.milestones
        .map((milestone) => `<li>${milestone.date ? `${time(milestone.date, context)}: ` : ''}${text(milestone.title, context)}</li>`)
        .join('')}</ol>`
    : '');

/** The fallback of `<iom-project-map>`: the project's title (a link to it when it has a page), summary and countries. */
export const projectMapFallback = ({ project }: { project: Project }, context: FallbackContext): string => {
  const names = new Intl.DisplayNames(context.intlLocale, { type: 'region', fallback: 'code' });
  const countries = project.countries.map(({ code }) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
  return (
    heading(link(text(project.title, context), project.url), context.headingLevel) +
    text(project.summary, context, 'p') +
    (countries.length ? `<ul>${countries.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>` : '')
  );
};

/** The fallback of `<iom-contact-box>`: the unit, the office, and the email, phone and web page as links. */
export const contactBoxFallback = ({ contact }: { contact: Contact }, context: FallbackContext): string => {
  const channels = [
    contact.email && link(escapeHtml(contact.email), `mailto:${contact.email}`),
    contact.phone && link(escapeHtml(contact.phone), `tel:${contact.phone}`),
    contact.url && safeUrl(contact.url) && link(escapeHtml(safeUrl(contact.url)!), contact.url),
  ].filter(Boolean);
  return (
    heading(text(contact.unit, context), context.headingLevel) +
    text(contact.office, context, 'p') +
    (channels.length ? `<ul>${channels.map((channel) => `<li>${channel}</li>`).join('')}</ul>` : '')
  );
};
