import { organizations } from '../content/organizations.js';
import type { Feed, Organization } from '../schema.js';
import { byId } from './by-id.js';
import { loadByAddress } from './by-language.js';
import { withoutPrototypes } from '../without-prototypes.js';

/**
 * An organisation by id. A feed may define its own organisations and still refer to the
 * built-in ones (`iom`), so the feed is asked first, then the built-in list.
 */
export const getOrganization = (id: string, feed?: Feed): Organization | undefined =>
  withoutPrototypes(byId(feed?.organizations, id) ?? byId(organizations, id));

/** An organisation with all the facts known of it: built-in profile facts are loaded on demand. */
export const loadOrganization = async (id: string, feed?: Feed): Promise<Organization | undefined> => {
  const organization = getOrganization(id, feed);
  if (!organization || byId(feed?.organizations, id)) return organization;
  const { organizationProfiles } = await import('../content/organization-profiles.js');
  return withoutPrototypes({ ...organization, ...organizationProfiles[id] });
};

/**
 * The organisations that records name, for a reader of `language`: picks, in order, those with
 * the ids given that `feed` or the built-in list has. Call it before loading the records: the
 * built-in names (in cdn/, cdn/content/organizations.<language>.js, that language only) then
 * download beside them.
 */
export const organizationsIn = async (
  language: string,
  feed?: Feed,
): Promise<(ids: readonly string[]) => Organization[]> => {
  const builtIn =
    typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
      ? (await loadByAddress<{ organizations: readonly Organization[] }>('organizations', language)).organizations
      : organizations;
  return (ids) => ids.flatMap((id) => withoutPrototypes(byId(feed?.organizations, id) ?? byId(builtIn, id) ?? []));
};
