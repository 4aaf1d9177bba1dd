import { recordDocuments, type FirstDocuments } from '../../data/first-documents.js';

/** What `<iom-contact-box>` reads first from the content API: its contact. */
export const firstDocuments: FirstDocuments = (widget, language) => recordDocuments(widget, 'contact', 'contacts', language);
