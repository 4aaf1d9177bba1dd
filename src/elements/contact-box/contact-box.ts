import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { runInLocale } from '../../i18n/localization.js';
import { findRecord } from '../../data/lookups/find.js';
import { organizationsNamed } from '../../data/lookups/organizations.js';
import type { Contact, Feed, Organization } from '../../data/schema.js';
import { IomElement, type HeadingLevel } from '../../core/base-element.js';
import { localizedParagraph, localizedSpan, pickText, headingTemplate } from '../../core/localized-text.js';
import { formatPhone } from './phone.js';
import { safeUrl } from '../../core/safe-url.js';
import { contactBoxStyles } from './contact-box.styles.js';

const layouts = ['card', 'inline'] as const;
export type ContactBoxLayout = (typeof layouts)[number];

export interface ContactBoxContent {
  readonly contact: Contact;
  /** The organization the contact belongs to, which the vCard names, when known. */
  readonly organization: Organization | undefined;
}

/**
 * Whom to write or call: a unit or programme, its office, its email and phone as links, with
 * buttons that copy them (and say so) and one that adds the contact to the reader's address book.
 * The contact is also described for search engines, as schema.org ContactPoint microdata in the
 * shadow root (the light DOM is the page's, or a framework's, to own).
 *
 * @summary Whom to write or call, with copy and "add to contacts".
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart contact - The box around the contact.
 * @csspart title - The heading with the unit or programme.
 * @csspart office - The office.
 * @csspart description - What the office does.
 * @csspart channels - The list of email, phone, hours and web page.
 * @csspart email - The email link.
 * @csspart phone - The phone link.
 * @csspart copy - A copy button.
 * @csspart vcard - The "Add to contacts" button.
 * @csspart feedback - The line that says what a button did (also read out by screen readers).
 * @csspart loading - The placeholder shown while content loads.
 * @csspart error - The message shown when the contact cannot be shown.
 * @csspart notice - A note about a value that was ignored.
 *
 * @cssprop [--iom-contact-box-background=var(--iom-color-surface)] - Background of this box only.
 *
 * @event {IomReadyEvent} iom-ready - The contact is shown.
 * @event {IomErrorEvent} iom-error - The contact cannot be shown, or a field of it was left out or ignored; `detail` has `code`, `message`, `attribute` and `value`.
 */
export class IomContactBox extends IomElement<ContactBoxContent> {
  static override styles = [...IomElement.styles, contactBoxStyles];

  static override properties = {
    contact: { reflect: true },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    feedback: { state: true },
  };

  protected static override contentProperties = ['contact'];

  protected static override messageGroups = ['contact-box'] as const;

  /** The id of the contact to show, e.g. `migration-development-italy`. */
  declare contact: string | undefined;

  /** `card` (default) or `inline` (one compact line, for running text and footers). */
  declare layout: ContactBoxLayout | undefined;

  /** The level of the contact's heading, 1 to 6 (default 3). */
  declare headingLevel: `${HeadingLevel}` | undefined;

  /** What the last button did, for the reader and for screen readers. */
  private declare feedback: string;

  #effectiveLayout: ContactBoxLayout = 'card';
  #effectiveHeadingLevel = 3;

  constructor() {
    super();
    this.feedback = '';
  }

  protected override checkAttributes(): void {
    this.#effectiveLayout = this.checkOption('layout', this.layout, layouts) ?? 'card';
    this.#effectiveHeadingLevel = this.checkCount('heading-level', this.headingLevel, 6) ?? 3;
    super.checkAttributes();
  }

  protected override async selectContent(feed: Feed | undefined): Promise<ContactBoxContent> {
    const id = this.requireId('contact', this.contact);
    const { locale, contentApi } = this;
    const found = await findRecord('contacts', id, feed, locale, contentApi);
    if (!found) {
      throw this.unknownId('contact', id);
    }
    const contact = found.record;
    const [organization] = await organizationsNamed([contact.organization], found.organizations, feed, locale, contentApi);
    this.feedback = '';
    return { contact, organization };
  }

