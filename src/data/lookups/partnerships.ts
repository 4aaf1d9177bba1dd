import type { ContentApi } from '../content-api.js';
import type { Feed, Partnership } from '../schema.js';
import { findRecord } from './find.js';

/**
 * A partnership by id: from `feed` when one is given, else from the content API (`contentApi`,
 * by default the one beside the library), its texts in `language` (default English).
 */
export const getPartnership = async (id: string, feed?: Feed, language?: string, contentApi?: ContentApi): Promise<Partnership | undefined> =>
  (await findRecord('partnerships', id, feed, language, contentApi))?.record;
