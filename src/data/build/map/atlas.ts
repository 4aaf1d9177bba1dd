/**
 * Natural Earth's countries at one scale: at full detail, and simplified for a map's frame by
 * distance (Douglas–Peucker on the projected arcs: distance-weights.ts), so that shared borders
 * are simplified once, alike for both neighbours. Only the countries that can reach a frame are
 * projected and simplified for it, and every ring is wound as d3-geo must read it (winding.ts).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { distanceWeighted, type Box } from './distance-weights.js';
import { reachOf } from './frame.js';
import type { MapPackages, Resolution } from './packages.js';
import { asMeant, rewound } from './winding.js';

/** A country or other land of Natural Earth: its ISO 3166-1 alpha-2 code when it has one. */
export type Land = Feature<Polygon | MultiPolygon, { name: string; code: string | undefined }>;

export type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Natural Earth's countries simplified for one frame. */
export interface SimplifiedAtlas {
  /** Every country and other land. */
  readonly lands: readonly Land[];
  /** The simplified topology, whose `countries` object has the lands' geometries in the same order. */
  readonly topology: Countries;
}

export interface Atlas {
  readonly resolution: Resolution;
  /** The ISO codes this scale draws. */
  readonly codes: ReadonlySet<string>;
  /** Every country and other land at full detail. */
  readonly lands: readonly Land[];
  /**
   * The topology at full detail with only the countries and other lands that come within
   * `reach` (radians) of `centre`: those a frame that shows no more than that can show.
   */
  readonly around: (centre: readonly [number, number], reach: number) => Countries;
  /**
   * `topology` (this atlas's, or one `around` gives) weighted for simplification under
   * `projection` (Douglas–Peucker distances in frame units; arcs wholly outside `box` keep only
   * their ends, no chord longer than `longest`).
   */
  readonly weighted: (topology: Countries, projection: GeoProjection, box: Box, longest: number) => Countries;
  /**
   * Every country and other land of a `weighted` topology (or one filtered from it), simplified
   * so that no line moves more than `tolerance`, each ring wound as before.
   */
  readonly simplified: (weighted: Countries, tolerance: number) => SimplifiedAtlas;
  /** The ISO code of a geometry of the topology. */
  readonly codeOf: (geometry: GeometryObject) => string | undefined;
}

const atlases = new Map<Resolution, Promise<Atlas>>();

/** A circle on the sphere around every point of a land: its centre and its radius (radians). */
interface Cap {
  readonly centre: [number, number];
  readonly radius: number;
}

/** Beyond this radius (a quarter of a great circle), a cap no longer holds its land's interior for sure: such lands reach every frame. */
const CONVEX_CAP = Math.PI / 2;

const makeAtlas = async (packages: MapPackages, resolution: Resolution): Promise<Atlas> => {
  const { client, geo, simplify } = packages;
  const topology = asMeant(packages, (await packages.countries(resolution)) as Countries);
  const codeOf = ({ id }: GeometryObject) => (id === undefined ? undefined : packages.alpha2(String(id)));
  const codes = new Set(topology.objects.countries.geometries.flatMap((geometry) => codeOf(geometry) ?? []));
  const landsOf = (countries: Countries): Land[] =>
    client.feature(countries, countries.objects.countries).features.map((land, index) => ({
      ...land,
      properties: { name: land.properties?.name ?? '', code: codeOf(countries.objects.countries.geometries[index]!) },
    })) as Land[];
  const lands = landsOf(topology);
  const caps = lands.map((land): Cap => {
    const centre = geo.geoCentroid(land);
    return { centre, radius: reachOf(geo, centre, [land]) };
  });
  const reaches = ({ centre, radius }: Cap, to: readonly [number, number], reach: number) =>
    radius >= CONVEX_CAP || geo.geoDistance(centre, [...to]) - radius <= reach;
  return {
    resolution,
    codes,
    codeOf,
    lands,
    around: (centre, reach) => {
      const { countries } = topology.objects;
      const geometries = countries.geometries.filter((_, index) => reaches(caps[index]!, centre, reach));
      // Filtering everything in leaves out the arcs that no country left uses.
      return simplify.filter({ ...topology, objects: { countries: { ...countries, geometries } } }, () => true) as Countries;
    },
    weighted: (countries, projection, box, longest) => distanceWeighted(client, countries, projection, box, longest),
    simplified: (weighted, tolerance) => {
      const simple = rewound(packages, simplify.simplify(weighted, tolerance) as Countries);
      return { lands: landsOf(simple), topology: simple };
    },
  };
};

/** Natural Earth's countries at `resolution`, read once per process. */
export const atlasAt = (packages: MapPackages, resolution: Resolution): Promise<Atlas> => {
  let atlas = atlases.get(resolution);
  if (!atlas) {
    atlas = makeAtlas(packages, resolution);
    atlases.set(resolution, atlas);
  }
  return atlas;
};
