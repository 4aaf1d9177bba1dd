/**
 * The built-in partnerships, one module each, so a page downloads only the partnership it shows;
 * the builds cut each down to one language (`?lang=`). The cdn/ build loads them by address
 * instead (src/data/lookups/by-language.ts), so its pages carry only the ids.
 */
import type { Partnership } from '../../schema.js';
import type { RecordModules } from '../languages.js';

export const partnershipIds = ['iom-amazon', 'iom-unodc'] as const;

export const partnershipModules: Record<(typeof partnershipIds)[number], RecordModules<{ default: Partnership }>> = {
  'iom-amazon': {
    load: () => import('./iom-amazon.js'),
    loadIn: {
      en: () => import('./iom-amazon.js?lang=en'),
      it: () => import('./iom-amazon.js?lang=it'),
      fr: () => import('./iom-amazon.js?lang=fr'),
      es: () => import('./iom-amazon.js?lang=es'),
    },
  },
  'iom-unodc': {
    load: () => import('./iom-unodc.js'),
    loadIn: {
      en: () => import('./iom-unodc.js?lang=en'),
      it: () => import('./iom-unodc.js?lang=it'),
      fr: () => import('./iom-unodc.js?lang=fr'),
      es: () => import('./iom-unodc.js?lang=es'),
    },
  },
};
