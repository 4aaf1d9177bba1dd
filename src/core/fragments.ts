/**
 * Template pieces that several widgets show the same way: dates, key figures, organizations.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Figure, Organization, PartialDate } from '../data/schema.js';
import { formatFigureValue, formatMoney, formatPartialDate } from './format.js';
import { langIfOther, pickText, type PickedText } from './localized-text.js';

/** A `<time>` with the machine-readable date and the date as the language writes it. */
export const dateTemplate = (date: PartialDate, intlLocale: string): TemplateResult =>
  html`<time datetime=${date}>${formatPartialDate(date, intlLocale)}</time>`;

/**
 * What a figure counts, in the widget's language: its label, or of its plural forms the one that
 * agrees with the value in that language ("1 natural disaster", Arabic's dual, "115 natural
 * disasters"), by Intl.PluralRules.
 */
const figureLabel = (figure: Figure, locale: string, intlLocale: string): PickedText => {
  const { text, lang } = pickText(figure.label, locale);
  if (typeof text === 'string') return { text, lang };
  const form = new Intl.PluralRules(lang === locale.split('-')[0] ? intlLocale : lang).select(figure.value);
  return { text: text[form] ?? text.other, lang };
};

/** Key figures as a list: the amount prominent, what it counts beneath. */
export const figuresTemplate = (
  figures: readonly Figure[],
  locale: string,
  intlLocale: string,
): TemplateResult | typeof nothing =>
  figures.length === 0
    ? nothing
    : html`<ul class="figures" part="figures">
        ${figures.map((figure) => {
          const label = figureLabel(figure, locale, intlLocale);
          return html`<li class="figure" part="figure">
            <span class="figure-value">${formatFigureValue(figure, intlLocale)}</span>
            ${figure.equivalent
              ? html`<span class="figure-equivalent">(${formatMoney(figure.equivalent, intlLocale)})</span>`
              : nothing}
            <span class="figure-label" lang=${ifDefined(langIfOther(label.lang, locale))}>${label.text}</span>
          </li>`;
        })}
      </ul>`;

/**
 * An organization by its acronym, expanded for assistive technology, or by its name; isolated
 * (`<bdi>`), so that a name in another script leaves the order of the list around it alone.
 */
export const organizationTemplate = (organization: Organization, locale: string): TemplateResult => {
  const name = pickText(organization.name, locale);
  const acronym = organization.acronym && pickText(organization.acronym, locale);
  if (!acronym || acronym.text === name.text) {
    return html`<bdi lang=${ifDefined(langIfOther(name.lang, locale))}>${name.text}</bdi>`;
  }
  return html`<bdi
    ><abbr title=${name.text} lang=${ifDefined(langIfOther(acronym.lang, locale))}
      >${acronym.text}<span class="visually-hidden"> (${name.text})</span></abbr
    ></bdi
  >`;
};

/** Organizations joined as the language joins a list: "IOM and Amazon", "OIM e Amazon". */
export const organizationListTemplate = (
  organizations: readonly Organization[],
  locale: string,
  intlLocale: string,
): TemplateResult => {
  const parts = new Intl.ListFormat(intlLocale, { type: 'conjunction' }).formatToParts(
    organizations.map((organization) => organization.id),
  );
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  return html`${parts.map((part) =>
    part.type === 'element' ? organizationTemplate(byId.get(part.value)!, locale) : part.value,
  )}`;
};
