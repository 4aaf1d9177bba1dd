/**
 * The built-in partnerships, one module each, so a page downloads only the partnership it shows;
 * the builds cut each down to one language (`?lang=`).
 */
import type { Partnership } from '../../schema.js';
import type { ContentLanguage } from '../languages.js';

type PartnershipModule = Promise<{ default: Partnership }>;

export interface PartnershipEntry {
  readonly id: string;
  /** The partnership in every language. */
  readonly load: () => PartnershipModule;
  /** The partnership in one language (with English where that language lacks a text). */
  readonly loadIn: Record<ContentLanguage, () => PartnershipModule>;
}

export const partnershipIndex: readonly PartnershipEntry[] = [
  {
    id: 'iom-amazon',
    load: () => import('./iom-amazon.js'),
    loadIn: {
      en: () => import('./iom-amazon.js?lang=en'),
      it: () => import('./iom-amazon.js?lang=it'),
      fr: () => import('./iom-amazon.js?lang=fr'),
      es: () => import('./iom-amazon.js?lang=es'),
    },
  },
  {
    id: 'iom-unodc',
    load: () => import('./iom-unodc.js'),
    loadIn: {
      en: () => import('./iom-unodc.js?lang=en'),
      it: () => import('./iom-unodc.js?lang=it'),
      fr: () => import('./iom-unodc.js?lang=fr'),
      es: () => import('./iom-unodc.js?lang=es'),
    },
  },
];
