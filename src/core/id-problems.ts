/**
 * What a reader is told when a widget's id attribute is missing or names nothing, by attribute.
 * The words live here, with the error box that shows them, so that pages where every id is
 * right never download them (in any language).
 */
import { msg, str } from '../i18n/msg.js';

interface IdProblems {
  /** The attribute is required and missing or empty. */
  readonly missing?: () => string;
  /** Nothing has the id `id`. */
  readonly unknown: (id: string) => string;
}

export const idProblems: Readonly<Record<string, IdProblems>> = {
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
