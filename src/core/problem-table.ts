/**
 * Every problem's words, by code: what the reader is told, in the widget's language, and what
 * the console says, in English; and what the `iom-error` event carries (the same for every code:
 * the code, the reader's message, the attribute and value at fault).
 *
 * Loaded with the error box, only when a widget has a problem to show: pages where all is well
 * never download these words (in any language).
 */
import { msg, str } from '../i18n/msg.js';
import type { IomErrorDetail } from './error-event.js';
import type { ProblemCode, WidgetProblem } from './problem.js';

/** What the console's message may name besides the problem itself. */
export interface ConsoleContext {
  /** The address of the widget's `src` feed, if it has one. */
  readonly feed: string | undefined;
}

/** How one kind of problem is worded. */
export interface ProblemWording {
  /**
   * What the reader is told, in the current `msg()` locale: in the error box or a note, and as
   * the `iom-error` event's `message`. `undefined`: a general message.
   */
  readonly reader: (problem: WidgetProblem) => string | undefined;
  /**
   * What the console says, in English, after `<tag>: attribute="value":`. Absent: the
   * problem's technical detail (a feed's HTTP status, an exception's message), else its code.
   */
  readonly console?: (problem: WidgetProblem, context: ConsoleContext) => string;
}

/** What a reader is told when an id attribute is missing or names nothing, by attribute. */
interface IdWording {
  /** The attribute is required and missing or empty. */
  readonly missing?: () => string;
  /** Nothing has the id `id`. */
  readonly unknown: (id: string) => string;
}

const idWords: Readonly<Record<string, IdWording>> = {
  article: {
    missing: () => msg('No news item was chosen: set the article attribute to a news id.'),
    unknown: (id) => msg(str`There is no news item with the id “${id}”. Check the article attribute.`),
  },
  organization: {
    unknown: (organization) =>
      msg(str`There is no organization with the id “${organization}”. Check the organization attribute.`),
  },
  partnership: {
    missing: () => msg('No partnership was chosen: set the partnership attribute to a partnership id.'),
    unknown: (id) => msg(str`There is no partnership with the id “${id}”. Check the partnership attribute.`),
  },
  project: {
    missing: () => msg('No project was chosen: set the project attribute to a project id.'),
    unknown: (id) => msg(str`There is no project with the id “${id}”. Check the project attribute.`),
  },
  contact: {
    missing: () => msg('No contact was chosen: set the contact attribute to a contact id.'),
    unknown: (id) => msg(str`There is no contact with the id “${id}”. Check the contact attribute.`),
  },
};

/** What the reader is told of a problem nobody foresaw, or of one the table has no words for. */
const somethingWentWrong = (): string => msg('Something went wrong while showing this content.');

/** A feed problem that the reader is told of in general words. */
const feedNotLoaded: ProblemWording = { reader: () => msg('The content source could not be loaded.') };

/** A feed that sent something other than JSON. */
const feedNotJson: ProblemWording = { reader: () => msg('The content source did not send JSON data.') };

/** Every problem's words, by its code. */
export const problemTable: Readonly<Record<ProblemCode, ProblemWording>> = {
  'missing-attribute': {
    reader: ({ attribute }) => idWords[attribute!]?.missing?.(),
    console: () => 'is missing or empty',
  },
  'unknown-id': {
    reader: ({ attribute, value }) => idWords[attribute!]?.unknown(value!),
    console: (_, { feed }) => `${feed ? `the feed at ${feed}` : 'the content API'} has nothing with this id`,
  },
  'invalid-attribute': {
    reader: (problem) => msg(str`The value of ${problem.attribute} is not valid and was ignored.`),
    console: ({ detail }) => `is not valid (expected ${detail}); it is ignored`,
  },
  'feed-url': { reader: () => msg('The content source address is not a web address.') },
  'feed-network': feedNotLoaded,
  'feed-http': feedNotLoaded,
  'feed-timeout': { reader: () => msg('The content source took too long to answer. Try again later.') },
  'feed-too-large': { reader: () => msg('The content source is too large to load.') },
  'feed-content-type': feedNotJson,
  'feed-not-json': feedNotJson,
  'feed-invalid': { reader: () => msg('The content source is not in the expected format.') },
  'feed-partial': {
    reader: () => msg('Some entries of the content source are not valid and were left out.'),
    // `detail`: the first invalid entries, with their paths.
    console: ({ detail }) => `the invalid parts were left out: ${detail}`,
  },
  'content-network': { reader: () => msg('The content could not be loaded. Try again later.') },
  'content-format': { reader: () => msg('This content was published in a format this version of the widgets cannot read.') },
  internal: { reader: somethingWentWrong },
};

/** The wording of a problem; a code the table does not know (from a subclass's own code) is worded as `internal`. */
const wordingOf = ({ code }: WidgetProblem): ProblemWording => problemTable[code] ?? problemTable.internal;

/** The reader's message for a problem, in the current `msg()` locale. */
export const readerMessage = (problem: WidgetProblem): string =>
  wordingOf(problem).reader(problem) ?? somethingWentWrong();

/**
 * The value of `attribute` as the page is told it: a feed address without the user name and
 * password it may carry (`https://…@host/feed.json`).
 */
export const redacted = (attribute: string | undefined, value: string): string =>
  attribute === 'src' ? value.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/?#]*@/i, '$1…@') : value;

/**
 * What the console says of a problem, in English, after the tag's name: the attribute at fault
 * with its value (redacted), then the message (`article="x": the content API has nothing with this id`).
 */
export const consoleLine = (problem: WidgetProblem, { feed }: ConsoleContext): string => {
  const { attribute, value = '' } = problem;
  const where = attribute ? `${attribute}="${redacted(attribute, value)}": ` : '';
  const message = wordingOf(problem).console?.(problem, { feed: feed && redacted('src', feed) });
  return where + (message ?? problem.detail ?? problem.code);
};

/** The `iom-error` event's detail for a problem whose reader's message is `message`. */
export const eventDetail = ({ code, attribute, value }: WidgetProblem, message: string): IomErrorDetail => ({
  code,
  message,
  ...(attribute && { attribute }),
  ...(value !== undefined && { value: redacted(attribute, value) }),
});
