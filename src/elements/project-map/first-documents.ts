import { recordDocuments, type FirstDocuments } from '../../data/first-documents.js';

/** What `<iom-project-map>` reads first from the content API: its project and the project's map. */
export const firstDocuments: FirstDocuments = (widget, language) => recordDocuments(widget, 'project', 'projects', language, 'map');
