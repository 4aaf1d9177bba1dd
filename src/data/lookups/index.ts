/**
 * Look-ups over the built-in records, or over a feed's records when one is given. Built-in
 * content is read from the content API (src/data/content-api.ts) on demand, a document per
 * record and language, so a page downloads only what it shows; that is why look-ups return
 * promises. One module per kind, so each widget's code carries only the look-ups it uses; none
 * of them pulls in the validator.
 */
export { getNews, compareDates } from './news.js';
export { listNews, openNews, type NewsFilters, type NewsQuery, type NewsPages, type NewsSelection } from './news-pages.js';
export { getPartnership } from './partnerships.js';
export { getOrganization } from './organizations.js';
export { getProject } from './projects.js';
export { getProjectMap } from './project-maps.js';
export { getContact } from './contacts.js';
export {
  CONTENT_FORMAT,
  ContentError,
  contentLanguage,
  defaultContentApi,
  fetchDocument,
  readContentWith,
  type ContentApi,
  type DocumentReader,
} from '../content-api.js';
export { newsFeedUrl, type NewsFilter, type NewsIndexPage } from '../news-index.js';
