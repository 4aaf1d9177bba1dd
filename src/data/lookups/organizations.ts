import { readRecord, type ContentApi } from '../content-api.js';
import type { Feed, Organization } from '../schema.js';
import { byId } from './by-id.js';
import { withoutPrototypes } from '../without-prototypes.js';

/**
 * An organization by id, with all the facts known of it. A feed may define its own organizations
 * and still refer to the built-in ones (`iom`), so the feed is asked first, then the content API
 * (`contentApi`, by default the one beside the library), in `language` (default English).
 */
export const getOrganization = async (
  id: string,
  feed?: Feed,
  language?: string,
  contentApi?: ContentApi,
): Promise<Organization | undefined> =>
  withoutPrototypes(byId(feed?.organizations, id)) ?? (await readRecord<Organization>('organizations', id, language, contentApi))?.record;

/**
 * The organizations with these ids, in their order, leaving out those nothing defines: from
 * `known` (those a content API document came with), else the feed's, else the content API's.
 */
export const organizationsNamed = async (
  ids: readonly string[],
  known: readonly Organization[],
  feed: Feed | undefined,
  language: string,
  contentApi: ContentApi | undefined,
): Promise<Organization[]> => {
  const found = await Promise.all(
    ids.map((id) => byId(known, id) ?? getOrganization(id, feed, language, contentApi)),
  );
  return found.filter((organization) => organization !== undefined);
};
