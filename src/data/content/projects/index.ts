/**
 * The built-in projects, one module each, so a page downloads only the project it shows; the
 * builds cut each down to one language (`?lang=`). The cdn/ build loads them by address instead
 * (src/data/lookups/by-language.ts).
 */
import type { Project } from '../../schema.js';
import type { RecordModules } from '../languages.js';

export const projectIds = ['admin4all', 'migration-and-development'] as const;

export const projectModules: Record<(typeof projectIds)[number], RecordModules<{ default: Project }>> = {
  'admin4all': {
    load: () => import('./admin4all.js'),
    loadIn: {
      en: () => import('./admin4all.js?lang=en'),
      it: () => import('./admin4all.js?lang=it'),
      fr: () => import('./admin4all.js?lang=fr'),
      es: () => import('./admin4all.js?lang=es'),
    },
  },
  'migration-and-development': {
    load: () => import('./migration-and-development.js'),
    loadIn: {
      en: () => import('./migration-and-development.js?lang=en'),
      it: () => import('./migration-and-development.js?lang=it'),
      fr: () => import('./migration-and-development.js?lang=fr'),
      es: () => import('./migration-and-development.js?lang=es'),
    },
  },
};
