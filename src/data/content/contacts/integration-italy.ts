// Source: seeds 002_08dfaef2fa9ee316.txt (Migration and Development) and 003_8b122cb04296d7ae.txt (ADMin4ALL), IOM Italy pages.
import type { Contact } from '../../schema.js';

const contact: Contact = {
  id: 'integration-italy',
  organization: 'iom',
  unit: {
    en: 'Integration – ADMin4ALL project',
    it: 'Integrazione – progetto ADMin4ALL',
    fr: 'Intégration – projet ADMin4ALL',
    es: 'Integración – proyecto ADMin4ALL',
  },
  office: { en: 'IOM Italy, Rome', it: 'OIM Italia, Roma', fr: 'OIM Italie, Rome', es: 'OIM Italia, Roma' },
  description: {
    en: 'Write to IOM’s mission in Rome, which coordinates the Mediterranean countries, for more about the ADMin4ALL project.',
    it: 'Per saperne di più sul progetto ADMin4ALL, scrivete alla missione dell’OIM a Roma, che coordina i paesi del Mediterraneo.',
    fr: 'Pour en savoir plus sur le projet ADMin4ALL, écrivez à la mission de l’OIM à Rome, qui coordonne les pays de la Méditerranée.',
    es: 'Para saber más sobre el proyecto ADMin4ALL, escriba a la misión de la OIM en Roma, que coordina los países del Mediterráneo.',
  },
  email: 'integrationitaly@iom.int',
};

export default contact;
