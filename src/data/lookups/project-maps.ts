import { readDocument, type ContentApi } from '../content-api.js';
import { isId } from '../ids.js';
import type { ProjectMap } from '../project-map.js';

/** Whether `value` has the shape of a map document (what the widget reads of it). */
const isProjectMap = (value: unknown): value is ProjectMap => {
  const map = value as Partial<ProjectMap> | null;
  return (
    typeof map?.width === 'number' &&
    typeof map.height === 'number' &&
    typeof map.land === 'string' &&
    typeof map.borders === 'string' &&
    Array.isArray(map.missing) &&
    Array.isArray(map.countries) &&
    map.countries.every((country) => typeof country?.code === 'string' && typeof country.d === 'string' && (country.marker === undefined || Array.isArray(country.marker)))
  );
};

/**
 * The map document of the project with this id in the content API (`contentApi`, by default the
 * one beside the library), or the one at `address` (a feed's project names its own, relative to
 * the feed): `undefined` when there is none or it is not a map document.
 */
export const getProjectMap = async (id: string, contentApi?: ContentApi, address?: string | URL): Promise<ProjectMap | undefined> => {
  if (address === undefined && !isId(id)) return undefined;
  const document = await readDocument(address === undefined ? `projects/${id}/map.json` : String(address), contentApi);
  return isProjectMap(document) ? document : undefined;
};
