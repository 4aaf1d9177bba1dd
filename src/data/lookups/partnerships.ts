import { partnershipIds, partnershipModules } from '../content/partnerships/index.js';
import type { Feed, Partnership } from '../schema.js';
import { byId } from './by-id.js';
import { loadByAddress, loadModule } from './by-language.js';
import { withoutPrototypes } from '../without-prototypes.js';


type PartnershipId = (typeof partnershipIds)[number];

/**
 * A partnership by id: from `feed` when one is given, else built in. With `language`, a
 * built-in partnership may come with its texts in that language only (English for a language
 * the content is not written in).
 */
export const getPartnership = async (id: string, feed?: Feed, language?: string): Promise<Partnership | undefined> => {
  if (feed) return withoutPrototypes(byId(feed.partnerships, id));
  if (!partnershipIds.includes(id as PartnershipId)) return undefined;
  const module =
    typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
      ? await loadByAddress<{ default: Partnership }>(`partnerships/${id}`, language)
      : await loadModule(partnershipModules[id as PartnershipId], language);
  return withoutPrototypes(module.default);
};
