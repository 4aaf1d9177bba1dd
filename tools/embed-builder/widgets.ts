/**
 * What the builder offers for each widget: the attribute that picks its content and the options
 * it takes, as listed in README's attribute table and custom-elements.json.
 */

import type { FirstDocuments } from '../../src/data/first-documents.js';
import { firstDocuments as contactBoxDocuments } from '../../src/elements/contact-box/first-documents.js';
import { firstDocuments as newsCardDocuments } from '../../src/elements/news-card/first-documents.js';
import { firstDocuments as newsListDocuments } from '../../src/elements/news-list/first-documents.js';
import { firstDocuments as timelineDocuments } from '../../src/elements/partnership-timeline/first-documents.js';
import { firstDocuments as projectMapDocuments } from '../../src/elements/project-map/first-documents.js';

/** A kind of built-in record that a field offers by title. */
export type RecordKind = 'news' | 'partnerships' | 'projects' | 'contacts' | 'organizations';

/** One value of a field; the empty value means "leave the attribute out" (the widget's default). */
export interface Choice {
  readonly value: string;
  readonly label: string;
  /** The language of the label, when it is not English. */
  readonly lang?: string;
}

/** A form field that sets one attribute of the tag. */
export interface Field {
  readonly attribute: string;
  readonly label: string;
  /** Fixed choices; the one with the empty value is the default. */
  readonly choices?: readonly Choice[];
  /** Or the built-in records of a kind, by title. */
  readonly records?: RecordKind;
  /** With `records`: a first choice that leaves the attribute out, e.g. "Any organisation". */
  readonly any?: string;
}

export interface WidgetSpec {
  readonly tag: string;
  readonly label: string;
  readonly fields: readonly Field[];
  /** What the widget reads first from the content API, as its folder says (for the preload hints). */
  readonly firstDocuments: FirstDocuments;
}

const headingLevel: Field = {
  attribute: 'heading-level',
  label: 'Heading level',
  choices: ['1', '2', '3', '4', '5', '6'].map((level) =>
    level === '3' ? { value: '', label: '3 (default)' } : { value: level, label: level },
  ),
};

const cardLayout: Field = {
  attribute: 'layout',
  label: 'Layout',
  choices: [
    { value: '', label: 'Vertical (default)' },
    { value: 'horizontal', label: 'Horizontal: figures beside the text when wide enough' },
    { value: 'compact', label: 'Compact: title, date and link' },
  ],
};

/** Options every widget takes, after its own. */
export const commonFields: readonly Field[] = [
  {
    attribute: 'lang',
    label: 'Language',
    choices: [
      { value: '', label: 'The language of the page' },
      { value: 'en', label: 'English' },
      { value: 'fr', label: 'Français', lang: 'fr' },
      { value: 'es', label: 'Español', lang: 'es' },
      { value: 'it', label: 'Italiano', lang: 'it' },
      { value: 'ar', label: 'العربية', lang: 'ar' },
    ],
  },
  {
    attribute: 'theme',
    label: 'Theme',
    choices: [
      { value: '', label: 'Light (default)' },
      { value: 'dark', label: 'Dark' },
      { value: 'auto', label: 'Auto: follows the reader’s system setting' },
    ],
  },
];

export const widgets: readonly WidgetSpec[] = [
  {
    tag: 'iom-news-card',
    label: 'News card',
    firstDocuments: newsCardDocuments,
    fields: [{ attribute: 'article', label: 'News article', records: 'news' }, cardLayout, headingLevel],
  },
  {
    tag: 'iom-news-list',
    label: 'News list',
    firstDocuments: newsListDocuments,
    fields: [
      { attribute: 'organization', label: 'Only news involving', records: 'organizations', any: 'Any organisation' },
      {
        attribute: 'limit',
        label: 'How many items',
        choices: [{ value: '', label: 'All' }, ...['1', '2', '3', '5', '10'].map((value) => ({ value, label: value }))],
      },
      cardLayout,
      headingLevel,
    ],
  },
  {
    tag: 'iom-partnership-timeline',
    label: 'Partnership timeline',
    firstDocuments: timelineDocuments,
    fields: [
      { attribute: 'partnership', label: 'Partnership', records: 'partnerships' },
      {
        attribute: 'orientation',
        label: 'Orientation',
        choices: [
          { value: '', label: 'Vertical (default)' },
          { value: 'horizontal', label: 'Horizontal: milestones side by side' },
        ],
      },
      {
        attribute: 'order',
        label: 'Order',
        choices: [
          { value: '', label: 'Oldest first (default)' },
          { value: 'newest-first', label: 'Newest first' },
        ],
      },
      headingLevel,
    ],
  },
  {
    tag: 'iom-project-map',
    label: 'Project map',
    firstDocuments: projectMapDocuments,
    fields: [{ attribute: 'project', label: 'Project', records: 'projects' }, headingLevel],
  },
  {
    tag: 'iom-contact-box',
    label: 'Contact box',
    firstDocuments: contactBoxDocuments,
    fields: [
      { attribute: 'contact', label: 'Contact', records: 'contacts' },
      {
        attribute: 'layout',
        label: 'Layout',
        choices: [
          { value: '', label: 'Card (default)' },
          { value: 'inline', label: 'Inline: one compact line' },
        ],
      },
      headingLevel,
    ],
  },
];
