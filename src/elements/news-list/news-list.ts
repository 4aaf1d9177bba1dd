import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import { openNews, type NewsFilters, type NewsPages } from '../../data/lookups/news-pages.js';
import { newsFeedPath } from '../../data/news-index.js';
import { getOrganization, organizationsNamed } from '../../data/lookups/organizations.js';
import { getProject } from '../../data/lookups/projects.js';
import type { Feed } from '../../data/schema.js';
import { IomElement, type HeadingLevel } from '../../core/base-element.js';
import { newsCardStyles } from '../news-card/news-card.styles.js';
import {
  layouts,
  newsCardTemplate,
  type NewsCardContent,
  type NewsCardLayout,
} from '../news-card/news-card.template.js';

/** The most items a page of the list shows, whatever `limit` says. */
export const MAX_LIMIT = 100;

/** How many items a page of the list shows when `limit` does not say. */
export const DEFAULT_LIMIT = 10;

/** What the list shows: the items so far, and the news still to come. */
export interface NewsListContent {
  readonly items: readonly NewsCardContent[];
  /** The next `count` items, with their organizations named. */
  readonly more: (count: number) => Promise<NewsCardContent[]>;
  readonly pages: NewsPages;
  /** How the last "Show more" went: `loading`, `failed`, or how many items it added. */
  readonly added?: number | 'loading' | 'failed';
}

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
  /* Outside the cards, on the widget's own background whatever the page's (dark on a light page). */
  .footer,
  .status {
    background: var(--_surface);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem var(--_space);
    margin-block-start: var(--_space);
  }
  .footer:empty {
    display: none;
  }
  .show-more {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .show-more:hover {
    background: var(--_subtle);
  }
  .show-more[aria-disabled='true'] {
    cursor: progress;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
`;

/** Whether `code` is a region code `Intl` knows (`IT`, `BD`), not only two letters. */
const isCountryCode = (code: string): boolean =>
  /^[a-z]{2}$/i.test(code) && new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of(code.toUpperCase()) !== undefined;

/** Whether `text` is a four-digit year. */
const isYear = (text: string): boolean => /^\s*\d{4}\s*$/.test(text);

/**
 * IOM news items, newest first; items without a date come last. Filter them by the organization
 * involved, a country, a project and a year (together: news that match all of them). The list
 * shows `limit` items at a time, and a "Show more news" button reads the next ones.
 *
 * @summary A list of news items, newest first, a page at a time.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart list - The list of news items.
 * @csspart item - One list item.
 * @csspart card - The card of one news item.
 * @csspart title - The heading of a news item.
 * @csspart meta - The date and place of a news item.
 * @csspart summary - The summary of a news item.
 * @csspart organizations - The organizations of a news item.
 * @csspart figures - The key figures of a news item.
 * @csspart figure - One key figure.
 * @csspart link - The link to a full article.
 * @csspart footer - What follows the list: the "Show more news" button and the RSS link.
 * @csspart show-more - The "Show more news" button.
 * @csspart rss - The link to the RSS feed of the same news (built-in content only).
 * @csspart status - What the last "Show more news" did: read out by screen readers; the end of the list and a failure are shown.
 * @csspart empty - The message shown when no news item matches.
 * @csspart loading - The placeholder shown while a feed loads.
 * @csspart error - The message shown when the list cannot be shown.
 * @csspart notice - A note about an attribute value that was ignored.
 *
 * @cssprop [--iom-news-card-background=var(--iom-color-surface)] - Background of the cards.
 *
 * @event {IomReadyEvent} iom-ready - The list is shown (also when no item matches).
 * @event {IomErrorEvent} iom-error - The list cannot be shown, an attribute value was ignored, or the next items could not be loaded; `detail` has `code`, `message`, `attribute` and `value`.
 */
export class IomNewsList extends IomElement<NewsListContent> {
  static override styles = [...IomElement.styles, newsCardStyles, styles];

  static override properties = {
    organization: { reflect: true },
    country: { reflect: true },
    project: { reflect: true },
    year: { reflect: true },
    limit: { reflect: true },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  protected static override contentProperties = ['organization', 'country', 'project', 'year', 'limit'];

  protected static override messageGroups = ['news-list'] as const;

  /** Only news involving this organization id, e.g. `unodc`. All news when absent. */
  declare organization: string | undefined;

  /** Only news about this country, or about a project there: an ISO 3166-1 alpha-2 code, e.g. `IT`. */
  declare country: string | undefined;

  /** Only news about this project id, e.g. `admin4all`. */
  declare project: string | undefined;

  /** Only news dated in this year, e.g. `2024`. */
  declare year: `${number}` | undefined;

  /** How many items to show at a time (each "Show more news" adds as many): a whole number from 1 to 100, 10 by default. */
  declare limit: `${number}` | undefined;

  /** Layout of each item: `vertical` (default), `horizontal` or `compact`. */
  declare layout: NewsCardLayout | undefined;

  /** The level of each item's heading, 1 to 6 (default 3). */
  declare headingLevel: `${HeadingLevel}` | undefined;

  /**
   * Where readers reach the content API, when not where the list reads it (prerendering reads it
   * on disk, src/render/): the address the RSS link starts with, ending in `/`.
   */
  protected contentApiForLinks: string | undefined;

  #effectiveLayout: NewsCardLayout = 'vertical';
  #effectiveHeadingLevel = 3;
  #pageSize = DEFAULT_LIMIT;
  /** The item to move focus to once drawn: the first of those "Show more news" added. */
  #focusItem: number | undefined;

  protected override checkAttributes(): void {
    this.#effectiveLayout = this.checkOption('layout', this.layout, layouts) ?? 'vertical';
    this.#effectiveHeadingLevel = this.checkCount('heading-level', this.headingLevel, 6) ?? 3;
    super.checkAttributes();
  }

  /**
   * The filters the attributes give, each an own property (so that nothing a page adds to
   * Object.prototype reads as one); a malformed country or year is ignored, with a note.
   */
  #filters(): { readonly [Filter in keyof Required<NewsFilters>]: NewsFilters[Filter] } {
    const country = this.checkValue('country', this.country, isCountryCode, 'an ISO 3166-1 alpha-2 country code such as IT');
    const year = this.checkValue('year', this.year, isYear, 'a year of four digits such as 2024');
    return {
      organization: this.organization?.trim() || undefined,
      project: this.project?.trim() || undefined,
      country: country?.toUpperCase(),
      year: year === undefined ? undefined : Number(year),
    };
  }

  protected override async selectContent(feed: Feed | undefined): Promise<NewsListContent> {
    const filters = this.#filters();
    const { organization, project } = filters;
    this.#pageSize = this.checkCount('limit', this.limit, MAX_LIMIT) ?? DEFAULT_LIMIT;
    const { locale, contentApi } = this;
    const pages = openNews(filters, feed, locale, contentApi);
    const more = async (count: number) => {
      const news = await pages.next(count);
      return Promise.all(
        news.items.map(async (article) => ({
          article,
          organizations: await organizationsNamed(article.organizations, news.organizations, feed, locale, contentApi),
        })),
      );
    };
    // The index pages name their news items' organizations themselves; the organization and the
    // project filtered by must exist, and are looked up beside them.
    const [items, knownOrganization, knownProject] = await Promise.all([
      more(this.#pageSize),
      organization && getOrganization(organization, feed, locale, contentApi),
      project && getProject(project, feed, locale, contentApi),
    ]);
    if (organization && !knownOrganization) throw this.unknownId('organization', organization);
    if (project && !knownProject) throw this.unknownId('project', project);
    return { items, more, pages };
  }

  /** Reads the next page of items, adds it below the others and moves focus to the first new one. */
  async #showMore(): Promise<void> {
    const before = this.content;
    if (!before || before.added === 'loading') return;
    this.content = { ...before, added: 'loading' };
    let added: NewsListContent;
    try {
      const items = await before.more(this.#pageSize);
      added = { ...before, items: [...before.items, ...items], added: items.length };
      if (items.length) this.#focusItem = before.items.length;
    } catch (error) {
      added = { ...before, added: 'failed' };
      this.report(this.problemOf(error));
    }
    // Unless the list was asked for other news meanwhile.
    if (this.content?.more === before.more) this.content = added;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusItem === undefined) return;
    const card = this.renderRoot.querySelectorAll<HTMLElement>('[part~="card"]')[this.#focusItem];
    this.#focusItem = undefined;
    if (!card) return;
    // Focusable from script only, so that focus can land on the card (read out by its title).
    card.tabIndex = -1;
    card.focus();
  }

  /** The RSS feed of the list's news, when the content API has one. */
  #rss(pages: NewsPages): string | undefined {
    if (this.contentApiForLinks === undefined || !pages.index) return pages.rss;
    const path = newsFeedPath(pages.index, this.locale);
    return path && `${this.contentApiForLinks}${path}`;
  }

  protected override renderContent({ items, pages, added }: NewsListContent): TemplateResult {
    if (items.length === 0 && added === undefined) {
      return html`<p class="empty" part="empty">${msg('There is no news to show yet.')}</p>`;
    }
    const count = typeof added === 'number' ? new Intl.NumberFormat(this.intlLocale).format(added) : '';
    const rss = this.#rss(pages);
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
      </ul>
      <div class="footer" part="footer">${pages.done
          ? nothing
          : html`<button
              type="button"
              class="show-more"
              part="show-more"
              aria-disabled=${ifDefined(added === 'loading' ? 'true' : undefined)}
              @click=${this.#showMore}
            >
              ${msg('Show more news')}
            </button>`}${rss ? html`<a part="rss" href=${rss} type="application/rss+xml">${msg('Subscribe by RSS')}</a>` : nothing}</div>
      <p class="status" part="status" role="status">${added === 'failed'
          ? msg('The next news items could not be loaded. Try again.')
          : count
            ? html`<span class="visually-hidden">${msg(str`News items added: ${count}.`)}</span>${pages.done ? html` ${msg('That is all the news.')}` : nothing}`
            : nothing}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-news-list': IomNewsList;
  }
}