  protected override renderContent({ contact, organization }: ContactBoxContent): TemplateResult {
    const { locale } = this;
    const email = contact.email && safeUrl(`mailto:${contact.email}`);
    const phone = contact.phone && safeUrl(`tel:${contact.phone}`);
    const web = safeUrl(contact.url);
    const inline = this.#effectiveLayout === 'inline';
    return html`<section class="contact ${this.#effectiveLayout}" part="contact" aria-labelledby="title">
      ${headingTemplate(contact.unit, locale, this.#effectiveHeadingLevel, 'title', 'title')}
      ${localizedParagraph(contact.office, locale, 'office')}
      ${contact.description && !inline ? localizedParagraph(contact.description, locale, 'description') : nothing}
      <dl class="channels" part="channels">
        ${email
          ? this.#channel(
              msg('Email'),
              html`<a href=${email} part="email" dir="ltr">${contact.email}</a>`,
              contact.email!,
              msg('Copy the email address'),
              msg('Email address copied.'),
            )
          : nothing}
        ${phone
          ? this.#channel(
              msg('Phone'),
              html`<a href=${phone} part="phone" dir="ltr">${formatPhone(contact.phone!, this.intlLocale)}</a>`,
              contact.phone!,
              msg('Copy the phone number'),
              msg('Phone number copied.'),
            )
          : nothing}
        ${contact.hours ? this.#row(msg('Hours'), localizedSpan(contact.hours, locale)) : nothing}
        ${web ? this.#row(msg('Web page'), html`<a href=${web} dir="ltr">${web}</a>`) : nothing}
      </dl>
      <button type="button" class="vcard" part="vcard" @click=${() => this.#addToContacts(contact, organization)}>
        ${msg('Add to contacts')}
      </button>
      <p class="feedback" part="feedback" role="status">${this.feedback || nothing}</p>
      ${this.#searchEngineDescription(contact)}
    </section>`;
  }

  /** A way to reach the contact, with a button that copies it. */
  #channel(
    label: string,
    link: TemplateResult,
    value: string,
    copyLabel: string,
    copied: string,
  ): TemplateResult {
    return this.#row(
      label,
      html`${link}
        <button type="button" class="copy" part="copy" @click=${() => this.#copy(value, copied)}>${copyLabel}</button>`,
    );
  }

  /** One entry of the list; in the inline layout its label is for screen readers only. */
  #row(label: string, value: TemplateResult): TemplateResult {
    return html`<div>
      <dt class=${this.#effectiveLayout === 'inline' ? 'visually-hidden' : ''}>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  }

  async #copy(value: string, copied: string): Promise<void> {
    const { copyText } = await import('./copy.js');
    const done = await copyText(value, this.renderRoot as ShadowRoot);
    // Cleared first, so that saying the same thing twice is announced twice.
    this.feedback = '';
    await this.updateComplete;
    this.feedback = done ? copied : runInLocale(this.locale, () => msg(str`Copying is not possible here: ${value}`));
  }

  async #addToContacts(contact: Contact, organization: Organization | undefined): Promise<void> {
    const { downloadVCard, vCardTexts } = await import('./vcard.js');
    downloadVCard(contact, vCardTexts(contact, organization, this.locale));
    this.feedback = runInLocale(this.locale, () => msg('The contact card was downloaded: open it to add the contact.'));
  }

  /**
   * schema.org ContactPoint microdata, hidden, for search engines: Google's renderer flattens shadow
   * roots, and a prerendered page has it in its HTML. Microdata rather than a JSON-LD script, so
   * that pages enforcing Trusted Types allow it.
   */
  #searchEngineDescription(contact: Contact): TemplateResult {
    const facts = {
      name: pickText(contact.unit, this.locale).text,
      description: pickText(contact.office, this.locale).text,
      email: contact.email,
      telephone: contact.phone,
      url: safeUrl(contact.url),
      availableLanguage: this.locale,
    };
    return html`<div hidden itemscope itemtype="https://schema.org/ContactPoint">
      ${Object.entries(facts).map(([property, value]) => (value ? html`<meta itemprop=${property} content=${value}>` : nothing))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iom-contact-box': IomContactBox;
  }
}
