// Source: seeds 002_08dfaef2fa9ee316.txt and 003_8b122cb04296d7ae.txt (IOM Italy pages), with names from 000 and 001.
import type { Organization } from '../schema.js';

/**
 * Names and acronyms, which every widget needs to name an organisation. The longer facts are
 * in organization-profiles.ts, loaded only where they are shown.
 */
export const organizations: readonly Organization[] = [
  {
    id: 'iom',
    name: {
      en: 'International Organization for Migration',
      it: 'Organizzazione Internazionale per le Migrazioni',
    },
    acronym: { en: 'IOM', it: 'OIM' },
  },
  {
    id: 'unodc',
    name: {
      en: 'United Nations Office on Drugs and Crime',
      it: 'Ufficio delle Nazioni Unite contro la Droga e il Crimine',
    },
    acronym: { en: 'UNODC', it: 'UNODC' },
  },
  {
    id: 'amazon',
    name: { en: 'Amazon', it: 'Amazon' },
  },
];
