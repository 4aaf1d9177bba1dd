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
      fr: 'Organisation internationale pour les migrations',
      es: 'Organización Internacional para las Migraciones',
    },
    acronym: { en: 'IOM', it: 'OIM', fr: 'OIM', es: 'OIM' },
  },
  {
    id: 'unodc',
    name: {
      en: 'United Nations Office on Drugs and Crime',
      it: 'Ufficio delle Nazioni Unite contro la Droga e il Crimine',
      fr: 'Office des Nations Unies contre la drogue et le crime',
      es: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
    },
    acronym: { en: 'UNODC', it: 'UNODC', fr: 'ONUDC', es: 'UNODC' },
  },
  {
    id: 'amazon',
    name: { en: 'Amazon', it: 'Amazon', fr: 'Amazon', es: 'Amazon' },
  },
];
