/**
 * Natural Earth's countries at one scale, ready to be simplified to any tolerance: the topology
 * with each point weighted by the spherical area of its Visvalingam triangle (topojson-simplify),
 * so that shared borders are simplified once, alike for both neighbours.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { MapPackages, Resolution } from './packages.js';

/** A country or other land of Natural Earth: its ISO 3166-1 alpha-2 code when it has one. */
export type Land = Feature<Polygon | MultiPolygon, { name: string; code: string | undefined }>;

/** Natural Earth's countries simplified to one level. */
export interface SimplifiedAtlas {
  /** Every country and other land. */
  readonly lands: readonly Land[];
  /** The simplified topology, whose `countries` object has the lands' geometries in the same order. */
  readonly topology: Topology<{ countries: GeometryCollection<{ name: string }> }>;
}

export interface Atlas {
  readonly resolution: Resolution;
  /** The ISO codes this scale draws. */
  readonly codes: ReadonlySet<string>;
  /** Every country and other land, simplified so that no point whose triangle is smaller than `minWeight` steradians is left. */
  readonly simplified: (minWeight: number) => SimplifiedAtlas;
  /** The ISO code of a geometry of the topology. */
  readonly codeOf: (geometry: GeometryObject) => string | undefined;
}

/** How many levels of simplification of one scale are kept in memory. */
const levelsKept = 4;

const atlases = new Map<Resolution, Promise<Atlas>>();

const makeAtlas = async (packages: MapPackages, resolution: Resolution): Promise<Atlas> => {
  const { client, simplify } = packages;
  const topology = (await packages.countries(resolution)) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const weighted = simplify.presimplify(topology, simplify.sphericalTriangleArea);
  const codeOf = ({ id }: GeometryObject) => (id === undefined ? undefined : packages.alpha2(String(id)));
  const codes = new Set(topology.objects.countries.geometries.flatMap((geometry) => codeOf(geometry) ?? []));
  const levels = new Map<number, SimplifiedAtlas>();
  return {
    resolution,
    codes,
    codeOf,
    simplified: (minWeight) => {
      let level = levels.get(minWeight);
      if (!level) {
        const simple = simplify.simplify(weighted, minWeight);
        const collection = client.feature(simple, simple.objects.countries);
        const lands = collection.features.map((land, index) => ({
          ...land,
          properties: { name: land.properties?.name ?? '', code: codeOf(simple.objects.countries.geometries[index]!) },
        })) as Land[];
        level = { lands, topology: simple };
        // A few levels at a time: a build of many projects uses a handful of them, again and again.
        if (levels.size >= levelsKept) levels.delete(levels.keys().next().value!);
        levels.set(minWeight, level);
      }
      return level;
    },
  };
};

/** Natural Earth's countries at `resolution`, read and weighted once per process. */
export const atlasAt = (packages: MapPackages, resolution: Resolution): Promise<Atlas> => {
  let atlas = atlases.get(resolution);
  if (!atlas) {
    atlas = makeAtlas(packages, resolution);
    atlases.set(resolution, atlas);
  }
  return atlas;
};
