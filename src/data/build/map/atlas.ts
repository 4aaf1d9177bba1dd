/**
 * Natural Earth's countries at one scale: at full detail, and simplified for a map's frame by
 * distance (Douglas–Peucker on the projected arcs: distance-weights.ts), so that shared borders
 * are simplified once, alike for both neighbours.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { distanceWeighted, type Box } from './distance-weights.js';
import type { MapPackages, Resolution } from './packages.js';

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
   * The topology weighted for simplification under `projection` (Douglas–Peucker distances in
   * frame units; arcs wholly outside `box` keep only their ends, no chord longer than `longest`).
   */
  readonly weighted: (projection: GeoProjection, box: Box, longest: number) => Countries;
  /** Every country and other land of a `weighted` topology (or one filtered from it), simplified so that no line moves more than `tolerance`. */
  readonly simplified: (weighted: Countries, tolerance: number) => SimplifiedAtlas;
  /** The ISO code of a geometry of the topology. */
  readonly codeOf: (geometry: GeometryObject) => string | undefined;
}

const atlases = new Map<Resolution, Promise<Atlas>>();


const makeAtlas = async (packages: MapPackages, resolution: Resolution): Promise<Atlas> => {
  const { client, simplify } = packages;
  const topology = (await packages.countries(resolution)) as Countries;
  const codeOf = ({ id }: GeometryObject) => (id === undefined ? undefined : packages.alpha2(String(id)));
  const codes = new Set(topology.objects.countries.geometries.flatMap((geometry) => codeOf(geometry) ?? []));
  const landsOf = (countries: Countries): Land[] =>
    client.feature(countries, countries.objects.countries).features.map((land, index) => ({
      ...land,
      properties: { name: land.properties?.name ?? '', code: codeOf(countries.objects.countries.geometries[index]!) },
    })) as Land[];
  return {
    resolution,
    codes,
    codeOf,
    lands: landsOf(topology),
    weighted: (projection, box, longest) => distanceWeighted(client, topology, projection, box, longest),
    simplified: (weighted, tolerance) => {
      const simple = simplify.simplify(weighted, tolerance) as Countries;
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
