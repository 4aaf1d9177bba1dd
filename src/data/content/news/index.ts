/**
 * The built-in news. The index holds what lists need to filter and sort; each article is a
 * module of its own, so a page downloads only the articles it shows, and the builds cut each
 * article down to one language (`?lang=`), so it downloads only the words it shows.
 */
import type { NewsArticle } from '../../schema.js';
import type { ContentLanguage } from '../languages.js';

/** The fields of an article that live in its own module. */
export type NewsText = Omit<NewsArticle, 'id' | 'date' | 'organizations'>;

type TextModule = Promise<{ default: NewsText }>;

export interface NewsEntry extends Pick<NewsArticle, 'id' | 'date' | 'organizations'> {
  /** The article in every language. */
  readonly load: () => TextModule;
  /** The article in one language (with English where that language lacks a text). */
  readonly loadIn: Record<ContentLanguage, () => TextModule>;
}

export const newsIndex: readonly NewsEntry[] = [
  {
    id: 'iom-amazon-global-agreement',
    organizations: ['amazon', 'iom'],
    load: () => import('./iom-amazon-global-agreement.js'),
    loadIn: {
      en: () => import('./iom-amazon-global-agreement.js?lang=en'),
      it: () => import('./iom-amazon-global-agreement.js?lang=it'),
      fr: () => import('./iom-amazon-global-agreement.js?lang=fr'),
      es: () => import('./iom-amazon-global-agreement.js?lang=es'),
    },
  },
  {
    id: 'iom-unodc-partnership-2024',
    date: '2024-07-02',
    organizations: ['iom', 'unodc'],
    load: () => import('./iom-unodc-partnership-2024.js'),
    loadIn: {
      en: () => import('./iom-unodc-partnership-2024.js?lang=en'),
      it: () => import('./iom-unodc-partnership-2024.js?lang=it'),
      fr: () => import('./iom-unodc-partnership-2024.js?lang=fr'),
      es: () => import('./iom-unodc-partnership-2024.js?lang=es'),
    },
  },
];
