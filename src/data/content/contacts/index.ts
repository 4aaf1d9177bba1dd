/**
 * The built-in contacts, one module each, so a page downloads only the contact it shows; the
 * builds cut each down to one language (`?lang=`). The cdn/ build loads them by address instead
 * (src/data/lookups/by-language.ts).
 */
import type { Contact } from '../../schema.js';
import type { RecordModules } from '../languages.js';

export const contactIds = ['migration-development-italy', 'integration-italy'] as const;

export const contactModules: Record<(typeof contactIds)[number], RecordModules<{ default: Contact }>> = {
  'migration-development-italy': {
    load: () => import('./migration-development-italy.js'),
    loadIn: {
      en: () => import('./migration-development-italy.js?lang=en'),
      it: () => import('./migration-development-italy.js?lang=it'),
      fr: () => import('./migration-development-italy.js?lang=fr'),
      es: () => import('./migration-development-italy.js?lang=es'),
    },
  },
  'integration-italy': {
    load: () => import('./integration-italy.js'),
    loadIn: {
      en: () => import('./integration-italy.js?lang=en'),
      it: () => import('./integration-italy.js?lang=it'),
      fr: () => import('./integration-italy.js?lang=fr'),
      es: () => import('./integration-italy.js?lang=es'),
    },
  },
};
