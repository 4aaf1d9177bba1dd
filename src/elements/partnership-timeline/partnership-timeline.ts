import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/msg.js';
import { findRecord } from '../../data/lookups/find.js';
import { organizationsNamed } from '../../data/lookups/organizations.js';
import type { Feed, Milestone, Organization, Partnership, Person } from '../../data/schema.js';
import { IomElement, type HeadingLevel } from '../../core/base-element.js';
import { dateTemplate, figuresTemplate, organizationListTemplate } from '../../core/fragments.js';
import { localizedParagraph, localizedSpan, headingTemplate } from '../../core/localized-text.js';
import { partnershipTimelineStyles } from './partnership-timeline.styles.js';

const orientations = ['vertical', 'horizontal'] as const;
const orders = ['oldest-first', 'newest-first'] as const;
export type TimelineOrientation = (typeof orientations)[number];
export type TimelineOrder = (typeof orders)[number];

export interface TimelineContent {
  readonly partnership: Partnership;
  readonly organizations: readonly Organization[];
}

/**
 * The history of a partnership between IOM and another organization: its milestones in order,
 * each with its date when known (a year, a month or a day), what happened, where, who took part
 * and the figures involved. What was announced but is not done yet is shown as upcoming.
 *
 * @summary The milestones of a partnership, in order.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart timeline - The section around the timeline.
 * @csspart title - The heading with the partnership's name.
 * @csspart partners - The line naming the partners.
 * @csspart summary - The summary of the partnership.
 * @csspart milestones - The ordered list of milestones; when horizontal, it scrolls and takes focus so a keyboard can scroll it.
 * @csspart milestone - One milestone.
 * @csspart upcoming - A milestone that was announced and is not done yet (also has part `milestone`).
 * @csspart date - The date of a milestone, or the note that it has none.
 * @csspart status - The "upcoming" label.
 * @csspart milestone-title - The heading of a milestone.
 * @csspart description - What happened.
 * @csspart place - Where it happened.
 * @csspart people - Who took part, with their roles.
 * @csspart figures - The key figures of a milestone.
 * @csspart figure - One key figure.
 * @csspart empty - The message shown when a partnership has no milestones.
 * @csspart loading - The placeholder shown while a feed loads.
 * @csspart error - The message shown when the timeline cannot be shown.
 * @csspart notice - A note about an attribute value that was ignored.
 *
 * @cssprop [--iom-timeline-line=var(--iom-accent)] - Colour of the line that joins the milestones.
 * @cssprop [--iom-timeline-background=var(--iom-color-surface)] - Background of the timeline.
 *
 * @event {IomReadyEvent} iom-ready - The timeline is shown (also when it has no milestones).
 * @event {IomErrorEvent} iom-error - The timeline cannot be shown, or an attribute value or part of a feed was ignored; `detail` has `code`, `message`, `attribute` and `value`.
 */
export class IomPartnershipTimeline extends IomElement<TimelineContent> {
  static override styles = [...IomElement.styles, partnershipTimelineStyles];

