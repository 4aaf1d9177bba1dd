/**
 * The markup of one news item, shared by `<iom-news-card>` and `<iom-news-list>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import type { NewsArticle, Organization } from '../../data/schema.js';
import { dateTemplate, figuresTemplate, organizationListTemplate } from '../../core/fragments.js';
import { langIfOther, localizedParagraph, pickText, headingTemplate } from '../../core/localized-text.js';
import { safeUrl } from '../../core/safe-url.js';

export const layouts = ['vertical', 'horizontal', 'compact'] as const;
export type NewsCardLayout = (typeof layouts)[number];

/** At most this many key figures are shown on a card. */
const MAX_FIGURES = 3;

export interface NewsCardContent {
  readonly article: NewsArticle;
  readonly organizations: readonly Organization[];
}

export interface NewsCardOptions {
  readonly locale: string;
  readonly intlLocale: string;
  readonly layout: NewsCardLayout;
  /** 1 to 6. */
  readonly headingLevel: number;
  /** The id of the heading, unique within the shadow root. */
  readonly id: string;
}

export const newsCardTemplate = (
  { article, organizations }: NewsCardContent,
  { locale, intlLocale, layout, headingLevel, id }: NewsCardOptions,
): TemplateResult => {
  const title = pickText(article.title, locale);
  const place = article.place && pickText(article.place, locale);
  // In first-strong isolates, so that the name keeps its own direction inside the sentence.
  const source = article.source && { text: `\u2068${pickText(article.source, locale).text}\u2069` };
  const href = safeUrl(article.url);
  const compact = layout === 'compact';
  return html`<article class="card ${layout}" part="card" aria-labelledby=${id}>
    <div class="text">
      ${headingTemplate(article.title, locale, headingLevel, 'title', id)}
      ${article.date || place
        ? html`<p class="meta" part="meta">
            ${article.date ? dateTemplate(article.date, intlLocale) : nothing}
            ${article.date && place ? html`<span aria-hidden="true">·</span>` : nothing}
            ${place ? html`<bdi lang=${ifDefined(langIfOther(place.lang, locale))}>${place.text}</bdi>` : nothing}
          </p>`
        : nothing}
      ${compact
        ? nothing
        : localizedParagraph(article.summary, locale, 'summary')}
      ${organizations.length
        ? html`<p class="organizations" part="organizations">
            <span class="label">${msg('Organizations:')}</span>
            <span>${organizationListTemplate(organizations, locale, intlLocale)}</span>
          </p>`
        : nothing}
      ${href
        ? html`<p class="more">
            <a href=${href} part="link"
              >${source ? msg(str`Read the full article on ${source.text}`) : msg('Read the full article')}<span
                class="visually-hidden"
                >: <span lang=${ifDefined(langIfOther(title.lang, locale))}>${title.text}</span></span
              ></a
            >
          </p>`
        : nothing}
    </div>
    ${compact ? nothing : figuresTemplate((article.figures ?? []).slice(0, MAX_FIGURES), locale, intlLocale)}
  </article>`;
};
