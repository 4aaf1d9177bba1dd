/**
 * A project's map document, `<api>/projects/<id>/map.json`: the project's countries and the land
 * around them as SVG path data, already projected and simplified for the frame, so that the
 * browser draws paths and runs no projection code. Language-free: one per project.
 */
import type { Feature, Polygon as GeoPolygon } from 'geojson';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon } from 'topojson-specification';
import type { ProjectMap, ProjectMapCountry } from '../../project-map.js';
import type { Project } from '../../schema.js';
import { atlasAt, type Atlas, type Countries, type Land, type SimplifiedAtlas } from './atlas.js';
import type { Box } from './simplify-arcs.js';
import { angularReach, frameAround, TOLERANCE, type Frame } from './frame.js';
import { loadMapPackages, resolutions, type MapPackages, type Resolution } from './packages.js';
import { SvgPathWriter } from './svg-path.js';
import { rewoundShape } from './winding.js';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The lands of a scale of Natural Earth: at full detail, or simplified for the frame. */
type LandsAt = (resolution: Resolution) => Promise<readonly Land[]>;

/** The outline of each of `codes`, from the coarsest scale from `from` on that has it. */
const outlines = async (packages: MapPackages, codes: readonly string[], from: Resolution, landsAt: LandsAt): Promise<Map<string, Land>> => {
  const found = new Map<string, Land>();
  for (const resolution of resolutions.slice(resolutions.indexOf(from))) {
    const atlas = await atlasAt(packages, resolution);
    if (!codes.some((code) => !found.has(code) && atlas.codes.has(code))) continue;
    for (const land of await landsAt(resolution)) {
      const { code } = land.properties;
      if (code && codes.includes(code) && !found.has(code)) found.set(code, land);
    }
  }
  return found;
};

/**
 * Islands of context land (and holes in it) within a circle of this radius, in pixels, are left
 * out: a speck at most two pixels across.
 */
const MAX_SPECK = 1;

/**
 * The land around the project's countries (`drawn`), as one path, and the borders between its
 * countries as another: each border once, not once for each neighbour. Specks are left out by
 * their full-detail size.
 */
const contextOf = (packages: MapPackages, atlas: Atlas, simplified: SimplifiedAtlas, frame: Frame, drawn: readonly string[], dataOf: (shape: GeoPermissibleObjects) => string) => {
  const { client, simplify } = packages;
  const speck = MAX_SPECK * frame.pixel;
  // topojson-simplify's filter passes each ring as its arcs' indexes (its types say positions).
  const isLargerThanSpeck = (ring: unknown) => simplified.ringRadius(ring as number[]) >= speck;
  const topology = simplify.filter(simplified.topology, isLargerThanSpeck) as Countries;
  const isContext = (geometry: GeometryObject) => {
    const code = atlas.codeOf(geometry);
    return !(code && drawn.includes(code));
  };
  const countries = topology.objects.countries as GeometryCollection;
  const others = countries.geometries.filter((geometry) => geometry.type !== null && isContext(geometry)) as (Polygon | MultiPolygon)[];
  const landShape = rewoundShape(packages, client.merge(topology, others));
  const borders = dataOf(client.mesh(topology, countries, (a, b) => a !== b && isContext(a) && isContext(b)));
  return { land: dataOf(landShape), landShape, borders };
};

/** Countries smaller than this many square map units (a square of 11 px on a map 1000 px wide) get a marker as well as their outline. */
const MARKER_AREA = 120;

/** The longest chord of a simplified line, in pixels: a great circle that long strays a tenth of a pixel at most from it. */
const LONGEST_CHORD = 24;

/** A country's parts this much smaller than its largest, … */
const MINOR_PART = 0.18;
/** … and this far (radians, about 15°) from it, do not widen the frame (French Guiana, Hawaii, Easter Island); they are drawn when in it. */
const FAR_PART = 0.26;

/** The polygons of `country` and their areas (steradians). */
const partsOf = (geo: MapPackages['geo'], country: Land) => {
  const { geometry } = country;
  const parts: GeoPolygon[] = geometry.type === 'MultiPolygon' ? geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : [geometry];
  const areas = parts.map((part) => geo.geoArea(part));
  const largestArea = Math.max(...areas);
  return { parts, areas, largestArea, largest: parts[areas.indexOf(largestArea)]! };
};

/** `country` without its far-off minor parts: what the frame must show of it. */
const mainParts = (geo: MapPackages['geo'], country: Land): Feature => {
  if (country.geometry.type !== 'MultiPolygon') return country;
  const { parts, areas, largest, largestArea } = partsOf(geo, country);
  const centre = geo.geoCentroid(largest);
  const kept = parts.filter((part, index) => areas[index]! >= largestArea * MINOR_PART || geo.geoDistance(centre, geo.geoCentroid(part)) <= FAR_PART);
  return { ...country, geometry: { type: 'MultiPolygon', coordinates: kept.map((part) => part.coordinates) } };
};

