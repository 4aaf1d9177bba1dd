// The GeoJSON the bench's Leaflet peer draws: Natural Earth 1:50m countries (world-atlas),
// simplified as the map's Europe geometry was before each project got its own map document
// (issue 17), limited to Europe and its neighbours (ADMin4ALL's), or to the countries around a
// project's (the map's cases anywhere on Earth), each tagged with its ISO code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import iso from 'iso-3166-1';

/** The ADMin4ALL project's countries, as in the built-in project. */
export const admin4allCountries = ['IT', 'AT', 'PL', 'RO', 'ES', 'GR', 'MT'];

// The Europe geometry's simplification and region before issue 17.
const SIMPLIFY_QUANTILE = 0.06;
const REGION = { west: -25, east: 45, south: 33, north: 71.5 };

/** Every country of Natural Earth 1:50m, simplified, with its ISO code and its bounds. */
const countries = () => {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const weighted = presimplify(topology);
  const simplified = simplify(weighted, quantile(weighted, SIMPLIFY_QUANTILE));
  return feature(simplified, simplified.objects.countries).features.flatMap((country) => {
    const code = country.id ? iso.whereNumeric(country.id)?.alpha2 : undefined;
    return code ? [{ code, geometry: country.geometry, bounds: geoBounds(country) }] : [];
  });
};

/** Whether bounds `[[west, south], [east, north]]` (west > east across the antimeridian) meet `region`. */
const meets = ([[west, south], [east, north]], region) =>
  north >= region.south && south <= region.north && (west > east || region.west > region.east || (east >= region.west && west <= region.east));

const collection = (features) => ({
  type: 'FeatureCollection',
  features: features.map(({ code, geometry }) => ({ type: 'Feature', properties: { code }, geometry })),
});

export const adminGeoJson = () => collection(countries().filter(({ bounds }) => meets(bounds, REGION)));

/**
 * The countries around `codes` (a project's): those whose bounds meet the project countries' own,
 * widened by a fifth of their size on each side, as a locator map frames them.
 */
export const projectGeoJson = (codes) => {
  const all = countries();
  const own = all.filter(({ code }) => codes.includes(code));
  const south = Math.min(...own.map(({ bounds }) => bounds[0][1]));
  const north = Math.max(...own.map(({ bounds }) => bounds[1][1]));
  const crossing = own.some(({ bounds }) => bounds[0][0] > bounds[1][0]);
  const west = crossing ? 180 : Math.min(...own.map(({ bounds }) => bounds[0][0]));
  const east = crossing ? -180 : Math.max(...own.map(({ bounds }) => bounds[1][0]));
  const [width, height] = [crossing ? 360 : east - west, north - south];
  const region = crossing
    ? { west, east, south: south - height / 5, north: north + height / 5 }
    : { west: west - width / 5, east: east + width / 5, south: south - height / 5, north: north + height / 5 };
  return collection(all.filter(({ bounds }) => meets(bounds, region)));
};
