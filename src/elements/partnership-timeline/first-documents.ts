import { recordDocuments, type FirstDocuments } from '../../data/first-documents.js';

/** What `<iom-partnership-timeline>` reads first from the content API: its partnership. */
export const firstDocuments: FirstDocuments = (widget, language) => recordDocuments(widget, 'partnership', 'partnerships', language);
