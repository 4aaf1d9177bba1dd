import type { ContentLanguage } from '../content/languages.js';
import type { Contact, Feed } from '../schema.js';
import { byId } from './by-id.js';

type ContactsModule = Promise<{ contacts: readonly Contact[] }>;

/** The built-in contacts cut down to one language by the builds (`?lang=`). */
const contactsIn: Record<ContentLanguage, () => ContactsModule> = {
  en: () => import('../content/contacts.js?lang=en'),
  it: () => import('../content/contacts.js?lang=it'),
};

/**
 * A contact by id: from `feed` when one is given, else built in. With `language`, a built-in
 * contact may come with its texts in that language only.
 */
export const getContact = async (id: string, feed?: Feed, language?: string): Promise<Contact | undefined> =>
  byId(
    feed ? feed.contacts : (await (contactsIn[language as ContentLanguage] ?? (() => import('../content/contacts.js')))()).contacts,
    id,
  );
