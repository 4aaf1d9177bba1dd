/**
 * The built-in news. The index holds what lists need to filter and sort; each article's texts are
 * a module of their own, so a page downloads only the articles it shows, and the builds cut each
 * article down to one language (`?lang=`), so it downloads only the words it shows. The cdn/
 * build loads them by address instead (src/data/lookups/by-language.ts).
 */
import type { NewsArticle } from '../../schema.js';
import type { RecordModules } from '../languages.js';

/** The fields of an article that live in its own module. */
export type NewsText = Omit<NewsArticle, 'id' | 'date' | 'organizations'>;

export type NewsEntry = Pick<NewsArticle, 'id' | 'date' | 'organizations'>;

export const newsIndex = [
  { id: 'iom-amazon-global-agreement', organizations: ['amazon', 'iom'] },
  { id: 'iom-unodc-partnership-2024', date: '2024-07-02', organizations: ['iom', 'unodc'] },
] as const satisfies readonly NewsEntry[];

export const newsModules: Record<(typeof newsIndex)[number]['id'], RecordModules<{ default: NewsText }>> = {
  'iom-amazon-global-agreement': {
    load: () => import('./iom-amazon-global-agreement.js'),
    loadIn: {
      en: () => import('./iom-amazon-global-agreement.js?lang=en'),
      it: () => import('./iom-amazon-global-agreement.js?lang=it'),
      fr: () => import('./iom-amazon-global-agreement.js?lang=fr'),
      es: () => import('./iom-amazon-global-agreement.js?lang=es'),
    },
  },
  'iom-unodc-partnership-2024': {
    load: () => import('./iom-unodc-partnership-2024.js'),
    loadIn: {
      en: () => import('./iom-unodc-partnership-2024.js?lang=en'),
      it: () => import('./iom-unodc-partnership-2024.js?lang=it'),
      fr: () => import('./iom-unodc-partnership-2024.js?lang=fr'),
      es: () => import('./iom-unodc-partnership-2024.js?lang=es'),
    },
  },
};
