/**
 * A project's map document, `<api>/projects/<id>/map.json`: the project's countries and the land
 * around them as SVG path data, already projected and simplified for the frame, so that the
 * browser draws paths and runs no projection code. Language-free: one per project.
 */
import type { Feature } from 'geojson';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import type { ProjectMap, ProjectMapCountry } from '../../project-map.js';
import type { Project } from '../../schema.js';
import { atlasAt, type Atlas, type Land } from './atlas.js';
import { frameAround, TOLERANCE } from './frame.js';
import { loadMapPackages, resolutions, type MapPackages, type Resolution } from './packages.js';
import { SvgPathWriter } from './svg-path.js';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The outline of each of `codes`, from the coarsest scale from `from` on that has it. */
const outlines = async (packages: MapPackages, codes: readonly string[], from: Resolution, minWeight: number): Promise<Map<string, Land>> => {
  const found = new Map<string, Land>();
  for (const resolution of resolutions.slice(resolutions.indexOf(from))) {
    const atlas = await atlasAt(packages, resolution);
    if (!codes.some((code) => !found.has(code) && atlas.codes.has(code))) continue;
    for (const land of atlas.simplified(minWeight).lands) {
      const { code } = land.properties;
      if (code && codes.includes(code) && !found.has(code)) found.set(code, land);
    }
  }
  return found;
};

/** Islands of context land smaller than this many square pixels are left out: at most a speck. */
const MIN_ISLAND = 2;

/**
 * The land around the project's countries (`drawn`), as one path, and the borders between its
 * countries as another: each border once, not once for each neighbour.
 */
const contextOf = (packages: MapPackages, atlas: Atlas, minWeight: number, drawn: readonly string[], dataOf: (shape: GeoPermissibleObjects) => string) => {
  const { client, simplify } = packages;
  const { topology } = atlas.simplified(minWeight);
  const pixelArea = minWeight * 2;
  const filtered = simplify.filter(topology, simplify.filterWeight(topology, pixelArea * MIN_ISLAND, (ring) => simplify.sphericalRingArea(ring, false)));
  const isContext = (geometry: GeometryObject) => {
    const code = atlas.codeOf(geometry);
    return !(code && drawn.includes(code));
  };
  const countries = filtered.objects.countries as GeometryCollection;
  const others = countries.geometries.filter((geometry) => geometry.type !== null && isContext(geometry)) as (Polygon | MultiPolygon)[];
  const land = dataOf(client.merge(filtered, others));
  const borders = dataOf(client.mesh(filtered, countries, (a, b) => a !== b && isContext(a) && isContext(b)));
  return { land, borders };
};

/** A country's parts this much smaller than its largest, … */
const MINOR_PART = 0.18;
/** … and this far (radians, about 15°) from it, do not widen the frame (French Guiana, Hawaii, Easter Island); they are drawn when in it. */
const FAR_PART = 0.26;

/** `country` without its far-off minor parts: what the frame must show of it. */
const mainParts = (geo: MapPackages['geo'], country: Land): Feature => {
  if (country.geometry.type !== 'MultiPolygon') return country;
  const parts = country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  const areas = parts.map((part) => geo.geoArea(part));
  const largest = parts[areas.indexOf(Math.max(...areas))]!;
  const centre = geo.geoCentroid(largest);
  const kept = parts.filter((part, index) => areas[index]! >= geo.geoArea(largest) * MINOR_PART || geo.geoDistance(centre, geo.geoCentroid(part)) <= FAR_PART);
  return { ...country, geometry: { type: 'MultiPolygon', coordinates: kept.map((part) => part.coordinates) } };
};

/** The least point weight that keeps the full detail of a scale. */
const FULL_DETAIL = 0;

/**
 * The map document of `project`. Rejects with a MissingPackagesError when the map packages are
 * not installed.
 */
export const mapDocument = async (project: Project, format: number): Promise<ProjectMap> => {
  const packages = await loadMapPackages();
  const { geo } = packages;
  const codes = [...new Set(project.countries.map((country) => country.code))];
  // The countries' full outlines at 1:50m (else 1:10m) give the extent, the markers' places and the areas.
  const detailed = await outlines(packages, codes, '50m', FULL_DETAIL);
  const drawn = codes.filter((code) => detailed.has(code));
  const missing = codes.filter((code) => !detailed.has(code));
  const base = { format, kind: 'map' as const, id: project.id, missing };
  if (!drawn.length) {
    return { ...base, width: 0, height: 0, projection: { name: 'azimuthal-equal-area', centre: [0, 0] }, source: { atlas: `world-atlas ${packages.atlasVersion}`, resolution: '110m', tolerance: 0 }, countries: [], land: '', borders: '' };
  }
  const frame = frameAround(geo, drawn.map((code) => mainParts(geo, detailed.get(code)!)));
  const margin = 2;
  const projection = frame.projection.clipExtent([
    [-margin, -margin],
    [frame.width + margin, frame.height + margin],
  ]);
  const writer = new SvgPathWriter();
  const path = geo.geoPath(projection, writer);
  const measure = geo.geoPath(projection);
  const dataOf = (land: GeoPermissibleObjects) => {
    path(land);
    return writer.take();
  };
  const simplified = await outlines(packages, drawn, frame.resolution, frame.minWeight);
  const countries = drawn.map((code): ProjectMapCountry => {
    const outline = detailed.get(code)!;
    const [x, y] = measure.centroid(mainParts(geo, outline));
    return { code, d: dataOf(simplified.get(code) ?? outline), centre: [round(x), round(y)], area: Math.round(measure.area(outline)) };
  });
  const { land, borders } = contextOf(packages, await atlasAt(packages, frame.resolution), frame.minWeight, drawn, dataOf);
  return {
    ...base,
    width: frame.width,
    height: frame.height,
    projection: { name: frame.name, centre: [round(frame.centre[0], 2), round(frame.centre[1], 2)] },
    source: { atlas: `world-atlas ${packages.atlasVersion}`, resolution: frame.resolution, tolerance: round(frame.pixelKm * TOLERANCE, 2) },
    countries,
    land,
    borders,
  };
};
