/**
 * Look-ups over the built-in records, or over a feed's records when one is given. Built-in
 * content is loaded on demand (a module per record, cut to one language by the builds), so a
 * page downloads only what it shows; that is why look-ups return promises. One module per kind,
 * so each widget's code carries only the look-ups it uses; none of them pulls in the validator.
 */
import { newsIndex } from '../content/news/index.js';
import { partnershipIds } from '../content/partnerships/index.js';
import { contactIds } from '../content/contacts/index.js';
import { projectIds } from '../content/projects/index.js';
import { organizations } from '../content/organizations.js';

export { getNews, listNews, compareDates, type NewsQuery } from './news.js';
export { getPartnership } from './partnerships.js';
export { getOrganization, loadOrganization } from './organizations.js';
export { getProject } from './projects.js';
export { getContact } from './contacts.js';

/** The ids of the built-in records of each kind. */
export const builtInIds = async () => ({
  news: newsIndex.map((entry) => entry.id),
  partnerships: [...partnershipIds],
  projects: [...projectIds],
  contacts: [...contactIds],
  organizations: organizations.map((record) => record.id),
});
