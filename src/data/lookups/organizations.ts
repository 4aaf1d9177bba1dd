import { organizations } from '../content/organizations.js';
import type { Feed, Organization } from '../schema.js';
import { byId } from './by-id.js';
import { loadByAddress } from './by-language.js';

/**
 * An organisation by id. A feed may define its own organisations and still refer to the
 * built-in ones (`iom`), so the feed is asked first, then the built-in list.
 */
export const getOrganization = (id: string, feed?: Feed): Organization | undefined =>
  byId(feed?.organizations, id) ?? byId(organizations, id);

/** An organisation with all the facts known of it: built-in profile facts are loaded on demand. */
export const loadOrganization = async (id: string, feed?: Feed): Promise<Organization | undefined> => {
  const organization = getOrganization(id, feed);
  if (!organization || byId(feed?.organizations, id)) return organization;
  const { organizationProfiles } = await import('../content/organization-profiles.js');
  return { ...organization, ...organizationProfiles[id] };
};

/**
 * The organisations with these ids, for a reader of `language`, in order; `undefined` for an id
 * neither `feed` nor the built-in list has. In cdn/ the built-in names come in that language only
 * (cdn/content/organizations.<language>.js), which is what widgets need.
 */
export const getOrganizationsIn = async (
  ids: readonly string[],
  language: string,
  feed?: Feed,
): Promise<(Organization | undefined)[]> => {
  const builtIn =
    typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
      ? (await loadByAddress<{ organizations: readonly Organization[] }>('organizations', language)).organizations
      : organizations;
  return ids.map((id) => byId(feed?.organizations, id) ?? byId(builtIn, id));
};
