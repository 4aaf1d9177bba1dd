import { html, type TemplateResult } from 'lit';
import { msg } from '../../i18n/msg.js';
import { findRecord } from '../../data/lookups/find.js';
import { organizationsNamed } from '../../data/lookups/organizations.js';
import type { Feed } from '../../data/schema.js';
import { IomElement, type HeadingLevel } from '../../core/base-element.js';
import { newsCardStyles } from './news-card.styles.js';
import { layouts, newsCardTemplate, type NewsCardContent, type NewsCardLayout } from './news-card.template.js';

export type { NewsCardContent, NewsCardLayout } from './news-card.template.js';

/**
 * One IOM news item: its title, date when known, place, summary, the organizations involved,
 * up to three key figures and a link to the full article.
 *
 * @summary A single news item, in the reader's language.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart card - The card around the news item.
 * @csspart title - The heading with the news title.
 * @csspart meta - The line with the date and the place.
 * @csspart summary - The summary paragraph.
 * @csspart organizations - The line naming the organizations involved.
 * @csspart figures - The list of key figures.
 * @csspart figure - One key figure.
 * @csspart link - The link to the full article.
 * @csspart loading - The placeholder shown while a feed loads.
 * @csspart error - The message shown when the news item cannot be shown.
 * @csspart notice - A note about an attribute value that was ignored.
 *
 * @cssprop [--iom-news-card-background=var(--iom-color-surface)] - Background of this card only.
 *
 * @event {IomReadyEvent} iom-ready - The news item is shown.
 * @event {IomErrorEvent} iom-error - The news item cannot be shown, or an attribute value was ignored; `detail` has `code`, `message`, `attribute` and `value`.
 */
export class IomNewsCard extends IomElement<NewsCardContent> {
  static override styles = [...IomElement.styles, newsCardStyles];

  static override properties = {
    article: { reflect: true },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  protected static override contentProperties = ['article'];

  protected static override messageGroups = ['news-card'] as const;

  /** The id of the news item to show, e.g. `iom-unodc-partnership-2024`. */
  declare article: string | undefined;

  /** `vertical` (default), `horizontal` (figures beside the text when there is room) or `compact` (title, date and link). */
  declare layout: NewsCardLayout | undefined;

  /** The level of the title heading, 1 to 6 (default 3), to fit the page's outline. */
  declare headingLevel: `${HeadingLevel}` | undefined;

  #effectiveLayout: NewsCardLayout = 'vertical';
  #effectiveHeadingLevel = 3;

  protected override checkAttributes(): void {
    super.checkAttributes();
    this.#effectiveLayout = this.checkOption('layout', this.layout, layouts) ?? 'vertical';
    this.#effectiveHeadingLevel = this.checkCount('heading-level', this.headingLevel, 6) ?? 3;
  }

  protected override async selectContent(feed: Feed | undefined): Promise<NewsCardContent> {
    const id = this.requireId('article', this.article);
    const { locale, contentApi } = this;
    // The content API's document names the article's organizations itself.
    const found = await findRecord('news', id, feed, locale, contentApi);
    if (!found) throw this.unknownId('article', id);
    const article = found.record;
    return { article, organizations: await organizationsNamed(article.organizations, found.organizations, feed, locale, contentApi) };
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="card loading" part="loading" role="status">
      <span class="visually-hidden">${msg('Loading news…')}</span>
    </div>`;
  }

  protected override renderContent(content: NewsCardContent): TemplateResult {
    return newsCardTemplate(content, {
      locale: this.locale,
      intlLocale: this.intlLocale,
      layout: this.#effectiveLayout,
      headingLevel: this.#effectiveHeadingLevel,
      id: 'title',
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-news-card': IomNewsCard;
  }
}
