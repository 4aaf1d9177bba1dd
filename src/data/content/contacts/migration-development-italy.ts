// Source: seeds 002_08dfaef2fa9ee316.txt (Migration and Development) and 003_8b122cb04296d7ae.txt (ADMin4ALL), IOM Italy pages.
import type { Contact } from '../../schema.js';

const contact: Contact = {
  id: 'migration-development-italy',
  organization: 'iom',
  unit: {
    en: 'Migration and Development programme',
    it: 'Programma Migrazione e Sviluppo',
    fr: 'Programme Migration et développement',
    es: 'Programa Migración y Desarrollo',
  },
  office: { en: 'IOM Italy, Rome', it: 'OIM Italia, Roma', fr: 'OIM Italie, Rome', es: 'OIM Italia, Roma' },
  description: {
    en: 'IOM’s mission in Rome, which coordinates the organisation’s work in the Mediterranean countries.',
    it: 'La missione dell’OIM a Roma, che coordina le attività dell’organizzazione nei paesi del Mediterraneo.',
    fr: 'La mission de l’OIM à Rome, qui coordonne l’action de l’Organisation dans les pays de la Méditerranée.',
    es: 'La misión de la OIM en Roma, que coordina la labor de la Organización en los países del Mediterráneo.',
  },
  email: 'migrationdevelopmentitaly@iom.int',
  phone: '+393666165305',
};

export default contact;
