/**
 * The records iom-widgets shows, and what makes each of them valid. The TypeScript types are
 * derived from the same rules that validate feeds and generate the published JSON Schema.
 */
import { array, boolean, either, exactly, number, object, oneOf, optional, record, text, type Infer } from './rules.js';
import { idMaxLength, idPattern } from './ids.js';

const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const isCalendarDate = (value: string): boolean => {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (month === undefined || day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** A short lowercase identifier such as `iom-unodc`. */
export const idRule = text({
  pattern: idPattern,
  maxLength: idMaxLength,
  expected: 'an id (lowercase letters, digits and single hyphens)',
});

/** A text in one or more languages: `{ "it": "…", "en": "…" }`. */
export const localizedTextRule = record(languageCode, 'a language code', text({ maxLength: 5000 }), {
  minProperties: 1,
  description: 'A text by BCP 47 language code, e.g. {"en": "…", "it": "…"}.',
});

/** A date known to the year, month or day: `2024`, `2024-07`, `2024-07-02`. */
export const partialDateRule = text({
  pattern: /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
  test: isCalendarDate,
  expected: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  description: 'A date known to the year, month or day.',
});

/** An absolute http(s) URL. Other schemes (javascript:, data:) are refused. */
export const webUrlRule = text({
  pattern: /^https?:\/\/[^\s/?#]+[^\s]*$/i,
  maxLength: 2000,
  expected: 'an http or https URL',
  format: 'uri',
});

/** An http or https URL, or an address relative to the document it is in (a feed). */
export const documentAddressRule = text({
  pattern: /^(?:https?:\/\/[^\s/?#]+[^\s]*|(?![a-z][a-z0-9+.-]*:)[^\s]+)$/i,
  maxLength: 2000,
  expected: 'an http or https URL, or an address relative to the feed',
  format: 'uri-reference',
});

export const emailRule = text({
  pattern: /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/,
  maxLength: 254,
  expected: 'an email address',
  format: 'email',
});

/** A phone number in E.164 form: `+393666165305`. */
export const phoneRule = text({
  pattern: /^\+[1-9]\d{6,14}$/,
  expected: 'a phone number in E.164 form (+ and 7 to 15 digits)',
});

/** ISO 3166-1 alpha-2, upper case. */
export const countryCodeRule = text({
  pattern: /^[A-Z]{2}$/,
  expected: 'an ISO 3166-1 alpha-2 country code',
});

const currencyRule = text({ pattern: /^[A-Z]{3}$/, expected: 'an ISO 4217 currency code' });

export const moneyRule = object({ value: number({ min: 0 }), currency: currencyRule });

const pluralForm = () => optional(text({ maxLength: 5000 }));

/** A label's forms by plural category, as Intl.PluralRules names them. */
export const pluralFormsRule = object(
  { zero: pluralForm(), one: pluralForm(), two: pluralForm(), few: pluralForm(), many: pluralForm(), other: text({ maxLength: 5000 }) },
  'The forms of a label by plural category (Intl.PluralRules: zero, one, two, few, many, other); "other" is required.',
);

/**
 * What a figure counts, by language: a text ("relief items shipped"), or the forms that agree
 * with the figure's value ({"one": "natural disaster", "other": "natural disasters"}).
 */
export const figureLabelRule = record(languageCode, 'a language code', either(text({ maxLength: 5000 }), pluralFormsRule), {
  minProperties: 1,
  description:
    'What a figure counts, by BCP 47 language code: a text, or its plural forms, chosen by the figure\'s value: {"en": {"one": "natural disaster", "other": "natural disasters"}}.',
});

export const figureRule = object(
  {
    value: number({ min: 0 }),
    /** What is counted or measured, e.g. "relief items shipped"; a text or its plural forms. */
    label: figureLabelRule,
    currency: optional(currencyRule),
    /** A unit Intl.NumberFormat knows, e.g. `kilometer`. */
    unit: optional(text({ pattern: /^[a-z]+(?:-[a-z]+)*$/, expected: 'a unit such as "kilometer"' })),
    approximate: optional(boolean()),
    atLeast: optional(boolean()),
    /** The same amount in another currency, as the source gives it. */
    equivalent: optional(moneyRule),
  },
  'A number with what it counts: {"value": 7100000, "currency": "USD", "approximate": true, "label": {…}}.',
);

export const organizationRule = object({
  id: idRule,
  name: localizedTextRule,
  acronym: optional(localizedTextRule),
  description: optional(localizedTextRule),
  founded: optional(number({ integer: true, min: 1000 })),
  figures: optional(array(figureRule)),
  url: optional(webUrlRule),
});

export const newsArticleRule = object({
  id: idRule,
  title: localizedTextRule,
  summary: localizedTextRule,
  date: optional(partialDateRule),
  place: optional(localizedTextRule),
  /** Ids of the organizations involved. */
  organizations: array(idRule, { minItems: 1 }),
  /** The countries the news is about (ISO 3166-1 alpha-2), for the news list's country filter. */
  countries: optional(array(countryCodeRule)),
  /** Ids of the projects the news is about, for the news list's project filter. */
  projects: optional(array(idRule)),
  figures: optional(array(figureRule)),
  /** Where the full article is published. */
  url: optional(webUrlRule),
  /** Who publishes it, e.g. the website's name. */
  source: optional(localizedTextRule),
});

export const personRule = object({
  name: text({ maxLength: 200 }),
  role: localizedTextRule,
  organization: optional(idRule),
});

export const milestoneRule = object({
  date: optional(partialDateRule),
  title: localizedTextRule,
  description: optional(localizedTextRule),
  place: optional(localizedTextRule),
  people: optional(array(personRule)),
  figures: optional(array(figureRule)),
  /** `upcoming` for what was announced and is not done yet. */
  status: optional(oneOf(['done', 'upcoming'])),
  /** Id of a news article that tells more. */
  news: optional(idRule),
});

export const partnershipRule = object({
  id: idRule,
  organizations: array(idRule, { minItems: 2, maxItems: 2 }),
  title: localizedTextRule,
  summary: optional(localizedTextRule),
  milestones: array(milestoneRule),
});

export const projectCountryRule = object({
  code: countryCodeRule,
  note: optional(localizedTextRule),
});

export const resourceRule = object({
  title: localizedTextRule,
  /** Languages the resource is available in. */
  languages: optional(array(text({ pattern: languageCode, expected: 'a language code' }))),
  url: optional(webUrlRule),
});

export const projectRule = object({
  id: idRule,
  title: localizedTextRule,
  summary: localizedTextRule,
  status: oneOf(['planned', 'active', 'concluded']),
  organizations: array(idRule, { minItems: 1 }),
  countries: array(projectCountryRule),
  figures: optional(array(figureRule)),
  activities: optional(array(localizedTextRule)),
  resources: optional(array(resourceRule)),
  /** Id of the contact to write to. */
  contact: optional(idRule),
  url: optional(webUrlRule),
  /**
   * A feed's project: the address of its map document (what `iom-widgets content build` writes
   * at projects/<id>/map.json), relative to the feed. The content build ignores it: it writes
   * the map document of each project of a content folder itself.
   */
  map: optional(documentAddressRule),
});

export const contactRule = object({
  id: idRule,
  organization: idRule,
  /** The unit or programme. */
  unit: localizedTextRule,
  /** The office, e.g. IOM Italy in Rome. */
  office: localizedTextRule,
  description: optional(localizedTextRule),
  email: optional(emailRule),
  phone: optional(phoneRule),
  hours: optional(localizedTextRule),
  url: optional(webUrlRule),
});

export const FEED_VERSION = 1;

export const feedRule = object(
  {
    $schema: optional(text({ maxLength: 2000 })),
    version: exactly(FEED_VERSION),
    news: optional(array(newsArticleRule, { maxItems: 10_000, uniqueIds: true })),
    partnerships: optional(array(partnershipRule, { maxItems: 1000, uniqueIds: true })),
    projects: optional(array(projectRule, { maxItems: 1000, uniqueIds: true })),
    contacts: optional(array(contactRule, { maxItems: 1000, uniqueIds: true })),
    organizations: optional(array(organizationRule, { maxItems: 1000, uniqueIds: true })),
  },
  'An iom-widgets feed: content for the widgets that is not built in.',
);

export type LocalizedText = Infer<typeof localizedTextRule>;
export type PartialDate = string;
export type Money = Infer<typeof moneyRule>;
export type Figure = Infer<typeof figureRule>;
export type Organization = Infer<typeof organizationRule>;
export type NewsArticle = Infer<typeof newsArticleRule>;
export type Person = Infer<typeof personRule>;
export type Milestone = Infer<typeof milestoneRule>;
export type Partnership = Infer<typeof partnershipRule>;
export type ProjectCountry = Infer<typeof projectCountryRule>;
export type Resource = Infer<typeof resourceRule>;
export type Project = Infer<typeof projectRule>;
export type Contact = Infer<typeof contactRule>;
export type Feed = Infer<typeof feedRule>;
