import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '../../i18n/msg.js';
import { selectNews } from '../../data/lookups/news.js';
import { getOrganization, organizationsNamed } from '../../data/lookups/organizations.js';
import type { Feed } from '../../data/schema.js';
import { IomElement } from '../../core/base-element.js';
import { newsCardStyles } from '../news-card/news-card.styles.js';
import {
  layouts,
  newsCardTemplate,
  type NewsCardContent,
  type NewsCardLayout,
} from '../news-card/news-card.template.js';

/** The most items a list shows, whatever `limit` says. */
export const MAX_LIMIT = 100;

const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
`;

/**
 * Several IOM news items, newest first; items without a date come last. Filter them by the
 * organisation involved and limit how many show.
 *
 * @summary A list of news items, newest first.
 *
 * @attr organization - Only news involving this organisation id, e.g. `unodc`.
 * @attr {number} limit - How many items to show at most: a whole number from 1 to 100.
 * @attr {'vertical' | 'horizontal' | 'compact'} layout - Layout of each item: `vertical` (default), `horizontal` or `compact`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - The level of each item's heading, 1 to 6 (default 3).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart list - The list of news items.
 * @csspart item - One list item.
 * @csspart card - The card of one news item.
 * @csspart title - The heading of a news item.
 * @csspart meta - The date and place of a news item.
 * @csspart summary - The summary of a news item.
 * @csspart organizations - The organisations of a news item.
 * @csspart figures - The key figures of a news item.
 * @csspart figure - One key figure.
 * @csspart link - The link to a full article.
 * @csspart empty - The message shown when no news item matches.
 * @csspart loading - The placeholder shown while a feed loads.
 * @csspart error - The message shown when the list cannot be shown.
 * @csspart notice - A note about an attribute value that was ignored.
 *
 * @cssprop [--iom-news-card-background=var(--iom-color-surface)] - Background of the cards.
 *
 * @event {IomReadyEvent} iom-ready - The list is shown (also when no item matches).
 * @event {IomErrorEvent} iom-error - The list cannot be shown, or an attribute value was ignored; `detail` has `code`, `message`, `attribute` and `value`.
 */
export class IomNewsList extends IomElement<NewsCardContent[]> {
  static override styles = [...IomElement.styles, newsCardStyles, styles];

  static override properties = {
    organization: { reflect: true },
    limit: { reflect: true },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  protected static override contentProperties = ['organization', 'limit'];

  protected static override messageGroups = ['news-list'] as const;

  /** Only news involving this organisation id, e.g. `unodc`. All news when absent. */
  declare organization: string | undefined;

  /** How many items to show at most: a whole number from 1 to 100. All (up to 100) when absent. */
  declare limit: string | undefined;

  /** Layout of each item: `vertical` (default), `horizontal` or `compact`. */
  declare layout: string | undefined;

  /** The level of each item's heading, 1 to 6 (default 3). */
  declare headingLevel: string | undefined;

  #effectiveLayout: NewsCardLayout = 'vertical';
  #effectiveHeadingLevel = 3;

  protected override willUpdate(changed: PropertyValues): void {
    this.#effectiveLayout = this.checkOption('layout', this.layout, layouts) ?? 'vertical';
    this.#effectiveHeadingLevel = this.checkCount('heading-level', this.headingLevel, 6) ?? 3;
    super.willUpdate(changed);
  }

  protected override async selectContent(feed: Feed | undefined): Promise<NewsCardContent[]> {
    const organization = this.organization?.trim() || undefined;
    const limit = this.checkCount('limit', this.limit, MAX_LIMIT) ?? MAX_LIMIT;
    const { locale, contentApi } = this;
    // The index pages name their news items' organisations themselves; the filter's organisation
    // must exist, and is looked up beside them.
    const [news, filtered] = await Promise.all([
      selectNews({ limit, ...(organization && { organization }) }, feed, locale, contentApi),
      organization && getOrganization(organization, feed, locale, contentApi),
    ]);
    if (organization && !filtered) throw this.unknownId('organization', organization);
    return Promise.all(
      news.items.map(async (article) => ({
        article,
        organizations: await organizationsNamed(article.organizations, news.organizations, feed, locale, contentApi),
      })),
    );
  }

  protected override renderContent(items: NewsCardContent[]): TemplateResult {
    if (items.length === 0) {
      return html`<p class="empty" part="empty">${msg('There is no news to show yet.')}</p>`;
    }
    return html`<ul class="list" part="list" role="list" aria-label=${msg('News')}>
      ${items.map(
        (item, index) => html`<li part="item">
          ${newsCardTemplate(item, {
            locale: this.locale,
            intlLocale: this.intlLocale,
            layout: this.#effectiveLayout,
            headingLevel: this.#effectiveHeadingLevel,
            id: `title-${index}`,
          })}
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-news-list': IomNewsList;
  }
}
