import { recordDocuments, type FirstDocuments } from '../../data/first-documents.js';

/** What `<iom-news-card>` reads first from the content API: its article. */
export const firstDocuments: FirstDocuments = (widget, language) => recordDocuments(widget, 'article', 'news', language);
