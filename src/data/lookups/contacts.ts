import type { RecordModules } from '../content/languages.js';
import type { Contact, Feed } from '../schema.js';
import { byId } from './by-id.js';
import { loadByAddress, loadModule } from './by-language.js';


type ContactsModule = { contacts: readonly Contact[] };

/** The built-in contacts in every language, and cut down to one language by the builds (`?lang=`). */
const contactModules: RecordModules<ContactsModule> = {
  load: () => import('../content/contacts.js'),
  loadIn: {
    en: () => import('../content/contacts.js?lang=en'),
    it: () => import('../content/contacts.js?lang=it'),
    fr: () => import('../content/contacts.js?lang=fr'),
    es: () => import('../content/contacts.js?lang=es'),
  },
};

/** A contact by id, with its texts in every language: from `feed` when one is given, else built in. */
export const getContact = async (id: string, feed?: Feed): Promise<Contact | undefined> =>
  byId(feed ? feed.contacts : (await contactModules.load()).contacts, id);

/**
 * A contact by id for a reader of `language` (any language tag; widgets pass their locale): a
 * built-in contact may come with its texts in that language only, or in English when the
 * content is not written in that language (widgets use this, so a page downloads one language).
 */
export const getContactIn = async (id: string, language: string, feed?: Feed): Promise<Contact | undefined> =>
  byId(
    feed
      ? feed.contacts
      : (typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
          ? await loadByAddress<ContactsModule>('contacts', language)
          : await loadModule(contactModules, language)
        ).contacts,
    id,
  );
