import { partnershipIndex } from '../content/partnerships/index.js';
import type { Feed, Partnership } from '../schema.js';
import { byId } from './by-id.js';
import { loaderFor } from './by-language.js';

/**
 * A partnership by id: from `feed` when one is given, else built in. With `language`, a
 * built-in partnership may come with its texts in that language only (English for a language
 * the content is not written in).
 */
export const getPartnership = async (id: string, feed?: Feed, language?: string): Promise<Partnership | undefined> => {
  if (feed) return byId(feed.partnerships, id);
  const entry = byId(partnershipIndex, id);
  return entry && (await loaderFor(entry.loadIn, language, entry.load)()).default;
};
