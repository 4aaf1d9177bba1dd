import type { Contact, Feed } from '../schema.js';
import { byId } from './by-id.js';

/** A contact by id: from `feed` when one is given, else built in. */
export const getContact = async (id: string, feed?: Feed): Promise<Contact | undefined> =>
  byId(feed ? feed.contacts : (await import('../content/contacts.js')).contacts, id);