/** A project's map document and the projection its paths were drawn with. */
export interface DrawnMap {
  readonly document: ProjectMap;
  /** The fitted projection, clipped to the frame; none when no country is drawn. */
  readonly projection: GeoProjection | undefined;
  /** What the paths drew, before projection: each country's outline by its code, and `land`, the land around them. */
  readonly shapes: ReadonlyMap<string, GeoPermissibleObjects>;
}

/**
 * The map of `project`: its document and the projection that drew it (which a check of the
 * lines' detail projects Natural Earth's full detail with). Rejects with a MissingPackagesError
 * when the map packages are not installed.
 */
export const drawMap = async (project: Project, format: number): Promise<DrawnMap> => {
  const packages = await loadMapPackages();
  const { geo } = packages;
  const codes = [...new Set(project.countries.map((country) => country.code))];
  // The countries' full outlines at 1:50m (else 1:10m) give the extent, the markers' places and the areas.
  const detailed = await outlines(packages, codes, '50m', async (resolution) => (await atlasAt(packages, resolution)).lands);
  const drawn = codes.filter((code) => detailed.has(code));
  const missing = codes.filter((code) => !detailed.has(code));
  const base = { format, kind: 'map' as const, id: project.id, missing };
  if (!drawn.length) {
    const document: ProjectMap = { ...base, width: 0, height: 0, projection: { name: 'azimuthal-equal-area', centre: [0, 0] }, source: { atlas: `world-atlas ${packages.atlasVersion}`, resolution: '110m', tolerance: 0 }, countries: [], land: '', borders: '' };
    return { document, projection: undefined, shapes: new Map() };
  }
  const main = new Map(drawn.map((code) => [code, mainParts(geo, detailed.get(code)!)]));
  const frame = frameAround(geo, [...main.values()]);
  const margin = 2;
  const projection = frame.projection.clipExtent([
    [-margin, -margin],
    [frame.width + margin, frame.height + margin],
  ]);
  // Arcs this far outside the frame are clipped away: their detail is not simplified; lands wholly
  // beyond it are not even projected.
  const beyond = frame.width / 10;
  const box: Box = [
    [-beyond, -beyond],
    [frame.width + beyond, frame.height + beyond],
  ];
  const reach = angularReach(geo, frame, box);
  const simplifiedAt = new Map<Resolution, SimplifiedAtlas>();
  const simplified = async (resolution: Resolution) => {
    let atlas = simplifiedAt.get(resolution);
    if (!atlas) {
      atlas = (await atlasAt(packages, resolution)).simplifiedAround(frame.centre, reach, projection, box, { longest: LONGEST_CHORD * frame.pixel, tolerance: frame.tolerance });
      simplifiedAt.set(resolution, atlas);
    }
    return atlas;
  };
  const writer = new SvgPathWriter();
  const path = geo.geoPath(projection, writer);
  const measure = geo.geoPath(projection);
  const dataOf = (land: GeoPermissibleObjects) => {
    path(land);
    return writer.take();
  };
  const simplifiedOutlines = await outlines(packages, drawn, frame.resolution, async (resolution) => (await simplified(resolution)).lands);
  const shapes = new Map<string, GeoPermissibleObjects>();
  const countries = drawn.map((code): ProjectMapCountry => {
    const outline = detailed.get(code)!;
    // A country whose every polygon simplification left out is drawn at full detail.
    const simple = simplifiedOutlines.get(code);
    const shape = simple?.geometry ? simple : outline;
    shapes.set(code, shape);
    if (measure.area(outline) >= MARKER_AREA) return { code, d: dataOf(shape) };
    // A marker goes on the country's largest island or part, not between its islands (Tonga).
    const [x, y] = measure.centroid(partsOf(geo, outline).largest);
    return { code, d: dataOf(shape), marker: [round(x), round(y)] };
  });
  const { land, landShape, borders } = contextOf(packages, await atlasAt(packages, frame.resolution), await simplified(frame.resolution), frame, drawn, dataOf);
  const document: ProjectMap = {
    ...base,
    width: frame.width,
    height: frame.height,
    projection: { name: frame.name, centre: [round(frame.centre[0], 2), round(frame.centre[1], 2)] },
    source: { atlas: `world-atlas ${packages.atlasVersion}`, resolution: frame.resolution, tolerance: round(frame.pixelKm * TOLERANCE, 2) },
    countries,
    land,
    borders,
  };
  shapes.set('land', landShape);
  return { document, projection, shapes };
};

/**
 * The map document of `project`. Rejects with a MissingPackagesError when the map packages are
 * not installed.
 */
export const mapDocument = async (project: Project, format: number): Promise<ProjectMap> => (await drawMap(project, format)).document;
