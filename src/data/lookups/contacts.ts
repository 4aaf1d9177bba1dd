import type { ContentApi } from '../content-api.js';
import type { Contact, Feed } from '../schema.js';
import { findRecord } from './find.js';

/**
 * A contact by id: from `feed` when one is given, else from the content API (`contentApi`, by
 * default the one beside the library), its texts in `language` (default English).
 */
export const getContact = async (id: string, feed?: Feed, language?: string, contentApi?: ContentApi): Promise<Contact | undefined> =>
  (await findRecord('contacts', id, feed, language, contentApi))?.record;
