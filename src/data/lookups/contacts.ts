import { contactIds, contactModules } from '../content/contacts/index.js';
import type { Contact, Feed } from '../schema.js';
import { byId } from './by-id.js';
import { loadByAddress, loadModule } from './by-language.js';
import { withoutPrototypes } from '../without-prototypes.js';

type ContactId = (typeof contactIds)[number];

/**
 * A contact by id: from `feed` when one is given, else built in. With `language` (any language
 * tag; widgets pass their locale), a built-in contact may come with its texts in that language
 * only, or in English when the content is not written in that language; without, in every
 * language (the data package's API).
 */
export const getContact = async (id: string, feed?: Feed, language?: string): Promise<Contact | undefined> => {
  if (feed) return withoutPrototypes(byId(feed.contacts, id));
  if (!contactIds.includes(id as ContactId)) return undefined;
  const module =
    typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
      ? await loadByAddress<{ default: Contact }>(`contacts/${id}`, language)
      : await loadModule(contactModules[id as ContactId], language);
  return withoutPrototypes(module.default);
};