  static override properties = {
    partnership: { reflect: true },
    orientation: { reflect: true },
    order: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  protected static override contentProperties = ['partnership'];

  protected static override messageGroups = ['partnership-timeline'] as const;

  /** The id of the partnership to show, e.g. `iom-unodc` or `iom-amazon`. */
  declare partnership: string | undefined;

  /** `vertical` (default) or `horizontal`; a horizontal timeline turns vertical in a narrow container. */
  declare orientation: TimelineOrientation | undefined;

  /** `oldest-first` (default) or `newest-first`. */
  declare order: TimelineOrder | undefined;

  /** The level of the timeline's heading, 1 to 6 (default 3); milestones get the next level. */
  declare headingLevel: `${HeadingLevel}` | undefined;

  #effectiveOrientation: TimelineOrientation = 'vertical';
  #effectiveOrder: TimelineOrder = 'oldest-first';
  #effectiveHeadingLevel = 3;

  protected override checkAttributes(): void {
    this.#effectiveOrientation = this.checkOption('orientation', this.orientation, orientations) ?? 'vertical';
    this.#effectiveOrder = this.checkOption('order', this.order, orders) ?? 'oldest-first';
    this.#effectiveHeadingLevel = this.checkCount('heading-level', this.headingLevel, 6) ?? 3;
    super.checkAttributes();
  }

  protected override async selectContent(feed: Feed | undefined): Promise<TimelineContent> {
    const id = this.requireId('partnership', this.partnership);
    const { locale, contentApi } = this;
    // The content API's document names the partnership's organizations itself.
    const found = await findRecord('partnerships', id, feed, locale, contentApi);
    if (!found) throw this.unknownId('partnership', id);
    const partnership = found.record;
    return { partnership, organizations: await organizationsNamed(partnership.organizations, found.organizations, feed, locale, contentApi) };
  }

  protected override renderContent(content: TimelineContent): TemplateResult {
    const { partnership, organizations } = content;
    const { locale, intlLocale } = this;
    const milestones =
      this.#effectiveOrder === 'newest-first' ? [...partnership.milestones].reverse() : partnership.milestones;
    return html`<section class="timeline" part="timeline" aria-labelledby="title">
      ${headingTemplate(partnership.title, locale, this.#effectiveHeadingLevel, 'title', 'title')}
      ${organizations.length
        ? html`<p class="partners" part="partners">
            <span class="label">${msg('Partners:')}</span>
            <span>${organizationListTemplate(organizations, locale, intlLocale)}</span>
          </p>`
        : nothing}
      ${partnership.summary ? localizedParagraph(partnership.summary, locale, 'summary') : nothing}
      ${milestones.length
        ? html`<ol
            class="milestones ${this.#effectiveOrientation}"
            part="milestones"
            aria-label=${msg('Milestones')}
            tabindex=${ifDefined(this.#effectiveOrientation === 'horizontal' ? '0' : undefined)}
          >
            ${milestones.map((milestone) => this.#renderMilestone(milestone))}
          </ol>`
        : html`<p class="empty" part="empty">${msg('No milestones have been published for this partnership yet.')}</p>`}
    </section>`;
  }

  #renderMilestone(milestone: Milestone): TemplateResult {
    const { locale, intlLocale } = this;
    const upcoming = milestone.status === 'upcoming';
    const level = Math.min(this.#effectiveHeadingLevel + 1, 6);
    return html`<li class="milestone ${upcoming ? 'upcoming' : 'done'}" part="milestone${upcoming ? ' upcoming' : ''}">
      <p class="when" part="date">
        ${milestone.date
          ? dateTemplate(milestone.date, intlLocale)
          : html`<span class="undated">${upcoming ? msg('Date not announced') : msg('Date not given')}</span>`}
        ${upcoming ? html`<span class="status" part="status">${msg('Upcoming')}</span>` : nothing}
      </p>
      ${headingTemplate(milestone.title, locale, level, 'milestone-title')}
      ${milestone.description ? localizedParagraph(milestone.description, locale, 'description') : nothing}
      ${milestone.place
        ? html`<p class="place" part="place">
            <span class="label">${msg('Place:')}</span> ${localizedSpan(milestone.place, locale)}
          </p>`
        : nothing}
      ${milestone.people?.length
        ? html`<ul class="people" part="people">
            ${milestone.people.map((person) => this.#renderPerson(person))}
          </ul>`
        : nothing}
      ${figuresTemplate(milestone.figures ?? [], locale, intlLocale)}
    </li>`;
  }

  #renderPerson(person: Person): TemplateResult {
    // Between a person's name and role ("Amy Pope, Director General"): the language's own comma (Arabic writes ،).
    const separator = msg(', ');
    return html`<li><bdi class="person">${person.name}</bdi>${separator}${localizedSpan(person.role, this.locale)}</li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-partnership-timeline': IomPartnershipTimeline;
  }
}
