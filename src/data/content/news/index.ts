/**
 * The built-in news. The index holds what lists need to filter and sort; each article's text
 * is a module of its own, so a page downloads only the articles it shows.
 */
import type { NewsArticle } from '../../schema.js';

/** The fields of an article that live in its own module. */
export type NewsText = Omit<NewsArticle, 'id' | 'date' | 'organizations'>;

export interface NewsEntry extends Pick<NewsArticle, 'id' | 'date' | 'organizations'> {
  readonly load: () => Promise<{ default: NewsText }>;
}

export const newsIndex: readonly NewsEntry[] = [
  {
    id: 'iom-amazon-global-agreement',
    organizations: ['amazon', 'iom'],
    load: () => import('./iom-amazon-global-agreement.js'),
  },
  {
    id: 'iom-unodc-partnership-2024',
    date: '2024-07-02',
    organizations: ['iom', 'unodc'],
    load: () => import('./iom-unodc-partnership-2024.js'),
  },
];
