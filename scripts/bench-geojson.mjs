// The GeoJSON the bench's Leaflet peer draws: Natural Earth 1:50m countries (world-atlas),
// simplified as the map's Europe geometry was before each project got its own map document
// (issue 17), limited to Europe and its neighbours, each tagged with its ISO code.
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

export const adminGeoJson = () => {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const weighted = presimplify(topology);
  const simplified = simplify(weighted, quantile(weighted, SIMPLIFY_QUANTILE));
  const features = feature(simplified, simplified.objects.countries).features.flatMap((country) => {
    const [[west, south], [east, north]] = geoBounds(country);
    const inRegion = east >= REGION.west && west <= REGION.east && north >= REGION.south && south <= REGION.north;
    const code = country.id ? iso.whereNumeric(country.id)?.alpha2 : undefined;
    return inRegion && code ? [{ type: 'Feature', properties: { code }, geometry: country.geometry }] : [];
  });
  return { type: 'FeatureCollection', features };
};
